#pragma once

#include "api/jsonvalues.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ResellerDesk::Api {

// One page of a list command's response data.
struct ListPage
{
    int limit = 0;
    int page = 0;
    // Items in the whole result set, across all pages.
    int count = 0;
    int pages = 0;
    QList<SortKey> orderBy;
    QJsonArray items;

    // Reads {order_by, limit, page, count, pages, data}, where the numbers may be strings.
    // A missing "pages" is computed from count and limit. Returns std::nullopt and stores a
    // translated message in errorMessage (when not null) if data is not such an object.
    static std::optional<ListPage> fromData(const QJsonValue &data,
                                            QString *errorMessage = nullptr);
};

} // namespace ResellerDesk::Api

Q_DECLARE_METATYPE(ResellerDesk::Api::ListPage)
