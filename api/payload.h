#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace ResellerDesk::Api {

// A request payload: top-level keys in the order they are sent. The HMAC signature covers the
// keys in that order, which QJsonObject (sorted by key) cannot keep. Nested objects are
// QJsonObject and so go on the wire sorted by key, which is also the order that gets signed.
class Payload
{
public:
    using Entry = std::pair<QString, QJsonValue>;

    Payload() = default;
    Payload(std::initializer_list<Entry> entries);

    // Replaces the value of an existing key in place, or appends the key.
    void insert(const QString &key, const QJsonValue &value);
    void remove(const QString &key);
    bool contains(const QString &key) const;
    // Returns QJsonValue::Undefined for a missing key.
    QJsonValue value(const QString &key) const;
    QStringList keys() const;
    const QList<Entry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Writes a JSON object with the keys in insertion order.
    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Compact) const;
    // Builds the query string that PHP 8.2's http_build_query() makes of the same array: nested
    // values as a[b][0]=v, keys and strings through urlencode(), booleans as 1/0, floats with 14
    // significant digits (PHP's default precision setting), null values and empty arrays left
    // out, pairs joined with '&'.
    QByteArray toQuery() const;

    // Encodes like PHP's urlencode(): only A-Z a-z 0-9 - _ . stay, space becomes '+'.
    static QByteArray phpUrlEncode(const QString &text);
    // Formats a scalar as http_build_query() prints it, before urlencode() for strings. Returns
    // a null QByteArray for null, undefined, arrays and objects.
    static QByteArray phpScalar(const QJsonValue &value);

    friend bool operator==(const Payload &a, const Payload &b) { return a.m_entries == b.m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace ResellerDesk::Api
