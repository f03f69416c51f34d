#include "sandboxpool.h"

#include "sandbox/sandboxhost.h"

namespace ResellerDesk::App {

SandboxPool::SandboxPool() = default;
SandboxPool::~SandboxPool() = default;

QUrl SandboxPool::start(const QString &profileId, const Api::ProfileSecrets &secrets,
                        QString *errorMessage)
{
    const std::shared_ptr<Entry> existing = m_entries.value(profileId);
    if (existing && existing->secrets == secrets && existing->host->isRunning())
        return existing->host->url();

    auto entry = std::make_shared<Entry>();
    entry->secrets = secrets;
    entry->host = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.token = secrets.token;
    options.hmacSecret = secrets.hmacSecret;
    if (!entry->host->start(options, errorMessage))
        return QUrl();
    m_entries.insert(profileId, entry);
    return entry->host->url();
}

} // namespace ResellerDesk::App
