#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <utility>

// Plain HTTP client for the sandbox tests. It uses QNetworkAccessManager directly, not the api
// library, so the tests check the sandbox on its own.
class SandboxTestClient
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit SandboxTestClient(const QUrl &baseUrl) : m_baseUrl(baseUrl) {}

    // Each call returns the parsed envelope, or an object with "transport_error" on failure.
    QJsonObject postJson(const QString &command, const QJsonObject &payload,
                         const Headers &headers = {});
    QJsonObject postRaw(const QString &command, const QByteArray &body,
                        const QByteArray &contentType, const Headers &headers = {});
    QJsonObject get(const QString &command, const QString &query);

    int lastHttpStatus() const { return m_lastStatus; }

private:
    QJsonObject finish(class QNetworkReply *reply);

    QUrl m_baseUrl;
    QNetworkAccessManager m_manager;
    int m_lastStatus = 0;
};

// Returns hex HMAC-SHA256 of command + "?" + query, computed in the test independently of the
// sandbox's own code.
QString testSignature(const QString &command, const QString &query, const QString &secret);
