#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace ResellerDesk::Api::Testing {

// One HTTP request as the scripted server received it.
struct ReceivedRequest
{
    QByteArray method;
    QString path; // without the leading '/'
    QByteArray query; // raw, still percent-encoded
    QHash<QByteArray, QByteArray> headers; // names in lowercase
    QByteArray body;
};

// What the scripted server does with one request.
struct ScriptedResponse
{
    enum class Action {
        Respond, // send status and body, then close the connection
        Hang, // read the request and never respond (for timeouts)
        Close, // close the connection without any response
        Stall, // send the headers and part of the body, then nothing more
    };

    Action action = Action::Respond;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    // Wait this long before responding, so that requests overlap.
    int delayMs = 0;

    static ScriptedResponse json(const QByteArray &body, int status = 200);
    static ScriptedResponse hang();
};

// A minimal HTTP/1.1 server on 127.0.0.1 for tests. Each request gets the response that the
// handler returns. It counts requests and the max number of requests waiting for their
// response at the same time.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const ReceivedRequest &)>;

    explicit ScriptedServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<ReceivedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int maxConcurrent() const { return m_maxConcurrent; }

    // Returns a successful envelope around data.
    static QByteArray envelope(const QByteArray &data);

private:
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<ReceivedRequest> m_requests;
    int m_pending = 0;
    int m_maxConcurrent = 0;
};

} // namespace ResellerDesk::Api::Testing
