#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"

#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace ResellerDesk::Api;
using ResellerDesk::Api::Testing::ReceivedRequest;
using ResellerDesk::Api::Testing::ScriptedResponse;
using ResellerDesk::Api::Testing::ScriptedServer;

using TypedCall = std::function<ApiReply *(ApiCommands &)>;
Q_DECLARE_METATYPE(TypedCall)

// Checks that the typed calls send the payloads of the reference's CURL examples, and that
// they reject bad arguments before sending anything. data/requests/<command>.json are the
// example payloads copied verbatim; video-create-room.json got the comma that the reference
// leaves out after "auth_token".
class RequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplePayloads_data();
    void examplePayloads();
    void rejectedBeforeSending_data();
    void rejectedBeforeSending();
    void orderItemValidation();
    void contactClearsWithEmpty();
    void roomNames();

private:
    std::unique_ptr<ApiReply> wait(ApiReply *reply);

    ScriptedServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

namespace {

QJsonObject requestExample(const QString &command)
{
    QFile file(QStringLiteral(":/data/requests/%1.json").arg(command));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Request example %s is missing from the resources.", qPrintable(command));
    return QJsonDocument::fromJson(file.readAll()).object();
}

ContactDetails exampleContact()
{
    ContactDetails contact;
    contact.firstName = QStringLiteral("John");
    contact.lastName = QStringLiteral("Doe");
    contact.address = QStringLiteral("123 High Street");
    contact.city = QStringLiteral("California");
    contact.state = QStringLiteral("California");
    contact.zip = QStringLiteral("1234");
    contact.country = QStringLiteral("US");
    contact.phoneCountry = QStringLiteral("US");
    contact.phone = QStringLiteral("987654321");
    contact.email = QStringLiteral("user@example.com");
    return contact;
}

OrderRequest exampleOrder()
{
    OrderRequest order;
    order.contact = exampleContact();

    OrderItemRequest hosting;
    hosting.itemId = QStringLiteral("1");
    hosting.catalogId = 1;
    hosting.period = 5;
    hosting.setHosting(QStringLiteral("example.com"));

    OrderItemRequest domain;
    domain.itemId = QStringLiteral("2");
    domain.catalogId = 3;
    domain.period = 10;
    domain.parentItemId = QStringLiteral("1");
    DomainMeta transfer;
    transfer.sld = QStringLiteral("example");
    transfer.tld = QStringLiteral("com");
    transfer.epp = QStringLiteral("zxcvbn133add!");
    transfer.action = QStringLiteral("transfer");
    domain.setDomain(transfer);

    OrderItemRequest custom;
    custom.itemId = QStringLiteral("3");
    custom.setCustomPurchase(QStringLiteral("SEO Campaign"), QStringLiteral("12345"));

    order.items = { hosting, domain, custom };
    return order;
}

OrderRequest exampleUpdate()
{
    OrderRequest order;
    order.orderId = QStringLiteral("1P7KPJKHFWDBYGVV");
    order.storeId = 444;
    order.contact = exampleContact();
    order.contact.firstName = QStringLiteral("Jane");
    order.contact.company = QStringLiteral("");
    order.contact.job = QStringLiteral("");
    order.contact.address2 = QStringLiteral("");
    order.contact.email2 = QStringLiteral("");
    order.contact.faxCountry = QStringLiteral("");
    order.contact.fax = QStringLiteral("");
    order.invoiceRequest = true;
    order.invoiceType = QStringLiteral("business");
    order.invoiceName = QStringLiteral("John Doe");
    order.invoiceCeo = QStringLiteral("John Doe");
    order.invoiceIdentity = QStringLiteral("987654321");
    order.invoiceVatNumber = QStringLiteral("987654321");
    order.invoiceCountry = QStringLiteral("US");
    order.invoiceAddress = QStringLiteral("456 Sunny Blvd.");
    OrderItemRequest custom;
    custom.itemId = QStringLiteral("FZRQMD4FEY2AQCXN");
    custom.setCustomPurchase(QStringLiteral("SEO Campaign"), QStringLiteral("12345.00"));
    order.items = { custom };
    return order;
}

} // namespace

