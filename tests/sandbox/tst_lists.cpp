// List and details commands over real loopback HTTP: filters, sorting, paging, relations,
// tz and days_to_expire.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("lists-token");
const QDate Today(2026, 3, 10);

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

QJsonArray items(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("data")][QStringLiteral("data")].toArray();
}

QDateTime storedDate(const QJsonValue &value)
{
    QDateTime moment = QDateTime::fromString(value.toString(), u"yyyy-MM-dd HH:mm:ss");
    moment.setTimeZone(QTimeZone::utc());
    return moment;
}

} // namespace

class TestLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listResponseShape();
    void defaultOrderEchoes();
    void filterEqualAndNotEqual();
    void filterLikePrefix();
    void filterLikeAnywhere();
    void filterComparison();
    void filterRange();
    void filterDateRange();
    void filterIn();
    void filterSearch();
    void orderListFixedConditions();
    void filterRejections_data();
    void filterRejections();
    void sortNumbers();
    void sortDates();
    void pagingLastPage();
    void pagingLimits();
    void relations();
    void unknownRelationRejected();
    void timeZoneConversion();
    void daysToExpire();
    void detailsNotFound();
    void ticketDetailsMarksRead();
    void orderDetailsShape();

private:
    QJsonObject call(const QString &command, QJsonObject payload);

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestLists::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.today = Today;
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestLists::call(const QString &command, QJsonObject payload)
{
    payload.insert(QStringLiteral("auth_token"), Token);
    return m_client->postJson(command, payload);
}

void TestLists::listResponseShape()
{
    const QJsonObject reply = call(QStringLiteral("account-list"),
                                   {{QStringLiteral("filter"),
                                     QJsonObject{{QStringLiteral("username"), QStringLiteral("test2020")}}}});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(reply[QStringLiteral("ttl")].toInt(-1), 0);
    QVERIFY(reply[QStringLiteral("messages")].isArray());
    // count is a string, limit, page and pages are numbers, as in the reference.
    QVERIFY(data[QStringLiteral("count")].isString());
    QCOMPARE(data[QStringLiteral("count")].toString(), QStringLiteral("1"));
    QVERIFY(data[QStringLiteral("limit")].isDouble());
    QCOMPARE(data[QStringLiteral("limit")].toInt(), 25);
    QCOMPARE(data[QStringLiteral("page")].toInt(), 1);
    QCOMPARE(data[QStringLiteral("pages")].toInt(), 1);
    const QJsonObject account = items(reply).at(0).toObject();
    QCOMPARE(account[QStringLiteral("account_id")].toString(), QStringLiteral("81314"));
    QCOMPARE(account[QStringLiteral("plan")].toString(), QStringLiteral("economy"));
    QCOMPARE(account[QStringLiteral("storage_used")].toString(), QStringLiteral("0.00"));
    QVERIFY(account[QStringLiteral("main_domain_end_date")].isNull());
    QVERIFY(account[QStringLiteral("parent_id")].isNull());
}

void TestLists::defaultOrderEchoes()
{
    const QJsonObject accounts = call(QStringLiteral("account-list"), {});
    QCOMPARE(accounts[QStringLiteral("data")][QStringLiteral("order_by")].toObject(),
             QJsonObject({{QStringLiteral("account_id"), QStringLiteral("desc")}}));
    const QJsonObject domains = call(QStringLiteral("domain-list"), {});
    QVERIFY(domains[QStringLiteral("data")][QStringLiteral("order_by")].isArray());
    const QJsonObject tickets = call(QStringLiteral("ticket-list"), {});
    QCOMPARE(tickets[QStringLiteral("data")][QStringLiteral("limit")].toInt(), 50);
    const QJsonObject orders = call(QStringLiteral("order-list"), {});
    QCOMPARE(orders[QStringLiteral("data")][QStringLiteral("order_by")].toObject(),
             QJsonObject({{QStringLiteral("date"), QStringLiteral("desc")}}));
}

void TestLists::filterEqualAndNotEqual()
{
    const QJsonObject equal = call(QStringLiteral("domain-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("product"), QStringLiteral("bg")}}},
                                    {QStringLiteral("limit"), 1000}});
    QVERIFY(!items(equal).isEmpty());
    for (const QJsonValue &item : items(equal))
        QCOMPARE(item[QStringLiteral("product")].toString(), QStringLiteral("bg"));

    const QJsonObject notEqual = call(QStringLiteral("domain-list"),
                                      {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("product:!"), QStringLiteral("bg")}}},
                                       {QStringLiteral("limit"), 1000}});
    const int all = call(QStringLiteral("domain-list"), {})[QStringLiteral("data")][QStringLiteral("count")].toString().toInt();
    QCOMPARE(items(notEqual).size() + items(equal).size(), all);
    for (const QJsonValue &item : items(notEqual))
        QVERIFY(item[QStringLiteral("product")].toString() != QStringLiteral("bg"));
}

