#pragma once

#include "api/connectionsettings.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ResellerDesk::Api {

// Scope of an API key: a reseller-level key works with every store, a store-level key with
// one store only.
enum class KeyLevel { Unknown, Reseller, Store };

// The secret half of a profile. It lives in the system keychain or, when the user agrees,
// in memory for the session, and never in QSettings.
struct ProfileSecrets
{
    QString token;
    // Empty: requests are not signed.
    QString hmacSecret;

    bool isEmpty() const { return token.isEmpty() && hmacSecret.isEmpty(); }
    bool operator==(const ProfileSecrets &other) const;
    bool operator!=(const ProfileSecrets &other) const { return !(*this == other); }

    // Serializes both values as one compact JSON object, the data of one keychain entry.
    QByteArray toKeychainData() const;
    // Parses toKeychainData(); returns false for data of another shape.
    static bool fromKeychainData(const QByteArray &data, ProfileSecrets *secrets);
};

// The non-secret half of a connection profile, kept in QSettings by ProfileStore.
struct ConnectionProfile
{
    // Stable id: the QSettings group and the keychain key. Names may change, ids never do.
    QString id;
    QString name;
    // Connects to the embedded sandbox, which the app starts with the profile's secrets;
    // baseUrl is then ignored.
    bool sandbox = false;
    QUrl baseUrl = ConnectionSettings().baseUrl;
    // Set by the first successful connection (see KeyLevelProbe).
    KeyLevel keyLevel = KeyLevel::Unknown;
    // Whether the profile has an HMAC secret in its keychain entry.
    bool hmacEnabled = false;
    bool tokenInHeader = false;
    // IANA time zone name for dates in responses; empty: the service's default, UTC.
    QString tz;
    int timeoutMs = ConnectionSettings::defaultTimeoutMs;

    // Checks the name, the URL (plain http:// only for loopback) and the timeout. On failure,
    // returns false and stores a translated message in errorMessage (when not null).
    bool validate(QString *errorMessage = nullptr) const;
    // Returns the settings for ApiClient. For sandbox profiles the caller sets baseUrl.
    ConnectionSettings toSettings(const ProfileSecrets &secrets) const;

    // Returns a new random id.
    static QString createId();
    // Returns the translated name of a key level, such as "Reseller key (all stores)".
    static QString keyLevelName(KeyLevel level);
    static QString keyLevelKey(KeyLevel level);
    static KeyLevel keyLevelFromKey(const QString &key);

    // Timeout limits accepted by validate(), in milliseconds.
    static constexpr int minTimeoutMs = 1000;
    static constexpr int maxTimeoutMs = 600000;
};

} // namespace ResellerDesk::Api
