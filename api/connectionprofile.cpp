#include "api/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

namespace ResellerDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::ConnectionProfile", text);
}

const auto tokenKey = QStringLiteral("token");
const auto hmacSecretKey = QStringLiteral("hmac_secret");

} // namespace

bool ProfileSecrets::operator==(const ProfileSecrets &other) const
{
    return token == other.token && hmacSecret == other.hmacSecret;
}

QByteArray ProfileSecrets::toKeychainData() const
{
    const QJsonObject object { { tokenKey, token }, { hmacSecretKey, hmacSecret } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ProfileSecrets::fromKeychainData(const QByteArray &data, ProfileSecrets *secrets)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (!object.value(tokenKey).isString())
        return false;
    secrets->token = object.value(tokenKey).toString();
    secrets->hmacSecret = object.value(hmacSecretKey).toString();
    return true;
}

bool ConnectionProfile::validate(QString *errorMessage) const
{
    QString problem;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty()) {
        problem = tr("The profile name is missing. Enter a name such as \"Main store\".");
    } else if (trimmedName.size() > 80) {
        problem = tr("The profile name \"%1\" is longer than 80 characters. Enter a shorter "
                     "name.")
                          .arg(trimmedName.left(80));
    } else if (timeoutMs < minTimeoutMs || timeoutMs > maxTimeoutMs) {
        problem = tr("The timeout of %1 s is out of range. Enter from %2 to %3 seconds.")
                          .arg(timeoutMs / 1000.0)
                          .arg(minTimeoutMs / 1000)
                          .arg(maxTimeoutMs / 1000);
    } else if (!tz.isEmpty() && !QTimeZone(tz.toUtf8()).isValid()) {
        problem = tr("The time zone \"%1\" is not known. Enter an IANA name such as "
                     "Europe/Sofia, or leave it empty for UTC.")
                          .arg(tz);
    } else if (!sandbox) {
        toSettings({}).validate(&problem);
    }
    if (errorMessage)
        *errorMessage = problem;
    return problem.isEmpty();
}

ConnectionSettings ConnectionProfile::toSettings(const ProfileSecrets &secrets) const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.token = secrets.token;
    settings.hmacSecret = secrets.hmacSecret;
    settings.tokenInHeader = tokenInHeader;
    settings.timeoutMs = timeoutMs;
    settings.tz = tz;
    return settings;
}

QString ConnectionProfile::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::keyLevelName(KeyLevel level)
{
    switch (level) {
    case KeyLevel::Reseller:
        return tr("Reseller key (all stores)");
    case KeyLevel::Store:
        return tr("Store key (one store)");
    case KeyLevel::Unknown:
        break;
    }
    return tr("Not checked yet");
}

QString ConnectionProfile::keyLevelKey(KeyLevel level)
{
    switch (level) {
    case KeyLevel::Reseller:
        return QStringLiteral("reseller");
    case KeyLevel::Store:
        return QStringLiteral("store");
    case KeyLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

KeyLevel ConnectionProfile::keyLevelFromKey(const QString &key)
{
    if (key == QLatin1String("reseller"))
        return KeyLevel::Reseller;
    if (key == QLatin1String("store"))
        return KeyLevel::Store;
    return KeyLevel::Unknown;
}

} // namespace ResellerDesk::Api
