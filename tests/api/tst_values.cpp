#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/connectionsettings.h"
#include "api/envelope.h"
#include "api/jsonvalues.h"
#include "api/listpage.h"
#include "api/listquery.h"
#include "api/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ResellerDesk::Api;

class ValuesTest : public QObject
{
    Q_OBJECT

private slots:
    void numbersFromStrings();
    void emptyValuesGiveNothing();
    void boolValues();
    void textValues();
    void dateTimes();
    void orderByShapes();
    void envelopeGood();
    void envelopeFailures_data();
    void envelopeFailures();
    void envelopeMessageShapes();
    void messageDescriptions_data();
    void messageDescriptions();
    void userMessageNamesCommand();
    void listQueryPayload();
    void listQueryValidation_data();
    void listQueryValidation();
    void listPageFromReference();
    void listPageQuirks();
    void settingsValidation_data();
    void settingsValidation();
    void commandUrlJoinsPath();
    void readCommands_data();
    void readCommands();
    void redaction();
};

void ValuesTest::numbersFromStrings()
{
    QCOMPARE(JsonValues::toInt(QJsonValue(QStringLiteral("617"))), 617);
    QCOMPARE(JsonValues::toInt(QJsonValue(42)), 42);
    QCOMPARE(JsonValues::toInt(QJsonValue(QStringLiteral(" 12 "))), 12);
    QCOMPARE(JsonValues::toInt(QJsonValue(QStringLiteral("3.00"))), 3);
    QCOMPARE(JsonValues::toInt(QJsonValue(QStringLiteral("3.5"))), std::nullopt);
    QCOMPARE(JsonValues::toInt(QJsonValue(QStringLiteral("abc"))), std::nullopt);
    QCOMPARE(JsonValues::toInt(QJsonValue(QStringLiteral("99999999999"))), std::nullopt);
    QCOMPARE(JsonValues::toLongLong(QJsonValue(QStringLiteral("99999999999"))),
             qlonglong(99999999999));
    QCOMPARE(JsonValues::toLongLong(QJsonValue(qint64(9007199254740993))),
             qlonglong(9007199254740993));
    QCOMPARE(JsonValues::toDouble(QJsonValue(QStringLiteral("0.00"))), 0.0);
    QCOMPARE(JsonValues::toDouble(QJsonValue(QStringLiteral("12655.78"))), 12655.78);
    QCOMPARE(JsonValues::toDouble(QJsonValue(1.25)), 1.25);
    QCOMPARE(JsonValues::toDouble(QJsonValue(QStringLiteral("1,5"))), std::nullopt);
}

void ValuesTest::emptyValuesGiveNothing()
{
    const QList<QJsonValue> empties = {QJsonValue(), QJsonValue(QStringLiteral("")),
                                       QJsonValue(QJsonValue::Undefined), QJsonArray(),
                                       QJsonObject()};
    for (const QJsonValue &value : empties) {
        QCOMPARE(JsonValues::toInt(value), std::nullopt);
        QCOMPARE(JsonValues::toLongLong(value), std::nullopt);
        QCOMPARE(JsonValues::toDouble(value), std::nullopt);
        QCOMPARE(JsonValues::toBool(value), std::nullopt);
        QCOMPARE(JsonValues::toDateTime(value), std::nullopt);
    }
    QVERIFY(JsonValues::toText(QJsonValue()).isNull());
    QVERIFY(JsonValues::toText(QJsonObject()).isNull());
}

void ValuesTest::boolValues()
{
    QCOMPARE(JsonValues::toBool(QJsonValue(QStringLiteral("1"))), true);
    QCOMPARE(JsonValues::toBool(QJsonValue(QStringLiteral("0"))), false);
    QCOMPARE(JsonValues::toBool(QJsonValue(QStringLiteral("TRUE"))), true);
    QCOMPARE(JsonValues::toBool(QJsonValue(true)), true);
    QCOMPARE(JsonValues::toBool(QJsonValue(0)), false);
    QCOMPARE(JsonValues::toBool(QJsonValue(2)), true);
    QCOMPARE(JsonValues::toBool(QJsonValue(QStringLiteral("maybe"))), std::nullopt);
}