void TestLists::filterLikePrefix()
{
    const QJsonObject reply = call(QStringLiteral("account-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("username:like%"), QStringLiteral("TEST")}}}});
    QCOMPARE(items(reply).size(), 1);
    QCOMPARE(items(reply).at(0)[QStringLiteral("username")].toString(), QStringLiteral("test2020"));
}

void TestLists::filterLikeAnywhere()
{
    const QJsonObject reply = call(QStringLiteral("ticket-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("subject:%like%"), QStringLiteral("wordpress")}}}});
    QVERIFY(!items(reply).isEmpty());
    for (const QJsonValue &item : items(reply))
        QVERIFY(item[QStringLiteral("subject")].toString().contains(QStringLiteral("WordPress")));
}

void TestLists::filterComparison()
{
    const QJsonObject reply = call(QStringLiteral("account-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("storage_used:>="), QStringLiteral("10")}}},
                                    {QStringLiteral("limit"), 1000}});
    QVERIFY(!items(reply).isEmpty());
    for (const QJsonValue &item : items(reply))
        QVERIFY(item[QStringLiteral("storage_used")].toString().toDouble() >= 10);
}

void TestLists::filterRange()
{
    const QJsonObject reply = call(QStringLiteral("account-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("days_to_expire:range"), QStringLiteral("0,30")}}},
                                    {QStringLiteral("limit"), 1000}});
    QVERIFY(!items(reply).isEmpty());
    for (const QJsonValue &item : items(reply)) {
        const int days = item[QStringLiteral("days_to_expire")].toString().toInt();
        QVERIFY(days >= 0);
        QVERIFY(days <= 30);
    }
}

void TestLists::filterDateRange()
{
    const QString range = Today.toString(Qt::ISODate) + u',' + Today.addDays(7).toString(Qt::ISODate);
    const QJsonObject reply = call(QStringLiteral("domain-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("end_date:daterange"), range}}},
                                    {QStringLiteral("limit"), 1000}});
    QVERIFY(!items(reply).isEmpty());
    const QDateTime from(Today, QTime(0, 0), QTimeZone::utc());
    const QDateTime to(Today.addDays(7), QTime(23, 59, 59), QTimeZone::utc());
    for (const QJsonValue &item : items(reply)) {
        const QDateTime end = storedDate(item[QStringLiteral("end_date")]);
        QVERIFY(end >= from);
        QVERIFY(end <= to);
    }
}

void TestLists::filterIn()
{
    const QJsonObject reply = call(QStringLiteral("ticket-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("status:in"), QJsonArray{QStringLiteral("inprogress"), QStringLiteral("taken")}}}}});
    QVERIFY(!items(reply).isEmpty());
    for (const QJsonValue &item : items(reply)) {
        const QString status = item[QStringLiteral("status")].toString();
        QVERIFY2(status == u"inprogress" || status == u"taken", qPrintable(status));
    }
}

void TestLists::filterSearch()
{
    const QJsonObject reply = call(QStringLiteral("ticket-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("search"), QStringLiteral("smtp")}}}});
    QVERIFY(!items(reply).isEmpty());
    for (const QJsonValue &item : items(reply))
        QVERIFY(item[QStringLiteral("subject")].toString().contains(QStringLiteral("SMTP")));
}

void TestLists::orderListFixedConditions()
{
    // order-list filters firstname with %like% although the key has no condition.
    const QJsonObject byName = call(QStringLiteral("order-list"),
                                    {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("firstname"), QStringLiteral("oh")}}},
                                     {QStringLiteral("limit"), 1000}});
    QVERIFY(!items(byName).isEmpty());
    for (const QJsonValue &item : items(byName))
        QCOMPARE(item[QStringLiteral("firstname")].toString(), QStringLiteral("John"));

    // date is a daterange without a condition key.
    const QString range = Today.addDays(-10).toString(Qt::ISODate) + u',' + Today.toString(Qt::ISODate);
    const QJsonObject byDate = call(QStringLiteral("order-list"),
                                    {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("date"), range}}},
                                     {QStringLiteral("limit"), 1000}});
    QVERIFY(!items(byDate).isEmpty());
    for (const QJsonValue &item : items(byDate))
        QVERIFY(storedDate(item[QStringLiteral("date")]).date() >= Today.addDays(-10));

    const QJsonObject rejected = call(QStringLiteral("order-list"),
                                      {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("firstname:like%"), QStringLiteral("J")}}}});
    QCOMPARE(firstCode(rejected), QStringLiteral("invalid:filter.firstname"));
}

