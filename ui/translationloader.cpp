#include "ui/translationloader.h"

#include "ui/uilogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ResellerDesk::Ui {

namespace {

// The app's catalogues are compiled in as :/i18n/resellerdesk_<language>.qm.
const QString catalogueDirectory = QStringLiteral(":/i18n");

} // namespace

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
}

QLocale TranslationLoader::localeFor(const QString &language)
{
    if (language.isEmpty())
        return QLocale::system();
    return QLocale(language);
}

bool TranslationLoader::install(const QString &language)
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    m_installedLanguage.clear();

    const QLocale locale = localeFor(language);
    // QTranslator::load(QLocale, ...) tries each of locale.uiLanguages(), so "bg-BG" finds
    // resellerdesk_bg.qm, and a system locale without a catalogue finds nothing.
    if (!m_appTranslator->load(locale, QStringLiteral("resellerdesk"), QStringLiteral("_"),
                               catalogueDirectory)) {
        qCInfo(lcUi) << "no translation for" << locale.uiLanguages() << "- showing English";
        // The English catalogue contains the plural forms of "%n day(s)" and similar texts.
        // Without it they show as written in the source.
        if (m_appTranslator->load(QStringLiteral("resellerdesk_en"), catalogueDirectory))
            QCoreApplication::installTranslator(m_appTranslator);
        return false;
    }
    QCoreApplication::installTranslator(m_appTranslator);
    m_installedLanguage = m_appTranslator->language().section(QLatin1Char('_'), 0, 0);

    // Qt's own texts (standard buttons, file dialogs) come from the qt6-translations-l10n
    // package. Without it they stay in English, which is not worth a warning.
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qtTranslator);
    } else {
        qCInfo(lcUi) << "no Qt translation for" << locale.uiLanguages() << "in"
                     << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    }
    qCInfo(lcUi) << "showing texts in" << m_installedLanguage;
    return true;
}

} // namespace ResellerDesk::Ui
