#pragma once

#include "api/payload.h"

#include <QDateTime>
#include <QString>

namespace ResellerDesk::Api {

// Returns the lowercase hex HMAC-SHA256 of command + "?" + payload.toQuery(), keyed with the
// UTF-8 secret. A "signature" key in the payload is left out of the signed text.
QString hmacSignature(const QString &command, const Payload &payload, const QString &secret);

// Returns 32 random lowercase hex characters from QRandomGenerator::system().
QString makeNonce();

// Appends (or replaces) nonce, ts (Unix seconds of now) and signature, in that order, after the
// keys already in the payload.
void signPayload(Payload &payload, const QString &command, const QString &secret,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ResellerDesk::Api
