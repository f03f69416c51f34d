#include "showcommand.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"
#include "entitycommands.h"
#include "replywaiter.h"

#include <QCoreApplication>

#include <memory>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::ShowCommand", text);
}

} // namespace

QList<QCommandLineOption> ShowCommand::options(const CommandLine &commandLine)
{
    return { commandLine.with };
}

QString ShowCommand::helpText(const CommandLine &commandLine)
{
    return commandLine.subcommandHelpText(QStringLiteral("show ENTITY ID"),
        tr("Runs ENTITY-details for one item and prints the response's data as indented JSON. "
           "ENTITY is one of: %1. A domain may be given by its name instead of its id. Like "
           "the app, show ticket marks the operator's answers as read.\n"
           "\n"
           "Example: resellerdesk-cli show account 81314 --with resources")
            .arg(EntityCommands::detailsEntities().join(QStringLiteral(", "))),
        options(commandLine));
}

ExitCode ShowCommand::run(const CommandLine &commandLine, Connection &connection, Console &console)
{
    const QStringList arguments = commandLine.subcommandArguments();
    const QString validEntities = EntityCommands::detailsEntities().join(QStringLiteral(", "));
    if (arguments.isEmpty())
        return console.printUsageError(
            tr("Missing entity and id after \"show\". Use one of: %1. Example: "
               "resellerdesk-cli show domain 1001")
                .arg(validEntities));
    const std::optional<EntityCommand> entity = EntityCommands::find(arguments.first());
    if (!entity || entity->detailsCommand.isEmpty())
        return console.printUsageError(tr("Unknown entity \"%1\" for show. Use one of: %2.")
                                           .arg(arguments.first(), validEntities));
    if (arguments.size() < 2)
        return console.printUsageError(
            tr("Missing id after \"show %1\". Take the id from resellerdesk-cli list %1.")
                .arg(entity->entity));
    if (arguments.size() > 2)
        return console.printUsageError(tr("Unexpected argument \"%1\" after \"show %2 %3\".")
                                           .arg(arguments.at(2), entity->entity, arguments.at(1)));
    const QString id = arguments.at(1);
    bool isNumber = false;
    const qlonglong number = id.toLongLong(&isNumber);
    if (entity->numericId && (!isNumber || number < 1))
        return console.printUsageError(
            tr("Invalid id \"%1\" for \"show %2\": ids are positive numbers. Take the id from "
               "the %3 column of resellerdesk-cli list %2.")
                .arg(id, entity->entity, entity->idProperty));
    const QStringList with = commandLine.values(commandLine.with);
    if (!with.isEmpty() && !entity->detailsTakesWith)
        return console.printUsageError(
            tr("%1 takes no relations, so --with does not apply to \"show %2\". Remove --with.")
                .arg(entity->detailsCommand, entity->entity));

    if (const ExitCode openExit = connection.openOrPrintError(commandLine, console);
        openExit != ExitSuccess)
        return openExit;

    Api::ApiClient client(connection.settings());
    Api::ApiCommands commands(&client);
    std::unique_ptr<Api::ApiReply> reply(entity->sendDetails(commands, id, with));
    const ExitCode exitCode = ReplyWaiter::wait(client, reply.get(), console);
    if (exitCode != ExitSuccess)
        return exitCode;
    console.printJson(reply->data());
    return ExitSuccess;
}

} // namespace ResellerDesk::Cli
