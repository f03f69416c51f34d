#include "console.h"

#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::Console", text);
}

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Formats value as JSON text. QJsonDocument takes only objects and arrays, so a scalar is
// wrapped in an array and unwrapped again.
QByteArray toJsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);

    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2) + '\n';
}

} // namespace

void Console::setSecrets(const QStringList &secrets)
{
    m_secrets = secrets;
    m_secrets.removeAll(QString());
}

void Console::printJson(const QJsonValue &value) const
{
    write(stdout, toJsonText(value.isUndefined() ? QJsonValue(QJsonValue::Null) : value));
}

void Console::printText(const QString &text) const
{
    write(stdout, text.toUtf8());
}

void Console::printBytes(const QByteArray &bytes) const
{
    write(stdout, bytes);
}

bool Console::isStdoutTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

int Console::outputWidth()
{
    winsize size {};
    if (isStdoutTerminal() && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 0;
}

void Console::printError(const QString &message) const
{
    write(stderr, (QStringLiteral("resellerdesk-cli: ") + redact(message) + u'\n').toUtf8());
}

ExitCode Console::printUsageError(const QString &message) const
{
    printError(message);
    if (m_helpSubcommand.isEmpty())
        printError(tr("Run resellerdesk-cli --help for usage."));
    else
        printError(tr("Run resellerdesk-cli %1 --help for usage.").arg(m_helpSubcommand));
    return ExitUsage;
}

ExitCode Console::printApiError(const Api::ApiError &error) const
{
    if (error.kind != Api::ApiError::Kind::Api) {
        printError(error.userMessage());
        return ExitTransport;
    }

    printError(tr("The API rejected %1:").arg(error.command));
    if (error.messages.isEmpty())
        printError(tr("  (no message returned)"));
    for (const Api::ApiMessage &message : error.messages) {
        QString line = QStringLiteral("  ") + message.describe();
        if (!message.code.isEmpty())
            line += QStringLiteral(" [") + message.code + u']';
        printError(line);
        // The sandbox adds a message that names the rejected value and the accepted values.
        const QString detail = message.params.value(QLatin1String("message")).toString();
        if (!detail.isEmpty())
            printError(QStringLiteral("    ") + detail);
    }
    return ExitApiFailure;
}

QString Console::redact(QString text) const
{
    // Longer secrets first, so that a secret that contains another one is replaced whole.
    QStringList secrets = m_secrets;
    secrets.removeDuplicates();
    std::sort(secrets.begin(), secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });

    // One pass over the text, so that the placeholder is never searched for a secret.
    QString result;
    result.reserve(text.size());
    qsizetype position = 0;
    while (position < text.size()) {
        const auto found = std::find_if(secrets.cbegin(), secrets.cend(),
            [&](const QString &secret) { return matchesSecretAt(text, position, secret); });
        if (found == secrets.cend()) {
            result += text.at(position);
            ++position;
            continue;
        }
        result += QStringLiteral("<redacted>");
        position += found->size();
    }
    return result;
}

bool Console::matchesSecretAt(const QString &text, qsizetype position, const QString &secret)
{
    if (!QStringView(text).sliced(position).startsWith(secret))
        return false;
    // A secret of real length is hidden wherever it appears. A short one (a sandbox test token
    // such as "t") is hidden only as a whole word, because replacing every "t" would make the
    // message unreadable while hiding nothing worth hiding.
    if (secret.size() >= minimumSecretLengthAnywhere)
        return true;
    const auto isWordCharacter = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    const qsizetype end = position + secret.size();
    const bool startsWord = position == 0 || !isWordCharacter(text.at(position - 1));
    const bool endsWord = end == text.size() || !isWordCharacter(text.at(end));
    return startsWord && endsWord;
}

} // namespace ResellerDesk::Cli
