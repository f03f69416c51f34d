#include "commandline.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::CommandLine", text);
}

} // namespace

// Option help never shows a default value, so that a token or secret taken from the
// environment cannot appear in --help output.
CommandLine::CommandLine()
    : apiUrl(QStringLiteral("api-url"),
        tr("Base URL of the API. Default: $RESELLERDESK_API_URL, else "
           "https://api.suresupport.com."),
        tr("url"))
    , token(QStringLiteral("token"),
          tr("API token. Prefer $RESELLERDESK_TOKEN, because other users can read a "
             "command line with ps."),
          tr("token"))
    , hmacSecret(QStringLiteral("hmac-secret"),
          tr("HMAC secret for signed requests. Prefer $RESELLERDESK_HMAC_SECRET, "
             "because other users can read a command line with ps."),
          tr("secret"))
    , tokenHeader(QStringLiteral("token-header"),
          tr("Send the token in the X-Auth-Token header instead of the payload."))
    , timeout(QStringLiteral("timeout"),
          tr("Maximum time for one request, in seconds (decimals allowed). Default: 30."),
          tr("seconds"))
    , sandbox(QStringLiteral("sandbox"),
          tr("Start the embedded sandbox with demo data on 127.0.0.1 and use its URL "
             "and token. --token and --hmac-secret then set what the sandbox accepts."))
    , profile(QStringLiteral("profile"),
          tr("Connect with the saved connection profile <name> of the ResellerDesk app, "
             "its token read from the system keychain. Options and environment variables "
             "override its values."),
          tr("name"))
    , data(QStringLiteral("data"),
          tr("Request payload as a JSON object, for example '{\"limit\": \"10\"}'. "
             "Authentication keys are added by the client."),
          tr("json"))
    , get(QStringLiteral("get"), tr("Send the request as GET with a query string."))
    , form(QStringLiteral("form"), tr("Send the request as a form-encoded POST."))
    , m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_verbose(QStringLiteral("verbose"), tr("Log requests and retries on stderr."))
{
    m_parser.setApplicationDescription(
        tr("Command-line client for the ICDSoft reseller API.\n"
           "\n"
           "Subcommands:\n"
           "  call COMMAND   Send one API command and print the response's data as "
           "JSON.\n"
           "\n"
           "Environment:\n"
           "  RESELLERDESK_API_URL, RESELLERDESK_TOKEN, RESELLERDESK_HMAC_SECRET\n"
           "  Used when the matching option is not given.\n"
           "\n"
           "Exit status: 0 success, 1 the API returned status false, 2 invalid usage,\n"
           "3 transport, timeout, HTTP or malformed-response error."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options
        = { apiUrl, token, hmacSecret, tokenHeader, timeout, sandbox, profile, data, get, form,
              m_verbose };
    m_parser.addOptions(options);
    for (const QCommandLineOption &option : options + QList { m_help, m_version })
        m_optionNames.append(option.names());
    m_parser.addPositionalArgument(QStringLiteral("subcommand"), tr("Subcommand, e.g. call."));
    m_parser.addPositionalArgument(QStringLiteral("arguments"),
        tr("Arguments of the subcommand, e.g. the API command name."),
        QStringLiteral("[arguments...]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_errorText.clear();
    if (!m_parser.parse(arguments)) {
        m_errorText = m_parser.errorText();
        return false;
    }

    // QCommandLineParser takes the next argument as the value even when it is another
    // option, so "--timeout --token T" would set the timeout to "--token" and make the
    // token a positional argument that error messages echo.
    static const QRegularExpression leadingDashes(QStringLiteral("^-+"));
    for (const QCommandLineOption &option : { apiUrl, token, hmacSecret, timeout, data }) {
        for (const QString &value : m_parser.values(option)) {
            if (!value.startsWith(u'-'))
                continue;
            const QString optionText = value.section(u'=', 0, 0);
            if (m_optionNames.contains(QString(optionText).remove(leadingDashes))) {
                m_errorText = tr("Missing value after --%1: found the option \"%2\" instead.")
                                  .arg(option.names().constFirst(), optionText);
                return false;
            }
        }
    }
    return true;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

bool CommandLine::isHelpRequested() const
{
    return m_parser.isSet(m_help);
}

bool CommandLine::isVersionRequested() const
{
    return m_parser.isSet(m_version);
}

bool CommandLine::isVerbose() const
{
    return m_parser.isSet(m_verbose);
}

QString CommandLine::subcommand() const
{
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

QStringList CommandLine::subcommandArguments() const
{
    return m_parser.positionalArguments().mid(1);
}

} // namespace ResellerDesk::Cli
