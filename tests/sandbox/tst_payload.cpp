// Unit tests of the payload parser and the http_build_query() builder behind HMAC checks.
#include "sandbox/requestauthenticator.h"
#include "sandbox/requestpayload.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ResellerDesk::Sandbox;

class TestPayload : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void queryEncoding();
    void queryKeepsReceivedOrder();
    void formNestedKeys();
    void formPlusIsSpace();
    void malformedJson();
    void jsonNotObject();
};

void TestPayload::knownAnswers_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("signature");

    // Expected values computed with PHP 8.2 hash_hmac('sha256', ...) and http_build_query().
    QTest::newRow("plain") << QStringLiteral("account-list") << QStringLiteral("API_HMAC_SECRET")
                           << QByteArray(R"({"auth_token":"API_TOKEN","nonce":"43b3d51ad97d7906bdd79771cd0df012","ts":1580468086})")
                           << QStringLiteral("auth_token=API_TOKEN&nonce=43b3d51ad97d7906bdd79771cd0df012&ts=1580468086")
                           << QStringLiteral("c82f2502ed3fea4ed84e64b06c997dfcf2959959dd91ca743a344041d45950e9");
    QTest::newRow("nested") << QStringLiteral("account-list") << QStringLiteral("API_HMAC_SECRET")
                            << QByteArray(R"({"filter":{"username:like%":"test"},"limit":"100","page":"2","with":["resources"],"order_by":{"account_id":"asc"},"auth_token":"API_TOKEN","nonce":"abc","ts":1580468086})")
                            << QStringLiteral("filter%5Busername%3Alike%25%5D=test&limit=100&page=2&with%5B0%5D=resources&order_by%5Baccount_id%5D=asc&auth_token=API_TOKEN&nonce=abc&ts=1580468086")
                            << QStringLiteral("fba4cf8c5e41dbcc154b1dd1a36515e498083af051159a3d2b92204c35c8a5d8");
    QTest::newRow("in list") << QStringLiteral("ticket-list") << QStringLiteral("s3cr3t")
                             << QByteArray(R"({"filter":{"status:in":["inprogress","taken"]},"auth_token":"T","nonce":"n1","ts":1700000000})")
                             << QStringLiteral("filter%5Bstatus%3Ain%5D%5B0%5D=inprogress&filter%5Bstatus%3Ain%5D%5B1%5D=taken&auth_token=T&nonce=n1&ts=1700000000")
                             << QStringLiteral("d61d2dc7e15b187efc97276c8ff7c7105f00ec5a01b5621d6e397f39cde87b8f");
}

void TestPayload::knownAnswers()
{
    QFETCH(QString, command);
    QFETCH(QString, secret);
    QFETCH(QByteArray, json);
    QFETCH(QString, query);
    QFETCH(QString, signature);

    RequestPayload payload;
    QString error;
    QVERIFY2(payload.parseJson(json, &error), qPrintable(error));
    QCOMPARE(payload.toQuery(QStringLiteral("signature")), query);
    QCOMPARE(RequestAuthenticator::signature(command, payload.toQuery(), secret), signature);
}

void TestPayload::queryEncoding()
{
    RequestPayload payload;
    QString error;
    QVERIFY(payload.parseJson(
        R"({"s":"a b~*é","t":true,"f":false,"n":null,"e":[],"o":{},"x":1.50,"neg":-3})", &error));
    // PHP: space as +, ~ and * encoded, UTF-8 bytes as %XX, null and empty arrays left out,
    // booleans as 1 and 0, numbers as written.
    QCOMPARE(payload.toQuery(), QStringLiteral("s=a+b%7E%2A%C3%A9&t=1&f=0&x=1.50&neg=-3"));
    QCOMPARE(phpUrlEncode(QStringLiteral("-_.AZaz09")), QStringLiteral("-_.AZaz09"));
}

void TestPayload::queryKeepsReceivedOrder()
{
    RequestPayload payload;
    QString error;
    QVERIFY(payload.parseJson(R"({"z":"1","a":{"y":"2","b":"3"},"signature":"s","m":"4"})", &error));
    QCOMPARE(payload.toQuery(QStringLiteral("signature")), QStringLiteral("z=1&a%5By%5D=2&a%5Bb%5D=3&m=4"));
}

void TestPayload::formNestedKeys()
{
    RequestPayload payload;
    payload.parseForm("filter%5Busername%3Alike%25%5D=test&with[0]=resources&with[1]=usage"
                      "&order_by[account_id]=asc&limit=10");
    const QJsonObject filter = payload.value(QStringLiteral("filter")).toObject();
    QCOMPARE(filter.value(QStringLiteral("username:like%")).toString(), QStringLiteral("test"));
    const QJsonArray with = payload.value(QStringLiteral("with")).toArray();
    QCOMPARE(with.size(), 2);
    QCOMPARE(with.at(1).toString(), QStringLiteral("usage"));
    QCOMPARE(payload.text(QStringLiteral("limit")), QStringLiteral("10"));
    QCOMPARE(payload.toQuery(),
             QStringLiteral("filter%5Busername%3Alike%25%5D=test&with%5B0%5D=resources"
                            "&with%5B1%5D=usage&order_by%5Baccount_id%5D=asc&limit=10"));
}

void TestPayload::formPlusIsSpace()
{
    RequestPayload payload;
    payload.parseForm("q=a+b&r=c%2Bd&with[]=x&with[]=y");
    QCOMPARE(payload.text(QStringLiteral("q")), QStringLiteral("a b"));
    QCOMPARE(payload.text(QStringLiteral("r")), QStringLiteral("c+d"));
    QCOMPARE(payload.value(QStringLiteral("with")).toArray().size(), 2);
}

void TestPayload::malformedJson()
{
    RequestPayload payload;
    QString error;
    QVERIFY(!payload.parseJson(R"({"auth_token": "T",)", &error));
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
}

void TestPayload::jsonNotObject()
{
    RequestPayload payload;
    QString error;
    QVERIFY(!payload.parseJson(R"(["auth_token"])", &error));
    QVERIFY2(error.contains(QStringLiteral("not an object")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
