#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A loopback TCP proxy in front of the sandbox that can lose the next request. HoldResponse
// forwards the request and never returns the response, so the service stores the message while
// the client times out. DropRequest never forwards it, so the service never sees it.
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
