#pragma once

#include "api/record.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

// Records of the lookup commands (countries, datacenters, tlds, currencyrates), of stores,
// products and the catalog, and of order-data, which combines them.

namespace ResellerDesk::Api {

// A country of countries, keyed by ISO2 code.
class Country : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    QString iso2() const { return text(u"iso2"); }
    QString iso3() const { return text(u"iso3"); }
    // International dialing code such as "+1".
    QString phoneCode() const { return text(u"phone_code"); }
    bool isEu() const { return flag(u"eu").value_or(false); }
    bool isEea() const { return flag(u"eea").value_or(false); }
    // VAT prefix for EU countries where it differs from the ISO2 code.
    QString vatPrefix() const { return text(u"vat_prefix"); }
    // VAT rate in percent.
    std::optional<double> vatRate() const { return number(u"vat"); }
    std::optional<double> latitude() const { return number(u"lat"); }
    std::optional<double> longitude() const { return number(u"lng"); }
    QString continent() const { return text(u"continent"); }
    QString currency() const { return text(u"currency"); }
    QString tld() const { return text(u"tld"); }
    bool isBritishOverseasTerritory() const { return flag(u"bot").value_or(false); }
    std::optional<qlonglong> sequence() const { return integer(u"seq"); }
    QString language() const { return text(u"language"); }
    // Country name in English.
    QString name() const { return text(u"country"); }
};

// A hosting data center of datacenters, keyed by sku.
class Datacenter : public Record
{
public:
    using Record::Record;
    QString name() const { return text(u"name"); }
    QString countryIso2() const { return text(u"country_iso2"); }
    QString sku() const { return text(u"sku"); }
};

// A registry-specific attribute of a top-level domain, keyed by its property name.
class TldAttribute : public Record
{
public:
    using Record::Record;
    QString name() const { return key(); }
    // Form field type: "select", "hidden", "checkbox" or "text".
    QString type() const { return text(u"type"); }
    bool isRequired() const { return flag(u"required").value_or(false); }
    QString label() const { return text(u"label"); }
    // Returns (value, label) pairs in the order QJsonObject keeps (sorted by value).
    QList<QPair<QString, QString>> options() const;
    QString defaultValue() const { return text(u"value"); }
    QString placeholder() const { return text(u"placeholder"); }
    // API object the options come from; only "country" (ISO2 values) is documented.
    QString selectType() const { return text(u"select_type"); }
};

// A top-level domain of tlds, keyed by the TLD.
class Tld : public Record
{
public:
    using Record::Record;
    QString tld() const { return text(u"tld"); }
    bool supportsTransfer() const { return flag(u"transfer").value_or(false); }
    bool supportsIdProtect() const { return flag(u"id_protect").value_or(false); }
    bool supportsIdn() const { return flag(u"idn").value_or(false); }
    bool supportsEpp() const { return flag(u"epp").value_or(false); }
    bool hasRgp() const { return flag(u"rgp").value_or(false); }
    // Registration periods in years.
    std::optional<int> minPeriod() const;
    std::optional<int> maxPeriod() const;
    bool isIcann() const { return flag(u"icann").value_or(false); }
    // Empty when the service sends "" (no extra attributes).
    QList<TldAttribute> extraAttributes() const;
};

// The cross rates of currencyrates: data["rates"][from][to].
class CurrencyRates : public Record
{
public:
    using Record::Record;
    QStringList currencies() const { return object(u"rates").keys(); }
    // Returns how many units of `to` one unit of `from` buys.
    std::optional<double> rate(const QString &from, const QString &to) const;
};

// An online store of store-list and store-details.
class Store : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    std::optional<qlonglong> resellerId() const { return integer(u"reseller_id"); }
    QString currency() const { return text(u"currency"); }
    // Store slug.
    QString name() const { return text(u"name"); }
    QString title() const { return text(u"title"); }
    QString contactEmail() const { return text(u"contact_email"); }
    // Custom domain of the hosted storefront (front_setup "custom").
    QString hostname() const { return text(u"hostname"); }
    QString widgetUrl() const { return text(u"widget_url"); }
    // "default", "custom" or "widget".
    QString frontSetup() const { return text(u"front_setup"); }
    bool autoprocess() const { return flag(u"autoprocess").value_or(false); }
    QString billingUrl() const { return text(u"billing_url"); }
};

