// Payment processors, payments and payment requests over real loopback HTTP: the order's paid
// state, refunds and chargebacks, currency conversion and store-token scoping.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("payments-token");
const QString StoreToken = QStringLiteral("payments-store-6");

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

QJsonObject data(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("data")].toObject();
}

} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void processorsList();
    void processorsFilters();
    void paidStateTransitions();
    void refundOverPaidRejected();
    void paymentInOtherCurrency();
    void paymentAddRejections_data();
    void paymentAddRejections();
    void paymentDetailsAndList();
    void paymentDelete();
    void paymentDatesInTimeZone();
    void requestCurrencyConversion();
    void requestDetails();
    void requestRejections_data();
    void requestRejections();
    void paymentFromRequest();
    void storeTokenScope();

private:
    QJsonObject call(const QString &command, QJsonObject payload, const QString &token = Token);
    // Creates an order of store 6 for one year of Economy, 72.00 USD, and returns its id.
    QString createOrder();
    QJsonObject addPayment(const QString &orderId, const QString &type, const QString &total,
        const QString &currency = QStringLiteral("USD"));
    QJsonObject order(const QString &orderId);

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestPayments::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.storeTokens.insert(QStringLiteral("6"), StoreToken);
    options.today = QDate(2026, 3, 10);
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestPayments::call(const QString &command, QJsonObject payload, const QString &token)
{
    payload.insert(QStringLiteral("auth_token"), token);
    return m_client->postJson(command, payload);
}

QString TestPayments::createOrder()
{
    const QJsonObject reply = call(QStringLiteral("order-create"),
        { { QStringLiteral("store_id"), QStringLiteral("6") },
            { QStringLiteral("firstname"), QStringLiteral("John") },
            { QStringLiteral("lastname"), QStringLiteral("Doe") },
            { QStringLiteral("address"), QStringLiteral("123 High Street") },
            { QStringLiteral("city"), QStringLiteral("Boston") },
            { QStringLiteral("state"), QStringLiteral("Massachusetts") },
            { QStringLiteral("zip"), QStringLiteral("02101") },
            { QStringLiteral("country"), QStringLiteral("US") },
            { QStringLiteral("phone_country"), QStringLiteral("US") },
            { QStringLiteral("phone"), QStringLiteral("987654321") },
            { QStringLiteral("email"), QStringLiteral("user@example.com") },
            { QStringLiteral("items"),
                QJsonObject { { QStringLiteral("1"),
                    QJsonObject { { QStringLiteral("item_id"), QStringLiteral("1") },
                        { QStringLiteral("catalog_id"), QStringLiteral("1") },
                        { QStringLiteral("action"), QStringLiteral("order") },
                        { QStringLiteral("period"), QStringLiteral("1") },
                        { QStringLiteral("hosting"),
                            QJsonObject { { QStringLiteral("hostname"),
                                QStringLiteral("example.com") } } } } } } } });
    return data(reply)[QStringLiteral("order_id")].toString();
}

QJsonObject TestPayments::addPayment(
    const QString &orderId, const QString &type, const QString &total, const QString &currency)
{
    return call(QStringLiteral("payment-add"),
        { { QStringLiteral("order_id"), orderId }, { QStringLiteral("payment_type"), type },
            { QStringLiteral("payment_method"), QStringLiteral("PayPal") },
            { QStringLiteral("transaction_id"), QStringLiteral("123456789") },
            { QStringLiteral("merchant_id"), QStringLiteral("user@example.com") },
            { QStringLiteral("total"), total }, { QStringLiteral("currency"), currency } });
}

QJsonObject TestPayments::order(const QString &orderId)
{
    return data(call(QStringLiteral("order-details"),
        { { QStringLiteral("order_id"), orderId } }))[QStringLiteral("order")]
        .toObject();
}

