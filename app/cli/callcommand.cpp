#include "callcommand.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "clilogging.h"
#include "commandline.h"
#include "connection.h"
#include "console.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

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

    ExitCode exitCode = ExitUsage;
    if (!connection.open(
            commandLine, QProcessEnvironment::systemEnvironment(), &errorMessage, &exitCode)) {
        if (exitCode == ExitUsage)
            return console.printUsageError(errorMessage);
        console.printError(errorMessage);
        return exitCode;
    }
    console.setSecrets(connection.secrets() + console.secrets());

    Api::CallOptions options;
    if (commandLine.isSet(commandLine.get))
        options.format = Api::RequestFormat::Get;
    else if (commandLine.isSet(commandLine.form))
        options.format = Api::RequestFormat::PostForm;

    Api::ApiClient client(connection.settings());
    std::unique_ptr<Api::ApiReply> reply(client.call(command, payload, options));
    QObject::connect(
        reply.get(), &Api::ApiReply::retrying, reply.get(), [command](int attempt, int delayMs) {
            qCInfo(lcCli) << "Retrying" << command << "attempt" << attempt << "in" << delayMs
                          << "ms";
        });

    // Qt's transfer timeout restarts whenever data arrives, so the CLI does not rely on it
    // alone against a server that sends a byte now and then. This deadline bounds the whole
    // call: every attempt's timeout plus the delays between retries.
    qint64 deadlineMs
        = qint64(connection.settings().timeoutMs) * (1 + client.retryDelaysMs().size());
    for (const int delayMs : client.retryDelaysMs())
        deadlineMs += delayMs;
    bool deadlinePassed = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), [&deadlinePassed, &reply] {
        deadlinePassed = true;
        reply->abort();
    });

    QEventLoop loop;
    QObject::connect(reply.get(), &Api::ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        deadline.start(std::chrono::milliseconds(deadlineMs));
        loop.exec();
    }

    if (deadlinePassed) {
        console.printError(tr("The command \"%1\" timed out: no complete response within %2 s. "
                              "Check the API address, or raise --timeout.")
                               .arg(command)
                               .arg(double(deadlineMs) / 1000));
        return ExitTransport;
    }
    if (!reply->isOk())
        return console.printApiError(reply->error());

    for (const Api::ApiMessage &message : reply->messages()) {
        if (message.type == QLatin1String("warning"))
            console.printError(tr("Warning: %1 [%2]").arg(message.describe(), message.code));
    }
    console.printJson(reply->data());
    return ExitSuccess;
}

bool CallCommand::readPayload(
    const CommandLine &commandLine, Api::Payload *payload, QString *errorMessage)
{
    if (!commandLine.isSet(commandLine.data))
        return true;

    const QString text = commandLine.value(commandLine.data);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = tr("Invalid --data value: not valid JSON (%1 at byte %2). Pass a JSON "
                           "object in single quotes, for example --data '{\"limit\": \"10\"}'.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *errorMessage = tr("Invalid --data value: it is a JSON %1, but the payload must be a "
                           "JSON object, for example --data '{\"limit\": \"10\"}'.")
                            .arg(document.isArray() ? tr("array") : tr("scalar"));
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
