#include "scriptedserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ResellerDesk::Api::Testing {

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::hang()
{
    ScriptedResponse response;
    response.action = Action::Hang;
    return response;
}

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::acceptConnections);
    m_handler = [](const ReceivedRequest &) {
        return ScriptedResponse::json(envelope("[]"));
    };
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray ScriptedServer::envelope(const QByteArray &data)
{
    return "{\"ttl\":0,\"status\":true,\"data\":" + data + ",\"messages\":[]}";
}

void ScriptedServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::readFrom(QTcpSocket *socket)
{
    // The request is complete once the headers and Content-Length bytes of body are in.
    const QByteArray buffered = socket->peek(socket->bytesAvailable());
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    ReceivedRequest request;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromLatin1(target.left(question < 0 ? target.size() : question).mid(1));
    if (question >= 0)
        request.query = target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffered.size() < headerEnd + 4 + length)
        return;
    socket->read(headerEnd + 4 + length);
    request.body = buffered.mid(headerEnd + 4, length);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    m_requests.append(request);
    const ScriptedResponse response = m_handler(request);
    if (response.action == ScriptedResponse::Action::Hang)
        return;
    if (response.action == ScriptedResponse::Action::Close) {
        socket->abort();
        return;
    }
    ++m_pending;
    m_maxConcurrent = std::max(m_maxConcurrent, m_pending);
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
        --m_pending;
        if (guarded)
            answer(guarded, response);
    });
}

void ScriptedServer::answer(QTcpSocket *socket, const ScriptedResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    // A stalled response announces more body than it sends and keeps the connection open.
    const bool stall = response.action == ScriptedResponse::Action::Stall;
    const qsizetype length = response.body.size() + (stall ? 1000 : 0);
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + response.body);
    if (!stall)
        socket->disconnectFromHost();
}

} // namespace ResellerDesk::Api::Testing
