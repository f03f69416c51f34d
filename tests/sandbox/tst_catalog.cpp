// Reference data, store, product, catalog and order-data commands over real loopback HTTP.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("catalog-token");
const QString StoreToken = QStringLiteral("catalog-store-6");

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

QJsonObject data(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("data")].toObject();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countriesShape();
    void datacentersShape();
    void tldsExtraAttributes();
    void currencyRatesTable();
    void storeListAndDetails();
    void storeTokenSeesOwnStore();
    void productListAndDetails();
    void productNotFound();
    void catalogTree();
    void catalogRequiresStore();
    void catalogStoreTokenScope();
    void catalogFlat();
    void catalogActive();
    void catalogCurrency();
    void catalogMultiplyYears();
    void catalogRejections_data();
    void catalogRejections();
    void orderDataCombines();

private:
    QJsonObject call(const QString &command, QJsonObject payload, const QString &token = Token);
    QJsonObject catalogNode(const QJsonObject &catalog, const QStringList &path);

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestCatalog::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.storeTokens.insert(QStringLiteral("6"), StoreToken);
    options.today = QDate(2026, 3, 10);
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestCatalog::call(const QString &command, QJsonObject payload, const QString &token)
{
    payload.insert(QStringLiteral("auth_token"), token);
    return m_client->postJson(command, payload);
}

QJsonObject TestCatalog::catalogNode(const QJsonObject &catalog, const QStringList &path)
{
    QJsonObject node = catalog.value(path.first()).toObject();
    for (qsizetype i = 1; i < path.size(); ++i)
        node = node[QStringLiteral("children")][path[i]].toObject();
    return node;
}

void TestCatalog::countriesShape()
{
    const QJsonObject reply = call(QStringLiteral("countries"), {});
    QCOMPARE(reply[QStringLiteral("ttl")].toInt(), 3600);
    const QJsonObject countries = data(reply)[QStringLiteral("countries")].toObject();
    const QJsonObject ag = countries[QStringLiteral("AG")].toObject();
    QCOMPARE(ag[QStringLiteral("iso3")].toString(), QStringLiteral("ATG"));
    QCOMPARE(ag[QStringLiteral("phone_code")].toString(), QStringLiteral("+1"));
    QCOMPARE(ag[QStringLiteral("lat")].toString(), QStringLiteral("17.06081600"));
    QVERIFY(ag[QStringLiteral("vat_prefix")].isNull());
    QVERIFY(ag[QStringLiteral("seq")].isString());
    QCOMPARE(countries[QStringLiteral("US")][QStringLiteral("country")].toString(),
        QStringLiteral("United States"));
    QCOMPARE(countries[QStringLiteral("GR")][QStringLiteral("vat_prefix")].toString(),
        QStringLiteral("EL"));
}

void TestCatalog::datacentersShape()
{
    const QJsonObject datacenters
        = data(call(QStringLiteral("datacenters"), {}))[QStringLiteral("datacenters")].toObject();
    QCOMPARE(datacenters.size(), 3);
    const QJsonObject usa = datacenters[QStringLiteral("centurylink")].toObject();
    QCOMPARE(usa[QStringLiteral("name")].toString(), QStringLiteral("USA"));
    QCOMPARE(usa[QStringLiteral("country_iso2")].toString(), QStringLiteral("US"));
    QCOMPARE(usa[QStringLiteral("sku")].toString(), QStringLiteral("centurylink"));
}

void TestCatalog::tldsExtraAttributes()
{
    const QJsonObject tlds
        = data(call(QStringLiteral("tlds"), {}))[QStringLiteral("tlds")].toObject();
    for (const char *tld : { "com", "net", "org", "info", "co.uk", "bg", "eu" })
        QVERIFY2(tlds.contains(QLatin1String(tld)), tld);
    const QJsonObject com = tlds[QStringLiteral("com")].toObject();
    QCOMPARE(com[QStringLiteral("extra_attributes")].toString(QStringLiteral("x")), QString());
    QCOMPARE(com[QStringLiteral("max_period")].toString(), QStringLiteral("10"));
    const QJsonObject eu
        = tlds[QStringLiteral("eu")][QStringLiteral("extra_attributes")].toObject();
    QCOMPARE(eu[QStringLiteral("eu_adr_lang")][QStringLiteral("required")].toString(),
        QStringLiteral("1"));
    QCOMPARE(eu[QStringLiteral("eu_adr_lang")][QStringLiteral("options")][QStringLiteral("en")]
               [QStringLiteral("label")]
                   .toString(),
        QStringLiteral("English"));
    const QJsonObject bg
        = tlds[QStringLiteral("bg")][QStringLiteral("extra_attributes")].toObject();
    QStringList types;
    for (const QJsonValue &attribute : bg)
        types.append(attribute[QStringLiteral("type")].toString());
    for (const char *type : { "text", "select", "checkbox", "hidden" })
        QVERIFY2(types.contains(QLatin1String(type)), type);
    QCOMPARE(bg[QStringLiteral("bg_registrant_country")][QStringLiteral("select_type")].toString(),
        QStringLiteral("country"));
}

