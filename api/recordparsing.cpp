#include "api/recordparsing.h"

#include <QCoreApplication>

namespace ResellerDesk::Api::RecordParsing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::RecordParsing", text);
}

void setError(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
}

// Names a JSON value's type for error messages.
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QJsonValue memberOf(const QJsonValue &data, const QString &member)
{
    return member.isEmpty() ? data : data.toObject().value(member);
}

QString placeName(const QString &member)
{
    return member.isEmpty() ? tr("the response data")
                            : tr("the field \"%1\" of the response data").arg(member);
}

} // namespace

std::optional<QJsonObject> objectAt(
    const QJsonValue &data, const QString &member, QString *errorMessage)
{
    const QJsonValue value = memberOf(data, member);
    if (value.isObject())
        return value.toObject();
    setError(errorMessage,
        tr("%1 is %2, not an object. Check that the API address points to the ICDSoft API.")
            .arg(placeName(member), typeName(value)));
    return std::nullopt;
}

std::optional<QStringList> parseStringList(
    const QJsonValue &data, const QString &member, QString *errorMessage)
{
    const QJsonValue value = memberOf(data, member);
    if (!value.isArray()) {
        setError(errorMessage,
            tr("%1 is %2, not a list of strings.").arg(placeName(member), typeName(value)));
        return std::nullopt;
    }
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            setError(errorMessage,
                tr("entry %1 of %2 is %3, not a string.")
                    .arg(i + 1)
                    .arg(placeName(member), typeName(array.at(i))));
            return std::nullopt;
        }
        strings.append(array.at(i).toString());
    }
    return strings;
}

std::optional<QUrl> parseUrl(const QJsonValue &data, QString *errorMessage)
{
    const QUrl url(data.toString(), QUrl::StrictMode);
    const bool web
        = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!data.isString() || !url.isValid() || !web) {
        // The text stays out of the message because a login link carries a one-time token.
        setError(errorMessage,
            tr("the response data (%1) is not an http or https address.").arg(typeName(data)));
        return std::nullopt;
    }
    return url;
}

bool checkItems(const QJsonArray &items, QString *errorMessage)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            setError(errorMessage,
                tr("item %1 of the list is %2, not an object.")
                    .arg(i + 1)
                    .arg(typeName(items.at(i))));
            return false;
        }
    }
    return true;
}

} // namespace ResellerDesk::Api::RecordParsing
