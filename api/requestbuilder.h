#pragma once

#include "api/apiclient.h"
#include "api/connectionsettings.h"
#include "api/payload.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QString>

namespace ResellerDesk::Api {

// One ready-to-send HTTP request. Internal to the api layer.
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray verb; // "GET" or "POST"
    QByteArray body;
    // Query string or body for the trace log, with secrets redacted. Empty for a JSON body
    // while the resellerdesk.api.http category is off.
    QByteArray traceText;
};

// Builds the HTTP request of one attempt: adds auth_token (or the X-Auth-Token header), tz and
// user_ip after the caller's keys, then signs when there is an HMAC secret. Each attempt is
// built anew so that a retry carries a fresh nonce and ts.
PreparedRequest buildRequest(const ConnectionSettings &settings, const QString &command,
                             const Payload &payload, RequestFormat format, int timeoutMs,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ResellerDesk::Api