void TestCatalog::currencyRatesTable()
{
    const QJsonObject reply = call(QStringLiteral("currencyrates"), {});
    QCOMPARE(reply[QStringLiteral("ttl")].toInt(), 3600);
    const QJsonObject rates = data(reply)[QStringLiteral("rates")].toObject();
    QCOMPARE(rates.size(), 9);
    QCOMPARE(
        rates[QStringLiteral("USD")][QStringLiteral("EUR")].toString(), QStringLiteral("0.903668"));
    QCOMPARE(
        rates[QStringLiteral("AUD")][QStringLiteral("GBP")].toString(), QStringLiteral("0.523241"));
    QCOMPARE(
        rates[QStringLiteral("EUR")][QStringLiteral("EUR")].toString(), QStringLiteral("1.000000"));
    QVERIFY(rates[QStringLiteral("JPY")][QStringLiteral("USD")].isString());
}

void TestCatalog::storeListAndDetails()
{
    const QJsonObject list = data(call(QStringLiteral("store-list"), {}));
    QCOMPARE(list[QStringLiteral("count")].toString(), QStringLiteral("3"));
    QCOMPARE(list[QStringLiteral("limit")].toInt(), 50);
    QCOMPARE(list[QStringLiteral("order_by")][QStringLiteral("date")].toString(),
        QStringLiteral("desc"));
    const QJsonObject filtered = data(call(QStringLiteral("store-list"),
        { { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("front_setup"), QStringLiteral("widget") } } } }));
    QCOMPARE(filtered[QStringLiteral("count")].toString(), QStringLiteral("1"));

    const QJsonObject store = data(
        call(QStringLiteral("store-details"), { { QStringLiteral("id"), QStringLiteral("6") } }));
    QCOMPARE(store[QStringLiteral("name")].toString(), QStringLiteral("examplestore"));
    QCOMPARE(store[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    QCOMPARE(store[QStringLiteral("autoprocess")].toString(), QStringLiteral("1"));
    QCOMPARE(firstCode(call(QStringLiteral("store-details"), {})), QStringLiteral("required:id"));
    QCOMPARE(firstCode(call(QStringLiteral("store-details"),
                 { { QStringLiteral("id"), QStringLiteral("999") } })),
        QStringLiteral("not_found:id"));
}

void TestCatalog::storeTokenSeesOwnStore()
{
    const QJsonObject list = data(call(QStringLiteral("store-list"), {}, StoreToken));
    QCOMPARE(list[QStringLiteral("count")].toString(), QStringLiteral("1"));
    QCOMPARE(list[QStringLiteral("data")][0][QStringLiteral("id")].toString(), QStringLiteral("6"));
    QCOMPARE(firstCode(call(QStringLiteral("store-details"),
                 { { QStringLiteral("id"), QStringLiteral("16") } }, StoreToken)),
        QStringLiteral("not_found:id"));
}

void TestCatalog::productListAndDetails()
{
    const QJsonObject list = data(call(QStringLiteral("product-list"),
        { { QStringLiteral("with"), QJsonArray { QStringLiteral("resources") } },
            { QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("hosting") } } } }));
    QCOMPARE(list[QStringLiteral("count")].toString(), QStringLiteral("6"));
    QVERIFY(list[QStringLiteral("order_by")].isArray());
    const QJsonObject economy = list[QStringLiteral("data")][0].toObject();
    QCOMPARE(economy[QStringLiteral("product")].toString(), QStringLiteral("economy"));
    // The list sends custom_product as a number, the details as a string.
    QVERIFY(economy[QStringLiteral("custom_product")].isDouble());
    const QJsonArray resources = economy[QStringLiteral("resources")].toArray();
    QVERIFY(!resources.isEmpty());
    QCOMPARE(resources[0][QStringLiteral("name")].toString(), QStringLiteral("storage"));
    QCOMPARE(resources[0][QStringLiteral("type")].toString(), QStringLiteral("part"));

    const QJsonObject details = data(call(QStringLiteral("product-details"),
        { { QStringLiteral("product_id"), QStringLiteral("1") } }));
    QCOMPARE(details[QStringLiteral("custom_product")].toString(), QStringLiteral("0"));
    QCOMPARE(details[QStringLiteral("max_order_period")].toString(), QStringLiteral("10"));
    QCOMPARE(details[QStringLiteral("datacenter")].toString(), QStringLiteral("centurylink"));
    const QJsonObject custom = data(call(QStringLiteral("product-details"),
        { { QStringLiteral("product_id"), QStringLiteral("100") } }));
    QCOMPARE(custom[QStringLiteral("custom_product")].toString(), QStringLiteral("1"));
}

