#pragma once

#include "exitcode.h"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace ResellerDesk::Api {
class ApiClient;
struct ListQuery;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Cli {

class CommandLine;
class Connection;
class Console;
struct EntityCommand;

// The `list ENTITY [--filter F]... [--order-by P]... [--with R]... [--limit N]
// [--page N | --all] [--format json|csv|table]` subcommand: runs ENTITY-list and prints the
// items. JSON output is the array of items; csv and table have one row per item.
class ListCommand
{
public:
    enum class Format { Json, Csv, Table };

    static QString name() { return QStringLiteral("list"); }
    static QList<QCommandLineOption> options(const CommandLine &commandLine);
    static QString helpText(const CommandLine &commandLine);

    static ExitCode run(const CommandLine &commandLine, Connection &connection, Console &console);

private:
    // Items and page counts of the result, whether from one page or from all of them.
    struct Result
    {
        QJsonArray items;
        int page = 1;
        int pages = 0;
        int count = 0;
    };

    static bool readQuery(
        const CommandLine &commandLine, Api::ListQuery *query, QString *errorMessage);
    static bool readFormat(const CommandLine &commandLine, Format *format, QString *errorMessage);
    static ExitCode fetchPage(Api::ApiClient &client, const QString &command,
        const Api::ListQuery &query, const Console &console, Result *result);
    static ExitCode fetchAll(Api::ApiClient &client, const QString &command,
        const Api::ListQuery &query, const Console &console, Result *result);
    static void print(const Result &result, const EntityCommand &entity, Format format,
        bool allPages, const Console &console);
};

} // namespace ResellerDesk::Cli
