// The Bulgarian and English catalogues: they load for the ui/language codes, translate the API
// error texts, and the .ts files have no unfinished, obsolete or malformed messages.

#include "ui/translationloader.h"

#include "api/apierror.h"
#include "api/envelope.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace ResellerDesk;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "" when finished, else "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per plural form
};

QList<TsMessage> readTsFile(const QString &path, QString *language, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus"))
                    == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                messages.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
            // The message is complete once its </translation> closes; numerus forms come in
            // order, so append on the first form and update the last entry afterwards.
            if (message.translations.size() == 1)
                messages.append(message);
            else
                messages.last() = message;
        }
    }
    if (xml.hasError())
        *errorMessage = QStringLiteral("%1 is not valid XML at line %2: %3")
                                .arg(path)
                                .arg(xml.lineNumber())
                                .arg(xml.errorString());
    return messages;
}

// Returns the set of %1..%99 and %n placeholders in text ("%%" is no placeholder).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Returns whether text has a mnemonic: an "&" followed by a letter or digit, not "&&".
bool hasMnemonic(const QString &text)
{
    // Unicode properties, so that \w matches Cyrillic letters too.
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

QString describe(const TsMessage &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(80));
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void bulgarianLoads();
    void englishPluralForms();
    void unknownLanguageKeepsEnglish();
    void emptyLanguageFollowsSystem();
    void qtTranslationLoads();
    void apiErrorTranslates();
    void bulgarianCatalogueComplete();
    void englishCatalogueComplete();

private:
    void checkCatalogue(const QString &fileName, const QString &expectedLanguage,
                        bool requireAllFinished);
};

void TestI18n::bulgarianLoads()
{
    Ui::TranslationLoader loader;
    QVERIFY(loader.install(QStringLiteral("bg")));
    QCOMPARE(loader.installedLanguage(), QStringLiteral("bg"));

    const char *source = "The command \"%1\" was cancelled.";
    const QString translated = QCoreApplication::translate("ResellerDesk::Api::ApiError", source);
    QVERIFY2(translated != QLatin1String(source), qPrintable(translated));
    QCOMPARE(translated, QStringLiteral("Командата „%1“ беше прекъсната."));

    const char *context = "ResellerDesk::Ui::OrderReviewPage";
    QCOMPARE(QCoreApplication::translate(context, "%n year(s)", nullptr, 1),
             QStringLiteral("1 година"));
    QCOMPARE(QCoreApplication::translate(context, "%n year(s)", nullptr, 5),
             QStringLiteral("5 години"));
}

void TestI18n::englishPluralForms()
{
    Ui::TranslationLoader loader;
    QVERIFY(loader.install(QStringLiteral("en")));
    QCOMPARE(loader.installedLanguage(), QStringLiteral("en"));

    // The period column of the order wizard's review page.
    const char *context = "ResellerDesk::Ui::OrderReviewPage";
    QCOMPARE(QCoreApplication::translate(context, "%n year(s)", nullptr, 1),
             QStringLiteral("1 year"));
    QCOMPARE(QCoreApplication::translate(context, "%n year(s)", nullptr, 5),
             QStringLiteral("5 years"));
}

void TestI18n::unknownLanguageKeepsEnglish()
{
    Ui::TranslationLoader loader;
    QVERIFY(loader.install(QStringLiteral("bg")));
    // A second install replaces the first: no Bulgarian text may remain.
    QVERIFY(!loader.install(QStringLiteral("de")));
    QCOMPARE(loader.installedLanguage(), QString());
    const char *source = "The command \"%1\" was cancelled.";
    QCOMPARE(QCoreApplication::translate("ResellerDesk::Api::ApiError", source),
             QLatin1String(source));
    // English plural forms still apply, so no "(s)" shows in a German or C locale.
    QCOMPARE(QCoreApplication::translate("ResellerDesk::Ui::OrderReviewPage", "%n year(s)",
                                         nullptr, 5),
             QStringLiteral("5 years"));
}

void TestI18n::emptyLanguageFollowsSystem()
{
    QCOMPARE(Ui::TranslationLoader::localeFor(QString()), QLocale::system());
    QCOMPARE(Ui::TranslationLoader::localeFor(QStringLiteral("bg")).language(),
             QLocale::Bulgarian);
    QCOMPARE(Ui::TranslationLoader::localeFor(QStringLiteral("en")).language(), QLocale::English);
}

