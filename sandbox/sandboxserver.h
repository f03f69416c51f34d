#pragma once

#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace ResellerDesk::Sandbox {

class SandboxServerImpl;

// Local implementation of the documented API over HTTP on 127.0.0.1, backed by SQLite.
// The server lives on the thread that created it and serves requests on that thread's
// event loop.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens and seeds the database and listens on 127.0.0.1. Returns false and sets
    // *errorMessage (when not null) if the database or the port cannot be used.
    bool start(const SandboxOptions &options, QString *errorMessage = nullptr);
    // Stops listening and closes the database. start() may be called again afterwards.
    void stop();

    bool isListening() const;
    // Base URL such as http://127.0.0.1:40123, empty before start().
    QUrl url() const;
    // Reseller token accepted for every store.
    QString token() const;

private:
    std::unique_ptr<SandboxServerImpl> m_impl;
};

} // namespace ResellerDesk::Sandbox