void ValuesTest::textValues()
{
    QCOMPARE(JsonValues::toText(QJsonValue(QStringLiteral("abc"))), QStringLiteral("abc"));
    QCOMPARE(JsonValues::toText(QJsonValue(81314)), QStringLiteral("81314"));
    QCOMPARE(JsonValues::toText(QJsonValue(1.5)), QStringLiteral("1.5"));
    QCOMPARE(JsonValues::toText(QJsonValue(true)), QStringLiteral("1"));
    QCOMPARE(JsonValues::toText(QJsonValue(QStringLiteral(""))), QString());
    QVERIFY(!JsonValues::toText(QJsonValue(QStringLiteral(""))).isNull());
}

void ValuesTest::dateTimes()
{
    const std::optional<QDateTime> utc
            = JsonValues::toDateTime(QJsonValue(QStringLiteral("2019-10-24 10:12:14")));
    QVERIFY(utc.has_value());
    QCOMPARE(utc->toUTC(), QDateTime(QDate(2019, 10, 24), QTime(10, 12, 14), QTimeZone::utc()));

    const QTimeZone singapore("Asia/Singapore");
    QVERIFY(singapore.isValid());
    const std::optional<QDateTime> local
            = JsonValues::toDateTime(QJsonValue(QStringLiteral("2019-10-24 10:12:14")), singapore);
    QVERIFY(local.has_value());
    QCOMPARE(local->toUTC(), QDateTime(QDate(2019, 10, 24), QTime(2, 12, 14), QTimeZone::utc()));

    const std::optional<QDateTime> dateOnly
            = JsonValues::toDateTime(QJsonValue(QStringLiteral("2018-05-01")));
    QVERIFY(dateOnly.has_value());
    QCOMPARE(dateOnly->date(), QDate(2018, 5, 1));
    QCOMPARE(dateOnly->time(), QTime(0, 0));

    QCOMPARE(JsonValues::toDateTime(QJsonValue(QStringLiteral("0000-00-00 00:00:00"))),
             std::nullopt);
    QCOMPARE(JsonValues::toDateTime(QJsonValue(QStringLiteral("24/10/2019"))), std::nullopt);
    QCOMPARE(JsonValues::toDateTime(QJsonValue(1571911934)), std::nullopt);
}

void ValuesTest::orderByShapes()
{
    const QList<SortKey> keys = JsonValues::toOrderBy(QJsonObject{
            {QStringLiteral("account_id"), QStringLiteral("desc")},
            {QStringLiteral("username"), QStringLiteral("ASC")}});
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), (SortKey{QStringLiteral("account_id"), false}));
    QCOMPARE(keys.at(1), (SortKey{QStringLiteral("username"), true}));

    QVERIFY(JsonValues::toOrderBy(QJsonObject()).isEmpty());
    QVERIFY(JsonValues::toOrderBy(QJsonArray()).isEmpty());
    QVERIFY(JsonValues::toOrderBy(QJsonValue()).isEmpty());
}

void ValuesTest::envelopeGood()
{
    const Envelope envelope = parseEnvelope(
            R"({"ttl": "60", "status": true, "data": {"a": "1"},
                "messages": [{"type": "success", "code": "order_create_success"}]})");
    QVERIFY2(envelope.isValid(), qPrintable(envelope.error));
    QCOMPARE(envelope.ttl, 60);
    QVERIFY(envelope.status);
    QCOMPARE(envelope.data.toObject().value(QStringLiteral("a")).toString(), QStringLiteral("1"));
    QCOMPARE(envelope.messages.size(), 1);
    QCOMPARE(envelope.messages.at(0).code, QStringLiteral("order_create_success"));
    QCOMPARE(envelope.messages.at(0).describe(), QStringLiteral("The order was created."));
}

void ValuesTest::envelopeFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("truncated") << QByteArray(R"({"ttl":0,"status":true,"data":{"a")")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>")
                          << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("list") << QByteArray("[1,2]") << QStringLiteral("not an object");
    QTest::newRow("no-status") << QByteArray(R"({"ttl":0,"data":[]})")
                               << QStringLiteral("no \"status\"");
    QTest::newRow("status-text") << QByteArray(R"({"status":"maybe"})")
                                 << QStringLiteral("no \"status\"");
}

