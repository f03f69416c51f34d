#include "connection.h"

#include "clilogging.h"
#include "commandline.h"
#include "console.h"
#include "profileloader.h"
#include "sandbox/sandboxhost.h"

#include <QCoreApplication>

#include <cmath>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::Connection", text);
}

const auto apiUrlVariable = QStringLiteral("RESELLERDESK_API_URL");
const auto tokenVariable = QStringLiteral("RESELLERDESK_TOKEN");
const auto hmacSecretVariable = QStringLiteral("RESELLERDESK_HMAC_SECRET");

// Upper bound for --sandbox-scale, so that a mistyped number cannot seed millions of rows.
constexpr int maxSandboxScale = 100000;

// Upper bound for --timeout, in seconds. A longer wait looks like a hang to the user.
constexpr double maxTimeoutSeconds = 3600;

// Returns the option's value when it is given, else the environment variable's value.
QString optionOrEnvironment(const CommandLine &commandLine, const QCommandLineOption &option,
    const QProcessEnvironment &environment, const QString &variable)
{
    if (commandLine.isSet(option))
        return commandLine.value(option);
    return environment.value(variable);
}

} // namespace

Connection::Connection() = default;
Connection::~Connection() = default;

bool Connection::open(const CommandLine &commandLine, const QProcessEnvironment &environment,
    QString *errorMessage, ExitCode *exitCode)
{
    *exitCode = ExitUsage;
    m_settings = {};
    m_settings.tokenInHeader = commandLine.isSet(commandLine.tokenHeader);
    if (!readTimeout(commandLine, errorMessage))
        return false;

    // A saved profile gives the defaults; options and environment variables still win below.
    Api::ProfileSecrets profileSecrets;
    bool profileSandbox = false;
    if (commandLine.isSet(commandLine.profile)) {
        Api::ConnectionProfile profile;
        if (!loadProfile(
                commandLine.value(commandLine.profile), &profile, &profileSecrets, errorMessage))
            return false;
        profileSandbox = profile.sandbox;
        const int timeoutMs = m_settings.timeoutMs;
        m_settings = profile.toSettings(profileSecrets);
        if (commandLine.isSet(commandLine.timeout))
            m_settings.timeoutMs = timeoutMs;
        m_settings.tokenInHeader |= commandLine.isSet(commandLine.tokenHeader);
    }

    const bool useSandbox = commandLine.isSet(commandLine.sandbox) || profileSandbox;
    if (commandLine.isSet(commandLine.sandboxScale) && !useSandbox) {
        *errorMessage = tr("--sandbox-scale applies only to the embedded sandbox. Add "
                           "--sandbox, or remove --sandbox-scale.");
        return false;
    }
    if (useSandbox) {
        if (commandLine.isSet(commandLine.apiUrl)) {
            *errorMessage = tr("--sandbox and --api-url cannot be used together. Remove one "
                               "of them.");
            return false;
        }
        int scale = 0;
        if (!readSandboxScale(commandLine, &scale, errorMessage))
            return false;
        if (!startSandbox(commandLine, profileSecrets, scale, errorMessage)) {
            *exitCode = ExitTransport;
            return false;
        }
        return true;
    }

    const QString urlText
        = optionOrEnvironment(commandLine, commandLine.apiUrl, environment, apiUrlVariable);
    if (!urlText.isEmpty()) {
        const QUrl url(urlText, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            *errorMessage = tr("Invalid API URL \"%1\". Pass a URL such as "
                               "https://api.suresupport.com with --api-url or %2.")
                                .arg(urlText, apiUrlVariable);
            return false;
        }
        m_settings.baseUrl = url;
    }

    const QString token
        = optionOrEnvironment(commandLine, commandLine.token, environment, tokenVariable);
    if (!token.isEmpty())
        m_settings.token = token;
    const QString hmacSecret
        = optionOrEnvironment(commandLine, commandLine.hmacSecret, environment, hmacSecretVariable);
    if (!hmacSecret.isEmpty())
        m_settings.hmacSecret = hmacSecret;
    if (m_settings.token.isEmpty()) {
        *errorMessage = tr("Missing API token. Set %1 (preferred) or pass --token, or use "
                           "--sandbox.")
                            .arg(tokenVariable);
        return false;
    }

    QString settingsError;
    if (!m_settings.validate(&settingsError)) {
        *errorMessage = settingsError;
        return false;
    }
    return true;
}

