#include "api/jsonvalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <cmath>
#include <limits>

namespace ResellerDesk::Api::JsonValues {

namespace {

// Reads a finite number from a JSON number or a numeric string ("617", " 0.00 ").
std::optional<double> readNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace

std::optional<qlonglong> toLongLong(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Integers are exact here; toVariant() keeps the qint64 that QJsonValue stores.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int)
            return variant.toLongLong();
    }
    if (value.isString()) {
        bool ok = false;
        const qlonglong number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    // Integral doubles ("12.00", 3.0) within the exactly representable range.
    const std::optional<double> number = readNumber(value);
    if (!number || std::floor(*number) != *number || std::fabs(*number) > 9.007199254740992e15)
        return std::nullopt;
    return qlonglong(*number);
}

std::optional<int> toInt(const QJsonValue &value)
{
    const std::optional<qlonglong> number = toLongLong(value);
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

std::optional<double> toDouble(const QJsonValue &value)
{
    return readNumber(value);
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("1") || text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("0") || text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const std::optional<qlonglong> integer = toLongLong(value);
        if (integer)
            return QString::number(*integer);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    default:
        return QString();
    }
}

std::optional<QDateTime> toDateTime(const QJsonValue &value, const QTimeZone &zone)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1String("0000-00-00")))
        return std::nullopt;

    const QTimeZone validZone = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (parsed.isValid())
        return QDateTime(parsed.date(), parsed.time(), validZone);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    return date.startOfDay(validZone);
}

QList<SortKey> toOrderBy(const QJsonValue &value)
{
    QList<SortKey> keys;
    if (!value.isObject())
        return keys;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool descending
                = toText(it.value()).trimmed().compare(QLatin1String("desc"), Qt::CaseInsensitive)
                == 0;
        keys.append({it.key(), !descending});
    }
    return keys;
}

} // namespace ResellerDesk::Api::JsonValues
