#include "api/listpage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ResellerDesk::Api {

std::optional<ListPage> ListPage::fromData(const QJsonValue &data, QString *errorMessage)
{
    const QJsonObject object = data.toObject();
    const QJsonValue items = object.value(QLatin1String("data"));
    // An empty result may come as {"data": {}} from PHP, so an empty object counts as no items.
    const bool itemsReadable = items.isArray() || (items.isObject() && items.toObject().isEmpty());
    if (!data.isObject() || !itemsReadable) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                    "ResellerDesk::Api::ListPage",
                    "The response data is not a list page: it has no \"data\" list of items.");
        return std::nullopt;
    }

    ListPage page;
    page.items = items.toArray();
    page.limit = JsonValues::toInt(object.value(QLatin1String("limit"))).value_or(0);
    page.page = JsonValues::toInt(object.value(QLatin1String("page"))).value_or(1);
    page.count = JsonValues::toInt(object.value(QLatin1String("count")))
                         .value_or(int(page.items.size()));
    page.orderBy = JsonValues::toOrderBy(object.value(QLatin1String("order_by")));
    const std::optional<int> pages = JsonValues::toInt(object.value(QLatin1String("pages")));
    if (pages)
        page.pages = *pages;
    else if (page.limit > 0)
        page.pages = (page.count + page.limit - 1) / page.limit;
    else
        page.pages = page.count > 0 ? 1 : 0;
    return page;
}

} // namespace ResellerDesk::Api
