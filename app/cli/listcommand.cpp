#include "listcommand.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/listpage.h"
#include "api/pager.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"
#include "entitycommands.h"
#include "itemformatter.h"
#include "listarguments.h"
#include "replywaiter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QTimer>

#include <memory>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::ListCommand", text);
}

// Page size of --all when --limit is not given.
constexpr int allPagesLimit = 100;

} // namespace

QList<QCommandLineOption> ListCommand::options(const CommandLine &commandLine)
{
    return { commandLine.filter, commandLine.orderBy, commandLine.with, commandLine.limit,
        commandLine.page, commandLine.all, commandLine.format };
}

QString ListCommand::helpText(const CommandLine &commandLine)
{
    return commandLine.subcommandHelpText(QStringLiteral("list ENTITY"),
        tr("Runs ENTITY-list and prints the items: as JSON (an array of items), as CSV with a "
           "header row, or as a table that fits the terminal. ENTITY is one of: %1.\n"
           "\n"
           "Example: resellerdesk-cli list domain --filter days_to_expire:<=30 "
           "--order-by end_date --all --format csv")
            .arg(EntityCommands::listEntities().join(QStringLiteral(", "))),
        options(commandLine));
}

ExitCode ListCommand::run(const CommandLine &commandLine, Connection &connection, Console &console)
{
    const QStringList arguments = commandLine.subcommandArguments();
    const QString validEntities = EntityCommands::listEntities().join(QStringLiteral(", "));
    if (arguments.isEmpty())
        return console.printUsageError(
            tr("Missing entity after \"list\". Use one of: %1. Example: resellerdesk-cli list "
               "domain")
                .arg(validEntities));
    const std::optional<EntityCommand> entity = EntityCommands::find(arguments.first());
    if (!entity || entity->listCommand.isEmpty())
        return console.printUsageError(tr("Unknown entity \"%1\" for list. Use one of: %2.")
                                           .arg(arguments.first(), validEntities));
    if (arguments.size() > 1)
        return console.printUsageError(
            tr("Unexpected argument \"%1\" after \"list %2\". Pass filters with --filter.")
                .arg(arguments.at(1), entity->entity));

    Api::ListQuery query;
    Format format = Format::Json;
    QString errorMessage;
    if (!readQuery(commandLine, &query, &errorMessage)
        || !readFormat(commandLine, &format, &errorMessage))
        return console.printUsageError(errorMessage);

    if (const ExitCode openExit = connection.openOrPrintError(commandLine, console);
        openExit != ExitSuccess)
        return openExit;

    Api::ApiClient client(connection.settings());
    const bool allPages = commandLine.isSet(commandLine.all);
    // NOTE: the reference names no maximum for limit. --all uses 100, the limit of the
    // reference's own example, so a large account takes fewer requests than with 25.
    if (allPages && query.limit == 0)
        query.limit = allPagesLimit;
    Result result;
    const ExitCode exitCode = allPages
        ? fetchAll(client, entity->listCommand, query, console, &result)
        : fetchPage(client, entity->listCommand, query, console, &result);
    if (exitCode != ExitSuccess)
        return exitCode;
    print(result, *entity, format, allPages, console);
    return ExitSuccess;
}

bool ListCommand::readQuery(
    const CommandLine &commandLine, Api::ListQuery *query, QString *errorMessage)
{
    for (const QString &argument : commandLine.values(commandLine.filter)) {
        Api::Filter filter;
        if (!ListArguments::parseFilter(argument, &filter, errorMessage))
            return false;
        query->filters.append(filter);
    }
    for (const QString &argument : commandLine.values(commandLine.orderBy)) {
        Api::SortKey key;
        if (!ListArguments::parseOrderBy(argument, &key, errorMessage))
            return false;
        query->orderBy.append(key);
    }
    query->with = commandLine.values(commandLine.with);
    if (commandLine.isSet(commandLine.limit)
        && !ListArguments::parsePositive(QStringLiteral("limit"),
            commandLine.value(commandLine.limit), &query->limit, errorMessage))
        return false;
    if (commandLine.isSet(commandLine.page)) {
        if (commandLine.isSet(commandLine.all)) {
            *errorMessage = tr("--page and --all cannot be used together. Pass at most one "
                               "of them.");
            return false;
        }
        if (!ListArguments::parsePositive(QStringLiteral("page"),
                commandLine.value(commandLine.page), &query->page, errorMessage))
            return false;
    }
    return query->validate(errorMessage);
}

