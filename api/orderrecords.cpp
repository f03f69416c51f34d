#include "api/orderrecords.h"

namespace ResellerDesk::Api {

QString OrderItem::itemId() const
{
    return contains(u"item_id") ? text(u"item_id") : key();
}

std::optional<int> OrderItem::period() const
{
    return JsonValues::toInt(value(u"period"));
}

std::optional<int> OrderItem::quantity() const
{
    return JsonValues::toInt(value(u"quantity"));
}

QString OrderItem::metaKey() const
{
    static const QStringList keys = {
        QStringLiteral("hosting"),
        QStringLiteral("server"),
        QStringLiteral("domain"),
        QStringLiteral("ssl"),
        QStringLiteral("service"),
        QStringLiteral("purchase"),
    };
    for (const QString &name : keys) {
        if (value(name).isObject())
            return name;
    }
    return {};
}

QJsonObject OrderItem::meta() const
{
    const QString name = metaKey();
    return name.isEmpty() ? QJsonObject() : object(name);
}

std::optional<int> Order::newCount() const
{
    return JsonValues::toInt(value(u"new"));
}

std::optional<int> Order::requestedCount() const
{
    return JsonValues::toInt(value(u"requested"));
}

std::optional<int> Order::canceledCount() const
{
    return JsonValues::toInt(value(u"canceled"));
}

std::optional<int> Order::provisionedCount() const
{
    return JsonValues::toInt(value(u"provisioned"));
}

QList<OrderItem> Order::items() const
{
    // order-details keys the items by item id; a list is read as well.
    QList<OrderItem> items;
    const QJsonValue value = Record::value(u"items");
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(OrderItem(item.toObject()));
        return items;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        items.append(OrderItem(it.value().toObject(), it.key()));
    return items;
}

QString Order::itemsSummary() const
{
    const QJsonValue value = Record::value(u"items");
    return value.isString() ? value.toString() : QString();
}

QList<Payment> Order::payments() const
{
    QList<Payment> payments;
    const QJsonArray items = array(u"payments");
    for (const QJsonValue &item : items)
        payments.append(Payment(item.toObject()));
    return payments;
}

QString PaymentRequest::orderId() const
{
    if (contains(u"order_id"))
        return text(u"order_id");
    return order().orderId();
}

} // namespace ResellerDesk::Api
