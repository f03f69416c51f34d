// order-create, order-update and order-delete over real loopback HTTP: validation against the
// catalog with item_index, prices and totals, and the refusal to change processed orders.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("orders-token");
const QString StoreToken = QStringLiteral("orders-store-6");
// A demo order of store 16 with status "completed".
const QString ProcessedOrder = QStringLiteral("TCSAG8WWYER4KKDF");

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

QJsonObject contact()
{
    return { { QStringLiteral("firstname"), QStringLiteral("John") },
        { QStringLiteral("lastname"), QStringLiteral("Doe") },
        { QStringLiteral("address"), QStringLiteral("123 High Street") },
        { QStringLiteral("city"), QStringLiteral("California") },
        { QStringLiteral("state"), QStringLiteral("California") },
        { QStringLiteral("zip"), QStringLiteral("1234") },
        { QStringLiteral("country"), QStringLiteral("US") },
        { QStringLiteral("phone_country"), QStringLiteral("US") },
        { QStringLiteral("phone"), QStringLiteral("987654321") },
        { QStringLiteral("email"), QStringLiteral("user@example.com") } };
}

QJsonObject hosting(const QString &id, const QString &catalogId = QStringLiteral("1"),
    const QString &period = QStringLiteral("1"))
{
    return { { QStringLiteral("item_id"), id }, { QStringLiteral("catalog_id"), catalogId },
        { QStringLiteral("action"), QStringLiteral("order") }, { QStringLiteral("period"), period },
        { QStringLiteral("hosting"),
            QJsonObject { { QStringLiteral("hostname"), QStringLiteral("example.com") } } } };
}

QJsonObject domain(const QString &id, const QString &catalogId, const QString &tld,
    const QString &action = QStringLiteral("register"), const QString &parent = {})
{
    QJsonObject item { { QStringLiteral("item_id"), id },
        { QStringLiteral("catalog_id"), catalogId },
        { QStringLiteral("action"), QStringLiteral("order") },
        { QStringLiteral("period"), QStringLiteral("1") },
        { QStringLiteral("domain"),
            QJsonObject { { QStringLiteral("sld"), QStringLiteral("example") },
                { QStringLiteral("tld"), tld }, { QStringLiteral("action"), action } } } };
    if (!parent.isEmpty())
        item.insert(QStringLiteral("parent"), parent);
    return item;
}

QJsonObject ssl(const QString &id, const QString &catalogId)
{
    return { { QStringLiteral("item_id"), id }, { QStringLiteral("catalog_id"), catalogId },
        { QStringLiteral("action"), QStringLiteral("order") },
        { QStringLiteral("period"), QStringLiteral("1") },
        { QStringLiteral("ssl"),
            QJsonObject { { QStringLiteral("common_name"), QStringLiteral("example.com") },
                { QStringLiteral("approver_email"), QStringLiteral("admin@example.com") },
                { QStringLiteral("organization"), QStringLiteral("Acme Ltd.") },
                { QStringLiteral("organization_unit"), QStringLiteral("Sales") },
                { QStringLiteral("country"), QStringLiteral("US") },
                { QStringLiteral("city"), QStringLiteral("Boston") },
                { QStringLiteral("state"), QStringLiteral("Massachusetts") } } } };
}

QJsonObject purchase(const QString &id, const QString &price = QStringLiteral("12345"))
{
    return { { QStringLiteral("item_id"), id },
        { QStringLiteral("item"), QStringLiteral("custom") }, { QStringLiteral("price"), price },
        { QStringLiteral("action"), QStringLiteral("purchase") },
        { QStringLiteral("purchase"),
            QJsonObject { { QStringLiteral("items"), QStringLiteral("SEO Campaign") } } } };
}

// Returns `object` with `value` set at a dotted path such as "domain.epp"; a null value removes it.
QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isNull())
            object.remove(path);
        else
            object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, with(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

} // namespace

class TestOrdersWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createRoundTrip();
    void createInOtherCurrency();
    void createPackagesAndQuantity();
    void createDomainAttributes();
    void createAddonForExistingAccount();
    void createFromFormBody();
    void createRenewalForClient();
    void createFromArrayAndNumbers();
    void listShowsCreatedItems();
    void createRejections_data();
    void createRejections();
    void createReportsEveryError();
    void createWithPaymentMethod();
    void updateContactAndItems();
    void updateWithoutItems();
    void updateRejections();
    void deleteOrder();
    void deleteRejections();
    void storeTokenScope();

private:
    QJsonObject call(const QString &command, QJsonObject payload, const QString &token = Token);
    QJsonObject create(const QJsonObject &items, const QJsonObject &extra = {});

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestOrdersWrite::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.storeTokens.insert(QStringLiteral("6"), StoreToken);
    options.today = QDate(2026, 3, 10);
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestOrdersWrite::call(const QString &command, QJsonObject payload, const QString &token)
{
    payload.insert(QStringLiteral("auth_token"), token);
    return m_client->postJson(command, payload);
}

QJsonObject TestOrdersWrite::create(const QJsonObject &items, const QJsonObject &extra)
{
    QJsonObject payload = contact();
    payload.insert(QStringLiteral("store_id"), QStringLiteral("6"));
    payload.insert(QStringLiteral("items"), items);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (it.value().isNull())
            payload.remove(it.key());
        else
            payload.insert(it.key(), it.value());
    }
    return call(QStringLiteral("order-create"), payload);
}

