#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace ResellerDesk::Cli {

// The command line of resellerdesk-cli: global options, connection options and the options
// of every subcommand, all in one QCommandLineParser. Options may stand before or after the
// subcommand, because the parser reads the whole argument list.
class CommandLine
{
public:
    CommandLine();

    // Parses arguments (including the program name). Returns false with errorText() set for
    // unknown options and options that lack their value.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_errorText; }
    // Top-level help: global and connection options and the list of subcommands.
    QString helpText() const;
    // Help of one subcommand: its usage line, description and options, followed by the
    // connection options.
    QString subcommandHelpText(const QString &usage, const QString &description,
        const QList<QCommandLineOption> &options) const;
    // Returns an error text when an option of another subcommand is set, for example --all
    // with call. Returns an empty string when every option set is global or is in allowed.
    QString checkSubcommandOptions(
        const QString &subcommand, const QList<QCommandLineOption> &allowed) const;

    bool isHelpRequested() const;
    bool isVersionRequested() const;
    bool isVerbose() const;

    // First positional argument, empty when there is none.
    QString subcommand() const;
    // Positional arguments after the subcommand.
    QStringList subcommandArguments() const;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    // Value of the last occurrence of option, empty when it is not set.
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }

    // Connection options.
    const QCommandLineOption apiUrl;
    const QCommandLineOption token;
    const QCommandLineOption hmacSecret;
    const QCommandLineOption tokenHeader;
    const QCommandLineOption timeout;
    const QCommandLineOption sandbox;
    const QCommandLineOption profile;
    const QCommandLineOption sandboxScale;

    // Options of the call subcommand.
    const QCommandLineOption data;
    const QCommandLineOption get;
    const QCommandLineOption form;

    // Options of the list, show and attachment subcommands.
    const QCommandLineOption filter;
    const QCommandLineOption orderBy;
    const QCommandLineOption with;
    const QCommandLineOption limit;
    const QCommandLineOption page;
    const QCommandLineOption all;
    const QCommandLineOption format;
    const QCommandLineOption attachmentType;
    const QCommandLineOption outputDir;

private:
    QList<QCommandLineOption> connectionOptions() const;
    QList<QCommandLineOption> subcommandOptions() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_verbose;
    // Every name of every option, without dashes, including help and version.
    QStringList m_optionNames;
    QString m_errorText;
};

} // namespace ResellerDesk::Cli