void TestPayments::processorsList()
{
    const QJsonObject reply = call(QStringLiteral("payment-processors"),
        { { QStringLiteral("store_id"), QStringLiteral("6") } });
    QCOMPARE(reply[QStringLiteral("ttl")].toInt(), 3600);
    const QJsonObject processors = data(reply)[QStringLiteral("processors")].toObject();
    QCOMPARE(processors.size(), 3);
    const QJsonObject authorize = processors[QStringLiteral("248")].toObject();
    QCOMPARE(authorize[QStringLiteral("slug")].toString(), QStringLiteral("AuthorizeNet:248"));
    QCOMPARE(authorize[QStringLiteral("display_name")].toString(),
        QStringLiteral("Pay with credit card"));
    QCOMPARE(authorize[QStringLiteral("options")][QStringLiteral("currency")].toString(),
        QStringLiteral("AUD"));
    QVERIFY(!authorize.contains(QStringLiteral("store_id")));
    QCOMPARE(firstCode(call(QStringLiteral("payment-processors"), {})),
        QStringLiteral("required:store_id"));
    QCOMPARE(data(call(QStringLiteral("payment-processors"), {},
                 StoreToken))[QStringLiteral("processors")]
                 .toObject()
                 .size(),
        3);
}

void TestPayments::processorsFilters()
{
    const auto count = [this](const QString &key, const QString &value) {
        return data(call(QStringLiteral("payment-processors"),
            { { QStringLiteral("store_id"), QStringLiteral("6") },
                { key, value } }))[QStringLiteral("processors")]
            .toObject()
            .size();
    };
    QCOMPARE(count(QStringLiteral("active"), QStringLiteral("1")), 2);
    QCOMPARE(count(QStringLiteral("active"), QStringLiteral("0")), 1);
    QCOMPARE(count(QStringLiteral("test"), QStringLiteral("1")), 2);
    QCOMPARE(count(QStringLiteral("processor_id"), QStringLiteral("250")), 1);
    QCOMPARE(firstCode(call(QStringLiteral("payment-processors"),
                 { { QStringLiteral("store_id"), QStringLiteral("6") },
                     { QStringLiteral("active"), QStringLiteral("yes") } })),
        QStringLiteral("invalid:active"));
}

void TestPayments::paidStateTransitions()
{
    const QString orderId = createOrder();
    QVERIFY(!orderId.isEmpty());
    QCOMPARE(order(orderId)[QStringLiteral("paid")].toString(), QStringLiteral("not_paid"));

    const QJsonObject added = addPayment(orderId, QStringLiteral("incoming"), QStringLiteral("30"));
    QVERIFY2(added[QStringLiteral("status")].toBool(), qPrintable(firstCode(added)));
    QCOMPARE(firstCode(added), QStringLiteral("add_payment_success"));
    QCOMPARE(data(added)[QStringLiteral("order_id")].toString(), orderId);
    QCOMPARE(data(added)[QStringLiteral("payment_id")].toString().size(), 16);
    QJsonObject current = order(orderId);
    QCOMPARE(current[QStringLiteral("paid")].toString(), QStringLiteral("partially_paid"));
    QCOMPARE(current[QStringLiteral("payments_total")].toDouble(), 30.0);
    QCOMPARE(current[QStringLiteral("payment_due")].toDouble(), 42.0);

    QVERIFY(addPayment(
        orderId, QStringLiteral("incoming"), QStringLiteral("42.00"))[QStringLiteral("status")]
                .toBool());
    current = order(orderId);
    QCOMPARE(current[QStringLiteral("paid")].toString(), QStringLiteral("fully_paid"));
    QCOMPARE(current[QStringLiteral("payment_due")].toDouble(-1), 0.0);
    QCOMPARE(current[QStringLiteral("payments")].toArray().size(), 2);

    QVERIFY(addPayment(
        orderId, QStringLiteral("refund"), QStringLiteral("20"))[QStringLiteral("status")]
                .toBool());
    current = order(orderId);
    QCOMPARE(current[QStringLiteral("paid")].toString(), QStringLiteral("partially_paid"));
    QCOMPARE(current[QStringLiteral("payments_total")].toDouble(), 52.0);
    QCOMPARE(current[QStringLiteral("payment_due")].toDouble(), 20.0);

    QVERIFY(addPayment(
        orderId, QStringLiteral("chargeback"), QStringLiteral("52"))[QStringLiteral("status")]
                .toBool());
    current = order(orderId);
    QCOMPARE(current[QStringLiteral("paid")].toString(), QStringLiteral("not_paid"));
    QCOMPARE(current[QStringLiteral("payment_due")].toDouble(), 72.0);
    const QJsonObject listed = data(call(QStringLiteral("order-list"),
        { { QStringLiteral("filter"), QJsonObject { { QStringLiteral("order_id"), orderId } } } }));
    QCOMPARE(listed[QStringLiteral("data")][0][QStringLiteral("paid")].toString(),
        QStringLiteral("not_paid"));
}

