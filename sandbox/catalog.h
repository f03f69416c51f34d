#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ResellerDesk::Sandbox {

namespace Commerce {
class CurrencyRates;
}

// One catalog node joined with its product.
struct CatalogNode
{
    struct Price
    {
        double amount = 0;
        bool active = true;
    };

    QString id;
    QString parentId;
    QString productId;
    QString name;
    QString min;
    QString max;
    QJsonArray packages;
    // Product properties.
    QString product;
    QString type;
    QString datacenter;
    int maxOrderPeriod = 1;
    int maxRenewalPeriod = 1;
    // Action ("order", "renewal") to period in years to price, in the store currency.
    QHash<QString, QMap<int, Price>> prices;
    QStringList children;

    bool isGroup() const { return type == u"group"; }
};

// The catalog tree of the catalog command and the price rules that order-create uses.
class Catalog
{
public:
    struct Options
    {
        bool flat = false;
        bool activeOnly = true;
        bool multiplyYears = false;
        // Currency to convert prices to; empty keeps the store currency.
        QString currency;
    };

    static Catalog load(const QSqlDatabase &database);

    const CatalogNode *node(const QString &id) const;
    // Returns the maximum period of `action` ("order" or "renewal"; upgrades use "order").
    int maxPeriod(const CatalogNode &node, const QString &action) const;
    // Returns the active price of one unit for `period` years: the explicit price, or the
    // 1-year price times the period up to the product's maximum period. Nothing when the
    // period cannot be ordered, which includes a period whose explicit price is disabled.
    std::optional<double> unitPrice(
        const CatalogNode &node, const QString &action, int period) const;

    // Builds {products, catalog} as the catalog command returns it, converting prices from
    // `storeCurrency` with `rates` when options.currency differs from it.
    QJsonObject toJson(const Options &options, const Commerce::CurrencyRates &rates,
        const QString &storeCurrency) const;

private:
    QJsonValue pricesJson(const CatalogNode &node, const Options &options, double rate) const;
    QJsonObject nodeJson(const CatalogNode &node, const Options &options, double rate) const;

    QHash<QString, CatalogNode> m_nodes;
    QStringList m_roots;
    QJsonObject m_products;
};

} // namespace ResellerDesk::Sandbox