ExitCode Connection::openOrPrintError(const CommandLine &commandLine, Console &console)
{
    QString errorMessage;
    ExitCode exitCode = ExitUsage;
    if (!open(commandLine, QProcessEnvironment::systemEnvironment(), &errorMessage, &exitCode)) {
        if (exitCode == ExitUsage)
            return console.printUsageError(errorMessage);
        console.printError(errorMessage);
        return exitCode;
    }
    console.setSecrets(secrets() + console.secrets());
    return ExitSuccess;
}

QStringList Connection::secrets() const
{
    QStringList values;
    if (!m_settings.token.isEmpty())
        values.append(m_settings.token);
    if (!m_settings.hmacSecret.isEmpty())
        values.append(m_settings.hmacSecret);
    return values;
}

QStringList Connection::givenSecrets(
    const CommandLine &commandLine, const QProcessEnvironment &environment)
{
    QStringList values
        = commandLine.values(commandLine.token) + commandLine.values(commandLine.hmacSecret);
    values.append(environment.value(tokenVariable));
    values.append(environment.value(hmacSecretVariable));
    values.removeAll(QString());
    return values;
}

bool Connection::readTimeout(const CommandLine &commandLine, QString *errorMessage)
{
    if (!commandLine.isSet(commandLine.timeout))
        return true;

    const QString text = commandLine.value(commandLine.timeout);
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maxTimeoutSeconds) {
        *errorMessage = tr("Invalid --timeout value \"%1\". Pass a number of seconds greater "
                           "than 0 and at most %2, for example --timeout 10.")
                            .arg(text)
                            .arg(maxTimeoutSeconds);
        return false;
    }
    // Round up so that a small positive value never becomes 0 ms.
    m_settings.timeoutMs = int(std::ceil(seconds * 1000));
    return true;
}

bool Connection::readSandboxScale(const CommandLine &commandLine, int *scale, QString *errorMessage)
{
    if (!commandLine.isSet(commandLine.sandboxScale))
        return true;
    const QString text = commandLine.value(commandLine.sandboxScale);
    bool ok = false;
    *scale = text.toInt(&ok);
    if (!ok || *scale < 0 || *scale > maxSandboxScale) {
        *errorMessage = tr("Invalid --sandbox-scale value \"%1\". Pass a whole number from 0 "
                           "to %2, for example --sandbox-scale 500.")
                            .arg(text)
                            .arg(maxSandboxScale);
        return false;
    }
    return true;
}

bool Connection::startSandbox(const CommandLine &commandLine,
    const Api::ProfileSecrets &profileSecrets, int scale, QString *errorMessage)
{
    Sandbox::SandboxOptions options;
    options.scale = scale;
    options.token = commandLine.isSet(commandLine.token) ? commandLine.value(commandLine.token)
                                                         : profileSecrets.token;
    options.hmacSecret = commandLine.isSet(commandLine.hmacSecret)
        ? commandLine.value(commandLine.hmacSecret)
        : profileSecrets.hmacSecret;

    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString sandboxError;
    if (!m_sandbox->start(options, &sandboxError)) {
        *errorMessage = tr("The embedded sandbox failed to start: %1").arg(sandboxError);
        m_sandbox.reset();
        return false;
    }
    qCInfo(lcCli) << "Sandbox listening on" << m_sandbox->url().toString();

    m_settings.baseUrl = m_sandbox->url();
    m_settings.token = m_sandbox->token();
    m_settings.hmacSecret = options.hmacSecret;
    return true;
}

} // namespace ResellerDesk::Cli