void TestCatalog::productNotFound()
{
    QCOMPARE(firstCode(call(QStringLiteral("product-details"), {})),
        QStringLiteral("required:product_id"));
    QCOMPARE(firstCode(call(QStringLiteral("product-details"),
                 { { QStringLiteral("product_id"), QStringLiteral("4242") } })),
        QStringLiteral("not_found:product_id"));
}

void TestCatalog::catalogTree()
{
    const QJsonObject reply
        = call(QStringLiteral("catalog"), { { QStringLiteral("store_id"), QStringLiteral("6") } });
    QCOMPARE(reply[QStringLiteral("ttl")].toInt(), 3600);
    const QJsonObject products = data(reply)[QStringLiteral("products")].toObject();
    QCOMPARE(products[QStringLiteral("1")][QStringLiteral("max_order_period")].toInt(), 10);
    QVERIFY(products[QStringLiteral("1")][QStringLiteral("max_order_period")].isDouble());
    QCOMPARE(products[QStringLiteral("1")][QStringLiteral("resource_unit")].toString(),
        QStringLiteral("COUNT"));
    const QJsonObject catalog = data(reply)[QStringLiteral("catalog")].toObject();
    const QJsonObject economy = catalogNode(catalog, { QStringLiteral("1") });
    QVERIFY(economy[QStringLiteral("parent_id")].isNull());
    QCOMPARE(economy[QStringLiteral("name")].toString(), QStringLiteral("Economy"));
    QCOMPARE(
        economy[QStringLiteral("prices")][QStringLiteral("order")][QStringLiteral("1")].toDouble(),
        72.0);
    QCOMPARE(
        economy[QStringLiteral("prices")][QStringLiteral("order")][QStringLiteral("2")].toDouble(),
        129.6);
    QCOMPARE(economy[QStringLiteral("prices")][QStringLiteral("renewal")][QStringLiteral("1")]
                 .toDouble(),
        57.6);
    const QJsonObject group = catalogNode(catalog, { QStringLiteral("1"), QStringLiteral("2") });
    QCOMPARE(group[QStringLiteral("name")].toString(), QStringLiteral("Discounted Domain"));
    QCOMPARE(group[QStringLiteral("max")].toString(), QStringLiteral("1"));
    QVERIFY(group[QStringLiteral("prices")].isNull());
    const QJsonObject com
        = catalogNode(catalog, { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") });
    QCOMPARE(com[QStringLiteral("product_id")].toString(), QStringLiteral("12"));
    QCOMPARE(com[QStringLiteral("prices")][QStringLiteral("order")][QStringLiteral("1")].toDouble(),
        8.38);
    QVERIFY(com[QStringLiteral("children")].isArray());
    const QJsonObject parking = catalogNode(catalog, { QStringLiteral("1"), QStringLiteral("21") });
    QCOMPARE(parking[QStringLiteral("packages")].toArray().size(), 9);
    QVERIFY(catalog.contains(QStringLiteral("30")));
    QVERIFY(catalog.contains(QStringLiteral("50")));
    QVERIFY(!catalog.contains(QStringLiteral("3")));
}

void TestCatalog::catalogRequiresStore()
{
    QCOMPARE(firstCode(call(QStringLiteral("catalog"), {})), QStringLiteral("required:store_id"));
    QCOMPARE(firstCode(call(QStringLiteral("catalog"),
                 { { QStringLiteral("store_id"), QStringLiteral("77") } })),
        QStringLiteral("not_found:store_id"));
}

void TestCatalog::catalogStoreTokenScope()
{
    const QJsonObject own = call(QStringLiteral("catalog"), {}, StoreToken);
    QVERIFY(own[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(call(QStringLiteral("catalog"),
                 { { QStringLiteral("store_id"), QStringLiteral("16") } }, StoreToken)),
        QStringLiteral("unauthorized"));
}

void TestCatalog::catalogFlat()
{
    const QJsonObject catalog = data(call(QStringLiteral("catalog"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("flat"), QStringLiteral("1") } }))[QStringLiteral("catalog")]
                                    .toObject();
    const QJsonObject com = catalog[QStringLiteral("3")].toObject();
    QCOMPARE(com[QStringLiteral("parent_id")].toString(), QStringLiteral("2"));
    QVERIFY(!com.contains(QStringLiteral("children")));
    QVERIFY(catalog.contains(QStringLiteral("1")));
    QVERIFY(catalog.contains(QStringLiteral("2")));
}

void TestCatalog::catalogActive()
{
    // Business in the USA (node 301) has a disabled 2-year order price.
    const auto businessOrder = [this](const QString &active) {
        QJsonObject payload { { QStringLiteral("store_id"), QStringLiteral("6") } };
        if (!active.isEmpty())
            payload.insert(QStringLiteral("active"), active);
        return data(call(QStringLiteral("catalog"), payload))[QStringLiteral(
            "catalog")][QStringLiteral("301")][QStringLiteral("prices")][QStringLiteral("order")]
            .toObject();
    };
    QVERIFY(!businessOrder(QString()).contains(QStringLiteral("2")));
    QVERIFY(!businessOrder(QStringLiteral("1")).contains(QStringLiteral("2")));
    QCOMPARE(businessOrder(QStringLiteral("0"))[QStringLiteral("2")].toDouble(), 216.0);
}

void TestCatalog::catalogCurrency()
{
    const QJsonObject catalog = data(call(QStringLiteral("catalog"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("currency"), QStringLiteral("EUR") } }))[QStringLiteral("catalog")]
                                    .toObject();
    // 72 USD at 0.903668 EUR per USD.
    QCOMPARE(catalog[QStringLiteral("1")][QStringLiteral("prices")][QStringLiteral("order")]
                    [QStringLiteral("1")]
                        .toDouble(),
        65.06);
}

void TestCatalog::catalogMultiplyYears()
{
    const QJsonObject plain = data(call(QStringLiteral("catalog"),
        { { QStringLiteral("store_id"),
            QStringLiteral(
                "6") } }))[QStringLiteral("catalog")][QStringLiteral("1")][QStringLiteral("prices")]
                                  .toObject();
    QCOMPARE(plain[QStringLiteral("order")].toObject().size(), 2);
    const QJsonObject multiplied = data(call(QStringLiteral("catalog"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("multiply_catalog_years"),
                1 } }))[QStringLiteral("catalog")][QStringLiteral("1")][QStringLiteral("prices")]
                                       .toObject();
    const QJsonObject order = multiplied[QStringLiteral("order")].toObject();
    QCOMPARE(order.size(), 10);
    QCOMPARE(order[QStringLiteral("2")].toDouble(), 129.6);
    QCOMPARE(order[QStringLiteral("5")].toDouble(), 360.0);
    QCOMPARE(order[QStringLiteral("10")].toDouble(), 720.0);
    QCOMPARE(multiplied[QStringLiteral("renewal")][QStringLiteral("3")].toDouble(), 172.8);
}

