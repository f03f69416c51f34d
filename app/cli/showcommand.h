#pragma once

#include "exitcode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace ResellerDesk::Cli {

class CommandLine;
class Connection;
class Console;

// The `show ENTITY ID [--with REL]...` subcommand: runs ENTITY-details and prints the
// response's data as indented JSON. A domain may be given by name instead of id.
class ShowCommand
{
public:
    static QString name() { return QStringLiteral("show"); }
    static QList<QCommandLineOption> options(const CommandLine &commandLine);
    static QString helpText(const CommandLine &commandLine);

    static ExitCode run(const CommandLine &commandLine, Connection &connection, Console &console);
};

} // namespace ResellerDesk::Cli
