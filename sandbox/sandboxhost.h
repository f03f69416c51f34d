#pragma once

#include "sandbox/sandboxoptions.h"

#include <QString>
#include <QUrl>

class QThread;

namespace ResellerDesk::Sandbox {

class SandboxServer;

// Runs a SandboxServer on a thread of its own, so that a client on the calling thread
// never waits for the server's event loop. The destructor stops the server and joins the
// thread.
class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    // Starts the thread and the server, and blocks until the server listens or failed.
    // Returns false and sets *errorMessage (when not null) on failure.
    bool start(const SandboxOptions &options, QString *errorMessage = nullptr);
    // Stops the server and joins the thread. Calling it again does nothing.
    void stop();

    bool isRunning() const;
    QUrl url() const;
    QString token() const;

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr;
    QUrl m_url;
    QString m_token;
};

} // namespace ResellerDesk::Sandbox