void ValuesTest::envelopeFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);

    const Envelope envelope = parseEnvelope(body);
    QVERIFY(!envelope.isValid());
    QVERIFY2(envelope.error.contains(errorPart), qPrintable(envelope.error));
}

void ValuesTest::envelopeMessageShapes()
{
    // Shapes that PHP may produce: status as "0", messages as {} and params as a list.
    const Envelope keyed = parseEnvelope(
            R"({"status":"0","data":[],"messages":{"0":{"type":"error","code":"unauthorized"}}})");
    QVERIFY(keyed.isValid());
    QVERIFY(!keyed.status);
    QCOMPARE(keyed.messages.size(), 1);
    QCOMPARE(keyed.messages.at(0).code, QStringLiteral("unauthorized"));
    QVERIFY(keyed.messages.at(0).isError());

    const Envelope listParams = parseEnvelope(
            R"({"status":false,"messages":[{"type":"error","code":"x","params":["a"]}]})");
    QCOMPARE(listParams.messages.at(0).params.value(QStringLiteral("0")).toString(),
             QStringLiteral("a"));

    const Envelope noMessages = parseEnvelope(R"({"status":true,"data":null})");
    QVERIFY(noMessages.isValid());
    QVERIFY(noMessages.messages.isEmpty());
    QVERIFY(noMessages.data.isNull());
}

void ValuesTest::messageDescriptions_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unauthorized") << QStringLiteral("unauthorized") << QJsonObject()
                                  << QStringLiteral("Check the token");
    QTest::newRow("signature") << QStringLiteral("invalid_signature") << QJsonObject()
                               << QStringLiteral("clock");
    QTest::newRow("system") << QStringLiteral("system_error") << QJsonObject()
                            << QStringLiteral("Try again later");
    QTest::newRow("domain") << QStringLiteral("domain_not_available") << QJsonObject()
                            << QStringLiteral("not available");
    QTest::newRow("invalid-field") << QStringLiteral("invalid:contact.email") << QJsonObject()
                                   << QStringLiteral("\"contact.email\" has an invalid value");
    QTest::newRow("required-field") << QStringLiteral("required:domain.sld") << QJsonObject()
                                    << QStringLiteral("\"domain.sld\" is required");
    QTest::newRow("item-index") << QStringLiteral("required:domain.sld")
                                << QJsonObject{{QStringLiteral("item_index"), QStringLiteral("2")}}
                                << QStringLiteral("item 2");
    QTest::newRow("timestamp") << QStringLiteral("invalid_timestamp") << QJsonObject()
                               << QStringLiteral("clock");
    QTest::newRow("not-found") << QStringLiteral("not_found:account_id") << QJsonObject()
                               << QStringLiteral("\"account_id\" was found");
    QTest::newRow("unknown") << QStringLiteral("some_code") << QJsonObject()
                             << QStringLiteral("Some code.");
    QTest::newRow("unknown-field") << QStringLiteral("too_long:note") << QJsonObject()
                                   << QStringLiteral("Too long: \"note\"");
}

