#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A loopback TCP proxy in front of the sandbox that can lose the next request: either it
// forwards the request and never returns the response (the service stored the message but the
// client times out), or it never forwards it (the service never saw it).
class ReplyHoldProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Forward, HoldResponse, DropRequest };

    explicit ReplyHoldProxy(const QUrl &upstream, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    // Applies mode to the connection that sends the next request; later requests pass.
    void loseNextRequest(Mode mode) { m_nextMode = mode; }
    int lostRequests() const { return m_lost; }

private:
    void handleConnection();

    QUrl m_upstream;
    QTcpServer m_server;
    Mode m_nextMode = Mode::Forward;
    int m_lost = 0;
};