void RequestsTest::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler([](const ReceivedRequest &) {
        return ScriptedResponse::json(ScriptedServer::envelope("[]"));
    });
    ConnectionSettings settings;
    settings.baseUrl = m_server.url();
    settings.token = QStringLiteral("API_TOKEN");
    m_client = std::make_unique<ApiClient>(settings);
}

std::unique_ptr<ApiReply> RequestsTest::wait(ApiReply *reply)
{
    std::unique_ptr<ApiReply> owned(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(10000);
    }
    return owned;
}

void RequestsTest::examplePayloads_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<TypedCall>("call");

    QTest::newRow("domain-check") << QStringLiteral("domain-check")
                                  << TypedCall([](ApiCommands &c) {
                                         return c.domainCheck(QStringLiteral("example.com"));
                                     });
    QTest::newRow("catalog") << QStringLiteral("catalog")
                             << TypedCall([](ApiCommands &c) { return c.catalog(); });
    QTest::newRow("order-create") << QStringLiteral(
        "order-create") << TypedCall([](ApiCommands &c) { return c.orderCreate(exampleOrder()); });
    QTest::newRow("order-delete") << QStringLiteral(
        "order-delete") << TypedCall([](ApiCommands &c) {
        return c.orderDelete(QStringLiteral("XQETMSXL21CFYSQX"), 444);
    });
    QTest::newRow("order-update") << QStringLiteral(
        "order-update") << TypedCall([](ApiCommands &c) { return c.orderUpdate(exampleUpdate()); });
    QTest::newRow("payment-processors")
        << QStringLiteral("payment-processors") << TypedCall([](ApiCommands &c) {
               PaymentProcessorQuery query;
               query.storeId = 42;
               return c.paymentProcessors(query);
           });
    QTest::newRow("payment-add") << QStringLiteral("payment-add") << TypedCall([](ApiCommands &c) {
        PaymentAddRequest payment;
        payment.orderId = QStringLiteral("MGLARX2WEZTYQ9K2");
        payment.paymentMethod = QStringLiteral("Paypal");
        payment.transactionId = QStringLiteral("123456789");
        payment.paymentDate = QDateTime::fromString(
            QStringLiteral("2020-03-16 18:54:00"), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        payment.merchantId = QStringLiteral("user@example.com");
        payment.total = QStringLiteral("123");
        payment.currency = QStringLiteral("USD");
        payment.paymentProcessorId = 6;
        return c.paymentAdd(payment);
    });
    QTest::newRow("payment-request-create")
        << QStringLiteral("payment-request-create") << TypedCall([](ApiCommands &c) {
               PaymentRequestCreateRequest request;
               request.orderId = QStringLiteral("1N2M2PUUD9BB5SVD");
               request.amount = QStringLiteral("100");
               request.currency = QStringLiteral("CAD");
               request.paymentMethod = QStringLiteral("PayPal:663");
               return c.paymentRequestCreate(request);
           });
    QTest::newRow("ticket-attachment")
        << QStringLiteral("ticket-attachment") << TypedCall([](ApiCommands &c) {
               return c.ticketAttachment(27878, AttachmentSide::Question);
           });
    QTest::newRow("ticket-post") << QStringLiteral("ticket-post") << TypedCall([](ApiCommands &c) {
        TicketPostRequest ticket;
        ticket.domain = QStringLiteral("example.com");
        ticket.subject = QStringLiteral("Sample ticket subject");
        ticket.question = QStringLiteral("Sample ticket question body");
        ticket.attachments = { { QStringLiteral("filename.jpg"), QStringLiteral("image/jpg"),
            QByteArray::fromBase64("iVBORw0KGgoAAAAN") } };
        return c.ticketPost(ticket);
    });
    QTest::newRow("ticket-reply") << QStringLiteral(
        "ticket-reply") << TypedCall([](ApiCommands &c) {
        TicketReplyRequest reply;
        reply.ticketId = 935469;
        reply.question = QStringLiteral("This is a sample reply");
        reply.attachments = { { QStringLiteral("pixel.gif"), QStringLiteral("image/gif"),
            QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                   "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==") } };
        return c.ticketReply(reply);
    });
    QTest::newRow("ticket-auth") << QStringLiteral("ticket-auth") << TypedCall([](ApiCommands &c) {
        return c.ticketAuth(QStringLiteral("exampleuser"), QStringLiteral("example_password"));
    });
    QTest::newRow("video-create-room")
        << QStringLiteral("video-create-room") << TypedCall([](ApiCommands &c) {
               return c.videoCreateRoom(
                   QStringLiteral("meet-us.suresupport.com"), QStringLiteral("my-room25"));
           });
}