void ValuesTest::messageDescriptions()
{
    QFETCH(QString, code);
    QFETCH(QJsonObject, params);
    QFETCH(QString, expected);

    ApiMessage message;
    message.type = QStringLiteral("error");
    message.code = code;
    message.params = params;
    const QString text = message.describe();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void ValuesTest::userMessageNamesCommand()
{
    ApiError error;
    QVERIFY(error.userMessage().isEmpty());
    error.command = QStringLiteral("order-create");
    const QList<ApiError::Kind> kinds = {
        ApiError::Kind::InvalidRequest, ApiError::Kind::Transport, ApiError::Kind::Timeout,
        ApiError::Kind::Tls, ApiError::Kind::Http, ApiError::Kind::Envelope,
        ApiError::Kind::Api, ApiError::Kind::Aborted};
    for (ApiError::Kind kind : kinds) {
        error.kind = kind;
        QVERIFY2(error.userMessage().contains(QStringLiteral("\"order-create\"")),
                 qPrintable(ApiError::kindName(kind)));
    }

    error.kind = ApiError::Kind::Api;
    error.messages = {ApiMessage{QStringLiteral("error"), QStringLiteral("unauthorized"), {}}};
    QVERIFY(error.userMessage().contains(QStringLiteral("Check the token")));
    QVERIFY(error.hasCode(QStringLiteral("unauthorized")));
    QVERIFY(!error.hasCode(QStringLiteral("system_error")));

    error.kind = ApiError::Kind::Http;
    error.httpStatus = 503;
    QVERIFY(error.userMessage().contains(QStringLiteral("503")));
    QVERIFY(error.userMessage().contains(QStringLiteral("try again later")));
}

void ValuesTest::listQueryPayload()
{
    ListQuery query;
    query.addFilter(QStringLiteral("username"), FilterCondition::LikePrefix, QStringLiteral("test"))
            .addFilter(QStringLiteral("hostname"), FilterCondition::Equal,
                       QStringLiteral("example.com"))
            .addFilter(QStringLiteral("plan"), FilterCondition::NotEqual, QStringLiteral("x"))
            .addFilter(QStringLiteral("status"), FilterCondition::In, QStringLiteral("taken"))
            .addFilter(QStringLiteral("storage_used"), FilterCondition::Range,
                       QJsonArray{10, 101.5})
            .addRange(QStringLiteral("end_date"), FilterCondition::DateRange,
                      QStringLiteral("2017-01-01 12:00:00"), QStringLiteral("2020-01-01 00:00:00"))
            .addFilter(QStringLiteral("days_to_expire"), FilterCondition::LessOrEqual, 30);
    query.orderBy = {{QStringLiteral("account_id"), true}};
    query.with = {QStringLiteral("resources")};
    query.limit = 100;
    query.page = 2;
    query.tz = QStringLiteral("Asia/Singapore");
    query.userIp = QStringLiteral("1.2.3.4");
    query.extra.insert(QStringLiteral("usage_overview"), 1);
    QVERIFY(query.validate());

    const Payload payload = query.toPayload();
    QCOMPARE(payload.keys(), (QStringList{"filter", "limit", "page", "with", "order_by", "tz",
                                          "user_ip", "usage_overview"}));
    const QJsonObject filter = payload.value(QStringLiteral("filter")).toObject();
    QCOMPARE(filter.value(QStringLiteral("username:like%")).toString(), QStringLiteral("test"));
    QCOMPARE(filter.value(QStringLiteral("hostname")).toString(), QStringLiteral("example.com"));
    QCOMPARE(filter.value(QStringLiteral("plan:!")).toString(), QStringLiteral("x"));
    QCOMPARE(filter.value(QStringLiteral("status:in")).toArray(),
             QJsonArray{QStringLiteral("taken")});
    QCOMPARE(filter.value(QStringLiteral("storage_used:range")).toString(),
             QStringLiteral("10,101.5"));
    QCOMPARE(filter.value(QStringLiteral("end_date:daterange")).toString(),
             QStringLiteral("2017-01-01 12:00:00,2020-01-01 00:00:00"));
    QCOMPARE(filter.value(QStringLiteral("days_to_expire:<=")).toInt(), 30);
    QCOMPARE(payload.value(QStringLiteral("order_by")).toObject(),
             (QJsonObject{{QStringLiteral("account_id"), QStringLiteral("asc")}}));
    QCOMPARE(payload.value(QStringLiteral("with")).toArray(), QJsonArray{QStringLiteral("resources")});
    QCOMPARE(payload.value(QStringLiteral("limit")).toInt(), 100);

    const QStringList tokens = {"=", "!", "like%", "%like%", ">", "<", ">=", "<=", "range",
                                "daterange", "in"};
    for (int i = 0; i < tokens.size(); ++i)
        QCOMPARE(filterConditionToken(FilterCondition(i)), tokens.at(i));

    QVERIFY(ListQuery().toPayload().isEmpty());
}

void ValuesTest::listQueryValidation_data()
{
    QTest::addColumn<ListQuery>("query");
    QTest::addColumn<QString>("messagePart");

    ListQuery badProperty;
    badProperty.addFilter(QStringLiteral("user name]"), FilterCondition::Equal, 1);
    QTest::newRow("property") << badProperty << QStringLiteral("\"user name]\"");

    ListQuery badRange;
    badRange.addFilter(QStringLiteral("storage_used"), FilterCondition::Range,
                       QStringLiteral("10"));
    QTest::newRow("range") << badRange << QStringLiteral("\"10\"");

    ListQuery emptyIn;
    emptyIn.addFilter(QStringLiteral("status"), FilterCondition::In, QJsonArray());
    QTest::newRow("empty-in") << emptyIn << QStringLiteral("empty list");

    ListQuery listForEqual;
    listForEqual.addFilter(QStringLiteral("status"), FilterCondition::Equal, QJsonArray{1, 2});
    QTest::newRow("list-for-equal") << listForEqual << QStringLiteral("single value");

    ListQuery negativeLimit;
    negativeLimit.limit = -5;
    QTest::newRow("limit") << negativeLimit << QStringLiteral("-5");

    ListQuery badSort;
    badSort.orderBy = {{QStringLiteral("a;b"), true}};
    QTest::newRow("sort") << badSort << QStringLiteral("\"a;b\"");
}

void ValuesTest::listQueryValidation()
{
    QFETCH(ListQuery, query);
    QFETCH(QString, messagePart);

    QString message;
    QVERIFY(!query.validate(&message));
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void ValuesTest::listPageFromReference()
{
    const QJsonDocument data = QJsonDocument::fromJson(R"({
        "order_by": {"account_id": "asc"}, "limit": 100, "page": 2, "count": "1", "pages": 1,
        "data": [{"account_id": "81314", "days_to_expire": "617", "parent_id": null}]})");
    QString problem;
    const std::optional<ListPage> page = ListPage::fromData(data.object(), &problem);
    QVERIFY2(page.has_value(), qPrintable(problem));
    QCOMPARE(page->limit, 100);
    QCOMPARE(page->page, 2);
    QCOMPARE(page->count, 1);
    QCOMPARE(page->pages, 1);
    QCOMPARE(page->orderBy, (QList<SortKey>{{QStringLiteral("account_id"), true}}));
    QCOMPARE(page->items.size(), 1);
}

void ValuesTest::listPageQuirks()
{
    // order_by as [], numbers as strings, no "pages": computed from count and limit.
    const QJsonDocument noPages = QJsonDocument::fromJson(
            R"({"order_by": [], "limit": "10", "page": "1", "count": "35", "data": []})");
    const std::optional<ListPage> computed = ListPage::fromData(noPages.object());
    QVERIFY(computed.has_value());
    QCOMPARE(computed->pages, 4);
    QVERIFY(computed->orderBy.isEmpty());

    const QJsonDocument emptyObject = QJsonDocument::fromJson(
            R"({"order_by": {}, "count": "0", "pages": 0, "data": {}})");
    const std::optional<ListPage> empty = ListPage::fromData(emptyObject.object());
    QVERIFY(empty.has_value());
    QCOMPARE(empty->items.size(), 0);

    QString problem;
    QVERIFY(!ListPage::fromData(QJsonArray(), &problem).has_value());
    QVERIFY(problem.contains(QStringLiteral("not a list page")));
    QVERIFY(!ListPage::fromData(QJsonObject{{QStringLiteral("data"), QStringLiteral("x")}})
                     .has_value());
}

void ValuesTest::settingsValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default") << QStringLiteral("https://api.suresupport.com") << true;
    QTest::newRow("https-path") << QStringLiteral("https://example.com/api/") << true;
    QTest::newRow("loopback-v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("loopback-v4-range") << QStringLiteral("http://127.3.4.5") << true;
    QTest::newRow("loopback-v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("localhost") << QStringLiteral("http://LOCALHOST:1") << true;
    QTest::newRow("plain-remote") << QStringLiteral("http://api.suresupport.com") << false;
    QTest::newRow("plain-private") << QStringLiteral("http://192.168.1.1") << false;
    QTest::newRow("plain-lookalike") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no-host") << QStringLiteral("https://") << false;
    QTest::newRow("relative") << QStringLiteral("api.suresupport.com") << false;
    QTest::newRow("query") << QStringLiteral("https://example.com/?x=1") << false;
}

void ValuesTest::settingsValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);

    ConnectionSettings settings;
    settings.baseUrl = QUrl(url);
    QString message;
    QCOMPARE(settings.validate(&message), valid);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid && !url.isEmpty() && url != QLatin1String("https://"))
        QVERIFY2(message.contains(url, Qt::CaseInsensitive), qPrintable(message));
}