bool ListCommand::readFormat(const CommandLine &commandLine, Format *format, QString *errorMessage)
{
    if (!commandLine.isSet(commandLine.format)) {
        *format = Console::isStdoutTerminal() ? Format::Table : Format::Json;
        return true;
    }
    const QString text = commandLine.value(commandLine.format);
    if (text == u"json")
        *format = Format::Json;
    else if (text == u"csv")
        *format = Format::Csv;
    else if (text == u"table")
        *format = Format::Table;
    else {
        *errorMessage = tr("Invalid --format value \"%1\". Use json, csv or table.").arg(text);
        return false;
    }
    return true;
}

ExitCode ListCommand::fetchPage(Api::ApiClient &client, const QString &command,
    const Api::ListQuery &query, const Console &console, Result *result)
{
    std::unique_ptr<Api::ApiReply> reply(client.call(command, query.toPayload()));
    const ExitCode exitCode = ReplyWaiter::wait(client, reply.get(), console);
    if (exitCode != ExitSuccess)
        return exitCode;

    QString problem;
    const std::optional<Api::ListPage> page = Api::ListPage::fromData(reply->data(), &problem);
    if (!page) {
        console.printError(tr("The response of %1 is not a list page: %2").arg(command, problem));
        return ExitTransport;
    }
    result->items = page->items;
    result->page = page->page;
    result->pages = page->pages;
    result->count = page->count;
    return ExitSuccess;
}

ExitCode ListCommand::fetchAll(Api::ApiClient &client, const QString &command,
    const Api::ListQuery &query, const Console &console, Result *result)
{
    Api::Pager pager(&client, command, query);
    // Pages arrive in any order, and the map puts them back in page order.
    QMap<int, QJsonArray> pages;
    std::optional<Api::ApiError> failure;
    bool stalled = false;
    QEventLoop loop;

    // The pager has no deadline of its own. Each page must arrive within the time one call may
    // take with its retries, so a server that stops responding cannot stall the run.
    const qint64 stallMs = ReplyWaiter::deadlineMs(client);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        stalled = true;
        pager.cancel();
        loop.quit();
    });
    QObject::connect(&pager, &Api::Pager::pageReceived, &loop, [&](const Api::ListPage &page) {
        pages.insert(page.page, page.items);
        result->count = page.count;
        result->pages = page.pages;
        watchdog.start(std::chrono::milliseconds(stallMs));
    });
    QObject::connect(&pager, &Api::Pager::finished, &loop, &QEventLoop::quit);
    QObject::connect(&pager, &Api::Pager::failed, &loop, [&](const Api::ApiError &error) {
        failure = error;
        loop.quit();
    });
    watchdog.start(std::chrono::milliseconds(stallMs));
    pager.start();
    if (pager.isRunning())
        loop.exec();

    if (stalled) {
        console.printError(tr("Listing %1 timed out: no page arrived within %2 s. Check the "
                              "API address, or raise --timeout.")
                               .arg(command)
                               .arg(double(stallMs) / 1000));
        return ExitTransport;
    }
    if (failure)
        return console.printApiError(*failure);
    // NOTE: pages are separate requests, so an item added or removed meanwhile can shift
    // another item to a page already fetched, and that item is then missing or listed twice.
    for (const QJsonArray &items : std::as_const(pages)) {
        for (const QJsonValue &item : items)
            result->items.append(item);
    }
    result->page = 1;
    return ExitSuccess;
}

void ListCommand::print(const Result &result, const EntityCommand &entity, Format format,
    bool allPages, const Console &console)
{
    const ItemFormatter formatter(
        result.items, QStringList { entity.idProperty } + entity.leadingColumns);
    switch (format) {
    case Format::Json:
        console.printJson(result.items);
        return;
    case Format::Csv:
        console.printBytes(formatter.toCsv());
        return;
    case Format::Table:
        break;
    }

    if (result.items.isEmpty() && result.page > result.pages && result.pages > 0) {
        console.printText(
            tr("Page %1 is past the last page, %2.\n").arg(result.page).arg(result.pages));
        return;
    }
    if (result.items.isEmpty()) {
        console.printText(tr("No items match.\n"));
        return;
    }
    int hidden = 0;
    console.printText(formatter.toTable(Console::outputWidth(), &hidden));
    // Notes for the person at the terminal go to stderr, so the table on stdout stays clean.
    if (!allPages && result.pages > 1)
        console.printError(tr("Page %1 of %2, items in all: %3. Use --page N for another page "
                              "or --all for every page.")
                               .arg(result.page)
                               .arg(result.pages)
                               .arg(result.count));
    if (hidden > 0)
        console.printError(tr("Columns left out to fit the width: %1. Use --format csv or "
                              "--format json for every column.")
                               .arg(hidden));
}

} // namespace ResellerDesk::Cli
