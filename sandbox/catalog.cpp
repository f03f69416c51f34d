#include "sandbox/catalog.h"

#include "sandbox/commercesupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString stringOrNull(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QJsonObject loadProducts(const QSqlDatabase &database)
{
    QHash<QString, QJsonArray> resources;
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT product_id, name, value, unit FROM product_resources "
                              "ORDER BY rowid"));
    while (query.next()) {
        resources[query.value(0).toString()].append(
            QJsonObject { { QStringLiteral("name"), query.value(1).toString() },
                { QStringLiteral("value"), query.value(2).toString() },
                { QStringLiteral("unit"), query.value(3).toString() },
                { QStringLiteral("desc"), QString() } });
    }
    QJsonObject products;
    query.exec(QStringLiteral("SELECT product_id, product, label, type, datacenter, periodicity, "
                              "unit, value, max_order_period, max_renewal_period FROM products"));
    while (query.next()) {
        const QString id = query.value(0).toString();
        products.insert(id,
            QJsonObject { { QStringLiteral("product"), query.value(1).toString() },
                { QStringLiteral("label"), query.value(2).toString() },
                { QStringLiteral("type"), query.value(3).toString() },
                { QStringLiteral("datacenter"), nullable(stringOrNull(query.value(4))) },
                { QStringLiteral("periodicity"), query.value(5).toString() },
                { QStringLiteral("resource_unit"), query.value(6).toString() },
                { QStringLiteral("resource_value"), query.value(7).toString() },
                // The catalog sends these as numbers, product-list as strings.
                { QStringLiteral("max_order_period"), query.value(8).toInt() },
                { QStringLiteral("max_renewal_period"), query.value(9).toInt() },
                { QStringLiteral("calculated_periods"), 0 },
                { QStringLiteral("resources"), resources.value(id) } });
    }
    return products;
}

} // namespace

Catalog Catalog::load(const QSqlDatabase &database)
{
    Catalog catalog;
    catalog.m_products = loadProducts(database);
    QSqlQuery query(database);
    query.exec(QStringLiteral(
        "SELECT n.catalog_id, n.parent_id, n.product_id, n.name, n.min, n.max, n.packages, "
        "p.product, p.type, p.datacenter, p.max_order_period, p.max_renewal_period "
        "FROM catalog_nodes n JOIN products p ON p.product_id = n.product_id "
        "ORDER BY CAST(n.seq AS INTEGER)"));
    QStringList order;
    while (query.next()) {
        CatalogNode node;
        node.id = query.value(0).toString();
        node.parentId = stringOrNull(query.value(1));
        node.productId = query.value(2).toString();
        node.name = query.value(3).toString();
        node.min = stringOrNull(query.value(4));
        node.max = stringOrNull(query.value(5));
        node.packages = QJsonDocument::fromJson(query.value(6).toByteArray()).array();
        node.product = query.value(7).toString();
        node.type = query.value(8).toString();
        node.datacenter = stringOrNull(query.value(9));
        node.maxOrderPeriod = query.value(10).toInt();
        node.maxRenewalPeriod = query.value(11).toInt();
        order.append(node.id);
        catalog.m_nodes.insert(node.id, node);
    }
    for (const QString &id : std::as_const(order)) {
        const QString parent = catalog.m_nodes.value(id).parentId;
        if (parent.isNull())
            catalog.m_roots.append(id);
        else if (catalog.m_nodes.contains(parent))
            catalog.m_nodes[parent].children.append(id);
    }
    query.exec(
        QStringLiteral("SELECT catalog_id, action, period, price, active FROM catalog_prices"));
    while (query.next()) {
        auto it = catalog.m_nodes.find(query.value(0).toString());
        if (it == catalog.m_nodes.end())
            continue;
        it->prices[query.value(1).toString()].insert(query.value(2).toInt(),
            CatalogNode::Price { query.value(3).toDouble(), query.value(4).toString() == u"1" });
    }
    return catalog;
}

