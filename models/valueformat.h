#pragma once

#include "models/entityspec.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QVariant>

// Conversions from the API's text values (numbers and dates arrive as strings) to typed
// values and to text for people.
namespace ResellerDesk::Models::ValueFormat {

// Parses "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd" as UTC. Returns an invalid QDateTime for "",
// "0000-00-00 00:00:00" and anything else that is not a valid date.
QDateTime parseDateTime(QStringView text);

// Returns the value as a number for sorting: milliseconds since the epoch for dates, the
// number for numeric types, 1 or 0 for flags, and NaN when the text holds no such value.
double sortKey(ValueType type, QStringView text);

// Returns the typed SortRole value built from a sort key, or an invalid QVariant for NaN.
QVariant sortValue(ValueType type, double key, const QString &text);

// Formats a value for DisplayRole. `currency` is the row's currency code, or empty.
QString displayText(ValueType type, const QString &text, const QString &currency,
                    const QLocale &locale = QLocale());

// Returns readable text for an enum code such as "not_paid" or "inprogress".
QString enumText(const QString &code);

// Turns a property key such as "main_domain_end_date" into "Main domain end date".
QString humanizeKey(const QString &key);

} // namespace ResellerDesk::Models::ValueFormat
