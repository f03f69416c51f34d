#pragma once

#include "api/connectionprofile.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>

namespace ResellerDesk::Sandbox {
class SandboxHost;
} // namespace ResellerDesk::Sandbox

namespace ResellerDesk::App {

// The embedded sandboxes of sandbox profiles: one per profile, started on first use with
// the profile's token and HMAC secret, so that each profile keeps its own demo data for the
// whole run. A profile whose secrets changed gets a fresh sandbox.
class SandboxPool
{
public:
    SandboxPool();
    ~SandboxPool();
    SandboxPool(const SandboxPool &) = delete;
    SandboxPool &operator=(const SandboxPool &) = delete;

    // Returns the URL of the profile's sandbox, or an empty URL and *errorMessage.
    QUrl start(const QString &profileId, const Api::ProfileSecrets &secrets,
               QString *errorMessage);

private:
    struct Entry
    {
        Api::ProfileSecrets secrets;
        std::unique_ptr<Sandbox::SandboxHost> host;
    };
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace ResellerDesk::App
