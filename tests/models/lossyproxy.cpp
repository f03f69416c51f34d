#include "lossyproxy.h"

#include <QPointer>
#include <QTcpSocket>

LossyProxy::LossyProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LossyProxy::handleConnection);
}

bool LossyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl LossyProxy::url() const
{
    QUrl url = m_upstream;
    url.setPort(m_server.serverPort());
    return url;
}

void LossyProxy::loseNext(const QByteArray &command, Loss loss, int count)
{
    m_command = command;
    m_loss = loss;
    m_remaining = count;
}

void LossyProxy::handleConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
        auto swallowReplies = std::make_shared<bool>(false);
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, swallowReplies] {
            const QByteArray data = client->readAll();
            if (m_loss != Loss::None && data.contains(QByteArray(" /" + m_command + ' '))) {
                const Loss loss = m_loss;
                if (--m_remaining <= 0)
                    m_loss = Loss::None;
                ++m_lost;
                if (loss == Loss::DropRequest) {
                    client->abort();
                    client->deleteLater();
                    return;
                }
                *swallowReplies = true;
            }
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [client, upstream, swallowReplies] {
            const QByteArray data = upstream->readAll();
            if (!*swallowReplies)
                client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    }
}
