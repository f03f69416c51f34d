// Demo stores, products, catalog tree and payment processors. Every store sells the same
// catalog in US dollars. Catalog ids follow the reference's examples: node 1 is Economy in the
// USA, node 2 its Discounted Domain group and node 3 the .com domain in that group.
#include "sandbox/commercedata.h"

#include "sandbox/commerceschema.h"
#include "sandbox/tablebatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ResellerDesk::Sandbox::CommerceData {

namespace {

// Distance between the catalog ids of hosting plans: plan k (0-based) is node 1 + 100 * k.
constexpr int HostingNodeStep = 100;

const char *const DomainTlds[] = { "com", "net", "org", "info", "co.uk", "bg", "eu" };
// Standalone yearly order price of each TLD above, in USD.
const double DomainPrices[] = { 12.98, 14.98, 14.98, 19.98, 9.98, 29.98, 9.98 };
const char *const Datacenters[] = { "centurylink", "neterra", "iadvantage" };

constexpr int FirstDomainProduct = 12;
constexpr int DiscountedDomainProduct = 46;
constexpr int SslGroupProduct = 47;
constexpr int ParkingProduct = 28;
constexpr int TrafficProduct = 30;
constexpr int PositiveSslProduct = 60;
constexpr int EssentialSslProduct = 61;
constexpr int CustomProduct = 100;

QString json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString money(double amount)
{
    return QString::number(amount, 'f', 2);
}

class CatalogBuilder
{
public:
    CatalogBuilder()
        : m_nodes(QStringLiteral("catalog_nodes"), CommerceSchema::catalogNodeColumns())
        , m_prices(QStringLiteral("catalog_prices"), CommerceSchema::catalogPriceColumns())
    {
    }

    void addNode(int id, int parentId, int productId, const QString &name, const QVariant &min = {},
        const QVariant &max = {}, const QJsonArray &packages = {})
    {
        m_nodes.addRow(
            { QString::number(id), parentId ? QVariant(QString::number(parentId)) : QVariant(),
                QString::number(productId), name, QStringLiteral("1"), min, max,
                QStringLiteral("1"), json(packages), QString::number(m_seq++) });
    }

    // Adds the 1- and 2-year prices of an action. The 2-year price is 90% of twice the yearly.
    void addPrices(int id, const QString &action, double yearly, bool twoYearActive = true)
    {
        addPrice(id, action, 1, yearly, true);
        addPrice(id, action, 2, yearly * 2 * 0.9, twoYearActive);
    }

    void addPrice(int id, const QString &action, int period, double price, bool active)
    {
        m_prices.addRow({ QString::number(id), action, QString::number(period), money(price),
            active ? QStringLiteral("1") : QStringLiteral("0") });
    }