void TestLists::filterRejections_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("condition not listed") << "account-list" << "username:>" << "a" << "invalid:filter.username";
    QTest::newRow("unknown property") << "account-list" << "colour" << "red" << "invalid:filter.colour";
    QTest::newRow("number expected") << "account-list" << "storage_used:>" << "lots" << "invalid:filter.storage_used";
    QTest::newRow("date expected") << "domain-list" << "end_date:<" << "soon" << "invalid:filter.end_date";
    QTest::newRow("range needs two") << "domain-list" << "days_to_expire:range" << "5" << "invalid:filter.days_to_expire";
}

void TestLists::filterRejections()
{
    QFETCH(QString, command);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const QJsonObject reply = call(command, {{QStringLiteral("filter"), QJsonObject{{key, value}}}});
    QCOMPARE(reply[QStringLiteral("status")].toBool(true), false);
    QCOMPARE(firstCode(reply), code);
    QVERIFY(reply[QStringLiteral("data")].isArray());
}

void TestLists::sortNumbers()
{
    for (const QString &direction : {QStringLiteral("asc"), QStringLiteral("desc")}) {
        const QJsonArray rows = items(call(QStringLiteral("account-list"),
                                           {{QStringLiteral("order_by"), QJsonObject{{QStringLiteral("storage_used"), direction}}},
                                            {QStringLiteral("limit"), 1000}}));
        QVERIFY(rows.size() > 2);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const double previous = rows[i - 1][QStringLiteral("storage_used")].toString().toDouble();
            const double current = rows[i][QStringLiteral("storage_used")].toString().toDouble();
            QVERIFY2(direction == u"asc" ? previous <= current : previous >= current,
                     qPrintable(QStringLiteral("%1 then %2").arg(previous).arg(current)));
        }
    }
}

void TestLists::sortDates()
{
    for (const QString &direction : {QStringLiteral("asc"), QStringLiteral("desc")}) {
        const QJsonArray rows = items(call(QStringLiteral("domain-list"),
                                           {{QStringLiteral("order_by"), QJsonObject{{QStringLiteral("end_date"), direction}}},
                                            {QStringLiteral("limit"), 1000}}));
        QVERIFY(rows.size() > 2);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QDateTime previous = storedDate(rows[i - 1][QStringLiteral("end_date")]);
            const QDateTime current = storedDate(rows[i][QStringLiteral("end_date")]);
            QVERIFY(direction == u"asc" ? previous <= current : previous >= current);
        }
    }
    const QJsonObject bad = call(QStringLiteral("domain-list"),
                                 {{QStringLiteral("order_by"), QJsonObject{{QStringLiteral("end_date"), QStringLiteral("up")}}}});
    QCOMPARE(firstCode(bad), QStringLiteral("invalid:order_by.end_date"));
}

void TestLists::pagingLastPage()
{
    const QJsonObject first = call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), QStringLiteral("7")}});
    const int count = first[QStringLiteral("data")][QStringLiteral("count")].toString().toInt();
    const int pages = first[QStringLiteral("data")][QStringLiteral("pages")].toInt();
    QVERIFY(count > 7);
    QCOMPARE(pages, (count + 6) / 7);
    QCOMPARE(items(first).size(), 7);

    const QJsonObject last = call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), QStringLiteral("7")},
                                                                   {QStringLiteral("page"), QString::number(pages)}});
    QCOMPARE(items(last).size(), count - (pages - 1) * 7);
    QCOMPARE(last[QStringLiteral("data")][QStringLiteral("page")].toInt(), pages);

    const QJsonObject beyond = call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), QStringLiteral("7")},
                                                                     {QStringLiteral("page"), QString::number(pages + 1)}});
    QVERIFY(beyond[QStringLiteral("status")].toBool());
    QCOMPARE(items(beyond).size(), 0);

    // No row appears on two pages.
    QSet<QString> seen;
    for (int page = 1; page <= pages; ++page) {
        const QJsonArray rows = items(call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), 7}, {QStringLiteral("page"), page}}));
        for (const QJsonValue &row : rows)
            seen.insert(row[QStringLiteral("domain_id")].toString());
    }
    QCOMPARE(seen.size(), count);
}

