#pragma once

#include <QByteArray>
#include <QLoggingCategory>

// resellerdesk.api: Info for lifecycle, Warning for recovered failures.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
// resellerdesk.api.http: Debug trace of requests and responses, off by default. Secrets are
// redacted with the functions below before anything is written.
Q_DECLARE_LOGGING_CATEGORY(lcApiHttp)

namespace ResellerDesk::Api {

// Replaces the values of the keys auth_token, signature, password, hmac_secret, secret and token
// (at any depth, any case) in a JSON body with "<redacted>". Truncated JSON is redacted by
// pattern, and text that is not JSON is redacted as a query string.
QByteArray redactJson(const QByteArray &body);
// Replaces the values of those keys, also when nested (a[password]=...), in a query string or a
// form body.
QByteArray redactQuery(const QByteArray &query);
// Returns true for headers whose value must never be logged (X-Auth-Token, X-Auth-Signature,
// Authorization, Cookie).
bool isSecretHeader(const QByteArray &name);

} // namespace ResellerDesk::Api
