#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/connectionsettings.h"
#include "api/envelope.h"
#include "api/payload.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace ResellerDesk::Api {

struct PreparedRequest;

// The result of one ApiClient::call(). The caller owns it and deletes it with deleteLater()
// once finished() was emitted. finished() is emitted exactly once: never from within call(),
// but from within abort().
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    QString command() const { return m_command; }
    bool isFinished() const { return m_finished; }
    // True after finished() when the envelope had "status": true.
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QJsonValue data() const { return m_envelope.data; }
    int ttl() const { return m_envelope.ttl; }
    // Messages of a successful call (success and warning codes); failed calls carry theirs in
    // error().messages.
    QList<ApiMessage> messages() const { return m_envelope.messages; }
    // Number of requests sent so far, retries included.
    int attempts() const { return m_attempts; }

public slots:
    // Stops the request or a pending retry and finishes with ApiError::Kind::Aborted. Does
    // nothing after finished().
    void abort();

signals:
    void finished();
    // Emitted before waiting delayMs for retry number attempt (1 for the first retry).
    void retrying(int attempt, int delayMs);

private:
    friend class ApiClient;

    ApiReply(QNetworkAccessManager *network, const ConnectionSettings &settings,
             const QString &command, const Payload &payload, const CallOptions &options,
             bool retry, const QList<int> &retryDelaysMs, QObject *parent = nullptr);

    void start();
    // Finishes later with InvalidRequest and detail instead of sending.
    void reject(const QString &detail);
    void sendAttempt();
    void prepareOffThread(int timeoutMs);
    void sendPrepared(const PreparedRequest &prepared);
    void handleNetworkFinished();
    void handleBody(int httpStatus, const QByteArray &body);
    void handleEnvelope(int httpStatus, const Envelope &envelope);
    bool retryIfAllowed(const ApiError &error);
    void finish(const ApiError &error);
    void finishLater(const ApiError &error);

    QPointer<QNetworkAccessManager> m_network;
    ConnectionSettings m_settings;
    QString m_command;
    Payload m_payload;
    // Set by ApiClient::callPrepared(): builds m_payload on a worker thread before the first
    // attempt, and every attempt is then signed and serialized on a worker thread too.
    std::function<Payload()> m_preparePayload;
    bool m_prepareOffThread = false;
    CallOptions m_options;
    bool m_retry = false;
    QList<int> m_retryDelaysMs;

    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_aborting = false;
    bool m_parsing = false;
    ApiError m_error;
    Envelope m_envelope;
};

} // namespace ResellerDesk::Api