void TestI18n::qtTranslationLoads()
{
    const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_bg.qm");
    if (!QFile::exists(qtCatalogue))
        QSKIP("qtbase_bg.qm is not installed (Debian package qt6-translations-l10n)");
    Ui::TranslationLoader loader;
    QVERIFY(loader.install(QStringLiteral("bg")));
    // The label of QDialogButtonBox's Cancel button.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отказ"));
}

void TestI18n::apiErrorTranslates()
{
    Ui::TranslationLoader loader;
    QVERIFY(loader.install(QStringLiteral("bg")));

    Api::ApiError error;
    error.kind = Api::ApiError::Kind::Api;
    error.command = QStringLiteral("account-list");
    Api::ApiMessage message;
    message.type = QStringLiteral("error");
    message.code = QStringLiteral("unauthorized");
    error.messages = {message};
    const QString text = error.userMessage();
    QVERIFY2(text.contains(QLatin1String("account-list")), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("Командата")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("API токенът")), qPrintable(text));

    // A code the app does not know is shown readable but untranslated.
    message.code = QStringLiteral("quota_exceeded");
    error.messages = {message};
    QVERIFY2(error.userMessage().contains(QLatin1String("Quota exceeded")),
             qPrintable(error.userMessage()));
}

void TestI18n::bulgarianCatalogueComplete()
{
    checkCatalogue(QStringLiteral("resellerdesk_bg.ts"), QStringLiteral("bg"), true);
}

void TestI18n::englishCatalogueComplete()
{
    // English needs translations only for plural forms; other messages use the source text.
    checkCatalogue(QStringLiteral("resellerdesk_en.ts"), QStringLiteral("en"), false);
}

void TestI18n::checkCatalogue(const QString &fileName, const QString &expectedLanguage,
                              bool requireAllFinished)
{
    QString language;
    QString errorMessage;
    const QList<TsMessage> messages = readTsFile(
            QStringLiteral(RESELLERDESK_TRANSLATIONS_DIR "/") + fileName, &language, &errorMessage);
    QVERIFY2(errorMessage.isEmpty(), qPrintable(errorMessage));
    QCOMPARE(language, expectedLanguage);
    QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));

    QStringList unfinished;
    QStringList obsolete;
    QStringList wrongPlurals;
    QStringList wrongPlaceholders;
    QStringList lostMnemonics;
    for (const TsMessage &message : messages) {
        if (message.translationType == QLatin1String("vanished")
            || message.translationType == QLatin1String("obsolete")) {
            obsolete.append(describe(message));
            continue;
        }
        const bool finished = message.translationType.isEmpty();
        if (!finished && (requireAllFinished || message.numerus)) {
            unfinished.append(describe(message));
            continue;
        }
        if (!finished)
            continue;
        // Bulgarian and English both have a singular and one plural form.
        if (message.numerus && message.translations.size() != 2)
            wrongPlurals.append(describe(message));
        for (const QString &translation : message.translations) {
            if (translation.isEmpty() || placeholders(translation) != placeholders(message.source))
                wrongPlaceholders.append(describe(message) + QStringLiteral(" -> ") + translation);
            if (hasMnemonic(message.source) && !hasMnemonic(translation))
                lostMnemonics.append(describe(message) + QStringLiteral(" -> ") + translation);
        }
    }
    const QString separator = QStringLiteral("\n  ");
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished messages (translate them in %2):%3%4")
                                .arg(unfinished.size())
                                .arg(fileName, separator, unfinished.join(separator))));
    QVERIFY2(obsolete.isEmpty(),
             qPrintable(QStringLiteral("obsolete messages (run lupdate with -no-obsolete):%1%2")
                                .arg(separator, obsolete.join(separator))));
    QVERIFY2(wrongPlurals.isEmpty(),
             qPrintable(QStringLiteral("messages without 2 plural forms:%1%2")
                                .arg(separator, wrongPlurals.join(separator))));
    QVERIFY2(wrongPlaceholders.isEmpty(),
             qPrintable(QStringLiteral("translations that are empty or change the %-placeholders:"
                                       "%1%2")
                                .arg(separator, wrongPlaceholders.join(separator))));
    QVERIFY2(lostMnemonics.isEmpty(),
             qPrintable(QStringLiteral("translations without the source's &-mnemonic:%1%2")
                                .arg(separator, lostMnemonics.join(separator))));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
