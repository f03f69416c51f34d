// The ResellerDesk desktop application: parses the command line, connects the api client
// to the real service, another URL or the embedded sandbox, and shows the main window.

#include "ui/connectdialog.h"
#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/profilesession.h"
#include "ui/profileswitcher.h"
#include "ui/translationloader.h"
#include "ui/uilogging.h"

#include "api/apiclient.h"
#include "api/profilestore.h"
#include "app/sandboxpool.h"
#include "sandbox/sandboxhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <memory>

using namespace ResellerDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ResellerDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("resellerdesk.org"));
    QApplication::setApplicationName(QStringLiteral("ResellerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(RESELLERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(RESELLERDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/resellerdesk.svg")));
    // Before the first translated text, which is the command line help below. The Preferences
    // dialog writes ui/language: "" follows the system locale, else "en" or "bg".
    Ui::TranslationLoader translations;
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    // Bulgarian chosen in Preferences brings Bulgarian dates and numbers with it ("25.10.26 г."),
    // as the system locale would. English keeps the system's formats, whose English variant
    // (US, UK) the language code alone does not tell.
    if (translations.install(language) && translations.installedLanguage() == u"bg")
        QLocale::setDefault(QLocale(QLocale::Bulgarian, QLocale::Bulgaria));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Desktop client for ICDSoft resellers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
            QStringLiteral("sandbox"),
            QApplication::translate("main",
                                    "Start the embedded sandbox with demo data on a free "
                                    "127.0.0.1 port and connect to it."));
    const QCommandLineOption urlOption(
            QStringLiteral("api-url"),
            QApplication::translate("main",
                                    "Connect to the API at <url> and ask for the token "
                                    "(default: https://api.suresupport.com)."),
            QStringLiteral("url"));
    const QCommandLineOption scaleOption(
            QStringLiteral("sandbox-scale"),
            QApplication::translate("main",
                                    "With --sandbox, generate <count> more domains with "
                                    "proportionate accounts, orders and tickets (default 0)."),
            QStringLiteral("count"), QStringLiteral("0"));
    parser.addOption(sandboxOption);
    parser.addOption(scaleOption);
    parser.addOption(urlOption);
    parser.process(app);

    if (parser.isSet(sandboxOption) && parser.isSet(urlOption)) {
        qCritical().noquote() << QApplication::translate(
                "main", "--sandbox and --api-url cannot be combined. Use one of them.");
        return 2;
    }

    bool scaleIsNumber = false;
    const int scale = parser.value(scaleOption).toInt(&scaleIsNumber);
    if (!scaleIsNumber || scale < 0 || scale > 1000000) {
        qCritical().noquote() << QApplication::translate(
                                         "main",
                                         "Invalid --sandbox-scale \"%1\": expected a whole "
                                         "number from 0 to 1000000.")
                                         .arg(parser.value(scaleOption));
        return 2;
    }

    Api::ConnectionSettings settings;
    std::unique_ptr<Sandbox::SandboxHost> sandbox;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<Sandbox::SandboxHost>();
        Sandbox::SandboxOptions options;
        options.scale = scale;
        QString problem;
        if (!sandbox->start(options, &problem)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "ResellerDesk"),
                                  QApplication::translate("main",
                                                          "The embedded sandbox could not "
                                                          "start: %1")
                                          .arg(problem));
            return 1;
        }
        qCInfo(lcUi) << "sandbox listening on" << sandbox->url().toString();
        settings.baseUrl = sandbox->url();
        settings.token = sandbox->token();
    } else if (parser.isSet(urlOption)) {
        const QString text = parser.value(urlOption);
        settings.baseUrl = QUrl::fromUserInput(text);
        QString problem;
        if (!settings.baseUrl.isValid() || !settings.validate(&problem)) {
            qCritical().noquote() << QApplication::translate("main",
                                                             "Invalid --api-url \"%1\": %2")
                                             .arg(text, problem);
            return 2;
        }
    }

    // Without --sandbox and --api-url the app connects with a saved connection profile.
    const bool useProfiles = !parser.isSet(sandboxOption) && !parser.isSet(urlOption);
    if (settings.token.isEmpty() && !useProfiles) {
        Ui::ConnectDialog dialog;
        dialog.setSettings(settings);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        settings = dialog.settings();
    }

    App::SandboxPool profileSandboxes;
    Api::ApiClient client(settings);
    Ui::MainWindow window(&client);
    Api::ProfileStore profileStore;
    Api::SecretStore secretStore;
    Ui::ProfileSession profiles(&profileStore, &secretStore, &client);
    profiles.setSandboxStarter(
            [&profileSandboxes](const QString &id, const Api::ProfileSecrets &secrets,
                                QString *errorMessage) {
                return profileSandboxes.start(id, secrets, errorMessage);
            });
    if (useProfiles && !Ui::ProfileSwitcher::attach(&window, &profiles))
        return 0;
    window.restoreLayout();
    window.show();
    // With profiles, the tab loads once the profile's secrets are read and applied.
    if (Ui::EntityTab *tab = window.currentTab(); tab && !useProfiles)
        tab->ensureLoaded();
    // Locals are destroyed in reverse order, so the window and the client go before the
    // sandbox and no request is in flight when it stops.
    return QApplication::exec();
}
