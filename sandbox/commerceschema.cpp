#include "sandbox/commerceschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox::CommerceSchema {

namespace {

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(u' ');
}

QString createTable(const QString &table, const QStringList &columns)
{
    QStringList definitions;
    for (const QString &column : columns)
        definitions.append(column + QStringLiteral(" TEXT"));
    return QStringLiteral("CREATE TABLE ") + table + u'(' + definitions.join(QStringLiteral(", "))
        + u')';
}

} // namespace

const QStringList &storeColumns()
{
    static const QStringList columns = split("id reseller_id currency name title contact_email "
                                             "hostname widget_url front_setup autoprocess "
                                             "billing_url");
    return columns;
}

const QStringList &countryColumns()
{
    static const QStringList columns = split("id iso2 iso3 phone_code eu eea vat_prefix vat lat "
                                             "lng continent currency tld bot seq language "
                                             "country");
    return columns;
}

const QStringList &datacenterColumns()
{
    static const QStringList columns = split("sku name country_iso2");
    return columns;
}

const QStringList &tldColumns()
{
    // extra_attributes is JSON text, or "" for a TLD without extra attributes.
    static const QStringList columns = split("tld transfer id_protect idn epp rgp min_period "
                                             "max_period icann extra_attributes");
    return columns;
}

const QStringList &productColumns()
{
    static const QStringList columns = split("product_id product label type datacenter "
                                             "periodicity custom_product unit value "
                                             "max_order_period max_renewal_period");
    return columns;
}

const QStringList &productResourceColumns()
{
    static const QStringList columns = split("product_id name value unit type info");
    return columns;
}

const QStringList &catalogNodeColumns()
{
    // packages is a JSON array of allowed quantities, and seq keeps the siblings' order.
    static const QStringList columns = split("catalog_id parent_id product_id name optional min "
                                             "max quantity packages seq");
    return columns;
}

const QStringList &catalogPriceColumns()
{
    // price is in the store currency, and active is 0 for a price disabled in the reseller
    // panel.
    static const QStringList columns = split("catalog_id action period price active");
    return columns;
}

const QStringList &processorColumns()
{
    // options is JSON text.
    static const QStringList columns = split("processor_id store_id type_id name slug onsite "
                                             "offline sku display_name tags active test seq "
                                             "options");
    return columns;
}

const QStringList &paymentRequestColumns()
{
    static const QStringList columns = split("id api_order_id order_id payment_method amount "
                                             "currency original_amount original_currency "
                                             "exchange_rate created_at payment_processor_id lang "
                                             "return_url cancel_url store_id");
    return columns;
}

bool create(QSqlDatabase &database, QString *errorMessage)
{
    const QStringList statements {
        createTable(QStringLiteral("store_profiles"), storeColumns()),
        createTable(QStringLiteral("countries"), countryColumns()),
        createTable(QStringLiteral("datacenters"), datacenterColumns()),
        createTable(QStringLiteral("tlds"), tldColumns()),
        createTable(QStringLiteral("products"), productColumns()),
        createTable(QStringLiteral("product_resources"), productResourceColumns()),
        createTable(QStringLiteral("catalog_nodes"), catalogNodeColumns()),
        createTable(QStringLiteral("catalog_prices"), catalogPriceColumns()),
        createTable(QStringLiteral("payment_processors"), processorColumns()),
        createTable(QStringLiteral("payment_requests"), paymentRequestColumns()),
        // Units of `quote` that one unit of `base` buys, for every pair of currencies.
        QStringLiteral("CREATE TABLE currency_rates(base TEXT, quote TEXT, rate TEXT, "
                       "PRIMARY KEY(base, quote))"),
        // Product meta (hosting, domain, ssl, purchase) and contact of an order item, as JSON.
        QStringLiteral("CREATE TABLE order_item_meta(item_id TEXT PRIMARY KEY, meta TEXT)"),
        QStringLiteral("CREATE INDEX catalog_prices_node ON catalog_prices(catalog_id)"),
        QStringLiteral("CREATE INDEX payment_requests_order ON payment_requests(order_id)"),
    };
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *errorMessage = QCoreApplication::translate(
                "CommerceSchema", "Failed to create the sandbox's store tables: %1")
                                .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace ResellerDesk::Sandbox::CommerceSchema