void TestPayments::refundOverPaidRejected()
{
    const QString orderId = createOrder();
    QVERIFY(addPayment(
        orderId, QStringLiteral("incoming"), QStringLiteral("10"))[QStringLiteral("status")]
                .toBool());
    const QJsonObject reply
        = addPayment(orderId, QStringLiteral("refund"), QStringLiteral("10.01"));
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:total"));
    QCOMPARE(order(orderId)[QStringLiteral("payments_total")].toDouble(), 10.0);
}

void TestPayments::paymentInOtherCurrency()
{
    const QString orderId = createOrder();
    // 65.06 EUR at 1.106601 USD per EUR is 72.00 USD.
    QVERIFY(addPayment(orderId, QStringLiteral("incoming"), QStringLiteral("65.06"),
        QStringLiteral("EUR"))[QStringLiteral("status")]
                .toBool());
    const QJsonObject current = order(orderId);
    QCOMPARE(current[QStringLiteral("paid")].toString(), QStringLiteral("fully_paid"));
    QCOMPARE(current[QStringLiteral("payments_total")].toDouble(), 72.0);
    QCOMPARE(current[QStringLiteral("payments")][0][QStringLiteral("currency")].toString(),
        QStringLiteral("EUR"));
}

void TestPayments::paymentAddRejections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    for (const char *key :
        { "payment_type", "payment_method", "transaction_id", "merchant_id", "total", "currency" })
        QTest::addRow("%s missing", key) << QString::fromLatin1(key) << QString()
                                         << QStringLiteral("required:") + QLatin1String(key);
    QTest::newRow("order missing") << "order_id"
                                   << ""
                                   << "required:order_id";
    QTest::newRow("order unknown") << "order_id"
                                   << "NOPE"
                                   << "not_found:order_id";
    QTest::newRow("type invalid") << "payment_type"
                                  << "gift"
                                  << "invalid:payment_type";
    QTest::newRow("total text") << "total"
                                << "abc"
                                << "invalid:total";
    QTest::newRow("total negative") << "total"
                                    << "-1"
                                    << "invalid:total";
    QTest::newRow("total infinite") << "total"
                                    << "inf"
                                    << "invalid:total";
    QTest::newRow("currency invalid") << "currency"
                                      << "XYZ"
                                      << "invalid:currency";
    QTest::newRow("date invalid") << "payment_date"
                                  << "yesterday"
                                  << "invalid:payment_date";
    QTest::newRow("processor unknown") << "payment_processor_id"
                                       << "355"
                                       << "not_found:payment_processor_id";
    QTest::newRow("request unknown") << "payment_request_id"
                                     << "1"
                                     << "not_found:payment_request_id";
}

void TestPayments::paymentAddRejections()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, code);
    static const QString orderId = createOrder();
    QJsonObject payload { { QStringLiteral("order_id"), orderId },
        { QStringLiteral("payment_type"), QStringLiteral("incoming") },
        { QStringLiteral("payment_method"), QStringLiteral("PayPal") },
        { QStringLiteral("transaction_id"), QStringLiteral("1") },
        { QStringLiteral("merchant_id"), QStringLiteral("manual") },
        { QStringLiteral("total"), QStringLiteral("10") },
        { QStringLiteral("currency"), QStringLiteral("USD") } };
    payload.insert(key, value);
    const QJsonObject reply = call(QStringLiteral("payment-add"), payload);
    QVERIFY(!reply[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(reply), code);
    QCOMPARE(order(orderId)[QStringLiteral("payments")].toArray().size(), 0);
}

