#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

QJsonObject SandboxTestClient::postJson(const QString &command, const QJsonObject &payload,
                                        const Headers &headers)
{
    return postRaw(command, QJsonDocument(payload).toJson(QJsonDocument::Compact),
                   QByteArrayLiteral("application/json"), headers);
}

QJsonObject SandboxTestClient::postRaw(const QString &command, const QByteArray &body,
                                       const QByteArray &contentType, const Headers &headers)
{
    QUrl url = m_baseUrl;
    url.setPath(u'/' + command);
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_manager.post(request, body));
}

QJsonObject SandboxTestClient::get(const QString &command, const QString &query)
{
    QUrl url = m_baseUrl;
    url.setPath(u'/' + command);
    url.setQuery(query, QUrl::StrictMode);
    return finish(m_manager.get(QNetworkRequest(url)));
}

QJsonObject SandboxTestClient::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000)) {
        reply->abort();
        reply->deleteLater();
        return {{QStringLiteral("transport_error"), QStringLiteral("timed out")}};
    }
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {{QStringLiteral("transport_error"), error.isEmpty() ? QString::fromUtf8(body) : error}};
    return document.object();
}

QString testSignature(const QString &command, const QString &query, const QString &secret)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash((command + u'?' + query).toUtf8(),
                                                                secret.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}