void ValuesTest::commandUrlJoinsPath()
{
    ConnectionSettings settings;
    QCOMPARE(settings.commandUrl(QStringLiteral("account-list")),
             QUrl(QStringLiteral("https://api.suresupport.com/account-list")));
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/base"));
    QCOMPARE(settings.commandUrl(QStringLiteral("tlds")),
             QUrl(QStringLiteral("http://127.0.0.1:9/base/tlds")));

    settings.timeoutMs = 0;
    QString message;
    QVERIFY(!settings.validate(&message));
    QVERIFY(message.contains(QStringLiteral("0 ms")));
}

void ValuesTest::readCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("read");

    QTest::newRow("list") << QStringLiteral("account-list") << true;
    QTest::newRow("details") << QStringLiteral("domain-details") << true;
    QTest::newRow("enums") << QStringLiteral("account-enums") << true;
    QTest::newRow("check") << QStringLiteral("domain-check") << true;
    QTest::newRow("tldsld") << QStringLiteral("domain-tldsld") << true;
    QTest::newRow("countries") << QStringLiteral("countries") << true;
    QTest::newRow("tlds") << QStringLiteral("tlds") << true;
    QTest::newRow("order-create") << QStringLiteral("order-create") << false;
    QTest::newRow("order-update") << QStringLiteral("order-update") << false;
    QTest::newRow("payment-add") << QStringLiteral("payment-add") << false;
    QTest::newRow("ticket-post") << QStringLiteral("ticket-post") << false;
    QTest::newRow("ticket-reply") << QStringLiteral("ticket-reply") << false;
    QTest::newRow("democp-url") << QStringLiteral("democp-url") << false;
    QTest::newRow("payment-request-create") << QStringLiteral("payment-request-create") << false;
}

