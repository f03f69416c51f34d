#include "api/requestbuilder.h"

#include "api/hmac.h"
#include "api/logging.h"

#include <QUrlQuery>

namespace ResellerDesk::Api {

PreparedRequest buildRequest(const ConnectionSettings &settings, const QString &command,
                             const Payload &payload, RequestFormat format, int timeoutMs,
                             const QDateTime &now)
{
    Payload sent = payload;
    if (settings.tokenInHeader)
        sent.remove(QStringLiteral("auth_token"));
    else
        sent.insert(QStringLiteral("auth_token"), settings.token);
    // A tz or user_ip in the payload (from a ListQuery) wins over the connection-wide one.
    if (!settings.tz.isEmpty() && !sent.contains(QStringLiteral("tz")))
        sent.insert(QStringLiteral("tz"), settings.tz);
    if (!settings.userIp.isEmpty() && !sent.contains(QStringLiteral("user_ip")))
        sent.insert(QStringLiteral("user_ip"), settings.userIp);
    if (!settings.hmacSecret.isEmpty())
        signPayload(sent, command, settings.hmacSecret, now);

    PreparedRequest prepared;
    QUrl url = settings.commandUrl(command);
    // The query string is only built for the formats that send it: for a JSON body with 60 MB
    // of base64 attachments it would cost hundreds of megabytes.
    switch (format) {
    case RequestFormat::Get: {
        const QByteArray query = sent.toQuery();
        prepared.verb = QByteArrayLiteral("GET");
        // NOTE: QUrl (Qt 6.4) decodes the unreserved "%7E" to "~" whatever the parsing mode,
        // so a GET query differs from toQuery() there. Both decode to the same parameters, and a
        // server that rebuilds the query from the parsed parameters (as PHP's $_GET does) signs
        // the same text. Use PostJson or PostForm to send the bytes exactly.
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        prepared.traceText = redactQuery(query);
        break;
    }
    case RequestFormat::PostForm:
        prepared.verb = QByteArrayLiteral("POST");
        prepared.body = sent.toQuery();
        prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                                   QByteArrayLiteral("application/x-www-form-urlencoded"));
        prepared.traceText = redactQuery(prepared.body);
        break;
    case RequestFormat::PostJson:
        prepared.verb = QByteArrayLiteral("POST");
        prepared.body = sent.toJson();
        prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                                   QByteArrayLiteral("application/json"));
        // Redacting parses the whole body again, so it runs only when the trace is on.
        if (lcApiHttp().isDebugEnabled())
            prepared.traceText = redactJson(prepared.body);
        break;
    }

    prepared.request.setUrl(url);
    prepared.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    prepared.request.setHeader(QNetworkRequest::UserAgentHeader,
                               QByteArrayLiteral("ResellerDesk/" RESELLERDESK_VERSION));
    if (settings.tokenInHeader)
        prepared.request.setRawHeader(QByteArrayLiteral("X-Auth-Token"), settings.token.toUtf8());
    prepared.request.setTransferTimeout(timeoutMs);
    // Redirects stay on the same scheme, host and port: a redirect elsewhere would carry the
    // token (in the body or the X-Auth-Token header) to a host the user never configured.
    // NoLessSafeRedirectPolicy would allow any other https host, so it is not enough.
    prepared.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                  QNetworkRequest::SameOriginRedirectPolicy);
    return prepared;
}

} // namespace ResellerDesk::Api
