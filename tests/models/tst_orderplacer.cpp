// OrderPlacer against the sandbox through a proxy that loses order-create's reply or request:
// every path ends with exactly one order, and nothing is sent twice without the user's word.

#include "lossyproxy.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/orderplacer.h"
#include "sandbox/sandboxhost.h"
#include "tests/api/scriptedserver.h"

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using State = Models::OrderPlacer::State;

class TestOrderPlacer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void placesOnce();
    void lostReplyFindsOrder();
    void lostRequestResends();
    void rejectedAllowsFix();
    void closedConnectionSendsOnce();
    void matchesItems();

private:
    Api::OrderRequest request(const QString &email) const;
    int countOrders(const QString &email);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<LossyProxy> m_proxy;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::ApiCommands> m_commands;
    QString m_email;
};

void TestOrderPlacer::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString problem;
    QVERIFY2(m_sandbox->start(Sandbox::SandboxOptions(), &problem), qPrintable(problem));
    m_proxy = std::make_unique<LossyProxy>(m_sandbox->url());
    QVERIFY(m_proxy->listen());
    Api::ConnectionSettings settings;
    settings.baseUrl = m_proxy->url();
    settings.token = m_sandbox->token();
    // Short, so that a dropped reply times out quickly. Loopback replies take milliseconds.
    settings.timeoutMs = 2500;
    m_client = std::make_unique<Api::ApiClient>(settings);
    m_commands = std::make_unique<Api::ApiCommands>(m_client.get());
}

