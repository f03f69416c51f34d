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
    QString helpText() const;

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

    // Options of the call subcommand.
    const QCommandLineOption data;
    const QCommandLineOption get;
    const QCommandLineOption form;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_verbose;
    // Every name of every option, without dashes, including help and version.
    QStringList m_optionNames;
    QString m_errorText;
};

} // namespace ResellerDesk::Cli