void RequestsTest::examplePayloads()
{
    QFETCH(QString, command);
    QFETCH(TypedCall, call);

    ApiCommands commands(m_client.get());
    const int before = m_server.requestCount();
    const auto reply = wait(call(commands));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    QCOMPARE(m_server.requestCount(), before + 1);
    const ReceivedRequest request = m_server.requests().last();
    QCOMPARE(request.path, command);

    QJsonObject expected = requestExample(command);
    if (command == QLatin1String("payment-add")) {
        // The example also sends "ipn": [] and an empty payment_request_id. Neither is a
        // documented value, so the builder leaves both out.
        expected.remove(QStringLiteral("ipn"));
        expected.remove(QStringLiteral("payment_request_id"));
    }
    if (command == QLatin1String("ticket-post")) {
        // The example's data_file ends in "......", which no file encodes to.
        QJsonObject ticket = expected.value(QLatin1String("ticket")).toObject();
        QJsonArray attachments = ticket.value(QLatin1String("attachments")).toArray();
        QJsonObject attachment = attachments.first().toObject();
        attachment.insert(QStringLiteral("data_file"), QStringLiteral("iVBORw0KGgoAAAAN"));
        attachments.replace(0, attachment);
        ticket.insert(QStringLiteral("attachments"), attachments);
        expected.insert(QStringLiteral("ticket"), ticket);
    }
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(sent.keys(), expected.keys());
    QCOMPARE(sent, expected);
}