void TestOrdersWrite::createRoundTrip()
{
    // The reference's example: Economy for 5 years, a .com transfer with it, a custom product.
    const QJsonObject reply
        = create({ { QStringLiteral("1"),
                       hosting(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("5")) },
            { QStringLiteral("2"),
                with(domain(QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("com"),
                         QStringLiteral("transfer"), QStringLiteral("1")),
                    QStringLiteral("domain.epp"), QStringLiteral("zxcvbn133add!")) },
            { QStringLiteral("3"), purchase(QStringLiteral("3")) } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(reply[QStringLiteral("messages")][0][QStringLiteral("type")].toString(),
        QStringLiteral("success"));
    QCOMPARE(firstCode(reply), QStringLiteral("order_create_success"));
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    // 5 years of Economy at 72, the discounted .com at 8.38 and the custom product.
    QCOMPARE(data[QStringLiteral("total")].toString(), QStringLiteral("12713.38"));
    QCOMPARE(data[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    const QString orderId = data[QStringLiteral("order_id")].toString();
    QCOMPARE(orderId.size(), 16);

    const QJsonObject order = data[QStringLiteral("order")].toObject();
    QCOMPARE(order[QStringLiteral("status")].toString(), QStringLiteral("new"));
    QCOMPARE(order[QStringLiteral("paid")].toString(), QStringLiteral("not_paid"));
    QCOMPARE(order[QStringLiteral("new")].toString(), QStringLiteral("3"));
    QCOMPARE(order[QStringLiteral("payment_method")].toString(), QStringLiteral("Pending"));
    QCOMPARE(order[QStringLiteral("phone_country_code")].toString(), QStringLiteral("+1"));
    QCOMPARE(order[QStringLiteral("fax_country_code")].toString(QStringLiteral("null")), QString());
    QCOMPARE(order[QStringLiteral("invoice_request")].toString(), QStringLiteral("0"));
    QCOMPARE(order[QStringLiteral("payments_total")].toDouble(-1), 0.0);
    QCOMPARE(order[QStringLiteral("payment_due")].toDouble(), 12713.38);
    const QJsonObject items = order[QStringLiteral("items")].toObject();
    QCOMPARE(items.size(), 3);
    QJsonObject hostingItem, domainItem, customItem;
    for (const QJsonValue &item : items) {
        const QString type = item[QStringLiteral("product_type")].toString();
        if (type == u"hosting")
            hostingItem = item.toObject();
        else if (type == u"domain")
            domainItem = item.toObject();
        else
            customItem = item.toObject();
    }
    QCOMPARE(hostingItem[QStringLiteral("item")].toString(),
        QStringLiteral("Economy, USA - example.com"));
    QCOMPARE(hostingItem[QStringLiteral("price")].toString(), QStringLiteral("360.00"));
    QCOMPARE(hostingItem[QStringLiteral("period")].toString(), QStringLiteral("5"));
    QCOMPARE(hostingItem[QStringLiteral("hosting")][QStringLiteral("hostname")].toString(),
        QStringLiteral("example.com"));
    QCOMPARE(hostingItem[QStringLiteral("contact")][QStringLiteral("firstname")].toString(),
        QStringLiteral("John"));
    QCOMPARE(domainItem[QStringLiteral("parent")].toString(),
        hostingItem[QStringLiteral("item_id")].toString());
    QCOMPARE(domainItem[QStringLiteral("item")].toString(), QStringLiteral("COM - example.com"));
    QCOMPARE(domainItem[QStringLiteral("group")].toString(),
        QStringLiteral("Economy, USA - example.com"));
    QCOMPARE(domainItem[QStringLiteral("price")].toString(), QStringLiteral("8.38"));
    const QJsonObject domainMeta = domainItem[QStringLiteral("domain")].toObject();
    QCOMPARE(domainMeta[QStringLiteral("parked_to")].toString(), QStringLiteral("main"));
    QCOMPARE(domainMeta[QStringLiteral("epp")].toString(), QStringLiteral("zxcvbn133add!"));
    QCOMPARE(domainMeta[QStringLiteral("global_dns")].toInt(), 1);
    QVERIFY(domainMeta[QStringLiteral("extra_attributes")].isArray());
    QCOMPARE(customItem[QStringLiteral("item")].toString(), QStringLiteral("custom"));
    QCOMPARE(customItem[QStringLiteral("price")].toString(), QStringLiteral("12345.00"));
    QCOMPARE(customItem[QStringLiteral("group")].toString(), QStringLiteral("Purchase items"));
    QVERIFY(customItem[QStringLiteral("catalog_id")].isNull());
    QCOMPARE(customItem[QStringLiteral("purchase")][QStringLiteral("items")].toString(),
        QStringLiteral("SEO Campaign"));

    const QJsonObject details
        = call(QStringLiteral("order-details"), { { QStringLiteral("order_id"), orderId } });
    QCOMPARE(details[QStringLiteral("data")][QStringLiteral("order")][QStringLiteral("items")]
                 .toObject()
                 .size(),
        3);
    const QJsonObject list = call(QStringLiteral("order-list"),
        { { QStringLiteral("filter"), QJsonObject { { QStringLiteral("order_id"), orderId } } } });
    QCOMPARE(list[QStringLiteral("data")][QStringLiteral("count")].toString(), QStringLiteral("1"));
    QCOMPARE(
        list[QStringLiteral("data")][QStringLiteral("data")][0][QStringLiteral("total")].toString(),
        QStringLiteral("12713.38"));
}

void TestOrdersWrite::createInOtherCurrency()
{
    const QJsonObject reply = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) } },
        { { QStringLiteral("currency"), QStringLiteral("EUR") } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject order = reply[QStringLiteral("data")][QStringLiteral("order")].toObject();
    // 72 USD at 0.903668 EUR per USD.
    QCOMPARE(order[QStringLiteral("total")].toString(), QStringLiteral("65.06"));
    QCOMPARE(order[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
    QCOMPARE(order[QStringLiteral("store_currency")].toString(), QStringLiteral("USD"));
    QCOMPARE(order[QStringLiteral("rate")].toString(), QStringLiteral("0.903668"));
}

void TestOrdersWrite::createPackagesAndQuantity()
{
    QJsonObject traffic { { QStringLiteral("item_id"), QStringLiteral("t") },
        { QStringLiteral("catalog_id"), QStringLiteral("11") },
        { QStringLiteral("action"), QStringLiteral("order") },
        { QStringLiteral("period"), QStringLiteral("1") },
        { QStringLiteral("quantity"), QStringLiteral("20") },
        { QStringLiteral("parent"), QStringLiteral("h") } };
    QJsonObject parking = traffic;
    parking.insert(QStringLiteral("item_id"), QStringLiteral("p"));
    parking.insert(QStringLiteral("catalog_id"), QStringLiteral("21"));
    parking.insert(QStringLiteral("quantity"), QStringLiteral("5"));
    const QJsonObject reply = create({ { QStringLiteral("h"), hosting(QStringLiteral("h")) },
        { QStringLiteral("t"), traffic }, { QStringLiteral("p"), parking } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    // 72 + 20 GB at 0.50 + 5 parking slots at 4.79.
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("total")].toString(),
        QStringLiteral("105.95"));
}

void TestOrdersWrite::createDomainAttributes()
{
    QJsonObject eu = with(domain(QStringLiteral("e"), QStringLiteral("36"), QStringLiteral("eu")),
        QStringLiteral("domain.extra_attributes"),
        QJsonObject { { QStringLiteral("eu_adr_lang"), QStringLiteral("en") } });
    QJsonObject bg = with(domain(QStringLiteral("b"), QStringLiteral("35"), QStringLiteral("bg")),
        QStringLiteral("domain.extra_attributes"),
        QJsonObject { { QStringLiteral("bg_identity_number"), QStringLiteral("123456789") },
            { QStringLiteral("bg_accept_terms"), QStringLiteral("1") } });
    const QJsonObject reply = create({ { QStringLiteral("e"), eu }, { QStringLiteral("b"), bg } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject items
        = reply[QStringLiteral("data")][QStringLiteral("order")][QStringLiteral("items")]
              .toObject();
    for (const QJsonValue &item : items) {
        const QJsonObject attributes
            = item[QStringLiteral("domain")][QStringLiteral("extra_attributes")].toObject();
        if (item[QStringLiteral("product")].toString() == u"eu") {
            QCOMPARE(attributes[QStringLiteral("eu_adr_lang")].toString(), QStringLiteral("en"));
            QCOMPARE(item[QStringLiteral("domain")][QStringLiteral("parked_to")].toString(
                         QStringLiteral("x")),
                QString());
        } else {
            // Left-out attributes take their default value.
            QCOMPARE(attributes[QStringLiteral("bg_registrant_country")].toString(),
                QStringLiteral("BG"));
            QCOMPARE(attributes[QStringLiteral("bg_registry")].toString(),
                QStringLiteral("register.bg"));
        }
    }
}

void TestOrdersWrite::createAddonForExistingAccount()
{
    // An SSL certificate for an existing hosting account names it in parent_resource_id.
    QJsonObject certificate = ssl(QStringLiteral("s"), QStringLiteral("13"));
    certificate.insert(QStringLiteral("parent_resource_id"), QStringLiteral("139951"));
    const QJsonObject reply = create({ { QStringLiteral("s"), certificate } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject item
        = reply[QStringLiteral("data")][QStringLiteral("order")][QStringLiteral("items")]
              .toObject()
              .begin()
              ->toObject();
    QCOMPARE(item[QStringLiteral("parent_resource_id")].toString(), QStringLiteral("139951"));
    QCOMPARE(item[QStringLiteral("price")].toString(), QStringLiteral("19.99"));
    QCOMPARE(item[QStringLiteral("item")].toString(),
        QStringLiteral("Sectigo PositiveSSL - example.com"));
}

void TestOrdersWrite::createFromFormBody()
{
    // PHP-style nested keys, as http_build_query() sends them.
    QByteArray body = "auth_token=" + Token.toUtf8() + "&store_id=6";
    const QJsonObject fields = contact();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        body += '&' + it.key().toUtf8() + '=' + QUrl::toPercentEncoding(it.value().toString());
    body += "&items%5B1%5D%5Bitem_id%5D=1&items%5B1%5D%5Bcatalog_id%5D=30"
            "&items%5B1%5D%5Baction%5D=order&items%5B1%5D%5Bperiod%5D=2"
            "&items%5B1%5D%5Bdomain%5D%5Bsld%5D=formshop&items%5B1%5D%5Bdomain%5D%5Btld%5D=com"
            "&items%5B1%5D%5Bdomain%5D%5Baction%5D=register";
    const QJsonObject reply = m_client->postRaw(QStringLiteral("order-create"), body,
        QByteArrayLiteral("application/x-www-form-urlencoded"));
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    // The explicit 2-year price of a standalone .com: 90% of twice 12.98.
    QCOMPARE(
        reply[QStringLiteral("data")][QStringLiteral("total")].toString(), QStringLiteral("23.36"));

    // Without a contact the items' errors follow the contact's, so the test looks for them.
    const auto codes = [this](const QByteArray &formBody) {
        QStringList found;
        const QJsonObject reply = m_client->postRaw(QStringLiteral("order-create"), formBody,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        for (const QJsonValue &message : reply[QStringLiteral("messages")].toArray())
            found.append(message[QStringLiteral("code")].toString());
        return found;
    };
    const QByteArray prefix = "auth_token=" + Token.toUtf8() + "&store_id=6";
    QVERIFY(codes(prefix + "&items=abc").contains(QStringLiteral("required:items")));
    QVERIFY(codes(prefix + "&items%5Bx%5D=abc").contains(QStringLiteral("invalid:items")));
}

void TestOrdersWrite::createRenewalForClient()
{
    // Hosting resource 139951 of store 6 renews for 2 years at the Economy renewal price.
    QJsonObject renewal = hosting(QStringLiteral("r"), QStringLiteral("1"), QStringLiteral("2"));
    renewal.insert(QStringLiteral("action"), QStringLiteral("renewal"));
    renewal.insert(QStringLiteral("resource_id"), QStringLiteral("139951"));
    const QJsonObject reply = create({ { QStringLiteral("r"), renewal } },
        { { QStringLiteral("client_reseller_id"), QStringLiteral("73245") } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject order = reply[QStringLiteral("data")][QStringLiteral("order")].toObject();
    QCOMPARE(order[QStringLiteral("total")].toString(), QStringLiteral("115.20"));
    QCOMPARE(order[QStringLiteral("client_reseller_id")].toString(), QStringLiteral("73245"));
    QCOMPARE(order[QStringLiteral("client_reseller")].toString(), QStringLiteral("resellerclient"));
    const QJsonObject item = order[QStringLiteral("items")].toObject().begin()->toObject();
    QCOMPARE(item[QStringLiteral("resource_id")].toString(), QStringLiteral("139951"));
    QCOMPARE(item[QStringLiteral("action")].toString(), QStringLiteral("renewal"));
}

void TestOrdersWrite::createFromArrayAndNumbers()
{
    // Items may arrive as a JSON array with numbers in place of numeric strings.
    QJsonObject payload = contact();
    payload.insert(QStringLiteral("auth_token"), Token);
    payload.insert(QStringLiteral("store_id"), 6);
    payload.insert(QStringLiteral("items"),
        QJsonArray { QJsonObject { { QStringLiteral("item_id"), 1 },
            { QStringLiteral("catalog_id"), 40 },
            { QStringLiteral("action"), QStringLiteral("order") }, { QStringLiteral("period"), 2 },
            { QStringLiteral("ssl"),
                ssl(QStringLiteral("1"), QStringLiteral("40"))[QStringLiteral("ssl")] } } });
    const QJsonObject reply = m_client->postJson(QStringLiteral("order-create"), payload);
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    // The explicit 2-year price of a standalone PositiveSSL: 90% of twice 29.99.
    QCOMPARE(
        reply[QStringLiteral("data")][QStringLiteral("total")].toString(), QStringLiteral("53.98"));

    QJsonArray items = payload[QStringLiteral("items")].toArray();
    QJsonObject item = items[0].toObject();
    item.insert(QStringLiteral("period"), 3);
    items.replace(0, item);
    payload.insert(QStringLiteral("items"), items);
    const QJsonObject rejected = m_client->postJson(QStringLiteral("order-create"), payload);
    QCOMPARE(firstCode(rejected), QStringLiteral("invalid:items.period"));
    QCOMPARE(rejected[QStringLiteral("messages")][0][QStringLiteral("params")]
                     [QStringLiteral("item_index")]
                         .toString(),
        QStringLiteral("0"));
}

void TestOrdersWrite::listShowsCreatedItems()
{
    const QJsonObject created = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) } });
    const QString orderId = created[QStringLiteral("data")][QStringLiteral("order_id")].toString();
    const QJsonObject list = call(QStringLiteral("order-list"),
        { { QStringLiteral("filter"), QJsonObject { { QStringLiteral("order_id"), orderId } } },
            { QStringLiteral("with"),
                QJsonArray { QStringLiteral("items"), QStringLiteral("payments") } } });
    const QJsonObject order = list[QStringLiteral("data")][QStringLiteral("data")][0].toObject();
    QCOMPARE(
        order[QStringLiteral("items")].toString(QStringLiteral("array")), QStringLiteral("array"));
    const QJsonArray items = order[QStringLiteral("items")].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][QStringLiteral("hosting")][QStringLiteral("hostname")].toString(),
        QStringLiteral("example.com"));
    QCOMPARE(items[0][QStringLiteral("price")].toString(), QStringLiteral("72.00"));
    QVERIFY(order[QStringLiteral("payments")].toArray().isEmpty());
}

void TestOrdersWrite::createRejections_data()
{
    QTest::addColumn<QJsonObject>("items");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("itemIndex");

    const QJsonObject none;
    const QString a = QStringLiteral("a");
    const QJsonObject economy = hosting(a);
    const auto one = [&a](const QJsonObject &item) { return QJsonObject { { a, item } }; };

    QTest::newRow("no items") << QJsonObject() << none << "required:items" << QString();
    QTest::newRow("store missing")
        << one(economy) << QJsonObject { { QStringLiteral("store_id"), QJsonValue::Null } }
        << "required:store_id" << QString();
    QTest::newRow("firstname missing")
        << one(economy) << QJsonObject { { QStringLiteral("firstname"), QString() } }
        << "required:firstname" << QString();
    QTest::newRow("country invalid")
        << one(economy) << QJsonObject { { QStringLiteral("country"), QStringLiteral("XX") } }
        << "invalid:country" << QString();
    QTest::newRow("email invalid")
        << one(economy) << QJsonObject { { QStringLiteral("email"), QStringLiteral("user") } }
        << "invalid:email" << QString();
    QTest::newRow("currency invalid")
        << one(economy) << QJsonObject { { QStringLiteral("currency"), QStringLiteral("XYZ") } }
        << "invalid:currency" << QString();
    QTest::newRow("payment method invalid")
        << one(economy)
        << QJsonObject { { QStringLiteral("payment_method"), QStringLiteral("PayPal:355") } }
        << "invalid:payment_method" << QString();
    QTest::newRow("invoice type invalid")
        << one(economy)
        << QJsonObject { { QStringLiteral("invoice_type"), QStringLiteral("corporate") } }
        << "invalid:invoice_type" << QString();
    QTest::newRow("invoice ceo missing")
        << one(economy)
        << QJsonObject { { QStringLiteral("invoice_type"), QStringLiteral("business") } }
        << "required:invoice_ceo" << QString();
    QTest::newRow("item contact incomplete") << one(with(economy, QStringLiteral("contact"),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Ann") } }))
                                             << none << "required:items.contact.lastname" << a;
    QTest::newRow("client unknown")
        << one(economy)
        << QJsonObject { { QStringLiteral("client_reseller_id"), QStringLiteral("1") } }
        << "not_found:client_reseller_id" << QString();
    QTest::newRow("client invalid")
        << one(economy)
        << QJsonObject { { QStringLiteral("client_reseller_id"), QStringLiteral("abc") } }
        << "invalid:client_reseller_id" << QString();
    QTest::newRow("resource unknown")
        << one(with(with(economy, QStringLiteral("action"), QStringLiteral("renewal")),
               QStringLiteral("resource_id"), QStringLiteral("1")))
        << none << "not_found:items.resource_id" << a;
    QTest::newRow("resource of other store")
        << one(with(with(economy, QStringLiteral("action"), QStringLiteral("renewal")),
               QStringLiteral("resource_id"), QStringLiteral("136943")))
        << none << "not_found:items.resource_id" << a;
    QTest::newRow("parent resource unknown") << one(with(
        ssl(a, QStringLiteral("13")), QStringLiteral("parent_resource_id"), QStringLiteral("1")))
                                             << none << "not_found:items.parent_resource_id" << a;
    QTest::newRow("item id missing")
        << one(with(economy, QStringLiteral("item_id"), QJsonValue::Null)) << none
        << "required:items.item_id" << a;
    QTest::newRow("action missing")
        << one(with(economy, QStringLiteral("action"), QJsonValue::Null)) << none
        << "required:items.action" << a;
    QTest::newRow("action invalid")
        << one(with(economy, QStringLiteral("action"), QStringLiteral("buy"))) << none
        << "invalid:items.action" << a;
    QTest::newRow("catalog id missing")
        << one(with(economy, QStringLiteral("catalog_id"), QJsonValue::Null)) << none
        << "required:items.catalog_id" << a;
    QTest::newRow("catalog id unknown")
        << one(with(economy, QStringLiteral("catalog_id"), QStringLiteral("9999"))) << none
        << "not_found:items.catalog_id" << a;
    QTest::newRow("group ordered")
        << one(with(economy, QStringLiteral("catalog_id"), QStringLiteral("2"))) << none
        << "invalid:items.catalog_id" << a;
    QTest::newRow("period missing")
        << one(with(economy, QStringLiteral("period"), QJsonValue::Null)) << none
        << "required:items.period" << a;
    QTest::newRow("period too long")
        << one(with(economy, QStringLiteral("period"), QStringLiteral("11"))) << none
        << "invalid:items.period" << a;
    QTest::newRow("period disabled") << one(hosting(a, QStringLiteral("301"), QStringLiteral("2")))
                                     << none << "invalid:items.period" << a;
    QTest::newRow("renewal without resource")
        << one(with(economy, QStringLiteral("action"), QStringLiteral("renewal"))) << none
        << "required:items.resource_id" << a;
    QTest::newRow("hostname missing")
        << one(with(economy, QStringLiteral("hosting"), QJsonObject())) << none
        << "required:items.hosting.hostname" << a;
    QTest::newRow("hostname invalid")
        << one(with(economy, QStringLiteral("hosting.hostname"), QStringLiteral("not a host")))
        << none << "invalid:items.hosting.hostname" << a;
    QTest::newRow("child without parent")
        << one(domain(a, QStringLiteral("3"), QStringLiteral("com"))) << none
        << "required:items.parent" << a;
    QTest::newRow("parent unknown") << one(domain(a, QStringLiteral("30"), QStringLiteral("com"),
        QStringLiteral("register"), QStringLiteral("zz")))
                                    << none << "invalid:items.parent" << a;
    QTest::newRow("parent wrong node")
        << QJsonObject { { QStringLiteral("s"), ssl(QStringLiteral("s"), QStringLiteral("40")) },
               { a,
                   domain(a, QStringLiteral("3"), QStringLiteral("com"), QStringLiteral("register"),
                       QStringLiteral("s")) } }
        << none << "invalid:items.parent" << a;
    QTest::newRow("group max exceeded")
        << QJsonObject { { QStringLiteral("h"), hosting(QStringLiteral("h")) },
               { QStringLiteral("d1"),
                   domain(QStringLiteral("d1"), QStringLiteral("3"), QStringLiteral("com"),
                       QStringLiteral("register"), QStringLiteral("h")) },
               { QStringLiteral("d2"),
                   domain(QStringLiteral("d2"), QStringLiteral("4"), QStringLiteral("net"),
                       QStringLiteral("register"), QStringLiteral("h")) } }
        << none << "invalid:items.catalog_id"
        << "d2";
    QTest::newRow("group min missing")
        << one(hosting(a, QStringLiteral("301"))) << none << "required:items.children" << a;
    QTest::newRow("quantity not a package")
        << QJsonObject { { QStringLiteral("h"), hosting(QStringLiteral("h")) },
               { a,
                   QJsonObject { { QStringLiteral("item_id"), a },
                       { QStringLiteral("catalog_id"), QStringLiteral("11") },
                       { QStringLiteral("action"), QStringLiteral("order") },
                       { QStringLiteral("period"), QStringLiteral("1") },
                       { QStringLiteral("quantity"), QStringLiteral("15") },
                       { QStringLiteral("parent"), QStringLiteral("h") } } } }
        << none << "invalid:items.quantity" << a;

    const QJsonObject com = domain(a, QStringLiteral("30"), QStringLiteral("com"));
    QTest::newRow("domain missing") << one(with(com, QStringLiteral("domain"), QJsonValue::Null))
                                    << none << "required:items.domain" << a;
    QTest::newRow("sld missing") << one(with(com, QStringLiteral("domain.sld"), QJsonValue::Null))
                                 << none << "required:items.domain.sld" << a;
    QTest::newRow("sld invalid") << one(
        with(com, QStringLiteral("domain.sld"), QStringLiteral("-bad")))
                                 << none << "invalid:items.domain.sld" << a;
    QTest::newRow("tld mismatch") << one(
        with(com, QStringLiteral("domain.tld"), QStringLiteral("net")))
                                  << none << "invalid:items.domain.tld" << a;
    QTest::newRow("domain action missing")
        << one(with(com, QStringLiteral("domain.action"), QJsonValue::Null)) << none
        << "required:items.domain.action" << a;
    QTest::newRow("domain action invalid")
        << one(with(com, QStringLiteral("domain.action"), QStringLiteral("buy"))) << none
        << "invalid:items.domain.action" << a;
    QTest::newRow("transfer without epp")
        << one(with(com, QStringLiteral("domain.action"), QStringLiteral("transfer"))) << none
        << "required:items.domain.epp" << a;
    QTest::newRow("transfer not supported") << one(
        with(with(domain(a, QStringLiteral("36"), QStringLiteral("eu"), QStringLiteral("transfer")),
                 QStringLiteral("domain.epp"), QStringLiteral("code")),
            QStringLiteral("domain.extra_attributes.eu_adr_lang"), QStringLiteral("en")))
                                            << none << "invalid:items.domain.action" << a;
    QTest::newRow("period over tld max")
        << one(with(with(domain(a, QStringLiteral("35"), QStringLiteral("bg")),
                        QStringLiteral("period"), QStringLiteral("6")),
               QStringLiteral("domain.extra_attributes"),
               QJsonObject { { QStringLiteral("bg_identity_number"), QStringLiteral("1") },
                   { QStringLiteral("bg_accept_terms"), QStringLiteral("1") } }))
        << none << "invalid:items.period" << a;
    const QJsonObject eu = domain(a, QStringLiteral("36"), QStringLiteral("eu"));
    QTest::newRow("id protect unsupported") << one(
        with(with(domain(a, QStringLiteral("36"), QStringLiteral("eu")),
                 QStringLiteral("domain.extra_attributes.eu_adr_lang"), QStringLiteral("en")),
            QStringLiteral("domain.id_protect"), QStringLiteral("1")))
                                            << none << "invalid:items.domain.id_protect" << a;
    QTest::newRow("attribute missing")
        << one(eu) << none << "required:items.domain.extra_attributes.eu_adr_lang" << a;
    QTest::newRow("attribute option invalid")
        << one(with(
               eu, QStringLiteral("domain.extra_attributes.eu_adr_lang"), QStringLiteral("xx")))
        << none << "invalid:items.domain.extra_attributes.eu_adr_lang" << a;
    const QJsonObject bg = with(domain(a, QStringLiteral("35"), QStringLiteral("bg")),
        QStringLiteral("domain.extra_attributes"),
        QJsonObject { { QStringLiteral("bg_identity_number"), QStringLiteral("1") },
            { QStringLiteral("bg_accept_terms"), QStringLiteral("1") } });
    QTest::newRow("checkbox unchecked")
        << one(with(
               bg, QStringLiteral("domain.extra_attributes.bg_accept_terms"), QStringLiteral("0")))
        << none << "invalid:items.domain.extra_attributes.bg_accept_terms" << a;
    QTest::newRow("country attribute invalid")
        << one(with(bg, QStringLiteral("domain.extra_attributes.bg_registrant_country"),
               QStringLiteral("ZZ")))
        << none << "invalid:items.domain.extra_attributes.bg_registrant_country" << a;
    QTest::newRow("text attribute missing")
        << one(with(
               bg, QStringLiteral("domain.extra_attributes.bg_identity_number"), QJsonValue::Null))
        << none << "required:items.domain.extra_attributes.bg_identity_number" << a;
    QTest::newRow("attribute unknown")
        << one(with(com, QStringLiteral("domain.extra_attributes.foo"), QStringLiteral("1")))
        << none << "invalid:items.domain.extra_attributes.foo" << a;

    const QJsonObject positive = ssl(a, QStringLiteral("40"));
    QTest::newRow("ssl common name missing")
        << one(with(positive, QStringLiteral("ssl.common_name"), QJsonValue::Null)) << none
        << "required:items.ssl.common_name" << a;
    QTest::newRow("ssl approver missing")
        << one(with(positive, QStringLiteral("ssl.approver_email"), QJsonValue::Null)) << none
        << "required:items.ssl.approver_email" << a;
    QTest::newRow("ssl address for essential")
        << one(ssl(a, QStringLiteral("41"))) << none << "required:items.ssl.address" << a;
    QTest::newRow("ssl ip type invalid")
        << one(with(positive, QStringLiteral("ssl.ip_type"), QStringLiteral("shared"))) << none
        << "invalid:items.ssl.ip_type" << a;
    QTest::newRow("ssl dedicated without ip")
        << one(with(positive, QStringLiteral("ssl.ip_type"), QStringLiteral("dedicated"))) << none
        << "required:items.ssl.ip" << a;
    QTest::newRow("ssl country invalid")
        << one(with(positive, QStringLiteral("ssl.country"), QStringLiteral("XX"))) << none
        << "invalid:items.ssl.country" << a;

    const QJsonObject custom = purchase(a);
    QTest::newRow("custom price missing")
        << one(with(custom, QStringLiteral("price"), QJsonValue::Null)) << none
        << "required:items.price" << a;
    QTest::newRow("custom price negative")
        << one(with(custom, QStringLiteral("price"), QStringLiteral("-5"))) << none
        << "invalid:items.price" << a;
    QTest::newRow("custom description missing")
        << one(with(custom, QStringLiteral("purchase"), QJsonValue::Null)) << none
        << "required:items.purchase.items" << a;
    QTest::newRow("custom price too large")
        << one(with(custom, QStringLiteral("price"), QStringLiteral("1e300"))) << none
        << "invalid:items.price" << a;
    QJsonObject tooMany;
    for (int i = 0; i <= 100; ++i)
        tooMany.insert(QString::number(i), purchase(QString::number(i)));
    QTest::newRow("too many items") << tooMany << none << "invalid:items" << QString();
    QTest::newRow("custom item not custom")
        << one(with(custom, QStringLiteral("item"), QStringLiteral("seo"))) << none
        << "invalid:items.item" << a;
}

void TestOrdersWrite::createRejections()
{
    QFETCH(QJsonObject, items);
    QFETCH(QJsonObject, extra);
    QFETCH(QString, code);
    QFETCH(QString, itemIndex);
    const QJsonObject reply = create(items, extra);
    QVERIFY(!reply[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(reply), code);
    QCOMPARE(reply[QStringLiteral("messages")][0][QStringLiteral("type")].toString(),
        QStringLiteral("error"));
    const QJsonObject params
        = reply[QStringLiteral("messages")][0][QStringLiteral("params")].toObject();
    QCOMPARE(params[QStringLiteral("item_index")].toString(), itemIndex);
}

void TestOrdersWrite::createReportsEveryError()
{
    const QJsonObject reply = create(
        { { QStringLiteral("x"),
              with(hosting(QStringLiteral("x")), QStringLiteral("period"), QStringLiteral("0")) },
            { QStringLiteral("y"),
                with(purchase(QStringLiteral("y")), QStringLiteral("price"), QJsonValue::Null) } },
        { { QStringLiteral("lastname"), QString() } });
    const QJsonArray messages = reply[QStringLiteral("messages")].toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0][QStringLiteral("code")].toString(), QStringLiteral("required:lastname"));
    QCOMPARE(
        messages[1][QStringLiteral("code")].toString(), QStringLiteral("invalid:items.period"));
    QCOMPARE(messages[1][QStringLiteral("params")][QStringLiteral("item_index")].toString(),
        QStringLiteral("x"));
    QCOMPARE(
        messages[2][QStringLiteral("code")].toString(), QStringLiteral("required:items.price"));
    QCOMPARE(messages[2][QStringLiteral("params")][QStringLiteral("item_index")].toString(),
        QStringLiteral("y"));
}

void TestOrdersWrite::createWithPaymentMethod()
{
    const QJsonObject reply = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) } },
        { { QStringLiteral("payment_method"), QStringLiteral("PayPal:250") } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("order")][QStringLiteral("payment_method")].toString(),
        QStringLiteral("PayPal"));
    QCOMPARE(data[QStringLiteral("order")][QStringLiteral("payment_processor_id")].toString(),
        QStringLiteral("250"));
    const QJsonObject request = data[QStringLiteral("payment_request")].toObject();
    // Processor 250 charges in EUR: 72 USD at 0.903668.
    QCOMPARE(request[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
    QCOMPARE(request[QStringLiteral("amount")].toString(), QStringLiteral("65.06"));
    QCOMPARE(request[QStringLiteral("original_currency")].toString(), QStringLiteral("USD"));
}

void TestOrdersWrite::updateContactAndItems()
{
    const QJsonObject created = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) },
        { QStringLiteral("2"), purchase(QStringLiteral("2")) } });
    const QString orderId = created[QStringLiteral("data")][QStringLiteral("order_id")].toString();
    QString hostingId;
    for (const QJsonValue &item :
        created[QStringLiteral("data")][QStringLiteral("order")][QStringLiteral("items")]
            .toObject()) {
        if (item[QStringLiteral("product_type")].toString() == u"hosting")
            hostingId = item[QStringLiteral("item_id")].toString();
    }
    QVERIFY(!hostingId.isEmpty());

    // The hosting item is kept for 2 years, the custom product dropped, another appended.
    const QJsonObject reply = call(QStringLiteral("order-update"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("order_id"), orderId },
            { QStringLiteral("firstname"), QStringLiteral("Jane") },
            { QStringLiteral("items"),
                QJsonObject {
                    { hostingId, hosting(hostingId, QStringLiteral("1"), QStringLiteral("2")) },
                    { QStringLiteral("new"),
                        purchase(QStringLiteral("new"), QStringLiteral("100")) } } } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(firstCode(reply), QStringLiteral("order_update_success"));
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("order_id")].toString(), orderId);
    QCOMPARE(data[QStringLiteral("total")].toString(), QStringLiteral("229.60"));
    const QJsonObject order = data[QStringLiteral("order")].toObject();
    QCOMPARE(order[QStringLiteral("firstname")].toString(), QStringLiteral("Jane"));
    QCOMPARE(order[QStringLiteral("lastname")].toString(), QStringLiteral("Doe"));
    const QJsonObject items = order[QStringLiteral("items")].toObject();
    QCOMPARE(items.size(), 2);
    QVERIFY(items.contains(hostingId));
    QCOMPARE(items[hostingId][QStringLiteral("price")].toString(), QStringLiteral("129.60"));
    QCOMPARE(order[QStringLiteral("payment_due")].toDouble(), 229.6);
}

