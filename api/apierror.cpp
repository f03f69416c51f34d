#include "api/apierror.h"

#include <QCoreApplication>
#include <QStringList>

namespace ResellerDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::ApiError", text);
}

QString describeMessages(const QList<ApiMessage> &messages)
{
    QStringList sentences;
    for (const ApiMessage &message : messages) {
        if (message.code.isEmpty() || message.type == QLatin1String("success"))
            continue;
        const QString sentence = message.describe();
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace

bool ApiError::hasCode(const QString &code) const
{
    return std::any_of(messages.cbegin(), messages.cend(),
                       [&code](const ApiMessage &message) { return message.code == code; });
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidRequest:
        return tr("The command \"%1\" was not sent: %2").arg(command, detail);
    case Kind::Transport:
        return tr("The command \"%1\" could not reach the API (%2). Check the API address in the "
                  "connection settings and the network connection, then try again.")
                .arg(command, detail);
    case Kind::Timeout:
        return tr("The command \"%1\" timed out waiting for the API. The service or the network "
                  "may be slow or down. Try again later.")
                .arg(command);
    case Kind::Tls:
        return tr("The command \"%1\" failed because the secure connection could not be "
                  "established (%2). Check the API address, the computer's date and time, and "
                  "any proxy that intercepts https.")
                .arg(command, detail);
    case Kind::Http:
        if (httpStatus >= 500)
            return tr("The command \"%1\" failed because the API returned HTTP status %2. The "
                      "service has a problem; try again later.")
                    .arg(command)
                    .arg(httpStatus);
        if (httpStatus >= 300 && httpStatus < 400)
            return tr("The command \"%1\" was redirected (HTTP status %2) to another address. "
                      "The app does not follow redirects to other hosts, so that the API token "
                      "stays with the configured one. Check the API address in the connection "
                      "settings.")
                    .arg(command)
                    .arg(httpStatus);
        if (httpStatus == 401 || httpStatus == 403)
            return tr("The command \"%1\" was refused with HTTP status %2. Check the API token "
                      "and the HMAC secret in the connection settings.")
                    .arg(command)
                    .arg(httpStatus);
        if (httpStatus == 404)
            return tr("The command \"%1\" was not found at the API address (HTTP status 404). "
                      "Check the API address in the connection settings.")
                    .arg(command);
        return tr("The command \"%1\" failed with HTTP status %2 and a response that is not "
                  "from the API. Check the API address in the connection settings.")
                .arg(command)
                .arg(httpStatus);
    case Kind::Envelope:
        return tr("The command \"%1\" returned a response the app cannot read (%2). Try again "
                  "later; if it persists, check the API address.")
                .arg(command, detail);
    case Kind::Api: {
        QString text = describeMessages(messages);
        if (text.isEmpty())
            text = tr("The API reported a failure without a reason.");
        return tr("The command \"%1\" failed: %2").arg(command, text);
    }
    case Kind::Aborted:
        return tr("The command \"%1\" was cancelled.").arg(command);
    }
    return QString();
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Kind::Transport:
        return QStringLiteral("transport");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Envelope:
        return QStringLiteral("envelope");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::Aborted:
        return QStringLiteral("aborted");
    }
    return QString();
}

} // namespace ResellerDesk::Api