void TestOrderPlacer::init()
{
    m_email = QStringLiteral("placer-%1@example.com")
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

Api::OrderRequest TestOrderPlacer::request(const QString &email) const
{
    Api::OrderRequest order;
    order.storeId = 16;
    order.contact.firstName = QStringLiteral("Ann");
    order.contact.lastName = QStringLiteral("Lee");
    order.contact.address = QStringLiteral("1 Main St");
    order.contact.city = QStringLiteral("Vancouver");
    order.contact.state = QStringLiteral("BC");
    order.contact.zip = QStringLiteral("V5H 3Z7");
    order.contact.country = QStringLiteral("CA");
    order.contact.email = email;
    order.contact.phoneCountry = QStringLiteral("CA");
    order.contact.phone = QStringLiteral("965832823");
    Api::OrderItemRequest hosting;
    hosting.itemId = QStringLiteral("1");
    hosting.catalogId = 1;
    hosting.period = 1;
    hosting.setHosting(QStringLiteral("placer.com"));
    order.items.append(hosting);
    return order;
}

int TestOrderPlacer::countOrders(const QString &email)
{
    Api::ListQuery query;
    query.addFilter(QStringLiteral("email"), Api::FilterCondition::Equal, email);
    std::unique_ptr<Api::ApiReply> reply(m_commands->orderList(query));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return -1;
    const auto page = Api::RecordParsing::parsePage<Api::Order>(reply->data());
    return page ? int(page->page.count) : -1;
}

void TestOrderPlacer::placesOnce()
{
    Models::OrderPlacer placer(m_commands.get());
    QSignalSpy placed(&placer, &Models::OrderPlacer::placed);
    QVERIFY(placer.place(request(m_email)));
    // A double click while the first request is in flight sends nothing.
    QVERIFY(!placer.place(request(m_email)));
    QVERIFY(placed.wait(10000));
    QCOMPARE(placer.state(), State::Placed);
    QVERIFY(!placer.orderId().isEmpty());
    QVERIFY(!placer.place(request(m_email)));
    QCOMPARE(countOrders(m_email), 1);
}

void TestOrderPlacer::lostReplyFindsOrder()
{
    m_proxy->loseNext("order-create", LossyProxy::Loss::DropReply);
    Models::OrderPlacer placer(m_commands.get());
    QSignalSpy unknown(&placer, &Models::OrderPlacer::outcomeUnknown);
    QSignalSpy placed(&placer, &Models::OrderPlacer::placed);
    QVERIFY(placer.place(request(m_email)));
    QVERIFY(unknown.wait(15000));
    QCOMPARE(m_proxy->lostCount(), 1);
    QCOMPARE(placer.state(), State::Unknown);
    QVERIFY(!placer.canPlace());
    const auto matches = unknown.first().at(0).value<QList<Api::Order>>();
    const auto sendError = unknown.first().at(1).value<Api::ApiError>();
    QCOMPARE(sendError.kind, Api::ApiError::Kind::Timeout);
    QCOMPARE(matches.size(), 1);
    placer.adopt(matches.first());
    QCOMPARE(placed.count(), 1);
    QCOMPARE(placer.orderId(), matches.first().orderId());
    QVERIFY(!placer.place(request(m_email)));
    QCOMPARE(countOrders(m_email), 1);
}

void TestOrderPlacer::lostRequestResends()
{
    // Qt 6.4's HTTP layer would send the request again by itself after the closed connection
    // (up to 2 more times), but ApiClient sends writes with a body that it cannot rewind.
    // The proxy's count includes the losses of earlier tests.
    const int lostBefore = m_proxy->lostCount();
    m_proxy->loseNext("order-create", LossyProxy::Loss::DropRequest, 5);
    Models::OrderPlacer placer(m_commands.get());
    QSignalSpy unknown(&placer, &Models::OrderPlacer::outcomeUnknown);
    QSignalSpy placed(&placer, &Models::OrderPlacer::placed);
    QVERIFY(placer.place(request(m_email)));
    QVERIFY(unknown.wait(15000));
    m_proxy->loseNext({}, LossyProxy::Loss::None, 0);
    QCOMPARE(m_proxy->lostCount() - lostBefore, 1);
    QVERIFY(unknown.first().at(0).value<QList<Api::Order>>().isEmpty());
    QCOMPARE(unknown.first().at(1).value<Api::ApiError>().kind, Api::ApiError::Kind::Transport);
    // Nothing is sent again until the user confirms.
    QVERIFY(!placer.place(request(m_email)));
    QCOMPARE(countOrders(m_email), 0);
    placer.allowResend();
    QVERIFY(placer.place(request(m_email)));
    QVERIFY(placed.wait(10000));
    QCOMPARE(countOrders(m_email), 1);
}

void TestOrderPlacer::rejectedAllowsFix()
{
    Models::OrderPlacer placer(m_commands.get());
    QSignalSpy rejected(&placer, &Models::OrderPlacer::rejected);
    Api::OrderRequest order = request(m_email);
    order.items.first().meta.insert(QStringLiteral("hostname"), QStringLiteral("not a host"));
    QVERIFY(placer.place(order));
    QVERIFY(rejected.wait(10000));
    const auto error = rejected.first().first().value<Api::ApiError>();
    QVERIFY(error.hasCode(QStringLiteral("invalid:items.hosting.hostname")));
    QCOMPARE(placer.state(), State::Rejected);
    QVERIFY(placer.canPlace());
    QCOMPARE(countOrders(m_email), 0);
}

void TestOrderPlacer::closedConnectionSendsOnce()
{
    // The server reads the whole order-create request and closes the connection without a
    // response, as a service that crashed after creating the order would.
    Api::Testing::ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([](const Api::Testing::ReceivedRequest &request) {
        if (request.path == u"order-create") {
            Api::Testing::ScriptedResponse response;
            response.action = Api::Testing::ScriptedResponse::Action::Close;
            return response;
        }
        return Api::Testing::ScriptedResponse::json(Api::Testing::ScriptedServer::envelope(
            R"({"limit":"50","page":"1","count":"0","pages":"0","items":[]})"));
    });
    Api::ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.token = QStringLiteral("scripted-token");
    Api::ApiClient client(settings);
    Api::ApiCommands commands(&client);
    Models::OrderPlacer placer(&commands);
    QSignalSpy unknown(&placer, &Models::OrderPlacer::outcomeUnknown);
    QVERIFY(placer.place(request(m_email)));
    QVERIFY(unknown.wait(10000));

    const QList<Api::Testing::ReceivedRequest> received = server.requests();
    const auto creates = std::count_if(received.cbegin(), received.cend(),
        [](const Api::Testing::ReceivedRequest &request) { return request.path == u"order-create"; });
    QCOMPARE(creates, 1);
    QCOMPARE(received.first().headers.value("connection"), QByteArray("close"));
    const auto sendError = unknown.first().at(1).value<Api::ApiError>();
    QCOMPARE(sendError.kind, Api::ApiError::Kind::Transport);
    const QString message = Models::OrderPlacer::describeUnknownOutcome(sendError);
    QVERIFY2(message.contains(QStringLiteral("the server closed the connection")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("check the Orders page before trying again")),
        qPrintable(message));
    QCOMPARE(placer.state(), State::Unknown);
}

void TestOrderPlacer::matchesItems()
{
    const Api::OrderRequest order = request(QStringLiteral("a@example.com"));
    const auto stored = [](const QString &email, const QString &catalogId) {
        return Api::Order(QJsonObject { { QStringLiteral("email"), email },
            { QStringLiteral("items"),
                QJsonArray { QJsonObject { { QStringLiteral("item_id"), QStringLiteral("X") },
                    { QStringLiteral("catalog_id"), catalogId },
                    { QStringLiteral("action"), QStringLiteral("order") },
                    { QStringLiteral("period"), QStringLiteral("1") } } } } });
    };
    QVERIFY(Models::OrderPlacer::matches(stored(QStringLiteral("A@example.com"), "1"), order));
    QVERIFY(!Models::OrderPlacer::matches(stored(QStringLiteral("a@example.com"), "30"), order));
    QVERIFY(!Models::OrderPlacer::matches(stored(QStringLiteral("b@example.com"), "1"), order));
}

QTEST_GUILESS_MAIN(TestOrderPlacer)
#include "tst_orderplacer.moc"