void TestOrdersWrite::updateWithoutItems()
{
    const QJsonObject created = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) } });
    const QString orderId = created[QStringLiteral("data")][QStringLiteral("order_id")].toString();
    const QJsonObject reply = call(QStringLiteral("order-update"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("order_id"), orderId },
            { QStringLiteral("invoice_request"), QStringLiteral("1") },
            { QStringLiteral("invoice_type"), QStringLiteral("business") },
            { QStringLiteral("invoice_ceo"), QStringLiteral("John Doe") } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject order = reply[QStringLiteral("data")][QStringLiteral("order")].toObject();
    QCOMPARE(order[QStringLiteral("items")].toObject().size(), 1);
    QCOMPARE(order[QStringLiteral("total")].toString(), QStringLiteral("72.00"));
    QCOMPARE(order[QStringLiteral("invoice_type")].toString(), QStringLiteral("business"));
}

void TestOrdersWrite::updateRejections()
{
    QCOMPARE(firstCode(call(QStringLiteral("order-update"),
                 { { QStringLiteral("store_id"), QStringLiteral("6") } })),
        QStringLiteral("required:order_id"));
    QCOMPARE(firstCode(call(QStringLiteral("order-update"),
                 { { QStringLiteral("order_id"), ProcessedOrder } })),
        QStringLiteral("required:store_id"));
    QCOMPARE(firstCode(call(QStringLiteral("order-update"),
                 { { QStringLiteral("store_id"), QStringLiteral("6") },
                     { QStringLiteral("order_id"), ProcessedOrder } })),
        QStringLiteral("not_found:order_id"));
    const QJsonObject processed = call(QStringLiteral("order-update"),
        { { QStringLiteral("store_id"), QStringLiteral("16") },
            { QStringLiteral("order_id"), ProcessedOrder },
            { QStringLiteral("firstname"), QStringLiteral("Jane") } });
    QCOMPARE(firstCode(processed), QStringLiteral("invalid:order_id"));
    QCOMPARE(
        processed[QStringLiteral("messages")][0][QStringLiteral("params")][QStringLiteral("status")]
            .toString(),
        QStringLiteral("completed"));

    const QJsonObject created = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) } });
    const QString orderId = created[QStringLiteral("data")][QStringLiteral("order_id")].toString();
    const QJsonObject badItem = call(QStringLiteral("order-update"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("order_id"), orderId },
            { QStringLiteral("items"),
                QJsonObject { { QStringLiteral("k"),
                    with(hosting(QStringLiteral("k")), QStringLiteral("period"),
                        QStringLiteral("20")) } } } });
    QCOMPARE(firstCode(badItem), QStringLiteral("invalid:items.period"));
    QCOMPARE(badItem[QStringLiteral("messages")][0][QStringLiteral("params")]
                    [QStringLiteral("item_index")]
                        .toString(),
        QStringLiteral("k"));
    const QJsonObject unchanged
        = call(QStringLiteral("order-details"), { { QStringLiteral("order_id"), orderId } });
    QCOMPARE(unchanged[QStringLiteral("data")][QStringLiteral("order")][QStringLiteral("total")]
                 .toString(),
        QStringLiteral("72.00"));
}

