#pragma once

#include "exitcode.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace ResellerDesk::Cli {

class CommandLine;
class Connection;
class Console;

// The `attachment ID --type question|answer [--output-dir DIR]` subcommand: downloads a ticket
// attachment with ticket-attachment, saves it in DIR under its own name made safe, and prints
// the path written.
class AttachmentCommand
{
public:
    static QString name() { return QStringLiteral("attachment"); }
    static QList<QCommandLineOption> options(const CommandLine &commandLine);
    static QString helpText(const CommandLine &commandLine);

    static ExitCode run(const CommandLine &commandLine, Connection &connection, Console &console);

    // Writes data to a new file in folder named after fileName (made safe, " (2)" added when
    // the name is taken). The file appears whole or not at all, and an existing file is never
    // replaced. Returns the path written, or an empty string and sets errorMessage.
    static QString saveNewFile(const QString &folder, const QString &fileName,
        const QByteArray &data, QString *errorMessage);
};

} // namespace ResellerDesk::Cli
