#pragma once

#include "api/jsonvalues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace ResellerDesk::Api {

// One object of a response, with every field the service sent. Subclasses add typed
// accessors for the documented fields. Fields without an accessor, such as new ones from the
// service or relations requested with `with`, stay readable through value() and fields().
class Record
{
public:
    Record() = default;
    // key is the name the object had in a keyed map ("AG" in countries), empty otherwise.
    explicit Record(const QJsonObject &fields, const QString &key = {})
        : m_fields(fields)
        , m_key(key)
    {
    }

    const QJsonObject &fields() const { return m_fields; }
    QString key() const { return m_key; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool contains(QStringView name) const { return m_fields.contains(name); }
    // Returns QJsonValue::Undefined for a missing field.
    QJsonValue value(QStringView name) const { return m_fields.value(name); }

    // Readers on top of JsonValues, which take names as u"account_id" literals: numbers may arrive
    // as strings, and null or "" give std::nullopt (a null QString for text()).
    QString text(QStringView name) const { return JsonValues::toText(value(name)); }
    std::optional<qlonglong> integer(QStringView name) const;
    std::optional<double> number(QStringView name) const;
    std::optional<bool> flag(QStringView name) const;
    // NOTE: the subclasses' date accessors (endDate() and the others) read in UTC, the
    // service's default. Replies to requests with a tz need dateTime(name, zone) instead.
    std::optional<QDateTime> dateTime(
        QStringView name, const QTimeZone &zone = QTimeZone::utc()) const;
    // Returns the field as an object or array. Anything else gives an empty one, because the
    // service sends [] for an empty object.
    QJsonObject object(QStringView name) const { return value(name).toObject(); }
    QJsonArray array(QStringView name) const { return value(name).toArray(); }

    // Returns the field names that are not in `documented`, in the order QJsonObject keeps
    // (sorted by name).
    QStringList undocumentedFields(const QStringList &documented) const;

private:
    QJsonObject m_fields;
    QString m_key;
};

} // namespace ResellerDesk::Api
