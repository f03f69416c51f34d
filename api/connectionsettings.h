#pragma once

#include <QString>
#include <QUrl>

namespace ResellerDesk::Api {

// Connection parameters of the API: address, credentials, timeout and request defaults.
struct ConnectionSettings
{
    static constexpr int defaultTimeoutMs = 30000;

    QUrl baseUrl = QUrl(QStringLiteral("https://api.suresupport.com"));
    QString token;
    // Empty: requests are not signed.
    QString hmacSecret;
    // Sends the token as the X-Auth-Token header instead of the auth_token payload key.
    bool tokenInHeader = false;
    // Transfer timeout per request attempt, in milliseconds: the time allowed without any data.
    int timeoutMs = defaultTimeoutMs;
    // Time zone for dates in responses (IANA name); empty: the service's default, UTC.
    QString tz;
    // Address of the person using the app, passed on for the service's tracking; may be empty.
    QString userIp;

    // Checks the base URL and the timeout. Plain http:// is accepted only for loopback hosts,
    // so that the token never crosses a network unencrypted. On failure, returns false and
    // stores a translated message in errorMessage (when not null).
    bool validate(QString *errorMessage = nullptr) const;
    // Returns the URL of a command: the base URL with the command name as the last path segment.
    QUrl commandUrl(const QString &command) const;

    // True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
};

} // namespace ResellerDesk::Api
