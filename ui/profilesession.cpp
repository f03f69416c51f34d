#include "ui/profilesession.h"

#include "ui/uilogging.h"

#include "api/apiclient.h"
#include "api/certificateerrorlog.h"
#include "api/keylevelprobe.h"
#include "api/profilestore.h"

#include <QRandomGenerator>

namespace ResellerDesk::Ui {

ProfileSession::ProfileSession(Api::ProfileStore *store, Api::SecretStore *secrets,
                               Api::ApiClient *client, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_secrets(secrets),
      m_client(client),
      m_probe(new Api::KeyLevelProbe(client, this)),
      m_certificateLog(new Api::CertificateErrorLog(client->networkAccessManager(), this))
{
    connect(m_certificateLog, &Api::CertificateErrorLog::certificateRejected, this,
            &ProfileSession::certificateRejected);
    connect(m_probe, &Api::KeyLevelProbe::finished, this,
            [this](Api::KeyLevel level, const Api::ApiError &error) {
                if (error.isError() || level == Api::KeyLevel::Unknown)
                    return;
                std::optional<Api::ConnectionProfile> profile = m_store->profile(m_currentId);
                if (!profile)
                    return;
                qCInfo(lcUi) << "profile" << profile->id << "uses a"
                             << Api::ConnectionProfile::keyLevelKey(level) << "key";
                if (profile->keyLevel != level) {
                    profile->keyLevel = level;
                    m_store->save(*profile);
                }
                emit keyLevelDetected(profile->id, level);
            });
}

ProfileSession::~ProfileSession() = default;

std::optional<Api::ConnectionProfile> ProfileSession::currentProfile() const
{
    return m_store->profile(m_currentId);
}

std::optional<Api::ConnectionSettings>
ProfileSession::settingsFor(const Api::ConnectionProfile &profile,
                            const Api::ProfileSecrets &secrets, QString *errorMessage) const
{
    Api::ConnectionSettings settings = profile.toSettings(secrets);
    if (profile.sandbox) {
        // NOTE: the starter seeds a new sandbox on this (the UI) thread, which takes a
        // moment the first time each sandbox profile is used.
        if (!m_sandboxStarter) {
            *errorMessage = tr("This build cannot start the embedded sandbox.");
            return std::nullopt;
        }
        const QUrl url = m_sandboxStarter(profile.id, secrets, errorMessage);
        if (url.isEmpty())
            return std::nullopt;
        settings.baseUrl = url;
    }
    if (!settings.validate(errorMessage))
        return std::nullopt;
    return settings;
}

QString ProfileSession::saveProfile(Api::ConnectionProfile profile,
                                    const Api::ProfileSecrets &secrets, Callback callback)
{
    profile.hmacEnabled = !secrets.hmacSecret.isEmpty();
    const QString id = m_store->save(profile);
    m_store->sync();
    qCInfo(lcUi) << "saved profile" << id;
    emit profilesChanged();
    m_secrets->write(id, secrets, std::move(callback));
    return id;
}

void ProfileSession::removeProfile(const QString &id, Callback callback)
{
    m_store->remove(id);
    m_store->sync();
    qCInfo(lcUi) << "deleted profile" << id;
    if (id == m_currentId)
        m_currentId.clear();
    emit profilesChanged();
    m_secrets->remove(id, std::move(callback));
}

void ProfileSession::keepForSession(const QString &id, const Api::ProfileSecrets &secrets)
{
    m_secrets->keepForSession(id, secrets);
}

void ProfileSession::activate(const QString &id)
{
    const quint64 activation = ++m_activation;
    m_secrets->read(id, [this, id, activation](const Api::SecretResult &result) {
        if (activation == m_activation)
            finishActivation(id, result);
    });
}

void ProfileSession::finishActivation(const QString &id, const Api::SecretResult &result)
{
    const std::optional<Api::ConnectionProfile> profile = m_store->profile(id);
    if (!profile) {
        Api::SecretResult missing;
        missing.status = Api::SecretResult::Status::NotFound;
        missing.message = tr("The profile was deleted.");
        emit activationFailed(id, missing);
        return;
    }
    if (!result.isOk()) {
        qCWarning(lcUi) << "cannot activate profile" << id << "without its secrets";
        emit activationFailed(id, result);
        return;
    }
    QString problem;
    const std::optional<Api::ConnectionSettings> settings
            = settingsFor(*profile, result.secrets, &problem);
    if (!settings) {
        qCWarning(lcUi).noquote() << "cannot activate profile" << id << ":" << problem;
        Api::SecretResult failed;
        failed.status = Api::SecretResult::Status::Unavailable;
        failed.message = problem;
        emit activationFailed(id, failed);
        return;
    }
    m_probe->cancel();
    m_currentId = id;
    m_store->setCurrentId(id);
    m_store->sync();
    m_client->setSettings(*settings);
    qCInfo(lcUi) << "activated profile" << id;
    emit activated(*profile, *settings);
    // The key level shows once the first call returns; see KeyLevelProbe.
    m_probe->start();
}

QString ProfileSession::createSandboxToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace ResellerDesk::Ui