void TestPayments::paymentDetailsAndList()
{
    const QString orderId = createOrder();
    QJsonObject payload { { QStringLiteral("order_id"), orderId },
        { QStringLiteral("payment_type"), QStringLiteral("incoming") },
        { QStringLiteral("payment_method"), QStringLiteral("Paypal") },
        { QStringLiteral("transaction_id"), QStringLiteral("123456789") },
        { QStringLiteral("payment_date"), QStringLiteral("2026-03-09 18:54:00") },
        { QStringLiteral("merchant_id"), QStringLiteral("manual") },
        { QStringLiteral("total"), QStringLiteral("72") },
        { QStringLiteral("currency"), QStringLiteral("USD") },
        { QStringLiteral("payment_processor_id"), QStringLiteral("250") } };
    const QString paymentId
        = data(call(QStringLiteral("payment-add"), payload))[QStringLiteral("payment_id")]
              .toString();
    QVERIFY(!paymentId.isEmpty());

    const QJsonObject details = data(
        call(QStringLiteral("payment-details"), { { QStringLiteral("payment_id"), paymentId } }));
    QCOMPARE(details[QStringLiteral("order_id")].toString(), orderId);
    QCOMPARE(details[QStringLiteral("total")].toString(), QStringLiteral("72.00"));
    QCOMPARE(
        details[QStringLiteral("payment_date")].toString(), QStringLiteral("2026-03-09 18:54:00"));
    QCOMPARE(details[QStringLiteral("payment_processor_id")].toString(), QStringLiteral("250"));
    QCOMPARE(details[QStringLiteral("store_id")].toString(), QStringLiteral("6"));
    QCOMPARE(details[QStringLiteral("buyer_id")].toString(QStringLiteral("x")), QString());
    QCOMPARE(firstCode(call(QStringLiteral("payment-details"), {})),
        QStringLiteral("required:payment_id"));
    QCOMPARE(firstCode(call(QStringLiteral("payment-details"),
                 { { QStringLiteral("payment_id"), QStringLiteral("NOPE") } })),
        QStringLiteral("not_found:payment_id"));

    const QJsonObject list = data(call(QStringLiteral("payment-list"),
        { { QStringLiteral("filter"), QJsonObject { { QStringLiteral("order_id"), orderId } } } }));
    QCOMPARE(list[QStringLiteral("count")].toString(), QStringLiteral("1"));
    QCOMPARE(list[QStringLiteral("limit")].toInt(), 50);
    QCOMPARE(
        list[QStringLiteral("order_by")][QStringLiteral("id")].toString(), QStringLiteral("desc"));
    QCOMPARE(list[QStringLiteral("data")][0][QStringLiteral("payment_id")].toString(), paymentId);
}