void RequestsTest::rejectedBeforeSending_data()
{
    QTest::addColumn<TypedCall>("call");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("zero-id") << TypedCall([](ApiCommands &c) { return c.accountDetails(0); })
                             << QStringLiteral("the id 0");
    QTest::newRow("empty-domain") << TypedCall([](ApiCommands &c) {
        return c.domainCheck(QString());
    }) << QStringLiteral("domain name is empty");
    QTest::newRow("half-domain") << TypedCall([](ApiCommands &c) {
        return c.domainCheck(QStringLiteral("example"), QString());
    }) << QStringLiteral("both parts");
    QTest::newRow("bad-filter") << TypedCall([](ApiCommands &c) {
        ListQuery query;
        query.addFilter(QStringLiteral("user name"), FilterCondition::Equal, QStringLiteral("x"));
        return c.accountList(query);
    }) << QStringLiteral("user name");
    QTest::newRow("catalog-currency") << TypedCall([](ApiCommands &c) {
        CatalogQuery query;
        query.currency = QStringLiteral("dollars");
        return c.catalog(query);
    }) << QStringLiteral("\"dollars\"");
    QTest::newRow("order-no-items") << TypedCall([](ApiCommands &c) {
        OrderRequest order;
        order.contact = exampleContact();
        return c.orderCreate(order);
    }) << QStringLiteral("no items");
    QTest::newRow("order-no-contact") << TypedCall([](ApiCommands &c) {
        OrderRequest order = exampleOrder();
        order.contact.email.clear();
        order.contact.phone.clear();
        return c.orderCreate(order);
    }) << QStringLiteral("email, phone");
    QTest::newRow("update-no-id") << TypedCall([](ApiCommands &c) {
        OrderRequest order = exampleUpdate();
        order.orderId.clear();
        return c.orderUpdate(order);
    }) << QStringLiteral("no order id");
    QTest::newRow("business-invoice") << TypedCall([](ApiCommands &c) {
        OrderRequest order = exampleUpdate();
        order.invoiceCeo.clear();
        return c.orderUpdate(order);
    }) << QStringLiteral("invoice_ceo");
    QTest::newRow("payment-type") << TypedCall([](ApiCommands &c) {
        PaymentAddRequest payment;
        payment.orderId = QStringLiteral("MGLARX2WEZTYQ9K2");
        payment.paymentType = QStringLiteral("gift");
        return c.paymentAdd(payment);
    }) << QStringLiteral("\"gift\"");
    QTest::newRow("payment-total") << TypedCall([](ApiCommands &c) {
        PaymentAddRequest payment;
        payment.orderId = QStringLiteral("MGLARX2WEZTYQ9K2");
        payment.paymentMethod = QStringLiteral("Paypal");
        payment.transactionId = QStringLiteral("1");
        payment.merchantId = QStringLiteral("manual");
        payment.total = QStringLiteral("12,50");
        payment.currency = QStringLiteral("USD");
        return c.paymentAdd(payment);
    }) << QStringLiteral("\"12,50\"");
    QTest::newRow("request-amount") << TypedCall([](ApiCommands &c) {
        PaymentRequestCreateRequest request;
        request.orderId = QStringLiteral("1N2M2PUUD9BB5SVD");
        request.amount = QStringLiteral("0");
        request.currency = QStringLiteral("CAD");
        request.paymentMethod = QStringLiteral("PayPal:663");
        return c.paymentRequestCreate(request);
    }) << QStringLiteral("\"0\"");
    QTest::newRow("ticket-subject") << TypedCall([](ApiCommands &c) {
        TicketPostRequest ticket;
        ticket.domain = QStringLiteral("example.com");
        ticket.subject = QString(81, QLatin1Char('s'));
        ticket.question = QStringLiteral("Why?");
        return c.ticketPost(ticket);
    }) << QStringLiteral("81 characters");
    QTest::newRow("ticket-attachments") << TypedCall([](ApiCommands &c) {
        TicketPostRequest ticket;
        ticket.domain = QStringLiteral("example.com");
        ticket.subject = QStringLiteral("Logs");
        ticket.question = QStringLiteral("See the logs.");
        const TicketAttachmentUpload log { QStringLiteral("a.log"), QStringLiteral("text/plain"),
            QByteArray("x") };
        ticket.attachments = { log, log, log, log };
        return c.ticketPost(ticket);
    }) << QStringLiteral("4 attachments");
    QTest::newRow("attachment-size") << TypedCall([](ApiCommands &c) {
        TicketReplyRequest reply;
        reply.ticketId = 935469;
        reply.question = QStringLiteral("The dump.");
        reply.attachments
            = { { QStringLiteral("dump.bin"), QStringLiteral("application/octet-stream"),
                QByteArray(TicketAttachmentUpload::maxDataSize + 1, 'x') } };
        return c.ticketReply(reply);
    }) << QStringLiteral("20 MB");
    QTest::newRow("reply-empty") << TypedCall([](ApiCommands &c) {
        TicketReplyRequest reply;
        reply.ticketId = 935469;
        reply.question = QStringLiteral("  ");
        return c.ticketReply(reply);
    }) << QStringLiteral("empty");
    QTest::newRow("auth-no-password") << TypedCall([](ApiCommands &c) {
        return c.ticketAuth(QStringLiteral("exampleuser"), QString());
    }) << QStringLiteral("password is empty");
    QTest::newRow("room-name") << TypedCall([](ApiCommands &c) {
        return c.videoCreateRoom(
            QStringLiteral("meet-us.suresupport.com"), QStringLiteral("my room"));
    }) << QStringLiteral("\"my room\"");
}

void RequestsTest::rejectedBeforeSending()
{
    QFETCH(TypedCall, call);
    QFETCH(QString, expectedText);

    ApiCommands commands(m_client.get());
    const int before = m_server.requestCount();
    ApiReply *started = call(commands);
    // Like every reply, a rejected one finishes later, never from within the call.
    const bool finishedInCall = started->isFinished();
    const auto reply = wait(started);
    QVERIFY(!finishedInCall);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(reply->error().detail.contains(expectedText), qPrintable(reply->error().detail));
    QVERIFY(!reply->error().userMessage().isEmpty());
    QCOMPARE(m_server.requestCount(), before);
}

