// resellerdesk-cli: sends ICDSoft API commands from the command line.

#include "callcommand.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace ResellerDesk::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("resellerdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESELLERDESK_VERSION));

    Console console;
    CommandLine commandLine;
    const bool parsed = commandLine.parse(QCoreApplication::arguments());
    // Even a failed parse has read the --token and --hmac-secret values it reached.
    console.setSecrets(
        Connection::givenSecrets(commandLine, QProcessEnvironment::systemEnvironment()));
    if (!parsed)
        return console.printUsageError(commandLine.errorText());
    if (commandLine.isHelpRequested()) {
        console.printText(commandLine.helpText());
        return ExitSuccess;
    }
    if (commandLine.isVersionRequested()) {
        console.printText(QCoreApplication::applicationName() + u' '
            + QCoreApplication::applicationVersion() + u'\n');
        return ExitSuccess;
    }

    // stdout carries only the result, and stderr only the final error: the libraries' log
    // lines (retries, recovered failures) stay off unless --verbose. QT_LOGGING_RULES still
    // overrides these rules.
    if (!commandLine.isVerbose())
        QLoggingCategory::setFilterRules(QStringLiteral("resellerdesk.*.info=false\n"
                                                        "resellerdesk.*.debug=false\n"
                                                        "resellerdesk.*.warning=false"));

    const QString subcommand = commandLine.subcommand();
    if (subcommand.isEmpty())
        return console.printUsageError(QCoreApplication::translate("main",
            "Missing subcommand. Example: "
            "resellerdesk-cli call account-list"));

    Connection connection;
    if (subcommand == CallCommand::name())
        return CallCommand::run(commandLine, connection, console);

    return console.printUsageError(
        QCoreApplication::translate("main", "Unknown subcommand \"%1\". Available: call.")
            .arg(subcommand));
}