void TestLists::pagingLimits()
{
    const QJsonObject capped = call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), 5000}});
    QCOMPARE(capped[QStringLiteral("data")][QStringLiteral("limit")].toInt(), 1000);
    const QJsonObject zero = call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), 0}});
    QCOMPARE(firstCode(zero), QStringLiteral("invalid:limit"));
    const QJsonObject text = call(QStringLiteral("domain-list"), {{QStringLiteral("page"), QStringLiteral("two")}});
    QCOMPARE(firstCode(text), QStringLiteral("invalid:page"));
}

void TestLists::relations()
{
    const QJsonArray domains = items(call(QStringLiteral("domain-list"),
                                          {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.org")}}},
                                           {QStringLiteral("with"), QJsonArray{QStringLiteral("account"), QStringLiteral("resource")}}}));
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains[0][QStringLiteral("account")][QStringLiteral("username")].toString(), QStringLiteral("test2020"));
    QCOMPARE(domains[0][QStringLiteral("resource")][QStringLiteral("id")].toString(), QStringLiteral("137114"));

    const QJsonObject account = call(QStringLiteral("account-details"),
                                     {{QStringLiteral("account_id"), QStringLiteral("81314")},
                                      {QStringLiteral("with"), QJsonArray{QStringLiteral("resources"), QStringLiteral("registered_domains")}}});
    const QJsonArray resources = account[QStringLiteral("data")][QStringLiteral("resources")].toArray();
    QCOMPARE(resources.size(), 2);
    QCOMPARE(resources[1][QStringLiteral("unit")].toString(), QStringLiteral("GB/MO"));
    QCOMPARE(account[QStringLiteral("data")][QStringLiteral("registered_domains")][0][QStringLiteral("domain")].toString(),
             QStringLiteral("example.org"));

    const QJsonArray orders = items(call(QStringLiteral("order-list"),
                                         {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("order_id"), QStringLiteral("XGQMNJVQN3SEZDDQ")}}},
                                          {QStringLiteral("with"), QJsonArray{QStringLiteral("items")}}}));
    QCOMPARE(orders.size(), 1);
    // The items relation replaces the summary text with the list of items.
    QCOMPARE(orders[0][QStringLiteral("items")][0][QStringLiteral("item_id")].toString(), QStringLiteral("JWY3UM6FDZJMPUQC"));
}

