#pragma once

#include "api/connectionprofile.h"
#include "api/secretstore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ResellerDesk::Api {
class ApiClient;
class CertificateErrorLog;
class KeyLevelProbe;
class ProfileStore;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// The connection profiles of the running app: saves and deletes them (settings in
// ProfileStore, secrets in SecretStore), and activates one by reading its secrets and
// applying its settings to the ApiClient. The app's windows listen to activated().
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    // Starts (or reuses) the embedded sandbox of a sandbox profile, accepting exactly these
    // secrets, and returns its URL; an empty URL with *errorMessage set on failure.
    using SandboxStarter = std::function<QUrl(const QString &profileId,
                                              const Api::ProfileSecrets &secrets,
                                              QString *errorMessage)>;
    using Callback = std::function<void(const Api::SecretResult &)>;

    ProfileSession(Api::ProfileStore *store, Api::SecretStore *secrets, Api::ApiClient *client,
                   QObject *parent = nullptr);
    ~ProfileSession() override;

    void setSandboxStarter(SandboxStarter starter) { m_sandboxStarter = std::move(starter); }

    Api::ProfileStore *store() const { return m_store; }
    Api::SecretStore *secretStore() const { return m_secrets; }
    Api::ApiClient *client() const { return m_client; }
    QString currentId() const { return m_currentId; }
    std::optional<Api::ConnectionProfile> currentProfile() const;

    // Returns the ApiClient settings of a profile with these secrets; starts the sandbox of a
    // sandbox profile. Returns std::nullopt and sets errorMessage when that fails.
    std::optional<Api::ConnectionSettings> settingsFor(const Api::ConnectionProfile &profile,
                                                       const Api::ProfileSecrets &secrets,
                                                       QString *errorMessage) const;

    // Saves the profile's settings at once, then its secrets to the keychain; the callback
    // gets the keychain's result. When the keychain fails, the settings stay saved and the
    // caller may call keepForSession(). Returns the profile's id (new for an empty id).
    QString saveProfile(Api::ConnectionProfile profile, const Api::ProfileSecrets &secrets,
                        Callback callback);
    // Deletes the profile's settings and its keychain entry.
    void removeProfile(const QString &id, Callback callback);
    void keepForSession(const QString &id, const Api::ProfileSecrets &secrets);

    // Reads the profile's secrets and applies its settings to the client; then emits
    // activated() or activationFailed(). A newer activate() supersedes one still reading.
    void activate(const QString &id);

    // Returns a new random token for a sandbox profile.
    static QString createSandboxToken();

signals:
    void activated(const ResellerDesk::Api::ConnectionProfile &profile,
                   const ResellerDesk::Api::ConnectionSettings &settings);
    // result.status is Unavailable when the keychain cannot be used, NotFound without an entry.
    void activationFailed(const QString &id, const ResellerDesk::Api::SecretResult &result);
    void profilesChanged();
    // The first call after activation found the key level (also stored in the profile).
    void keyLevelDetected(const QString &id, ResellerDesk::Api::KeyLevel level);
    // The client rejected a server certificate; description names the errors and the
    // certificate's subject, issuer, validity and fingerprint.
    void certificateRejected(const QString &host, const QString &description);

private:
    void finishActivation(const QString &id, const Api::SecretResult &result);

    Api::ProfileStore *m_store = nullptr;
    Api::SecretStore *m_secrets = nullptr;
    Api::ApiClient *m_client = nullptr;
    Api::KeyLevelProbe *m_probe = nullptr;
    Api::CertificateErrorLog *m_certificateLog = nullptr;
    SandboxStarter m_sandboxStarter;
    QString m_currentId;
    // Counts activate() calls, so that a late keychain reply for an older one is dropped.
    quint64 m_activation = 0;
};

} // namespace ResellerDesk::Ui
