#include "api/payload.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QVariant>

#include <algorithm>
#include <cmath>

namespace ResellerDesk::Api {

namespace {

// Writes one JSON value (scalar or not) in compact form. QJsonDocument only writes arrays and
// objects, so a scalar is wrapped in a one-element array and the brackets are cut off.
QByteArray jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray indentedJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented).trimmed();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).trimmed();
    return jsonText(value);
}

// Appends key=value pairs for value under the already encoded name prefix, recursing into
// arrays and objects the way http_build_query() does.
void appendQueryPairs(QList<QByteArray> &pairs, const QByteArray &prefix, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            appendQueryPairs(pairs, prefix + "%5B" + Payload::phpUrlEncode(it.key()) + "%5D",
                             it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            appendQueryPairs(pairs, prefix + "%5B" + QByteArray::number(i) + "%5D", array.at(i));
        return;
    }
    const QByteArray scalar = Payload::phpScalar(value);
    if (scalar.isNull())
        return;
    // PHP urlencodes strings only. Numbers and booleans go in as printed, so the '+' of
    // "1.0E+25" stays a plus sign.
    if (value.isString())
        pairs.append(prefix + '=' + Payload::phpUrlEncode(value.toString()));
    else
        pairs.append(prefix + '=' + scalar);
}

// Formats a double as http_build_query() in PHP 8.2 does: sprintf("%.*G") with the ini
// setting precision (default 14), where PHP writes exponents as "1.0E+25" and "1.5E-7".
QByteArray phpFloat(double number)
{
    if (std::isnan(number))
        return QByteArrayLiteral("NAN");
    if (std::isinf(number))
        return number > 0 ? QByteArrayLiteral("INF") : QByteArrayLiteral("-INF");
    QByteArray text = QByteArray::number(number, 'g', 14);
    const qsizetype exponent = text.indexOf('e');
    if (exponent < 0)
        return text;
    QByteArray mantissa = text.left(exponent);
    if (!mantissa.contains('.'))
        mantissa += ".0";
    QByteArray power = text.mid(exponent + 1);
    char sign = '+';
    if (power.startsWith('-') || power.startsWith('+')) {
        sign = power.at(0);
        power.remove(0, 1);
    }
    // Qt writes at least two exponent digits ("e-07"), PHP only the ones needed.
    while (power.size() > 1 && power.startsWith('0'))
        power.remove(0, 1);
    return mantissa + 'E' + sign + power;
}

} // namespace

Payload::Payload(std::initializer_list<Entry> entries)
{
    for (const Entry &entry : entries)
        insert(entry.first, entry.second);
}

void Payload::insert(const QString &key, const QJsonValue &value)
{
    for (Entry &entry : m_entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    m_entries.append({key, value});
}

void Payload::remove(const QString &key)
{
    m_entries.removeIf([&key](const Entry &entry) { return entry.first == key; });
}

bool Payload::contains(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&key](const Entry &entry) { return entry.first == key; });
}

QJsonValue Payload::value(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.first == key)
            return entry.second;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QStringList Payload::keys() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.first);
    return result;
}

QByteArray Payload::toJson(QJsonDocument::JsonFormat format) const
{
    const bool indented = format == QJsonDocument::Indented;
    QByteArray json = "{";
    bool first = true;
    for (const Entry &entry : m_entries) {
        // Undefined cannot be written as JSON; QJsonObject drops such keys the same way.
        if (entry.second.isUndefined())
            continue;
        if (!first)
            json += ',';
        first = false;
        if (indented)
            json += "\n    ";
        json += jsonText(QJsonValue(entry.first));
        json += indented ? ": " : ":";
        QByteArray valueText = indented ? indentedJson(entry.second) : jsonText(entry.second);
        if (indented)
            valueText.replace('\n', "\n    ");
        json += valueText;
    }
    if (indented && !first)
        json += '\n';
    json += '}';
    return json;
}

QByteArray Payload::toQuery() const
{
    QList<QByteArray> pairs;
    for (const Entry &entry : m_entries)
        appendQueryPairs(pairs, phpUrlEncode(entry.first), entry.second);
    return pairs.join('&');
}

QByteArray Payload::phpUrlEncode(const QString &text)
{
    // toPercentEncoding() leaves A-Za-z0-9 -._~ unencoded; PHP also encodes '~', and a space
    // becomes '+' in place of %20.
    QByteArray encoded = text.toUtf8().toPercentEncoding(QByteArray(), QByteArrayLiteral("~"));
    encoded.replace("%20", "+");
    return encoded;
}

QByteArray Payload::phpScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Double: {
        // Integers (QJsonValue keeps them as qint64) print in full, like PHP ints.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int)
            return QByteArray::number(variant.toLongLong());
        return phpFloat(value.toDouble());
    }
    default:
        return QByteArray();
    }
}

} // namespace ResellerDesk::Api
