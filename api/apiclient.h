#pragma once

#include "api/connectionsettings.h"
#include "api/payload.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ResellerDesk::Api {

class ApiReply;

enum class RequestFormat {
    PostJson, // POST with an application/json body
    Get, // GET with the payload as the query string
    PostForm, // POST with an application/x-www-form-urlencoded body
};

struct CallOptions
{
    RequestFormat format = RequestFormat::PostJson;
    // Whether failed attempts are retried; std::nullopt: only read commands (isReadCommand).
    std::optional<bool> retry;
    // Overrides ConnectionSettings::timeoutMs for this call.
    std::optional<int> timeoutMs;
};

// Sends API commands with one QNetworkAccessManager. Lives on one thread and never waits for
// the network: call() returns at once and the ApiReply emits finished() later, also for requests that are
// rejected before sending.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    explicit ApiClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    // Applies to calls made afterwards; calls in flight keep the settings they started with.
    void setSettings(const ConnectionSettings &settings);

    // Sends command with the payload plus auth_token (unless sent as a header), tz, user_ip and,
    // with an HMAC secret, nonce, ts and signature. The caller owns the reply.
    ApiReply *call(const QString &command, const Payload &payload = {},
                   const CallOptions &options = {});
    // Like call() for payloads of many megabytes, such as base64-encoded ticket attachments:
    // preparePayload runs on a Qt Concurrent thread, and the request is signed and serialized
    // there too, so the calling thread never waits for the encoding. preparePayload must not
    // touch objects of the calling thread.
    ApiReply *callPrepared(const QString &command, std::function<Payload()> preparePayload,
                           const CallOptions &options = {});
    // Returns a reply that sends nothing and finishes with ApiError::Kind::InvalidRequest and
    // detail, for requests that fail a check before sending (see ApiCommands).
    ApiReply *rejectCall(const QString &command, const QString &detail);

    // Delays before each automatic retry, in milliseconds; default 500 and 2000, which also
    // means at most 2 retries.
    QList<int> retryDelaysMs() const { return m_retryDelaysMs; }
    void setRetryDelaysMs(const QList<int> &delaysMs);

    // The manager of read commands. Write commands go through a second manager whose
    // sslErrors() signal is forwarded to this one, so listeners of this one see both.
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // True for commands that change nothing on the service, so that repeating them is safe:
    // names ending in -list, -details, -enums, -check, -tldsld and the lookup commands such as
    // countries, tlds and catalog.
    static bool isReadCommand(const QString &command);
    // Returns the ApiError::detail of a call whose connection the server closed before any
    // byte of the response, which for a write means the service may have acted on it.
    static QString closedConnectionDetail();

private:
    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    // Sends commands that change something, each on a connection of its own that Qt cannot
    // send the request on again (see apiclient.cpp).
    QNetworkAccessManager *m_writeNetwork = nullptr;
    QList<int> m_retryDelaysMs;
};

} // namespace ResellerDesk::Api
