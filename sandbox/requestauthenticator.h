#pragma once

#include "sandbox/commandresult.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ResellerDesk::Sandbox {

class RequestPayload;

// Checks the token and, when an HMAC secret is set, the nonce, ts and signature of requests.
class RequestAuthenticator
{
public:
    // Accepted clock difference between `ts` and the sandbox, in seconds, both ways.
    static constexpr qint64 TimestampWindowSeconds = 300;

    void configure(const QString &resellerToken, const QHash<QString, QString> &storeTokens,
                   const QString &hmacSecret);

    // Returns an error result for a rejected request, or nothing when it may proceed. On
    // success *storeId is the store of a store token, or empty for the reseller token.
    // `nowSeconds` is the current Unix time.
    std::optional<CommandResult> authenticate(const QString &command, const RequestPayload &payload,
                                              const QByteArray &tokenHeader,
                                              const QByteArray &signatureHeader, qint64 nowSeconds,
                                              QString *storeId);

    // Returns hex(HMAC-SHA256(secret, command + "?" + query)).
    static QString signature(const QString &command, const QString &query, const QString &secret);

private:
    void forgetExpiredNonces(qint64 nowSeconds);

    QString m_resellerToken;
    QHash<QString, QString> m_storeIdByToken;
    QString m_hmacSecret;
    // Nonces of accepted requests and the Unix time after which they may be forgotten.
    QHash<QString, qint64> m_nonceExpiry;
};

} // namespace ResellerDesk::Sandbox