void TestCatalog::catalogRejections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("flat") << "flat"
                          << "yes"
                          << "invalid:flat";
    QTest::newRow("active") << "active"
                            << "2"
                            << "invalid:active";
    QTest::newRow("multiply") << "multiply_catalog_years"
                              << "x"
                              << "invalid:multiply_catalog_years";
    QTest::newRow("currency") << "currency"
                              << "XYZ"
                              << "invalid:currency";
}

void TestCatalog::catalogRejections()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const QJsonObject reply = call(QStringLiteral("catalog"),
        { { QStringLiteral("store_id"), QStringLiteral("6") }, { key, value } });
    QVERIFY(!reply[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(reply), code);
}

void TestCatalog::orderDataCombines()
{
    const QJsonObject reply = call(
        QStringLiteral("order-data"), { { QStringLiteral("store_id"), QStringLiteral("16") } });
    QCOMPARE(reply[QStringLiteral("ttl")].toInt(), 3600);
    const QJsonObject combined = data(reply);
    for (const char *key : { "store", "datacenters", "tlds", "countries", "products", "catalog" })
        QVERIFY2(combined[QLatin1String(key)].isObject(), key);
    QCOMPARE(
        combined[QStringLiteral("store")][QStringLiteral("id")].toString(), QStringLiteral("16"));
    QVERIFY(combined[QStringLiteral("tlds")][QStringLiteral("eu")].isObject());
    QCOMPARE(
        firstCode(call(QStringLiteral("order-data"), {})), QStringLiteral("required:store_id"));
    QCOMPARE(data(call(QStringLiteral("order-data"), {},
                 StoreToken))[QStringLiteral("store")][QStringLiteral("id")]
                 .toString(),
        QStringLiteral("6"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
