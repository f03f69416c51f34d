#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace ResellerDesk::Ui {

// Installs the app's own translation and Qt's translation of its dialogs for one language.
// The translators live as long as this object, so create it before any widget and keep it
// until QApplication::exec() returns.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);

    // Returns the locale whose texts to show: the system locale for "" (the default of the
    // ui/language setting), otherwise the language code ("en", "bg").
    static QLocale localeFor(const QString &language);

    // Installs the translators for `language` (as for localeFor()) in place of earlier ones.
    // Returns false when the app has no translation for that language, so the English source
    // texts show. That is the normal case for system locales other than English and Bulgarian.
    bool install(const QString &language);

    // Returns the language of the installed app translation ("bg", "en"), or "" when none is.
    QString installedLanguage() const { return m_installedLanguage; }

private:
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
    QString m_installedLanguage;
};

} // namespace ResellerDesk::Ui
