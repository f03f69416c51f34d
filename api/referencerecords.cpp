#include "api/referencerecords.h"

namespace ResellerDesk::Api {

namespace {

std::optional<int> toInt(const QJsonValue &value)
{
    return JsonValues::toInt(value);
}

QList<Record> recordsOf(const QJsonArray &items)
{
    QList<Record> records;
    for (const QJsonValue &item : items)
        records.append(Record(item.toObject()));
    return records;
}

// Reads a map keyed by id or code; the service sends [] or "" for an empty map.
template <typename T> QList<T> keyedRecords(const QJsonValue &map)
{
    QList<T> records;
    const QJsonObject object = map.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        records.append(T(it.value().toObject(), it.key()));
    return records;
}

} // namespace

QList<QPair<QString, QString>> TldAttribute::options() const
{
    QList<QPair<QString, QString>> pairs;
    const QJsonObject options = object(u"options");
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        // Options arrive as {"en": {"label": "English"}}; a plain {"en": "English"} is read
        // the same way.
        const QJsonValue option = it.value();
        const QString label = option.isObject()
            ? JsonValues::toText(option.toObject().value(QLatin1String("label")))
            : JsonValues::toText(option);
        pairs.append({ it.key(), label });
    }
    return pairs;
}

std::optional<int> Tld::minPeriod() const
{
    return toInt(value(u"min_period"));
}

std::optional<int> Tld::maxPeriod() const
{
    return toInt(value(u"max_period"));
}

QList<TldAttribute> Tld::extraAttributes() const
{
    return keyedRecords<TldAttribute>(value(u"extra_attributes"));
}

std::optional<double> CurrencyRates::rate(const QString &from, const QString &to) const
{
    return JsonValues::toDouble(object(u"rates").value(from).toObject().value(to));
}

std::optional<int> Product::maxOrderPeriod() const
{
    return toInt(value(u"max_order_period"));
}

std::optional<int> Product::maxRenewalPeriod() const
{
    return toInt(value(u"max_renewal_period"));
}

QList<Record> Product::resources() const
{
    return recordsOf(array(u"resources"));
}

std::optional<qlonglong> CatalogProduct::productId() const
{
    return contains(u"product_id") ? integer(u"product_id") : JsonValues::toLongLong(key());
}

std::optional<int> CatalogProduct::maxOrderPeriod() const
{
    return toInt(value(u"max_order_period"));
}

std::optional<int> CatalogProduct::maxRenewalPeriod() const
{
    return toInt(value(u"max_renewal_period"));
}

QList<Record> CatalogProduct::resources() const
{
    return recordsOf(array(u"resources"));
}

std::optional<qlonglong> CatalogNode::catalogId() const
{
    if (contains(u"id"))
        return integer(u"id");
    return JsonValues::toLongLong(key());
}

std::optional<int> CatalogNode::minQuantity() const
{
    return toInt(value(u"min"));
}

std::optional<int> CatalogNode::maxQuantity() const
{
    return toInt(value(u"max"));
}

std::optional<int> CatalogNode::quantity() const
{
    return toInt(value(u"quantity"));
}

QList<int> CatalogNode::packages() const
{
    QList<int> sizes;
    const QJsonArray items = array(u"packages");
    for (const QJsonValue &item : items) {
        if (const std::optional<int> size = toInt(item))
            sizes.append(*size);
    }
    return sizes;
}

QMap<int, double> CatalogNode::prices(const QString &action) const
{
    // NOTE: prices per action are read as {"period": price}. The reference shows no other
    // shape; a list (PHP's array with keys 0..n) would give no prices here.
    QMap<int, double> byPeriod;
    const QJsonObject periods = object(u"prices").value(action).toObject();
    for (auto it = periods.constBegin(); it != periods.constEnd(); ++it) {
        const std::optional<int> period = JsonValues::toInt(it.key());
        const std::optional<double> amount = JsonValues::toDouble(it.value());
        if (period && amount)
            byPeriod.insert(*period, *amount);
    }
    return byPeriod;
}

std::optional<double> CatalogNode::price(const QString &action, int period) const
{
    const QMap<int, double> byPeriod = prices(action);
    const auto it = byPeriod.constFind(period);
    if (it == byPeriod.cend())
        return std::nullopt;
    return it.value();
}

QList<CatalogNode> CatalogNode::children() const
{
    const QJsonValue children = value(u"children");
    if (!children.isArray())
        return keyedRecords<CatalogNode>(children);
    // A node without children has "children": []. A list of nodes would carry no catalog
    // ids as keys, so each node's own "id" (if any) is used instead.
    QList<CatalogNode> nodes;
    const QJsonArray items = children.toArray();
    for (const QJsonValue &item : items)
        nodes.append(CatalogNode(item.toObject()));
    return nodes;
}

QList<CatalogProduct> Catalog::products() const
{
    return keyedRecords<CatalogProduct>(value(u"products"));
}

std::optional<CatalogProduct> Catalog::product(qlonglong productId) const
{
    const QJsonValue product = object(u"products").value(QString::number(productId));
    if (!product.isObject())
        return std::nullopt;
    return CatalogProduct(product.toObject(), QString::number(productId));
}

QList<CatalogNode> Catalog::nodes() const
{
    return keyedRecords<CatalogNode>(value(u"catalog"));
}

std::optional<CatalogNode> Catalog::findNode(qlonglong catalogId) const
{
    QList<CatalogNode> pending = nodes();
    while (!pending.isEmpty()) {
        const CatalogNode node = pending.takeFirst();
        if (node.catalogId() == catalogId)
            return node;
        pending.append(node.children());
    }
    return std::nullopt;
}

QList<Datacenter> OrderData::datacenters() const
{
    return keyedRecords<Datacenter>(value(u"datacenters"));
}

QList<Tld> OrderData::tlds() const
{
    return keyedRecords<Tld>(value(u"tlds"));
}

QList<Country> OrderData::countries() const
{
    return keyedRecords<Country>(value(u"countries"));
}

} // namespace ResellerDesk::Api
