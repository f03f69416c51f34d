#include "api/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKeychain, "resellerdesk.keychain", QtInfoMsg)

namespace ResellerDesk::Api {

namespace {

// Log text of a keychain error. QtKeychain's error strings name the backend and the D-Bus
// failure, never the stored data.
QString describeJobError(const QKeychain::Job *job)
{
    return QStringLiteral("error %1: %2").arg(int(job->error())).arg(job->errorString());
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString &profileId)
{
    return QStringLiteral("profile-") + profileId;
}

void SecretStore::read(const QString &profileId, Callback callback)
{
    if (m_sessionSecrets.contains(profileId)) {
        SecretResult result;
        result.secrets = m_sessionSecrets.value(profileId);
        result.sessionOnly = true;
        finishLater(std::move(callback), result);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profileId));
    connect(job, &QKeychain::Job::finished, this,
            [profileId, callback = std::move(callback)](QKeychain::Job *finished) {
                SecretResult result = resultOf(finished);
                if (result.isOk()) {
                    const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                    if (!ProfileSecrets::fromKeychainData(readJob->binaryData(),
                                                          &result.secrets)) {
                        qCWarning(lcKeychain) << "keychain entry of profile" << profileId
                                              << "is not in the expected format";
                        result.status = SecretResult::Status::NotFound;
                        result.message = tr("The keychain entry of this profile is damaged. "
                                            "Edit the profile and enter the token again.");
                    }
                } else {
                    qCWarning(lcKeychain).noquote() << "reading the keychain entry of profile"
                                                    << profileId << "failed:"
                                                    << describeJobError(finished);
                }
                callback(result);
            });
    job->start();
}

void SecretStore::write(const QString &profileId, const ProfileSecrets &secrets,
                        Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profileId));
    job->setBinaryData(secrets.toKeychainData());
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, secrets, callback = std::move(callback)](QKeychain::Job *finished) {
                SecretResult result = resultOf(finished);
                if (result.isOk()) {
                    m_sessionSecrets.remove(profileId);
                    result.secrets = secrets;
                    qCInfo(lcKeychain) << "stored the secrets of profile" << profileId;
                } else {
                    qCWarning(lcKeychain).noquote() << "writing the keychain entry of profile"
                                                    << profileId << "failed:"
                                                    << describeJobError(finished);
                }
                callback(result);
            });
    job->start();
}

void SecretStore::remove(const QString &profileId, Callback callback)
{
    m_sessionSecrets.remove(profileId);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profileId));
    connect(job, &QKeychain::Job::finished, this,
            [profileId, callback = std::move(callback)](QKeychain::Job *finished) {
                SecretResult result = resultOf(finished);
                if (result.status == SecretResult::Status::NotFound) {
                    result = SecretResult();
                } else if (!result.isOk()) {
                    qCWarning(lcKeychain).noquote() << "deleting the keychain entry of profile"
                                                    << profileId << "failed:"
                                                    << describeJobError(finished);
                }
                if (result.isOk())
                    qCInfo(lcKeychain) << "deleted the secrets of profile" << profileId;
                callback(result);
            });
    job->start();
}

void SecretStore::keepForSession(const QString &profileId, const ProfileSecrets &secrets)
{
    m_sessionSecrets.insert(profileId, secrets);
    qCInfo(lcKeychain) << "keeping the secrets of profile" << profileId
                       << "in memory for this session only";
}

bool SecretStore::hasSessionSecrets(const QString &profileId) const
{
    return m_sessionSecrets.contains(profileId);
}

void SecretStore::finishLater(Callback callback, const SecretResult &result)
{
    QTimer::singleShot(0, this, [callback = std::move(callback), result] { callback(result); });
}

SecretResult SecretStore::resultOf(const QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = tr("The system keychain has no token for this profile. Edit the "
                            "profile and enter the token again.");
        return result;
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Unavailable;
        result.message = tr("The system keychain stayed locked, so the token could not be "
                            "read or stored there. Unlock the keychain and try again, or keep "
                            "the token for this session only.");
        return result;
    default:
        break;
    }
    result.status = SecretResult::Status::Unavailable;
    result.message = tr("The system keychain is not available (%1). Install and start a "
                        "Secret Service such as GNOME Keyring or KWallet, or keep the token "
                        "for this session only. The app never writes tokens to a file.")
                             .arg(job->errorString());
    return result;
}

} // namespace ResellerDesk::Api
