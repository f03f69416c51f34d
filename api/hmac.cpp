#include "api/hmac.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ResellerDesk::Api {

QString hmacSignature(const QString &command, const Payload &payload, const QString &secret)
{
    Payload signedPart = payload;
    signedPart.remove(QStringLiteral("signature"));
    const QByteArray text = command.toUtf8() + '?' + signedPart.toQuery();
    const QByteArray mac
            = QMessageAuthenticationCode::hash(text, secret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex());
}

QString makeNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

void signPayload(Payload &payload, const QString &command, const QString &secret,
                 const QDateTime &now)
{
    payload.remove(QStringLiteral("signature"));
    payload.insert(QStringLiteral("nonce"), makeNonce());
    payload.insert(QStringLiteral("ts"), QJsonValue(qint64(now.toSecsSinceEpoch())));
    payload.insert(QStringLiteral("signature"), hmacSignature(command, payload, secret));
}

} // namespace ResellerDesk::Api
