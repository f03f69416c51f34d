#include "api/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

Q_LOGGING_CATEGORY(lcApi, "resellerdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiHttp, "resellerdesk.api.http", QtInfoMsg)

namespace ResellerDesk::Api {

namespace {

const QString redacted = QStringLiteral("<redacted>");

bool isSecretKey(const QString &key)
{
    static const QStringList secretKeys = {
        QStringLiteral("auth_token"), QStringLiteral("signature"),   QStringLiteral("password"),
        QStringLiteral("hmac_secret"), QStringLiteral("secret"),     QStringLiteral("token"),
    };
    return secretKeys.contains(key.toLower());
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = isSecretKey(it.key()) ? QJsonValue(redacted) : redactValue(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactValue(*it);
        return array;
    }
    return value;
}

// Redacts "key": "value" pairs in text that looks like JSON but does not parse (truncated).
QByteArray redactJsonLikeText(const QByteArray &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("(\"(?:auth_token|signature|password|hmac_secret|secret|token)\"\\s*:"
                           "\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\s]*)"),
            QRegularExpression::CaseInsensitiveOption);
    QString result = QString::fromUtf8(text);
    result.replace(pattern, QStringLiteral("\\1\"<redacted>\""));
    return result.toUtf8();
}

} // namespace

QByteArray redactJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray trimmed = body.trimmed();
        if (trimmed.startsWith('{') || trimmed.startsWith('['))
            return redactJsonLikeText(body);
        return redactQuery(body);
    }
    if (document.isObject())
        return QJsonDocument(redactValue(document.object()).toObject())
                .toJson(QJsonDocument::Compact);
    return QJsonDocument(redactValue(document.array()).toArray()).toJson(QJsonDocument::Compact);
}

QByteArray redactQuery(const QByteArray &query)
{
    QList<QByteArray> pairs = query.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            continue;
        QByteArray name = pair.left(equals);
        name.replace('+', ' ');
        // "a%5Bpassword%5D" decodes to "a[password]"; any part of the name counts.
        const QString decoded = QUrl::fromPercentEncoding(name);
        static const QRegularExpression separators(QStringLiteral("[\\[\\]]+"));
        const QStringList parts = decoded.split(separators, Qt::SkipEmptyParts);
        if (std::any_of(parts.cbegin(), parts.cend(), isSecretKey))
            pair = pair.left(equals + 1) + redacted.toUtf8();
    }
    return pairs.join('&');
}

bool isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> secretHeaders = {"x-auth-token", "x-auth-signature",
                                                    "authorization", "cookie", "set-cookie"};
    return secretHeaders.contains(name.toLower());
}

} // namespace ResellerDesk::Api