    bool insert(QSqlDatabase &database, QString *errorMessage)
    {
        return m_nodes.insert(database, errorMessage) && m_prices.insert(database, errorMessage);
    }

private:
    TableBatch m_nodes;
    TableBatch m_prices;
    int m_seq = 0;
};

void addProducts(TableBatch &products, TableBatch &resources)
{
    const auto product
        = [&products](int id, const QString &sku, const QString &label, const QString &type,
              const QVariant &datacenter, const QString &unit, int maxPeriod, bool custom = false) {
              products.addRow({ QString::number(id), sku, label, type, datacenter,
                  QStringLiteral("YR"), custom ? QStringLiteral("1") : QStringLiteral("0"), unit,
                  QStringLiteral("1"), QString::number(maxPeriod), QString::number(maxPeriod) });
          };
    const auto resource = [&resources](int id, const char *name, const char *value,
                              const char *unit, const char *type) {
        resources.addRow({ QString::number(id), QLatin1String(name), QLatin1String(value),
            QLatin1String(unit), QLatin1String(type), QString() });
    };
    const char *const plans[] = { "economy", "business" };
    for (int plan = 0; plan < 2; ++plan) {
        for (int dc = 0; dc < 3; ++dc) {
            const int id = plan * 3 + dc + 1;
            product(id, QLatin1String(plans[plan]), QString(), QStringLiteral("hosting"),
                QLatin1String(Datacenters[dc]), QStringLiteral("COUNT"), 10);
            resource(id, "storage", plan ? "50" : "10", "GB", "part");
            resource(id, "traffic", plan ? "2000" : "500", "GB/MO", "part");
            resource(id, "mysql_db", plan ? "30" : "5", "COUNT", "part");
            resource(id, "ssh_access", "1", "PROP", "part");
            resource(id, "dedicated_ip", "0", "COUNT", "main");
        }
    }
    for (int i = 0; i < 7; ++i)
        product(FirstDomainProduct + i, QLatin1String(DomainTlds[i]), QString(),
            QStringLiteral("domain"), QVariant(), QStringLiteral("COUNT"), 10);
    product(DiscountedDomainProduct, QStringLiteral("discounted_domain"),
        QStringLiteral("Discounted Domain"), QStringLiteral("group"), QVariant(),
        QStringLiteral("COUNT"), 10);
    product(SslGroupProduct, QStringLiteral("ssl_group"), QStringLiteral("SSL Certificates"),
        QStringLiteral("group"), QVariant(), QStringLiteral("COUNT"), 2);
    product(ParkingProduct, QStringLiteral("domain_parking"), QString(), QStringLiteral("resource"),
        QVariant(), QStringLiteral("COUNT"), 10);
    product(TrafficProduct, QStringLiteral("traffic"), QString(), QStringLiteral("resource"),
        QVariant(), QStringLiteral("GB/MO"), 10);
    product(PositiveSslProduct, QStringLiteral("sectigo_positive"), QString(),
        QStringLiteral("ssl"), QVariant(), QStringLiteral("COUNT"), 2);
    product(EssentialSslProduct, QStringLiteral("sectigo_essential"), QString(),
        QStringLiteral("ssl"), QVariant(), QStringLiteral("COUNT"), 2);
    product(CustomProduct, QStringLiteral("website_setup"), QStringLiteral("Website Setup"),
        QStringLiteral("custom"), QVariant(), QStringLiteral("COUNT"), 1, true);
}

void addCatalog(CatalogBuilder &catalog)
{
    const char *const planNames[] = { "Economy", "Business" };
    const double planPrices[] = { 72, 120 };
    for (int plan = 0; plan < 2; ++plan) {
        for (int dc = 0; dc < 3; ++dc) {
            const int base = 1 + HostingNodeStep * (plan * 3 + dc);
            catalog.addNode(base, 0, plan * 3 + dc + 1, QLatin1String(planNames[plan]));
            // The reference's Economy prices: 72 and 129.6 to order, 57.6 and 115.2 to renew.
            // The Business plans' 2-year order price is disabled, so only active=0 shows it.
            catalog.addPrices(base, QStringLiteral("order"), planPrices[plan], plan == 0);
            catalog.addPrice(base, QStringLiteral("renewal"), 1, planPrices[plan] * 0.8, true);
            catalog.addPrice(base, QStringLiteral("renewal"), 2, planPrices[plan] * 1.6, true);

            // Business plans come with one domain that must be ordered with them.
            catalog.addNode(base + 1, base, DiscountedDomainProduct,
                QStringLiteral("Discounted Domain"),
                plan ? QStringLiteral("1") : QStringLiteral("0"), QStringLiteral("1"));
            for (int i = 0; i < 7; ++i) {
                const int node = base + 2 + i;
                catalog.addNode(node, base + 1, FirstDomainProduct + i,
                    QString::fromLatin1(DomainTlds[i]).toUpper());
                // The reference's discounted .com costs 8.38.
                const double price = i == 0 ? 8.38 : DomainPrices[i] * 0.65;
                catalog.addPrices(node, QStringLiteral("order"), price);
            }
            catalog.addNode(base + 10, base, TrafficProduct, QStringLiteral("Extra Traffic"),
                QStringLiteral("0"), QStringLiteral("50"),
                QJsonArray { QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("50") });
            catalog.addPrice(base + 10, QStringLiteral("order"), 1, 0.5, true);
            catalog.addNode(base + 11, base, SslGroupProduct, QStringLiteral("SSL Certificates"),
                QStringLiteral("0"), QStringLiteral("1"));
            catalog.addNode(
                base + 12, base + 11, PositiveSslProduct, QStringLiteral("Sectigo PositiveSSL"));
            catalog.addPrices(base + 12, QStringLiteral("order"), 19.99);
            catalog.addNode(
                base + 13, base + 11, EssentialSslProduct, QStringLiteral("Sectigo EssentialSSL"));
            catalog.addPrices(base + 13, QStringLiteral("order"), 39.99);
            QJsonArray parkingPackages;
            for (const char *size : { "1", "2", "3", "4", "5", "10", "15", "20", "30" })
                parkingPackages.append(QLatin1String(size));
            catalog.addNode(base + 20, base, ParkingProduct, QStringLiteral("Domain Parking"),
                QStringLiteral("0"), QStringLiteral("30"), parkingPackages);
            catalog.addPrice(base + 20, QStringLiteral("order"), 1, 4.79, true);
        }
    }
    // Standalone domains: nodes 30 to 36, the node id the generated orders' items use.
    for (int i = 0; i < 7; ++i) {
        catalog.addNode(
            30 + i, 0, FirstDomainProduct + i, QString::fromLatin1(DomainTlds[i]).toUpper());
        catalog.addPrices(30 + i, QStringLiteral("order"), DomainPrices[i]);
        catalog.addPrices(30 + i, QStringLiteral("renewal"), DomainPrices[i] + 2);
    }
    catalog.addNode(40, 0, PositiveSslProduct, QStringLiteral("Sectigo PositiveSSL"));
    catalog.addPrices(40, QStringLiteral("order"), 29.99);
    catalog.addPrices(40, QStringLiteral("renewal"), 29.99);
    catalog.addNode(41, 0, EssentialSslProduct, QStringLiteral("Sectigo EssentialSSL"));
    catalog.addPrices(41, QStringLiteral("order"), 59.99);
    catalog.addPrices(41, QStringLiteral("renewal"), 59.99);
    catalog.addNode(50, 0, CustomProduct, QStringLiteral("Website Setup"));
    catalog.addPrice(50, QStringLiteral("order"), 1, 49, true);
}

void addProcessor(TableBatch &processors, int id, const char *storeId, int typeId, const char *name,
    bool offline, const char *displayName, bool active, bool test, int seq,
    const QJsonObject &options)
{
    const QString processorName = QString::fromLatin1(name);
    processors.addRow({ QString::number(id), QString::fromLatin1(storeId), QString::number(typeId),
        processorName, QString(processorName + u':' + QString::number(id)), QStringLiteral("0"),
        offline ? QStringLiteral("1") : QStringLiteral("0"), QString(),
        QString::fromLatin1(displayName), QString(),
        active ? QStringLiteral("1") : QStringLiteral("0"),
        test ? QStringLiteral("1") : QStringLiteral("0"), QString::number(seq), json(options) });
}

void addProcessors(TableBatch &processors)
{
    const QString paypalUrl = QStringLiteral("https://www.sandbox.paypal.com/cgi-bin/webscr");
    addProcessor(processors, 248, "6", 6, "AuthorizeNet", false, "Pay with credit card", true, true,
        1,
        { { QStringLiteral("url"),
              QStringLiteral("https://test.authorize.net/gateway/transact.dll") },
            { QStringLiteral("secret"), QStringLiteral("authorizenet_secret") },
            { QStringLiteral("transactionKey"), QStringLiteral("transaction_key") },
            { QStringLiteral("id"), QStringLiteral("authorizenet_merchant_id") },
            { QStringLiteral("currency"), QStringLiteral("AUD") } });
    addProcessor(processors, 250, "6", 1, "PayPal", false, "Paypal", true, true, 3,
        { { QStringLiteral("id"), QStringLiteral("user@example.com") },
            { QStringLiteral("url"), paypalUrl },
            { QStringLiteral("currency"), QStringLiteral("EUR") } });
    addProcessor(processors, 251, "6", 3, "Bank", true, "Bank transfer", false, false, 2,
        { { QStringLiteral("currency"), QStringLiteral("USD") } });
    addProcessor(processors, 355, "16", 1, "PayPal", false, "PayPal", true, false, 1,
        { { QStringLiteral("id"), QStringLiteral("billing@example.com") },
            { QStringLiteral("url"), paypalUrl },
            { QStringLiteral("currency"), QStringLiteral("USD") } });
    addProcessor(processors, 356, "16", 3, "Bank", true, "Bank transfer", true, false, 2,
        { { QStringLiteral("currency"), QStringLiteral("EUR") } });
    addProcessor(processors, 663, "23", 1, "PayPal", false, "PayPal", true, false, 1,
        { { QStringLiteral("id"), QStringLiteral("shop@example.net") },
            { QStringLiteral("url"), paypalUrl },
            { QStringLiteral("currency"), QStringLiteral("USD") } });
    addProcessor(processors, 664, "23", 7, "Stripe", false, "Card payment", true, true, 2,
        { { QStringLiteral("currency"), QStringLiteral("CAD") } });
}

} // namespace