void ValuesTest::readCommands()
{
    QFETCH(QString, command);
    QFETCH(bool, read);

    QCOMPARE(ApiClient::isReadCommand(command), read);
}

void ValuesTest::redaction()
{
    const QByteArray json = redactJson(
            R"({"auth_token":"TOKEN1","data":{"password":"PW1","name":"n"},"signature":"SIG1"})");
    QVERIFY(!json.contains("TOKEN1"));
    QVERIFY(!json.contains("PW1"));
    QVERIFY(!json.contains("SIG1"));
    QVERIFY(json.contains("\"name\":\"n\""));

    const QByteArray truncated = redactJson(R"({"a":1,"auth_token":"TOKEN2","password":"PW)");
    QVERIFY2(!truncated.contains("TOKEN2"), truncated.constData());
    QVERIFY2(!truncated.contains("PW"), truncated.constData());

    const QByteArray query
            = redactQuery("a=1&auth_token=TOKEN3&contact%5Bpassword%5D=PW3&signature=SIG3&b=2");
    QVERIFY(!query.contains("TOKEN3"));
    QVERIFY(!query.contains("PW3"));
    QVERIFY(!query.contains("SIG3"));
    QVERIFY(query.startsWith("a=1&"));
    QVERIFY(query.endsWith("&b=2"));

    QVERIFY(isSecretHeader("X-Auth-Token"));
    QVERIFY(isSecretHeader("x-auth-signature"));
    QVERIFY(!isSecretHeader("Content-Type"));
}

QTEST_GUILESS_MAIN(ValuesTest)
#include "tst_values.moc"
