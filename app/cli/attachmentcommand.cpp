#include "attachmentcommand.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/supportrecords.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"
#include "models/attachmentfiles.h"
#include "replywaiter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::AttachmentCommand", text);
}

// Attempts to find a free name when other processes keep taking the chosen one.
constexpr int maxNameAttempts = 100;

} // namespace

QList<QCommandLineOption> AttachmentCommand::options(const CommandLine &commandLine)
{
    return { commandLine.attachmentType, commandLine.outputDir };
}

QString AttachmentCommand::helpText(const CommandLine &commandLine)
{
    return commandLine.subcommandHelpText(QStringLiteral("attachment ID --type question|answer"),
        tr("Downloads the ticket attachment ID (the id in a message's attachments in "
           "resellerdesk-cli show ticket) and saves it under its own file name. The name loses "
           "folder parts and control characters, and gets \" (2)\", \" (3)\"... instead of "
           "replacing an existing file. Prints the path written.\n"
           "\n"
           "Example: resellerdesk-cli attachment 5012 --type question --output-dir ~/Downloads"),
        options(commandLine));
}

ExitCode AttachmentCommand::run(
    const CommandLine &commandLine, Connection &connection, Console &console)
{
    const QStringList arguments = commandLine.subcommandArguments();
    if (arguments.isEmpty())
        return console.printUsageError(
            tr("Missing attachment id after \"attachment\". Example: resellerdesk-cli "
               "attachment 5012 --type question"));
    if (arguments.size() > 1)
        return console.printUsageError(tr("Unexpected argument \"%1\" after \"attachment %2\".")
                                           .arg(arguments.at(1), arguments.first()));
    bool isNumber = false;
    const qlonglong attachmentId = arguments.first().toLongLong(&isNumber);
    if (!isNumber || attachmentId < 1)
        return console.printUsageError(
            tr("Invalid attachment id \"%1\": ids are positive numbers. Take the id from the "
               "message's attachments in resellerdesk-cli show ticket.")
                .arg(arguments.first()));

    const QString type = commandLine.value(commandLine.attachmentType);
    if (!commandLine.isSet(commandLine.attachmentType))
        return console.printUsageError(tr("Missing --type. Pass --type question for a file the "
                                          "customer sent, or --type answer for one from support."));
    if (type != u"question" && type != u"answer")
        return console.printUsageError(
            tr("Invalid --type value \"%1\". Use question or answer.").arg(type));

    const QString folder = commandLine.isSet(commandLine.outputDir)
        ? commandLine.value(commandLine.outputDir)
        : QStringLiteral(".");
    if (!QFileInfo(folder).isDir())
        return console.printUsageError(
            tr("The output folder \"%1\" does not exist or is not a folder. Create it, or pass "
               "another --output-dir.")
                .arg(folder));

    if (const ExitCode openExit = connection.openOrPrintError(commandLine, console);
        openExit != ExitSuccess)
        return openExit;

    Api::ApiClient client(connection.settings());
    Api::ApiCommands commands(&client);
    std::unique_ptr<Api::ApiReply> reply(commands.ticketAttachment(attachmentId,
        type == u"question" ? Api::AttachmentSide::Question : Api::AttachmentSide::Answer));
    const ExitCode exitCode = ReplyWaiter::wait(client, reply.get(), console);
    if (exitCode != ExitSuccess)
        return exitCode;

    QString problem;
    const std::optional<Api::TicketAttachment> attachment
        = Api::RecordParsing::parseRecord<Api::TicketAttachment>(reply->data(), {}, &problem);
    if (!attachment) {
        console.printError(
            tr("The response of ticket-attachment is not an attachment: %1").arg(problem));
        return ExitTransport;
    }
    if (!attachment->hasData()) {
        console.printError(tr("The attachment %1 (\"%2\") has no file data, because it was "
                              "deleted.")
                               .arg(attachmentId)
                               .arg(attachment->fileName()));
        return ExitApiFailure;
    }
    const std::optional<QByteArray> data = attachment->decodeData(&problem);
    if (!data) {
        console.printError(
            tr("The attachment %1 could not be decoded: %2").arg(attachmentId).arg(problem));
        return ExitTransport;
    }

    const QString path = saveNewFile(folder, attachment->fileName(), *data, &problem);
    if (path.isEmpty()) {
        console.printError(problem);
        return ExitOutputFailure;
    }
    console.printText(QDir::toNativeSeparators(path) + u'\n');
    return ExitSuccess;
}

QString AttachmentCommand::saveNewFile(
    const QString &folder, const QString &fileName, const QByteArray &data, QString *errorMessage)
{
    const QString absoluteFolder = QDir(folder).absolutePath();
    for (int attempt = 0; attempt < maxNameAttempts; ++attempt) {
        // QSaveFile would make the write atomic too, but its commit() replaces an existing
        // file. A temporary file in the same folder, renamed at the end, appears whole, and
        // QTemporaryFile::rename() fails instead of replacing a file that took the name
        // meanwhile (Qt 6 uses renameat2 with RENAME_NOREPLACE, or linkat, on Linux). A failed
        // rename may discard the temporary file, so each attempt writes a new one.
        QTemporaryFile file(QDir(folder).filePath(QStringLiteral(".resellerdesk-XXXXXX.part")));
        if (!file.open()) {
            *errorMessage = tr("Failed to create a file in \"%1\": %2. Check that the folder "
                               "is writable.")
                                .arg(QDir::toNativeSeparators(folder), file.errorString());
            return {};
        }
        if (file.write(data) != data.size() || !file.flush()) {
            *errorMessage = tr("Failed to write the attachment in \"%1\": %2. Check the free "
                               "space.")
                                .arg(QDir::toNativeSeparators(folder), file.errorString());
            return {};
        }

        const QString target
            = QDir::cleanPath(Models::AttachmentFiles::uniqueFilePath(folder, fileName));
        // safeFileName() keeps no folder parts, so this check fails only if that rule breaks.
        if (QFileInfo(target).absolutePath() != absoluteFolder) {
            *errorMessage
                = tr("Rejected the attachment name \"%1\": it would be saved outside \"%2\".")
                      .arg(fileName, QDir::toNativeSeparators(folder));
            return {};
        }
        if (file.rename(target)) {
            file.setAutoRemove(false);
            return target;
        }
        if (!QFileInfo::exists(target)) {
            *errorMessage = tr("Failed to save the attachment as \"%1\": %2.")
                                .arg(QDir::toNativeSeparators(target), file.errorString());
            return {};
        }
    }
    *errorMessage = tr("Failed to find a free name for \"%1\" in \"%2\" after %3 attempts. "
                       "Choose another --output-dir.")
                        .arg(fileName, QDir::toNativeSeparators(folder))
                        .arg(maxNameAttempts);
    return {};
}

} // namespace ResellerDesk::Cli
