#include "scriptedserver.h"

#include "api/apiclient.h"
#include "api/pager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Api;
using ResellerDesk::Api::Testing::ReceivedRequest;
using ResellerDesk::Api::Testing::ScriptedResponse;
using ResellerDesk::Api::Testing::ScriptedServer;

namespace {

// Serves a list of itemCount items in pages of the requested limit, responding after delayMs.
ScriptedServer::Handler listHandler(int itemCount, int delayMs, int failingPage = 0)
{
    return [=](const ReceivedRequest &request) {
        const QJsonObject payload = QJsonDocument::fromJson(request.body).object();
        const int limit = payload.value(QStringLiteral("limit")).toInt(25);
        const int page = payload.value(QStringLiteral("page")).toInt(1);
        ScriptedResponse response;
        response.delayMs = delayMs;
        if (page == failingPage) {
            response.body = R"({"ttl":0,"status":false,"data":[],"messages":[
                               {"type":"error","code":"system_error"}]})";
            return response;
        }
        QJsonArray items;
        for (int i = (page - 1) * limit; i < std::min(itemCount, page * limit); ++i)
            items.append(QJsonObject{{QStringLiteral("id"), QString::number(i)}});
        // Numbers as strings and order_by as [], as the service sends them.
        const QJsonObject data{{QStringLiteral("order_by"), QJsonArray()},
                               {QStringLiteral("limit"), QString::number(limit)},
                               {QStringLiteral("page"), QString::number(page)},
                               {QStringLiteral("count"), QString::number(itemCount)},
                               {QStringLiteral("pages"), (itemCount + limit - 1) / limit},
                               {QStringLiteral("data"), items}};
        response.body = ScriptedServer::envelope(QJsonDocument(data).toJson(QJsonDocument::Compact));
        return response;
    };
}

} // namespace

class PagerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fetchesAllPages_data();
    void fetchesAllPages();
    void singlePage();
    void emptyResult();
    void errorStopsOnce();
    void cancelStopsQuietly();
    void firstPageError();
    void invalidQueryFails();

private:
    ConnectionSettings settings() const;

    std::unique_ptr<ScriptedServer> m_server;
};

void PagerTest::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
}

ConnectionSettings PagerTest::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->url();
    settings.token = QStringLiteral("T");
    return settings;
}

void PagerTest::fetchesAllPages_data()
{
    QTest::addColumn<int>("maxInFlight");

    QTest::newRow("default") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("four") << 4;
}

void PagerTest::fetchesAllPages()
{
    QFETCH(int, maxInFlight);
    const int expectedMax = maxInFlight == 0 ? Pager::defaultMaxInFlight : maxInFlight;

    // 365 items in pages of 10 make 37 pages, the last one with 5 items.
    m_server->setHandler(listHandler(365, 10));
    ApiClient client(settings());
    ListQuery query;
    query.limit = 10;
    query.addFilter(QStringLiteral("status"), FilterCondition::Equal, QStringLiteral("active"));
    Pager pager(&client, QStringLiteral("account-list"), query);
    if (maxInFlight > 0)
        pager.setMaxInFlight(maxInFlight);
    QSignalSpy pages(&pager, &Pager::pageReceived);
    QSignalSpy progress(&pager, &Pager::progress);
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);

    pager.start();
    QVERIFY(pager.isRunning());
    QVERIFY(finished.wait(20000));

    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!pager.isRunning());
    QCOMPARE(pages.size(), 37);
    QCOMPARE(m_server->requestCount(), 37);
    QCOMPARE(m_server->maxConcurrent(), expectedMax);
    QSet<int> pageNumbers;
    int itemCount = 0;
    for (const QList<QVariant> &arguments : pages) {
        const ListPage page = arguments.at(0).value<ListPage>();
        pageNumbers.insert(page.page);
        itemCount += int(page.items.size());
        QCOMPARE(page.pages, 37);
        QCOMPARE(page.count, 365);
    }
    QCOMPARE(pageNumbers.size(), 37);
    QVERIFY(pageNumbers.contains(1));
    QVERIFY(pageNumbers.contains(37));
    QCOMPARE(itemCount, 365);
    QCOMPARE(progress.size(), 37);
    QCOMPARE(progress.last().at(0).toInt(), 37);
    QCOMPARE(progress.last().at(1).toInt(), 37);
    QCOMPARE(pager.pagesDone(), 37);

    // Every request carries the query's filter and limit besides its own page.
    const QJsonObject last = QJsonDocument::fromJson(m_server->requests().last().body).object();
    QCOMPARE(last.value(QStringLiteral("limit")).toInt(), 10);
    QCOMPARE(last.value(QStringLiteral("filter")).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("active")));
}

