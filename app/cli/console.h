#pragma once

#include "exitcode.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ResellerDesk::Api {
struct ApiError;
}

namespace ResellerDesk::Cli {

// Output of resellerdesk-cli: results as JSON on stdout, errors as text on stderr. Every
// error line passes through redact(), so a token or secret that a server or a parser echoes
// never reaches the terminal.
class Console
{
public:
    // Sets the subcommand whose --help printUsageError() points to; empty for the top level.
    void setHelpSubcommand(const QString &subcommand) { m_helpSubcommand = subcommand; }
    // Sets the values that redact() replaces, typically the token and the HMAC secret.
    void setSecrets(const QStringList &secrets);
    QStringList secrets() const { return m_secrets; }

    // Writes value as indented JSON, also scalars and null, followed by a newline.
    void printJson(const QJsonValue &value) const;
    // Writes text to stdout unchanged (help and version output, tables).
    void printText(const QString &text) const;
    // Writes bytes to stdout unchanged (CSV).
    void printBytes(const QByteArray &bytes) const;
    // Writes "resellerdesk-cli: " and message to stderr.
    void printError(const QString &message) const;
    // Writes a usage error and a hint to --help, and returns ExitUsage.
    ExitCode printUsageError(const QString &message) const;
    // Writes the failure of an API call and returns its exit code: the API's messages and
    // ExitApiFailure for `status: false`, else the error's userMessage() and ExitTransport.
    ExitCode printApiError(const Api::ApiError &error) const;

    // Returns whether stdout is a terminal, where lists default to a table.
    static bool isStdoutTerminal();
    // Returns the width for tables in characters: the terminal's width when stdout is a
    // terminal, else $COLUMNS, else 0 for no limit.
    static int outputWidth();

    // Replaces the secrets in text with "<redacted>".
    QString redact(QString text) const;

private:
    // Secrets at least this long are replaced even inside a longer word.
    static constexpr qsizetype minimumSecretLengthAnywhere = 8;

    static bool matchesSecretAt(const QString &text, qsizetype position, const QString &secret);

    QStringList m_secrets;
    QString m_helpSubcommand;
};

} // namespace ResellerDesk::Cli