void TestPayments::paymentDelete()
{
    const QString orderId = createOrder();
    const QString paymentId = data(addPayment(
        orderId, QStringLiteral("incoming"), QStringLiteral("72")))[QStringLiteral("payment_id")]
                                  .toString();
    QCOMPARE(order(orderId)[QStringLiteral("paid")].toString(), QStringLiteral("fully_paid"));
    const QJsonObject reply
        = call(QStringLiteral("payment-delete"), { { QStringLiteral("payment_id"), paymentId } });
    QVERIFY(reply[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(reply), QStringLiteral("delete_payment_success"));
    QCOMPARE(order(orderId)[QStringLiteral("paid")].toString(), QStringLiteral("not_paid"));
    QCOMPARE(firstCode(call(QStringLiteral("payment-delete"),
                 { { QStringLiteral("payment_id"), paymentId } })),
        QStringLiteral("not_found:payment_id"));
    QCOMPARE(firstCode(call(QStringLiteral("payment-delete"), {})),
        QStringLiteral("required:payment_id"));
}

void TestPayments::paymentDatesInTimeZone()
{
    const QString orderId = createOrder();
    QJsonObject payload { { QStringLiteral("order_id"), orderId },
        { QStringLiteral("payment_type"), QStringLiteral("incoming") },
        { QStringLiteral("payment_method"), QStringLiteral("PayPal") },
        { QStringLiteral("transaction_id"), QStringLiteral("1") },
        { QStringLiteral("merchant_id"), QStringLiteral("manual") },
        { QStringLiteral("total"), QStringLiteral("1") },
        { QStringLiteral("currency"), QStringLiteral("USD") },
        { QStringLiteral("payment_date"), QStringLiteral("2026-03-09 12:00:00") },
        { QStringLiteral("tz"), QStringLiteral("Europe/Sofia") } };
    const QString paymentId
        = data(call(QStringLiteral("payment-add"), payload))[QStringLiteral("payment_id")]
              .toString();
    QVERIFY(!paymentId.isEmpty());
    // Sofia is UTC+2 in March, so noon there is stored as 10:00 UTC.
    QCOMPARE(data(call(QStringLiteral("payment-details"),
                 { { QStringLiteral("payment_id"), paymentId } }))[QStringLiteral("payment_date")]
                 .toString(),
        QStringLiteral("2026-03-09 10:00:00"));
    QCOMPARE(data(call(QStringLiteral("payment-details"),
                 { { QStringLiteral("payment_id"), paymentId },
                     { QStringLiteral("tz"),
                         QStringLiteral("Europe/Sofia") } }))[QStringLiteral("payment_date")]
                 .toString(),
        QStringLiteral("2026-03-09 12:00:00"));
}

void TestPayments::requestCurrencyConversion()
{
    const QString orderId = createOrder();
    const QJsonObject rates
        = data(call(QStringLiteral("currencyrates"), {}))[QStringLiteral("rates")].toObject();
    const QString rate = rates[QStringLiteral("CAD")][QStringLiteral("EUR")].toString();
    const QJsonObject reply = call(QStringLiteral("payment-request-create"),
        { { QStringLiteral("order_id"), orderId },
            { QStringLiteral("amount"), QStringLiteral("100") },
            { QStringLiteral("currency"), QStringLiteral("CAD") },
            { QStringLiteral("payment_method"), QStringLiteral("PayPal:250") } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QJsonObject request = data(reply)[QStringLiteral("payment_request")].toObject();
    // PayPal:250 charges in EUR, so 100 CAD is converted with the CAD to EUR rate.
    QCOMPARE(request[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
    QCOMPARE(request[QStringLiteral("exchange_rate")].toString(), rate);
    QCOMPARE(request[QStringLiteral("amount")].toString(),
        QString::number(std::round(100 * rate.toDouble() * 100) / 100, 'f', 2));
    QCOMPARE(request[QStringLiteral("original_amount")].toString(), QStringLiteral("100.000000"));
    QCOMPARE(request[QStringLiteral("original_currency")].toString(), QStringLiteral("CAD"));
    QCOMPARE(request[QStringLiteral("payment_method")].toString(), QStringLiteral("PayPal"));
    QCOMPARE(request[QStringLiteral("payment_processor_id")].toString(), QStringLiteral("250"));
    QCOMPARE(request[QStringLiteral("store_id")].toString(), QStringLiteral("6"));
    QCOMPARE(request[QStringLiteral("order_id")].toString(), orderId);
    QVERIFY(request[QStringLiteral("lang")].isNull());
    QVERIFY(request[QStringLiteral("id")].isString());

    // A request in the processor's own currency keeps the amount at rate 1.
    const QJsonObject same = data(call(QStringLiteral("payment-request-create"),
        { { QStringLiteral("order_id"), orderId },
            { QStringLiteral("amount"), QStringLiteral("72") },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("payment_method"),
                QStringLiteral("PayPal:250") } }))[QStringLiteral("payment_request")]
                                 .toObject();
    QCOMPARE(same[QStringLiteral("exchange_rate")].toString(), QStringLiteral("1.000000"));
    QCOMPARE(same[QStringLiteral("amount")].toString(), QStringLiteral("72.00"));
}

void TestPayments::requestDetails()
{
    const QString orderId = createOrder();
    const QString id = data(call(QStringLiteral("payment-request-create"),
        { { QStringLiteral("order_id"), orderId },
            { QStringLiteral("amount"), QStringLiteral("72") },
            { QStringLiteral("currency"), QStringLiteral("USD") },
            { QStringLiteral("payment_method"),
                QStringLiteral("AuthorizeNet:248") } }))[QStringLiteral("payment_request")]
                                                        [QStringLiteral("id")]
                                                            .toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject request = data(call(QStringLiteral("payment-request-details"),
        { { QStringLiteral("id"), id } }))[QStringLiteral("payment_request")]
                                    .toObject();
    QCOMPARE(request[QStringLiteral("id")].toString(), id);
    QVERIFY(!request[QStringLiteral("api_order_id")].toString().isEmpty());
    QCOMPARE(request[QStringLiteral("currency")].toString(), QStringLiteral("AUD"));
    QCOMPARE(request[QStringLiteral("order")][QStringLiteral("order_id")].toString(), orderId);
    QVERIFY(request[QStringLiteral("order")][QStringLiteral("items")].isObject());
    QCOMPARE(firstCode(call(QStringLiteral("payment-request-details"), {})),
        QStringLiteral("required:id"));
    QCOMPARE(firstCode(call(QStringLiteral("payment-request-details"),
                 { { QStringLiteral("id"), QStringLiteral("1") } })),
        QStringLiteral("not_found:id"));
}

void TestPayments::requestRejections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    for (const char *key : { "order_id", "amount", "payment_method", "currency" })
        QTest::addRow("%s missing", key) << QString::fromLatin1(key) << QString()
                                         << QStringLiteral("required:") + QLatin1String(key);
    QTest::newRow("order unknown") << "order_id"
                                   << "NOPE"
                                   << "not_found:order_id";
    QTest::newRow("amount zero") << "amount"
                                 << "0"
                                 << "invalid:amount";
    QTest::newRow("currency invalid") << "currency"
                                      << "XYZ"
                                      << "invalid:currency";
    QTest::newRow("other store processor") << "payment_method"
                                           << "PayPal:355"
                                           << "invalid:payment_method";
    QTest::newRow("slug unknown") << "payment_method"
                                  << "PayPal"
                                  << "invalid:payment_method";
}

void TestPayments::requestRejections()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, code);
    static const QString orderId = createOrder();
    QJsonObject payload { { QStringLiteral("order_id"), orderId },
        { QStringLiteral("amount"), QStringLiteral("100") },
        { QStringLiteral("currency"), QStringLiteral("CAD") },
        { QStringLiteral("payment_method"), QStringLiteral("PayPal:250") } };
    payload.insert(key, value);
    const QJsonObject reply = call(QStringLiteral("payment-request-create"), payload);
    QVERIFY(!reply[QStringLiteral("status")].toBool());
    QCOMPARE(firstCode(reply), code);
}

void TestPayments::paymentFromRequest()
{
    const QString orderId = createOrder();
    const QString requestId = data(call(QStringLiteral("payment-request-create"),
        { { QStringLiteral("order_id"), orderId },
            { QStringLiteral("amount"), QStringLiteral("72") },
            { QStringLiteral("currency"), QStringLiteral("USD") },
            { QStringLiteral("payment_method"),
                QStringLiteral(
                    "PayPal:250") } }))[QStringLiteral("payment_request")][QStringLiteral("id")]
                                  .toString();
    const QJsonObject reply = call(QStringLiteral("payment-add"),
        { { QStringLiteral("payment_request_id"), requestId },
            { QStringLiteral("payment_type"), QStringLiteral("incoming") },
            { QStringLiteral("payment_method"), QStringLiteral("PayPal") },
            { QStringLiteral("transaction_id"), QStringLiteral("1") },
            { QStringLiteral("merchant_id"), QStringLiteral("manual") },
            { QStringLiteral("total"), QStringLiteral("72") },
            { QStringLiteral("currency"), QStringLiteral("USD") } });
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(data(reply)[QStringLiteral("order_id")].toString(), orderId);
    QCOMPARE(order(orderId)[QStringLiteral("paid")].toString(), QStringLiteral("fully_paid"));

    const QString otherOrder = createOrder();
    QCOMPARE(firstCode(call(QStringLiteral("payment-add"),
                 { { QStringLiteral("payment_request_id"), requestId },
                     { QStringLiteral("order_id"), otherOrder },
                     { QStringLiteral("payment_type"), QStringLiteral("incoming") } })),
        QStringLiteral("invalid:payment_request_id"));
}

void TestPayments::storeTokenScope()
{
    const QJsonObject others = data(call(QStringLiteral("payment-list"),
        { { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("store_id"), QStringLiteral("16") } } } }));
    QVERIFY(others[QStringLiteral("count")].toString().toInt() > 0);
    const QString foreignPayment
        = others[QStringLiteral("data")][0][QStringLiteral("payment_id")].toString();
    QCOMPARE(firstCode(call(QStringLiteral("payment-details"),
                 { { QStringLiteral("payment_id"), foreignPayment } }, StoreToken)),
        QStringLiteral("not_found:payment_id"));
    QCOMPARE(firstCode(call(QStringLiteral("payment-delete"),
                 { { QStringLiteral("payment_id"), foreignPayment } }, StoreToken)),
        QStringLiteral("not_found:payment_id"));
    const QJsonArray own = data(call(QStringLiteral("payment-list"),
        { { QStringLiteral("limit"), 1000 } }, StoreToken))[QStringLiteral("data")]
                               .toArray();
    QVERIFY(!own.isEmpty());
    for (const QJsonValue &payment : own)
        QVERIFY(payment[QStringLiteral("order_id")].isString());
    const QJsonObject storeSix = data(call(QStringLiteral("payment-list"),
        { { QStringLiteral("limit"), 1000 },
            { QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("store_id"), QStringLiteral("6") } } } }));
    QCOMPARE(own.size(), storeSix[QStringLiteral("data")].toArray().size());
    QCOMPARE(firstCode(call(QStringLiteral("payment-processors"),
                 { { QStringLiteral("store_id"), QStringLiteral("16") } }, StoreToken)),
        QStringLiteral("unauthorized"));

    // Orders and payment requests of another store do not exist for a store token.
    const QString foreignOrder = QStringLiteral("TCSAG8WWYER4KKDF");
    QJsonObject payment { { QStringLiteral("order_id"), foreignOrder },
        { QStringLiteral("payment_type"), QStringLiteral("incoming") },
        { QStringLiteral("payment_method"), QStringLiteral("PayPal") },
        { QStringLiteral("transaction_id"), QStringLiteral("1") },
        { QStringLiteral("merchant_id"), QStringLiteral("manual") },
        { QStringLiteral("total"), QStringLiteral("1") },
        { QStringLiteral("currency"), QStringLiteral("USD") } };
    QCOMPARE(firstCode(call(QStringLiteral("payment-add"), payment, StoreToken)),
        QStringLiteral("not_found:order_id"));
    const QJsonObject foreignRequest = call(QStringLiteral("payment-request-create"),
        { { QStringLiteral("order_id"), foreignOrder },
            { QStringLiteral("amount"), QStringLiteral("10") },
            { QStringLiteral("currency"), QStringLiteral("USD") },
            { QStringLiteral("payment_method"), QStringLiteral("PayPal:355") } });
    QVERIFY2(
        foreignRequest[QStringLiteral("status")].toBool(), qPrintable(firstCode(foreignRequest)));
    const QString requestId
        = data(foreignRequest)[QStringLiteral("payment_request")][QStringLiteral("id")].toString();
    QCOMPARE(firstCode(call(QStringLiteral("payment-request-details"),
                 { { QStringLiteral("id"), requestId } }, StoreToken)),
        QStringLiteral("not_found:id"));
    QCOMPARE(firstCode(call(QStringLiteral("payment-request-create"),
                 { { QStringLiteral("order_id"), foreignOrder },
                     { QStringLiteral("amount"), QStringLiteral("10") },
                     { QStringLiteral("currency"), QStringLiteral("USD") },
                     { QStringLiteral("payment_method"), QStringLiteral("PayPal:355") } },
                 StoreToken)),
        QStringLiteral("not_found:order_id"));
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
