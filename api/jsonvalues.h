#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace ResellerDesk::Api {

// One sort key of order_by.
struct SortKey
{
    QString property;
    bool ascending = true;

    friend bool operator==(const SortKey &a, const SortKey &b)
    {
        return a.property == b.property && a.ascending == b.ascending;
    }
};

// Typed readers for response values. The service sends most numbers as strings ("617"), and
// missing values as null or "". Every reader accepts a JSON number, a numeric string, null,
// "" and undefined, and returns std::nullopt for the last three and for text it cannot read.
namespace JsonValues {

std::optional<int> toInt(const QJsonValue &value);
std::optional<qlonglong> toLongLong(const QJsonValue &value);
std::optional<double> toDouble(const QJsonValue &value);
// Accepts true/false, numbers (0 is false) and the strings "1", "0", "true", "false".
std::optional<bool> toBool(const QJsonValue &value);
// Returns strings as they are and numbers and booleans as text; null, undefined, arrays and
// objects give a null QString.
QString toText(const QJsonValue &value);
// Reads "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd" in the given zone (the request's tz, UTC by
// default). "0000-00-00 00:00:00" gives std::nullopt.
std::optional<QDateTime> toDateTime(const QJsonValue &value,
                                    const QTimeZone &zone = QTimeZone::utc());
// Reads order_by, which arrives as {"prop": "asc"}, {} or []. Directions other than "desc"
// (any case) count as ascending.
// NOTE: keys of a JSON object come back sorted by name, so with several sort keys the
// service's order of precedence is lost.
QList<SortKey> toOrderBy(const QJsonValue &value);

} // namespace JsonValues

} // namespace ResellerDesk::Api
