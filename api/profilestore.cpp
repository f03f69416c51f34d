#include "api/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace ResellerDesk::Api {

namespace {

const auto profilesGroup = QStringLiteral("profiles");
const auto currentKey = QStringLiteral("currentProfile");

// The app sets these names on QApplication; resellerdesk-cli has another application name,
// so both open the file by name.
const auto organizationName = QStringLiteral("ResellerDesk");
const auto applicationName = QStringLiteral("ResellerDesk");

} // namespace

ProfileStore::ProfileStore(const QString &settingsFile)
{
    if (settingsFile.isEmpty())
        m_settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                 organizationName, applicationName);
    else
        m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (std::optional<ConnectionProfile> found = profile(id))
            result.append(*found);
    }
    std::sort(result.begin(), result.end(),
              [](const ConnectionProfile &left, const ConnectionProfile &right) {
                  return left.name.compare(right.name, Qt::CaseInsensitive) < 0;
              });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    m_settings->beginGroup(profilesGroup + u'/' + id);
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(QStringLiteral("name")).toString();
    profile.sandbox = m_settings->value(QStringLiteral("sandbox"), false).toBool();
    profile.baseUrl = QUrl(m_settings->value(QStringLiteral("url"), profile.baseUrl.toString())
                                   .toString());
    profile.keyLevel = ConnectionProfile::keyLevelFromKey(
            m_settings->value(QStringLiteral("keyLevel")).toString());
    profile.hmacEnabled = m_settings->value(QStringLiteral("hmac"), false).toBool();
    profile.tokenInHeader = m_settings->value(QStringLiteral("tokenInHeader"), false).toBool();
    profile.tz = m_settings->value(QStringLiteral("tz")).toString();
    profile.timeoutMs = m_settings->value(QStringLiteral("timeoutMs"), profile.timeoutMs).toInt();
    m_settings->endGroup();
    if (profile.name.isEmpty())
        return std::nullopt;
    return profile;
}

std::optional<ConnectionProfile> ProfileStore::profileByName(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::isNameTaken(const QString &name, const QString &exceptId) const
{
    const QList<ConnectionProfile> all = profiles();
    return std::any_of(all.cbegin(), all.cend(), [&](const ConnectionProfile &profile) {
        return profile.id != exceptId
                && profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

QString ProfileStore::save(const ConnectionProfile &profile)
{
    const QString id = profile.id.isEmpty() ? ConnectionProfile::createId() : profile.id;
    m_settings->beginGroup(profilesGroup + u'/' + id);
    m_settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings->setValue(QStringLiteral("sandbox"), profile.sandbox);
    m_settings->setValue(QStringLiteral("url"), profile.baseUrl.toString());
    m_settings->setValue(QStringLiteral("keyLevel"),
                         ConnectionProfile::keyLevelKey(profile.keyLevel));
    m_settings->setValue(QStringLiteral("hmac"), profile.hmacEnabled);
    m_settings->setValue(QStringLiteral("tokenInHeader"), profile.tokenInHeader);
    m_settings->setValue(QStringLiteral("tz"), profile.tz);
    m_settings->setValue(QStringLiteral("timeoutMs"), profile.timeoutMs);
    m_settings->endGroup();
    return id;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return;
    m_settings->remove(profilesGroup + u'/' + id);
    if (currentId() == id)
        m_settings->remove(currentKey);
}

QString ProfileStore::currentId() const
{
    return m_settings->value(currentKey).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings->setValue(currentKey, id);
}

QString ProfileStore::sync()
{
    m_settings->sync();
    return m_settings->fileName();
}

} // namespace ResellerDesk::Api