void TestLists::unknownRelationRejected()
{
    const QJsonObject reply = call(QStringLiteral("domain-list"), {{QStringLiteral("with"), QJsonArray{QStringLiteral("owner")}}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:with"));
}

void TestLists::timeZoneConversion()
{
    const QJsonObject utc = call(QStringLiteral("account-details"), {{QStringLiteral("account_id"), QStringLiteral("81314")}});
    const QJsonObject singapore = call(QStringLiteral("account-details"), {{QStringLiteral("account_id"), QStringLiteral("81314")},
                                                                           {QStringLiteral("tz"), QStringLiteral("Asia/Singapore")}});
    const QDateTime utcEnd = storedDate(utc[QStringLiteral("data")][QStringLiteral("end_date")]);
    QCOMPARE(utc[QStringLiteral("data")][QStringLiteral("end_date")].toString(),
             Today.addDays(617).toString(Qt::ISODate) + QStringLiteral(" 05:00:00"));
    QCOMPARE(singapore[QStringLiteral("data")][QStringLiteral("end_date")].toString(),
             utcEnd.addSecs(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"));

    // A filter date is read in the request's tz: 13:00 in Singapore is 05:00 UTC.
    const QString local = utcEnd.addSecs(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss");
    const QString stored = utcEnd.toString(u"yyyy-MM-dd HH:mm:ss");
    const auto countAt = [this](const QString &when, const QString &tz) {
        QJsonObject payload{{QStringLiteral("filter"), QJsonObject{{QStringLiteral("end_date"), when}}}};
        if (!tz.isEmpty())
            payload.insert(QStringLiteral("tz"), tz);
        return items(call(QStringLiteral("account-list"), payload)).size();
    };
    const qsizetype inUtc = countAt(stored, QString());
    QVERIFY(inUtc > 0);
    QCOMPARE(countAt(local, QStringLiteral("Asia/Singapore")), inUtc);
    QCOMPARE(countAt(stored, QStringLiteral("Asia/Singapore")), 0);

    const QJsonObject invalid = call(QStringLiteral("account-list"), {{QStringLiteral("tz"), QStringLiteral("Nowhere/Special")}});
    QCOMPARE(firstCode(invalid), QStringLiteral("invalid:tz"));
}

void TestLists::daysToExpire()
{
    const QJsonObject account = call(QStringLiteral("account-details"), {{QStringLiteral("account_id"), 81314}});
    QCOMPARE(account[QStringLiteral("data")][QStringLiteral("days_to_expire")].toString(), QStringLiteral("617"));
    const QJsonObject domain = items(call(QStringLiteral("domain-list"),
                                          {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("domain_id"), QStringLiteral("121475")}}}}))
                                   .at(0).toObject();
    QCOMPARE(domain[QStringLiteral("days_to_expire")].toString(), QStringLiteral("422"));

    // Every row: whole days from today to the end date, negative once expired.
    bool sawExpired = false;
    for (const QJsonValue &row : items(call(QStringLiteral("domain-list"), {{QStringLiteral("limit"), 1000}}))) {
        const int days = row[QStringLiteral("days_to_expire")].toString().toInt();
        QCOMPARE(days, Today.daysTo(storedDate(row[QStringLiteral("end_date")]).date()));
        sawExpired = sawExpired || days < 0;
    }
    QVERIFY(sawExpired);
}

void TestLists::detailsNotFound()
{
    QCOMPARE(firstCode(call(QStringLiteral("account-details"), {{QStringLiteral("account_id"), QStringLiteral("1")}})),
             QStringLiteral("not_found:account_id"));
    QCOMPARE(firstCode(call(QStringLiteral("account-details"), {})), QStringLiteral("required:account_id"));
    QCOMPARE(firstCode(call(QStringLiteral("domain-details"), {{QStringLiteral("domain"), QStringLiteral("missing.example")}})),
             QStringLiteral("not_found:domain"));
    QCOMPARE(firstCode(call(QStringLiteral("order-details"), {{QStringLiteral("order_id"), QStringLiteral("NOPE")}})),
             QStringLiteral("not_found:order_id"));
    QCOMPARE(firstCode(call(QStringLiteral("ticket-details"), {{QStringLiteral("id"), QStringLiteral("5")}})),
             QStringLiteral("not_found:id"));
}

void TestLists::ticketDetailsMarksRead()
{
    const auto isRead = [this] {
        return items(call(QStringLiteral("ticket-list"),
                          {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("id"), QStringLiteral("935470")}}}}))
            .at(0)[QStringLiteral("is_read")]
            .toString();
    };
    QCOMPARE(isRead(), QStringLiteral("0"));
    const QJsonObject details = call(QStringLiteral("ticket-details"), {{QStringLiteral("id"), QStringLiteral("935470")}});
    const QJsonObject ticket = details[QStringLiteral("data")][QStringLiteral("ticket")].toObject();
    QCOMPARE(ticket[QStringLiteral("is_read")].toString(), QStringLiteral("1"));
    QVERIFY(!ticket[QStringLiteral("read_on")].isNull());
    QCOMPARE(ticket[QStringLiteral("messages")][0][QStringLiteral("id")].toString(), QStringLiteral("1241144"));
    QCOMPARE(ticket[QStringLiteral("can_reply")].toBool(false), true);
    QCOMPARE(isRead(), QStringLiteral("1"));
}

void TestLists::orderDetailsShape()
{
    const QJsonObject reply = call(QStringLiteral("order-details"), {{QStringLiteral("order_id"), QStringLiteral("XGQMNJVQN3SEZDDQ")}});
    const QJsonObject order = reply[QStringLiteral("data")][QStringLiteral("order")].toObject();
    QCOMPARE(order[QStringLiteral("total")].toString(), QStringLiteral("65.14"));
    QVERIFY(order[QStringLiteral("items")][QStringLiteral("JWY3UM6FDZJMPUQC")].isObject());
    QCOMPARE(order[QStringLiteral("payment_due")].toDouble(), 65.14);
    QCOMPARE(order[QStringLiteral("phone_country_code")].toString(), QStringLiteral("+1"));
}

QTEST_GUILESS_MAIN(TestLists)
#include "tst_lists.moc"