void TestOrdersWrite::deleteOrder()
{
    const QJsonObject created = create({ { QStringLiteral("1"), hosting(QStringLiteral("1")) } });
    const QString orderId = created[QStringLiteral("data")][QStringLiteral("order_id")].toString();
    const QJsonObject reply = call(QStringLiteral("order-delete"),
        { { QStringLiteral("order_id"), orderId },
            { QStringLiteral("store_id"), QStringLiteral("6") } });
    QVERIFY(reply[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(reply), QStringLiteral("order_delete_success"));
    QVERIFY(reply[QStringLiteral("data")].isArray());
    QCOMPARE(firstCode(call(
                 QStringLiteral("order-details"), { { QStringLiteral("order_id"), orderId } })),
        QStringLiteral("not_found:order_id"));
}

void TestOrdersWrite::deleteRejections()
{
    QCOMPARE(firstCode(call(QStringLiteral("order-delete"),
                 { { QStringLiteral("store_id"), QStringLiteral("6") } })),
        QStringLiteral("required:order_id"));
    QCOMPARE(firstCode(call(QStringLiteral("order-delete"),
                 { { QStringLiteral("store_id"), QStringLiteral("6") },
                     { QStringLiteral("order_id"), QStringLiteral("NOPE") } })),
        QStringLiteral("not_found:order_id"));
    const QJsonObject processed = call(QStringLiteral("order-delete"),
        { { QStringLiteral("store_id"), QStringLiteral("16") },
            { QStringLiteral("order_id"), ProcessedOrder } });
    QCOMPARE(firstCode(processed), QStringLiteral("invalid:order_id"));
    QVERIFY(call(QStringLiteral("order-details"),
        { { QStringLiteral("order_id"), ProcessedOrder } })[QStringLiteral("status")]
                .toBool());
}

void TestOrdersWrite::storeTokenScope()
{
    QJsonObject payload = contact();
    payload.insert(QStringLiteral("items"),
        QJsonObject { { QStringLiteral("1"), hosting(QStringLiteral("1")) } });
    const QJsonObject created = call(QStringLiteral("order-create"), payload, StoreToken);
    QVERIFY2(created[QStringLiteral("status")].toBool(), qPrintable(firstCode(created)));
    QCOMPARE(created[QStringLiteral("data")][QStringLiteral("order")][QStringLiteral("store_id")]
                 .toString(),
        QStringLiteral("6"));

    payload.insert(QStringLiteral("store_id"), QStringLiteral("16"));
    QCOMPARE(firstCode(call(QStringLiteral("order-create"), payload, StoreToken)),
        QStringLiteral("unauthorized"));
    // An order of another store does not exist for a store token.
    QCOMPARE(firstCode(call(QStringLiteral("order-delete"),
                 { { QStringLiteral("order_id"), ProcessedOrder } }, StoreToken)),
        QStringLiteral("not_found:order_id"));
}

QTEST_GUILESS_MAIN(TestOrdersWrite)
#include "tst_orders_write.moc"