void PagerTest::singlePage()
{
    m_server->setHandler(listHandler(3, 0));
    ApiClient client(settings());
    Pager pager(&client, QStringLiteral("domain-list"), ListQuery());
    QSignalSpy pages(&pager, &Pager::pageReceived);
    QSignalSpy finished(&pager, &Pager::finished);

    pager.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).at(0).value<ListPage>().items.size(), 3);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(pager.pagesTotal(), 1);
}

void PagerTest::emptyResult()
{
    // No items: page 1 comes back with pages 0, which still ends the fetch.
    m_server->setHandler(listHandler(0, 0));
    ApiClient client(settings());
    Pager pager(&client, QStringLiteral("ticket-list"), ListQuery());
    QSignalSpy pages(&pager, &Pager::pageReceived);
    QSignalSpy finished(&pager, &Pager::finished);

    pager.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void PagerTest::errorStopsOnce()
{
    m_server->setHandler(listHandler(370, 10, 5));
    ApiClient client(settings());
    ListQuery query;
    query.limit = 10;
    Pager pager(&client, QStringLiteral("account-list"), query);
    pager.setMaxInFlight(3);
    QSignalSpy pages(&pager, &Pager::pageReceived);
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);

    pager.start();
    QVERIFY(failed.wait(10000));
    const qsizetype pagesAtFailure = pages.size();
    const int requestsAtFailure = m_server->requestCount();
    // Anything still in flight was aborted, so nothing more arrives.
    QTest::qWait(100);

    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(pages.size(), pagesAtFailure);
    QVERIFY(pagesAtFailure < 37);
    // Requests sent before the failure may still reach the server, but no new ones.
    QVERIFY(m_server->requestCount() <= requestsAtFailure + pager.maxInFlight());
    QVERIFY(!pager.isRunning());
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QVERIFY(error.hasCode(QStringLiteral("system_error")));
    QVERIFY(error.userMessage().contains(QStringLiteral("\"account-list\"")));
}

void PagerTest::cancelStopsQuietly()
{
    m_server->setHandler(listHandler(370, 20));
    ApiClient client(settings());
    ListQuery query;
    query.limit = 10;
    Pager pager(&client, QStringLiteral("account-list"), query);
    QSignalSpy pages(&pager, &Pager::pageReceived);
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);

    pager.start();
    QTRY_VERIFY(pages.size() >= 2);
    pager.cancel();
    const qsizetype pagesAtCancel = pages.size();
    const int requestsAtCancel = m_server->requestCount();
    QTest::qWait(100);

    QVERIFY(!pager.isRunning());
    QCOMPARE(pages.size(), pagesAtCancel);
    QVERIFY(m_server->requestCount() <= requestsAtCancel + pager.maxInFlight());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void PagerTest::firstPageError()
{
    m_server->setHandler([](const ReceivedRequest &) {
        return ScriptedResponse::json(ScriptedServer::envelope(R"({"unexpected":"shape"})"));
    });
    ApiClient client(settings());
    Pager pager(&client, QStringLiteral("account-list"), ListQuery());
    QSignalSpy failed(&pager, &Pager::failed);

    pager.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Envelope);
    QCOMPARE(m_server->requestCount(), 1);
}

void PagerTest::invalidQueryFails()
{
    ApiClient client(settings());
    ListQuery query;
    query.addFilter(QStringLiteral("end_date"), FilterCondition::DateRange,
                    QStringLiteral("2020-01-01"));
    Pager pager(&client, QStringLiteral("account-list"), query);
    QSignalSpy failed(&pager, &Pager::failed);

    pager.start();
    QCOMPARE(failed.size(), 0);
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(error.userMessage().contains(QStringLiteral("2020-01-01")),
             qPrintable(error.userMessage()));
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(PagerTest)
#include "tst_pager.moc"
