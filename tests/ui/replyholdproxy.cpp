#include "replyholdproxy.h"

#include <QPointer>
#include <QTcpSocket>

ReplyHoldProxy::ReplyHoldProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent), m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ReplyHoldProxy::handleConnection);
}

bool ReplyHoldProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ReplyHoldProxy::url() const
{
    QUrl url = m_upstream;
    url.setPort(m_server.serverPort());
    return url;
}

void ReplyHoldProxy::handleConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        // Shared by both directions: the mode this connection got with its first lost request.
        auto *mode = new Mode(Mode::Forward);
        connect(client, &QObject::destroyed, this, [mode] { delete mode; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, mode] {
            const QByteArray data = client->readAll();
            if (*mode == Mode::Forward && m_nextMode != Mode::Forward
                && data.startsWith("POST ")) {
                *mode = m_nextMode;
                m_nextMode = Mode::Forward;
                ++m_lost;
            }
            if (*mode != Mode::DropRequest)
                upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [client, upstream, mode] {
            const QByteArray data = upstream->readAll();
            if (*mode == Mode::Forward)
                client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, [client, mode] {
            if (*mode == Mode::Forward)
                client->disconnectFromHost();
        });
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }
}
