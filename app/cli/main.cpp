// resellerdesk-cli: sends ICDSoft API commands from the command line.

#include "attachmentcommand.h"
#include "callcommand.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"
#include "listcommand.h"
#include "showcommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>

using namespace ResellerDesk::Cli;

namespace {

// One subcommand: its name, options, help and entry point.
struct Subcommand
{
    QString name;
    std::function<QList<QCommandLineOption>(const CommandLine &)> options;
    std::function<QString(const CommandLine &)> helpText;
    std::function<ExitCode(const CommandLine &, Connection &, Console &)> run;
};

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
        { CallCommand::name(), CallCommand::options, CallCommand::helpText, CallCommand::run },
        { ListCommand::name(), ListCommand::options, ListCommand::helpText, ListCommand::run },
        { ShowCommand::name(), ShowCommand::options, ShowCommand::helpText, ShowCommand::run },
        { AttachmentCommand::name(), AttachmentCommand::options, AttachmentCommand::helpText,
            AttachmentCommand::run },
    };
    return list;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &subcommand : subcommands()) {
        if (subcommand.name == name)
            return &subcommand;
    }
    return nullptr;
}

QString subcommandNames()
{
    QStringList names;
    for (const Subcommand &subcommand : subcommands())
        names.append(subcommand.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

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

    const QString name = commandLine.subcommand();
    const Subcommand *subcommand = findSubcommand(name);
    if (commandLine.isHelpRequested()) {
        console.printText(subcommand ? subcommand->helpText(commandLine) : commandLine.helpText());
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

    if (name.isEmpty())
        return console.printUsageError(QCoreApplication::translate(
            "main", "Missing subcommand. Use one of: %1. Example: resellerdesk-cli list domain")
                                           .arg(subcommandNames()));
    if (!subcommand)
        return console.printUsageError(
            QCoreApplication::translate("main", "Unknown subcommand \"%1\". Available: %2.")
                .arg(name, subcommandNames()));

    console.setHelpSubcommand(name);
    const QString misplaced
        = commandLine.checkSubcommandOptions(name, subcommand->options(commandLine));
    if (!misplaced.isEmpty())
        return console.printUsageError(misplaced);

    Connection connection;
    return subcommand->run(commandLine, connection, console);
}
