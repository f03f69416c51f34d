#pragma once

#include <QDate>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace ResellerDesk::Sandbox {

class RequestPayload;

// Everything a command handler may use for one request.
struct CommandContext
{
    const RequestPayload &payload;
    QSqlDatabase database;
    // Time zone of the request's `tz` (UTC by default). Stored dates are UTC.
    QTimeZone timeZone;
    // Store of a store-level token, or empty for the reseller token, which may use every store.
    QString storeId;

    // Converts a stored UTC date "yyyy-MM-dd HH:mm:ss" to the request's time zone. Null and
    // empty values stay as they are.
    QJsonValue outputDate(const QVariant &storedUtc) const;
    // Converts a date given in the request's time zone, "yyyy-MM-dd HH:mm:ss" or
    // "yyyy-MM-dd" (midnight, or 23:59:59 with endOfDay), to stored UTC text. Returns an
    // empty string for text in neither format.
    QString inputDateToUtc(const QString &text, bool endOfDay = false) const;
};

// Stored date format of every date column, in UTC.
inline constexpr QStringView StoredDateFormat = u"yyyy-MM-dd HH:mm:ss";

} // namespace ResellerDesk::Sandbox