void RequestsTest::orderItemValidation()
{
    QString problem;
    OrderItemRequest renewal;
    renewal.itemId = QStringLiteral("r1");
    renewal.action = QStringLiteral("renewal");
    renewal.period = 1;
    QVERIFY(!renewal.validate(&problem));
    QVERIFY2(problem.contains(QStringLiteral("resource id")), qPrintable(problem));
    renewal.resourceId = 139953;
    QVERIFY2(renewal.validate(&problem), qPrintable(problem));
    QCOMPARE(
        renewal.toJson().value(QLatin1String("resource_id")).toString(), QStringLiteral("139953"));

    OrderItemRequest domain;
    domain.itemId = QStringLiteral("d1");
    domain.catalogId = 3;
    DomainMeta meta;
    meta.sld = QStringLiteral("example");
    meta.tld = QStringLiteral("com");
    meta.action = QStringLiteral("park");
    domain.setDomain(meta);
    QVERIFY(!domain.validate(&problem));
    QVERIFY2(problem.contains(QStringLiteral("\"park\"")), qPrintable(problem));
    meta.action = QStringLiteral("register");
    meta.nameservers = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
        QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f") };
    domain.setDomain(meta);
    QVERIFY(!domain.validate(&problem));
    QVERIFY2(problem.contains(QStringLiteral("more than 5")), qPrintable(problem));
    meta.nameservers.removeLast();
    meta.globalDns = true;
    meta.idProtect = false;
    domain.setDomain(meta);
    QVERIFY2(domain.validate(&problem), qPrintable(problem));
    const QJsonObject sent = domain.toJson().value(QLatin1String("domain")).toObject();
    QCOMPARE(sent.value(QLatin1String("ns5")).toString(), QStringLiteral("e"));
    QCOMPARE(sent.value(QLatin1String("global_dns")).toInt(), 1);
    QCOMPARE(sent.value(QLatin1String("id_protect")).toInt(), 0);

    OrderItemRequest certificate;
    certificate.itemId = QStringLiteral("s1");
    certificate.catalogId = 7;
    SslMeta ssl;
    ssl.commonName = QStringLiteral("shop.example.com");
    ssl.approverEmail = QStringLiteral("admin@example.com");
    ssl.country = QStringLiteral("US");
    certificate.setSsl(ssl);
    QVERIFY(!certificate.validate(&problem));
    QVERIFY2(problem.contains(QStringLiteral("organization, organization_unit, city, state")),
        qPrintable(problem));

    OrderItemRequest hosting;
    hosting.itemId = QStringLiteral("h1");
    hosting.catalogId = 1;
    hosting.setHosting(QStringLiteral(" "));
    QVERIFY(!hosting.validate(&problem));
    QVERIFY2(problem.contains(QStringLiteral("host name")), qPrintable(problem));

    OrderRequest order = exampleOrder();
    order.items[1].itemId = QStringLiteral("1");
    QVERIFY(!order.validate(false, &problem));
    QVERIFY2(problem.contains(QStringLiteral("Two order items")), qPrintable(problem));
    order = exampleOrder();
    order.items[1].parentItemId = QStringLiteral("9");
    QVERIFY(!order.validate(false, &problem));
    QVERIFY2(problem.contains(QStringLiteral("\"9\"")), qPrintable(problem));
}

void RequestsTest::contactClearsWithEmpty()
{
    ContactDetails contact;
    contact.firstName = QStringLiteral("Jane");
    contact.company = QStringLiteral("");
    const QList<Payload::Entry> entries = contact.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).first, QStringLiteral("firstname"));
    QCOMPARE(entries.at(1).first, QStringLiteral("company"));
    QCOMPARE(entries.at(1).second.toString(), QString());
}

void RequestsTest::roomNames()
{
    QVERIFY(ApiCommands::isValidRoomName(QStringLiteral("my-room25")));
    QVERIFY(ApiCommands::isValidRoomName(QStringLiteral("TEAM_1")));
    QVERIFY(ApiCommands::isValidRoomName(QString(80, QLatin1Char('a'))));
    QVERIFY(!ApiCommands::isValidRoomName(QString(81, QLatin1Char('a'))));
    QVERIFY(!ApiCommands::isValidRoomName(QString()));
    QVERIFY(!ApiCommands::isValidRoomName(QStringLiteral("room/1")));
    QVERIFY(!ApiCommands::isValidRoomName(QStringLiteral("räum")));
}

QTEST_GUILESS_MAIN(RequestsTest)
#include "tst_requests.moc"
