#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A loopback TCP proxy in front of the sandbox that loses requests to one command. DropReply
// forwards the request and drops the reply, so the service acts but the client never learns
// of it. DropRequest closes the connection without forwarding, so the service never acts.
class LossyProxy : public QObject
{
    Q_OBJECT

public:
    enum class Loss { None, DropReply, DropRequest };

    explicit LossyProxy(const QUrl &upstream, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    // Applies `loss` to the next `count` requests whose path is /command; later ones pass.
    void loseNext(const QByteArray &command, Loss loss, int count = 1);
    int lostCount() const { return m_lost; }

private:
    void handleConnection();

    QUrl m_upstream;
    QTcpServer m_server;
    QByteArray m_command;
    Loss m_loss = Loss::None;
    int m_remaining = 0;
    int m_lost = 0;
};
