#include "callcommand.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"
#include "replywaiter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <utility>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::CallCommand", text);
}

// Keys that the client adds itself. A value from --data would be sent twice or be signed
// differently from what the client sends.
const QStringList reservedKeys = { QStringLiteral("auth_token"), QStringLiteral("nonce"),
    QStringLiteral("ts"), QStringLiteral("signature") };

// Largest --data payload. Three ticket attachments of 20 MB each are about 80 MB in base64.
constexpr qint64 maxDataBytes = 128 * 1024 * 1024;

// Returns the 1-based line and column (in bytes) of offset in text.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return { line, column };
}

} // namespace

ExitCode CallCommand::run(const CommandLine &commandLine, Connection &connection, Console &console)
{
    const QStringList arguments = commandLine.subcommandArguments();
    if (arguments.isEmpty())
        return console.printUsageError(
            tr("Missing API command after \"call\". Example: resellerdesk-cli call "
               "account-list"));
    if (arguments.size() > 1)
        return console.printUsageError(
            tr("Unexpected argument \"%1\" after the API command \"%2\". Pass the payload "
               "with --data.")
                .arg(arguments.at(1), arguments.first()));
    if (commandLine.isSet(commandLine.get) && commandLine.isSet(commandLine.form))
        return console.printUsageError(tr("--get and --form cannot be used together. Pass at "
                                          "most one of them."));

    const QString command = arguments.first();
    QString errorMessage;
    if (!validateCommandName(command, &errorMessage))
        return console.printUsageError(errorMessage);

    Api::Payload payload;
    if (!readPayload(commandLine, &payload, &errorMessage))
        return console.printUsageError(errorMessage);

    if (const ExitCode openExit = connection.openOrPrintError(commandLine, console);
        openExit != ExitSuccess)
        return openExit;

    Api::CallOptions options;
    if (commandLine.isSet(commandLine.get))
        options.format = Api::RequestFormat::Get;
    else if (commandLine.isSet(commandLine.form))
        options.format = Api::RequestFormat::PostForm;

    Api::ApiClient client(connection.settings());
    std::unique_ptr<Api::ApiReply> reply(client.call(command, payload, options));
    const ExitCode exitCode = ReplyWaiter::wait(client, reply.get(), console);
    if (exitCode != ExitSuccess)
        return exitCode;
    console.printJson(reply->data());
    return ExitSuccess;
}

QList<QCommandLineOption> CallCommand::options(const CommandLine &commandLine)
{
    return { commandLine.data, commandLine.get, commandLine.form };
}

QString CallCommand::helpText(const CommandLine &commandLine)
{
    return commandLine.subcommandHelpText(QStringLiteral("call COMMAND"),
        tr("Sends one API command, for example account-list or order-create, and prints the "
           "response's data as indented JSON. The payload comes from --data."),
        options(commandLine));
}

bool CallCommand::readPayload(
    const CommandLine &commandLine, Api::Payload *payload, QString *errorMessage)
{
    if (!commandLine.isSet(commandLine.data))
        return true;

    const QString argument = commandLine.value(commandLine.data);
    QByteArray text;
    QString source;
    if (!readDataArgument(argument, &text, &source, errorMessage))
        return false;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, parseError.offset);
        *errorMessage = tr("Invalid --data value: %1 is not valid JSON (%2 at line %3, column "
                           "%4). Pass a JSON object, for example --data '{\"limit\": \"10\"}'.")
                            .arg(source, parseError.errorString())
                            .arg(line)
                            .arg(column);
        return false;
    }
    if (!document.isObject()) {
        *errorMessage = tr("Invalid --data value: %1 is a JSON %2, but the payload must be a "
                           "JSON object, for example --data '{\"limit\": \"10\"}'.")
                            .arg(source, document.isArray() ? tr("array") : tr("scalar"));
        return false;
    }

    // NOTE: QJsonObject sorts keys, so top-level keys are sent (and signed) in alphabetical
    // order rather than in the order typed.
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (reservedKeys.contains(it.key())) {
            *errorMessage = tr("Invalid --data value: key \"%1\" is added by the client. Remove "
                               "it and pass the token with RESELLERDESK_TOKEN or --token.")
                                .arg(it.key());
            return false;
        }
        payload->insert(it.key(), it.value());
    }
    return true;
}

bool CallCommand::readDataArgument(
    const QString &argument, QByteArray *text, QString *source, QString *errorMessage)
{
    if (!argument.startsWith(u'@') && argument != u'-') {
        *text = argument.toUtf8();
        *source = tr("the text");
        return true;
    }

    QFile file;
    if (argument == u'-') {
        *source = tr("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *errorMessage
                = tr("Failed to read --data from standard input: %1.").arg(file.errorString());
            return false;
        }
    } else {
        const QString path = argument.mid(1);
        *source = tr("the file \"%1\"").arg(path);
        if (path.isEmpty()) {
            *errorMessage = tr("Missing file name after \"@\" in --data. Pass --data @FILE, "
                               "for example --data @order.json.");
            return false;
        }
        file.setFileName(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            *errorMessage
                = tr("Failed to read --data from \"%1\": %2. Check the path.")
                      .arg(path,
                          QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString());
            return false;
        }
    }

    // Reading one byte more than the limit separates a file of exactly the limit from a larger one.
    *text = file.read(maxDataBytes + 1);
    if (text->size() > maxDataBytes) {
        *errorMessage = tr("The --data payload from %1 is larger than %2 MB. Send a smaller "
                           "payload.")
                            .arg(*source)
                            .arg(maxDataBytes / (1024 * 1024));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *errorMessage = tr("Failed to read --data from %1: %2.").arg(*source, file.errorString());
        return false;
    }
    return true;
}

bool CallCommand::validateCommandName(const QString &command, QString *errorMessage)
{
    // Any name is accepted, documented or not, as long as it is one URL path segment, so
    // that it cannot point the request at another path or add a query string.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const bool onlyDots = !command.isEmpty() && command.count(u'.') == command.size();
    if (pattern.match(command).hasMatch() && !onlyDots)
        return true;

    *errorMessage = tr("Invalid API command \"%1\". A command name contains only letters, "
                       "digits, '-', '_' and '.', for example account-list.")
                        .arg(command);
    return false;
}

} // namespace ResellerDesk::Cli
