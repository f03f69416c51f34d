#include "sandbox/sandboxhost.h"

#include "sandbox/sandboxserver.h"

#include <QThread>

namespace ResellerDesk::Sandbox {

SandboxHost::SandboxHost() = default;

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options, QString *errorMessage)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("resellerdesk-sandbox"));
    // The server must be created on its thread, because its database connection and its
    // sockets belong to the thread that creates them.
    auto *anchor = new QObject;
    anchor->moveToThread(m_thread);
    m_thread->start();

    bool started = false;
    QString error;
    QMetaObject::invokeMethod(
        anchor,
        [this, anchor, &options, &started, &error] {
            m_server = new SandboxServer;
            started = m_server->start(options, &error);
            m_url = m_server->url();
            m_token = m_server->token();
            delete anchor;
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        if (errorMessage)
            *errorMessage = error;
        stop();
        return false;
    }
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_url.clear();
    m_token.clear();
}

bool SandboxHost::isRunning() const
{
    return m_server != nullptr;
}

QUrl SandboxHost::url() const
{
    return m_url;
}

QString SandboxHost::token() const
{
    return m_token;
}

} // namespace ResellerDesk::Sandbox