bool insertCatalogData(QSqlDatabase &database, QString *errorMessage)
{
    TableBatch stores(QStringLiteral("store_profiles"), CommerceSchema::storeColumns());
    stores.addRow({ QStringLiteral("6"), QStringLiteral("11858"), QStringLiteral("USD"),
        QStringLiteral("examplestore"), QStringLiteral("Example Store"),
        QStringLiteral("store@example.com"), QString(), QStringLiteral("http://example.com/store"),
        QStringLiteral("widget"), QStringLiteral("1"),
        QStringLiteral("http://example.com/store") });
    stores.addRow({ QStringLiteral("16"), QStringLiteral("11858"), QStringLiteral("USD"),
        QStringLiteral("superwebhosting"), QStringLiteral("Super Web Hosting"),
        QStringLiteral("sales@example.com"), QString(), QString(), QStringLiteral("default"),
        QStringLiteral("1"), QStringLiteral("https://superwebhosting.surebillingnetwork.com") });
    stores.addRow({ QStringLiteral("23"), QStringLiteral("11858"), QStringLiteral("USD"),
        QStringLiteral("demoshop"), QStringLiteral("Demo Hosting Shop"),
        QStringLiteral("shop@example.net"), QStringLiteral("shop.example.net"), QString(),
        QStringLiteral("custom"), QStringLiteral("0"),
        QStringLiteral("https://shop.example.net") });

    TableBatch products(QStringLiteral("products"), CommerceSchema::productColumns());
    TableBatch resources(
        QStringLiteral("product_resources"), CommerceSchema::productResourceColumns());
    addProducts(products, resources);
    CatalogBuilder catalog;
    addCatalog(catalog);
    TableBatch processors(QStringLiteral("payment_processors"), CommerceSchema::processorColumns());
    addProcessors(processors);

    return stores.insert(database, errorMessage) && products.insert(database, errorMessage)
        && resources.insert(database, errorMessage) && catalog.insert(database, errorMessage)
        && processors.insert(database, errorMessage);
}

} // namespace ResellerDesk::Sandbox::CommerceData