// A product of product-list and product-details.
class Product : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> productId() const { return integer(u"product_id"); }
    QString sku() const { return text(u"product"); }
    QString label() const { return text(u"label"); }
    QString type() const { return text(u"type"); }
    QString datacenter() const { return text(u"datacenter"); }
    QString periodicity() const { return text(u"periodicity"); }
    QString unit() const { return text(u"unit"); }
    // The amount of unit() the product provides, such as 1 COUNT.
    std::optional<double> unitValue() const { return number(u"value"); }
    std::optional<int> maxOrderPeriod() const;
    std::optional<int> maxRenewalPeriod() const;
    // Created by the reseller (custom_product 1) rather than a base product.
    bool isCustom() const { return flag(u"custom_product").value_or(false); }
    // Items of the "resources" relation: name, value, unit, type ("part" or "main"), info.
    QList<Record> resources() const;
};

// A product of the catalog command's "products", keyed by product id.
class CatalogProduct : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> productId() const;
    QString sku() const { return text(u"product"); }
    QString label() const { return text(u"label"); }
    QString type() const { return text(u"type"); }
    QString datacenter() const { return text(u"datacenter"); }
    QString periodicity() const { return text(u"periodicity"); }
    QString resourceUnit() const { return text(u"resource_unit"); }
    std::optional<double> resourceValue() const { return number(u"resource_value"); }
    std::optional<int> maxOrderPeriod() const;
    std::optional<int> maxRenewalPeriod() const;
    // Resources: name, value, unit, desc.
    QList<Record> resources() const;
};

// A node of the catalog tree, keyed by catalog id. Group nodes collect products that share a
// quantity limit (min, max) and cannot be ordered themselves.
class CatalogNode : public Record
{
public:
    using Record::Record;
    // The catalog id, which is the key of the node in its parent's map.
    std::optional<qlonglong> catalogId() const;
    std::optional<qlonglong> parentId() const { return integer(u"parent_id"); }
    std::optional<qlonglong> productId() const { return integer(u"product_id"); }
    QString name() const { return text(u"name"); }
    bool isOptional() const { return flag(u"optional").value_or(false); }
    std::optional<int> minQuantity() const;
    std::optional<int> maxQuantity() const;
    std::optional<int> quantity() const;
    // Quantities the product can be ordered in, such as 1, 5 and 10 parking slots. Empty when
    // any quantity goes.
    QList<int> packages() const;
    // Order actions with prices, such as "order" and "renewal".
    QStringList priceActions() const { return object(u"prices").keys(); }
    // Returns the price of each period (in the product's periodicity) for one action.
    QMap<int, double> prices(const QString &action) const;
    std::optional<double> price(const QString &action, int period) const;
    // Children in the order QJsonObject keeps (sorted by catalog id as text).
    QList<CatalogNode> children() const;
};

// The data of catalog (and the same keys of order-data): products and the catalog tree.
class Catalog : public Record
{
public:
    using Record::Record;
    QList<CatalogProduct> products() const;
    std::optional<CatalogProduct> product(qlonglong productId) const;
    // The top-level nodes, usually the hosting packages.
    QList<CatalogNode> nodes() const;
    // Searches the whole tree for a catalog id.
    std::optional<CatalogNode> findNode(qlonglong catalogId) const;
};

// The data of order-data: everything an order form needs in one response.
class OrderData : public Record
{
public:
    using Record::Record;
    Store store() const { return Store(object(u"store")); }
    QList<Datacenter> datacenters() const;
    QList<Tld> tlds() const;
    QList<Country> countries() const;
    Catalog catalog() const { return Catalog(fields()); }
};

} // namespace ResellerDesk::Api
