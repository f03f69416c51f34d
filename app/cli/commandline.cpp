#include "commandline.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

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
    , sandboxScale(QStringLiteral("sandbox-scale"),
          tr("With --sandbox: generate <count> extra domains, with accounts and orders in "
             "proportion, on top of the demo data (0 to 100000). Default: 0."),
          tr("count"))
    , data(QStringLiteral("data"),
          tr("Request payload as a JSON object, for example '{\"limit\": \"10\"}', or "
             "@FILE to read it from a file, or - to read it from standard input. "
             "Authentication keys are added by the client."),
          tr("json|@file|-"))
    , get(QStringLiteral("get"), tr("Send the request as GET with a query string."))
    , form(QStringLiteral("form"), tr("Send the request as a form-encoded POST."))
    , filter(QStringLiteral("filter"),
          tr("Filter as property=value or property:condition=value, where the condition is "
             "=, !, like%, %like%, >, <, >=, <=, range, daterange or in. After a symbol the "
             "'=' may be left out: days_to_expire:<=30 means at most 30. Values of in are "
             "comma-separated. Repeat for several filters."),
          tr("filter"))
    , orderBy(QStringLiteral("order-by"),
          tr("Sort by a property, ascending unless :desc follows: end_date:desc. Repeat to "
             "sort by several properties."),
          tr("property[:asc|:desc]"))
    , with(QStringLiteral("with"),
          tr("Include a relation, for example resources. Repeat for several relations."),
          tr("relation"))
    , limit(QStringLiteral("limit"),
          tr("Items per page, a whole number of 1 or more. Default: the API's (25)."), tr("count"))
    , page(QStringLiteral("page"), tr("Page to fetch, counted from 1. Default: 1."), tr("number"))
    , all(QStringLiteral("all"),
          tr("Fetch every page, two requests at a time, 100 items per page unless --limit "
             "is given."))
    , format(QStringLiteral("format"),
          tr("Output format. Default: table when standard output is a terminal, else json."),
          tr("json|csv|table"))
    , attachmentType(QStringLiteral("type"),
          tr("Whether the attachment belongs to a question (sent by the customer) or an "
             "answer (sent by support)."),
          tr("question|answer"))
    , outputDir(QStringLiteral("output-dir"),
          tr("Folder to save the file in. Default: the current folder."), tr("folder"))
    , m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_verbose(QStringLiteral("verbose"), tr("Log requests and retries on stderr."))
{
    m_parser.setApplicationDescription(
        tr("Command-line client for the ICDSoft reseller API.\n"
           "\n"
           "Subcommands (resellerdesk-cli SUBCOMMAND --help shows the options of one):\n"
           "  call COMMAND          Send one API command and print the response's data as "
           "JSON.\n"
           "  list ENTITY           List the items of an entity, e.g. list domain --all.\n"
           "  show ENTITY ID        Show one item, e.g. show order 7ZXB3A.\n"
           "  attachment ID --type question|answer\n"
           "                        Save a ticket attachment to a file.\n"
           "\n"
           "Environment:\n"
           "  RESELLERDESK_API_URL, RESELLERDESK_TOKEN, RESELLERDESK_HMAC_SECRET\n"
           "  Used when the matching option is not given.\n"
           "\n"
           "Exit status: 0 success, 1 the API returned status false or has no data for\n"
           "the request, 2 invalid usage, 3 transport, timeout, HTTP or malformed-response\n"
           "error, 4 the output file could not be written."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options
        = connectionOptions() + subcommandOptions() + QList { m_verbose };
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
    for (const QCommandLineOption &option : connectionOptions() + subcommandOptions()) {
        if (option.valueName().isEmpty())
            continue;
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

QString CommandLine::subcommandHelpText(const QString &usage, const QString &description,
    const QList<QCommandLineOption> &options) const
{
    // A parser of its own, so that the help lists only this subcommand's options. Its usage
    // line is replaced, because QCommandLineParser cannot name a subcommand in it.
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addOptions(options);
    parser.addHelpOption();
    parser.addOptions(connectionOptions());
    parser.addOption(m_verbose);
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    text.replace(0, lineEnd, tr("Usage: resellerdesk-cli %1 [options]").arg(usage));
    return text;
}

QString CommandLine::checkSubcommandOptions(
    const QString &subcommand, const QList<QCommandLineOption> &allowed) const
{
    for (const QCommandLineOption &option : subcommandOptions()) {
        if (!m_parser.isSet(option))
            continue;
        const QString name = option.names().constFirst();
        const bool isAllowed = std::any_of(
            allowed.cbegin(), allowed.cend(), [&name](const QCommandLineOption &candidate) {
                return candidate.names().constFirst() == name;
            });
        if (!isAllowed)
            return tr("The option --%1 does not apply to the %2 subcommand. Run "
                      "resellerdesk-cli %2 --help for its options.")
                .arg(name, subcommand);
    }
    return {};
}

QList<QCommandLineOption> CommandLine::connectionOptions() const
{
    return { apiUrl, token, hmacSecret, tokenHeader, timeout, sandbox, sandboxScale, profile };
}

QList<QCommandLineOption> CommandLine::subcommandOptions() const
{
    return { data, get, form, filter, orderBy, with, limit, page, all, format, attachmentType,
        outputDir };
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
