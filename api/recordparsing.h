#pragma once

#include "api/listpage.h"
#include "api/record.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ResellerDesk::Api {

// One page of a list command with its items as records.
template <typename T> struct RecordPage
{
    ListPage page;
    QList<T> items;
};

// Readers that turn a reply's data() into records. Each returns std::nullopt and stores a
// translated message naming the command's data and what was wrong in errorMessage (when not
// null) if the data does not have the documented shape.
namespace RecordParsing {

// Returns data itself for an empty member, otherwise data[member]; either must be an object.
std::optional<QJsonObject> objectAt(
    const QJsonValue &data, const QString &member, QString *errorMessage);
// Reads data[member] (or data itself for an empty member) as a JSON array of strings.
std::optional<QStringList> parseStringList(
    const QJsonValue &data, const QString &member = {}, QString *errorMessage = nullptr);
// Reads data that is a single URL string (democp-url, video-create-room).
std::optional<QUrl> parseUrl(const QJsonValue &data, QString *errorMessage = nullptr);
// Checks that every item of a list page is an object; stores a message naming the first
// item that is not.
bool checkItems(const QJsonArray &items, QString *errorMessage);

// Reads a list command's data.
template <typename T>
std::optional<RecordPage<T>> parsePage(const QJsonValue &data, QString *errorMessage = nullptr)
{
    std::optional<ListPage> page = ListPage::fromData(data, errorMessage);
    if (!page || !checkItems(page->items, errorMessage))
        return std::nullopt;
    RecordPage<T> result;
    result.items.reserve(page->items.size());
    for (const QJsonValue &item : std::as_const(page->items))
        result.items.append(T(item.toObject()));
    result.page = std::move(*page);
    return result;
}

// Reads one object: data itself for an empty member ("account-details"), or data[member]
// ("order" in order-details).
template <typename T>
std::optional<T> parseRecord(
    const QJsonValue &data, const QString &member = {}, QString *errorMessage = nullptr)
{
    const std::optional<QJsonObject> object = objectAt(data, member, errorMessage);
    if (!object)
        return std::nullopt;
    return T(*object);
}

// Reads an object of objects keyed by id or code ("countries" keyed by ISO2) into records
// that keep their key. The service sends [] for an empty map, which gives an empty list.
template <typename T>
std::optional<QList<T>> parseKeyedRecords(
    const QJsonValue &data, const QString &member = {}, QString *errorMessage = nullptr)
{
    const QJsonValue map = member.isEmpty() ? data : data.toObject().value(member);
    if (map.isArray() && map.toArray().isEmpty())
        return QList<T>();
    const std::optional<QJsonObject> object = objectAt(data, member, errorMessage);
    if (!object)
        return std::nullopt;
    QList<T> records;
    records.reserve(object->size());
    for (auto it = object->constBegin(); it != object->constEnd(); ++it)
        records.append(T(it.value().toObject(), it.key()));
    return records;
}

} // namespace RecordParsing

} // namespace ResellerDesk::Api
