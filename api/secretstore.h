#pragma once

#include "api/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
} // namespace QKeychain

namespace ResellerDesk::Api {

// Outcome of one SecretStore operation.
struct SecretResult
{
    enum class Status {
        Ok,
        // The keychain has no entry for the profile.
        NotFound,
        // No Secret Service, a locked keychain the user did not unlock, or access denied.
        Unavailable,
    };

    Status status = Status::Ok;
    ProfileSecrets secrets;
    // The secrets came from memory (keepForSession()), not from the keychain.
    bool sessionOnly = false;
    // Translated sentence for Unavailable and NotFound: what failed and what to do next.
    QString message;

    bool isOk() const { return status == Status::Ok; }
};

// Keeps the token and HMAC secret of each profile in the system keychain through QtKeychain:
// one entry per profile, keyed by the profile id, holding ProfileSecrets::toKeychainData().
// Never falls back to a file. When the keychain is unavailable, the caller may keep the
// secrets in memory for this session with keepForSession().
//
// All operations are asynchronous. The callback runs later on this object's thread, never
// from within the call, and not at all once the store is deleted.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    // service: the keychain's service name (the collection label in the Secret Service).
    explicit SecretStore(const QString &service = QStringLiteral(RESELLERDESK_APP_ID),
                         QObject *parent = nullptr);
    ~SecretStore() override;

    // Reads the secrets; session secrets win over the keychain.
    void read(const QString &profileId, Callback callback);
    // Writes the secrets to the keychain. On success any session copy is dropped.
    void write(const QString &profileId, const ProfileSecrets &secrets, Callback callback);
    // Deletes the keychain entry and any session copy. A missing entry counts as deleted.
    void remove(const QString &profileId, Callback callback);

    // Keeps the secrets in memory until the app quits or remove() is called.
    void keepForSession(const QString &profileId, const ProfileSecrets &secrets);
    bool hasSessionSecrets(const QString &profileId) const;

    QString service() const { return m_service; }
    // Keychain key of a profile.
    static QString entryKey(const QString &profileId);

private:
    void finishLater(Callback callback, const SecretResult &result);
    static SecretResult resultOf(const QKeychain::Job *job);

    QString m_service;
    QHash<QString, ProfileSecrets> m_sessionSecrets;
};

} // namespace ResellerDesk::Api