const CatalogNode *Catalog::node(const QString &id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &it.value();
}

int Catalog::maxPeriod(const CatalogNode &node, const QString &action) const
{
    return action == u"renewal" ? node.maxRenewalPeriod : node.maxOrderPeriod;
}

std::optional<double> Catalog::unitPrice(
    const CatalogNode &node, const QString &action, int period) const
{
    const QString priceAction = action == u"renewal" ? action : QStringLiteral("order");
    if (period < 1 || period > maxPeriod(node, priceAction))
        return std::nullopt;
    const QMap<int, CatalogNode::Price> prices = node.prices.value(priceAction);
    const auto explicitPrice = prices.constFind(period);
    if (explicitPrice != prices.cend()) {
        if (!explicitPrice->active)
            return std::nullopt;
        return explicitPrice->amount;
    }
    const auto yearly = prices.constFind(1);
    if (yearly == prices.cend() || !yearly->active)
        return std::nullopt;
    return Commerce::roundMoney(yearly->amount * period);
}

QJsonValue Catalog::pricesJson(const CatalogNode &node, const Options &options, double rate) const
{
    if (node.prices.isEmpty())
        return QJsonValue::Null;
    QJsonObject byAction;
    for (const QString &action : { QStringLiteral("order"), QStringLiteral("renewal") }) {
        if (!node.prices.contains(action))
            continue;
        const QMap<int, CatalogNode::Price> &prices = node.prices[action];
        QMap<int, double> shown;
        for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
            if (it->active || !options.activeOnly)
                shown.insert(it.key(), it->amount);
        }
        if (options.multiplyYears) {
            for (int period = 1; period <= maxPeriod(node, action); ++period) {
                if (const std::optional<double> price = unitPrice(node, action, period))
                    shown.insert(period, *price);
            }
        }
        QJsonObject byPeriod;
        for (auto it = shown.cbegin(); it != shown.cend(); ++it)
            byPeriod.insert(QString::number(it.key()), Commerce::roundMoney(it.value() * rate));
        if (!byPeriod.isEmpty())
            byAction.insert(action, byPeriod);
    }
    return byAction;
}

QJsonObject Catalog::nodeJson(const CatalogNode &node, const Options &options, double rate) const
{
    QJsonObject json { { QStringLiteral("parent_id"), nullable(node.parentId) },
        { QStringLiteral("product_id"), node.productId }, { QStringLiteral("name"), node.name },
        { QStringLiteral("optional"), QStringLiteral("1") },
        { QStringLiteral("min"), nullable(node.min) },
        { QStringLiteral("max"), nullable(node.max) },
        { QStringLiteral("quantity"), QStringLiteral("1") },
        { QStringLiteral("packages"), node.packages },
        { QStringLiteral("prices"), pricesJson(node, options, rate) } };
    if (options.flat)
        return json;
    QJsonObject children;
    for (const QString &child : node.children)
        children.insert(child, nodeJson(m_nodes.value(child), options, rate));
    // A leaf has "children": [], as in the reference's Domain Parking example.
    json.insert(QStringLiteral("children"),
        children.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(children));
    return json;
}

QJsonObject Catalog::toJson(const Options &options, const Commerce::CurrencyRates &rates,
    const QString &storeCurrency) const
{
    const double rate
        = options.currency.isEmpty() ? 1.0 : rates.rate(storeCurrency, options.currency);
    QJsonObject catalog;
    if (options.flat) {
        for (const CatalogNode &node : m_nodes)
            catalog.insert(node.id, nodeJson(node, options, rate));
    } else {
        for (const QString &root : m_roots)
            catalog.insert(root, nodeJson(m_nodes.value(root), options, rate));
    }
    return QJsonObject { { QStringLiteral("products"), m_products },
        { QStringLiteral("catalog"), catalog } };
}

} // namespace ResellerDesk::Sandbox
