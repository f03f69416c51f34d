#pragma once

#include "exitcode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace ResellerDesk::Api {
class Payload;
}

namespace ResellerDesk::Cli {

class CommandLine;
class Connection;
class Console;

// The `call COMMAND [--data JSON|@FILE|-] [--get | --form]` subcommand: sends one API command and
// prints the response's data as indented JSON.
class CallCommand
{
public:
    static QString name() { return QStringLiteral("call"); }

    // Validates the arguments, opens the connection, sends the command and waits for the
    // reply. Returns the process exit status.
    static ExitCode run(const CommandLine &commandLine, Connection &connection, Console &console);
    static QString helpText(const CommandLine &commandLine);
    static QList<QCommandLineOption> options(const CommandLine &commandLine);

private:
    static bool readPayload(
        const CommandLine &commandLine, Api::Payload *payload, QString *errorMessage);
    // Reads the --data argument: inline JSON, @FILE or - for standard input. source names
    // where the text came from, for error messages.
    static bool readDataArgument(
        const QString &argument, QByteArray *text, QString *source, QString *errorMessage);
    static bool validateCommandName(const QString &command, QString *errorMessage);
};

} // namespace ResellerDesk::Cli
