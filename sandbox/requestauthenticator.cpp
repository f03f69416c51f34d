#include "sandbox/requestauthenticator.h"

#include "sandbox/requestpayload.h"
#include "sandbox/sandboxlogging.h"

#include <QMessageAuthenticationCode>

namespace ResellerDesk::Sandbox {

namespace {

// Compares without an early exit, so the time taken does not reveal the matching prefix.
bool equalConstantTime(const QByteArray &left, const QByteArray &right)
{
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left[i] ^ right[i]);
    return difference == 0;
}

} // namespace

void RequestAuthenticator::configure(const QString &resellerToken,
                                     const QHash<QString, QString> &storeTokens,
                                     const QString &hmacSecret)
{
    m_resellerToken = resellerToken;
    m_storeIdByToken.clear();
    for (auto it = storeTokens.cbegin(); it != storeTokens.cend(); ++it)
        m_storeIdByToken.insert(it.value(), it.key());
    m_hmacSecret = hmacSecret;
    m_nonceExpiry.clear();
}

std::optional<CommandResult> RequestAuthenticator::authenticate(
    const QString &command, const RequestPayload &payload, const QByteArray &tokenHeader,
    const QByteArray &signatureHeader, qint64 nowSeconds, QString *storeId)
{
    QString token = payload.text(QStringLiteral("auth_token"));
    if (token.isEmpty())
        token = QString::fromUtf8(tokenHeader);
    if (token.isEmpty()) {
        qCInfo(lcSandbox) << "Rejected" << command << "because auth_token is missing";
        return CommandResult::error(QStringLiteral("unauthorized"));
    }
    const bool isReseller = equalConstantTime(token.toUtf8(), m_resellerToken.toUtf8());
    if (!isReseller && !m_storeIdByToken.contains(token)) {
        qCInfo(lcSandbox) << "Rejected" << command << "because the token is wrong";
        return CommandResult::error(QStringLiteral("unauthorized"));
    }
    *storeId = isReseller ? QString() : m_storeIdByToken.value(token);

    if (m_hmacSecret.isEmpty())
        return std::nullopt;

    for (const QString &key : {QStringLiteral("nonce"), QStringLiteral("ts")}) {
        if (payload.text(key).isEmpty()) {
            qCInfo(lcSandbox) << "Rejected" << command << "because" << key << "is missing";
            return CommandResult::error(QStringLiteral("required:") + key);
        }
    }
    QString received = payload.text(QStringLiteral("signature"));
    if (received.isEmpty())
        received = QString::fromUtf8(signatureHeader);
    if (received.isEmpty()) {
        qCInfo(lcSandbox) << "Rejected" << command << "because the signature is missing";
        return CommandResult::error(QStringLiteral("required:signature"));
    }
    // The signature covers the payload in the order received, minus the signature itself.
    const QString expected =
        signature(command, payload.toQuery(QStringLiteral("signature")), m_hmacSecret);
    if (!equalConstantTime(expected.toLatin1(), received.toLower().toLatin1())) {
        qCInfo(lcSandbox) << "Rejected" << command << "because the signature does not match";
        return CommandResult::error(QStringLiteral("invalid_signature"));
    }

    bool isNumber = false;
    const QString tsText = payload.text(QStringLiteral("ts"));
    const qint64 ts = tsText.toLongLong(&isNumber);
    if (!isNumber || qAbs(nowSeconds - ts) > TimestampWindowSeconds) {
        qCInfo(lcSandbox) << "Rejected" << command << "because ts" << tsText
                          << "is outside the window of" << TimestampWindowSeconds << "s";
        return CommandResult::error(
            QStringLiteral("invalid_timestamp"),
            {{QStringLiteral("ts"), tsText}, {QStringLiteral("now"), QString::number(nowSeconds)}});
    }

    forgetExpiredNonces(nowSeconds);
    const QString nonce = payload.text(QStringLiteral("nonce"));
    if (m_nonceExpiry.contains(nonce)) {
        qCInfo(lcSandbox) << "Rejected" << command << "because the nonce was used before";
        return CommandResult::error(QStringLiteral("invalid_nonce"));
    }
    // A nonce older than the window cannot come back with a valid ts, so it may be forgotten.
    m_nonceExpiry.insert(nonce, ts + TimestampWindowSeconds);
    return std::nullopt;
}

QString RequestAuthenticator::signature(const QString &command, const QString &query,
                                        const QString &secret)
{
    const QByteArray message = command.toUtf8() + '?' + query.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, secret.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

void RequestAuthenticator::forgetExpiredNonces(qint64 nowSeconds)
{
    m_nonceExpiry.removeIf([nowSeconds](const auto &entry) { return entry.value() < nowSeconds; });
}

} // namespace ResellerDesk::Sandbox
