#include "api/hmac.h"
#include "api/payload.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using ResellerDesk::Api::Payload;

class PayloadTest : public QObject
{
    Q_OBJECT

private slots:
    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
    void hmacSkipsSignatureKey();
    void queryMatchesPhp();
    void toQueryEdgeCases_data();
    void toQueryEdgeCases();
    void toJsonKeepsOrder();
    void insertReplacesInPlace();
    void signPayloadAppendsFields();
    void nonceIsRandomHex();
};

// Expected values come from PHP 8.2: hash_hmac('sha256', $cmd . '?' . http_build_query($p),
// $secret) with the keys in the order listed.
void PayloadTest::hmacKnownAnswers_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<Payload>("payload");
    QTest::addColumn<QString>("signature");

    QTest::newRow("token-nonce-ts")
            << QStringLiteral("account-list") << QStringLiteral("API_HMAC_SECRET")
            << Payload{{QStringLiteral("auth_token"), QStringLiteral("API_TOKEN")},
                       {QStringLiteral("nonce"), QStringLiteral("43b3d51ad97d7906bdd79771cd0df012")},
                       {QStringLiteral("ts"), qint64(1580468086)}}
            << QStringLiteral("c82f2502ed3fea4ed84e64b06c997dfcf2959959dd91ca743a344041d45950e9");

    QTest::newRow("list-parameters")
            << QStringLiteral("account-list") << QStringLiteral("API_HMAC_SECRET")
            << Payload{{QStringLiteral("filter"),
                        QJsonObject{{QStringLiteral("username:like%"), QStringLiteral("test")}}},
                       {QStringLiteral("limit"), QStringLiteral("100")},
                       {QStringLiteral("page"), QStringLiteral("2")},
                       {QStringLiteral("with"), QJsonArray{QStringLiteral("resources")}},
                       {QStringLiteral("order_by"),
                        QJsonObject{{QStringLiteral("account_id"), QStringLiteral("asc")}}},
                       {QStringLiteral("auth_token"), QStringLiteral("API_TOKEN")},
                       {QStringLiteral("nonce"), QStringLiteral("abc")},
                       {QStringLiteral("ts"), qint64(1580468086)}}
            << QStringLiteral("fba4cf8c5e41dbcc154b1dd1a36515e498083af051159a3d2b92204c35c8a5d8");

    QTest::newRow("in-filter")
            << QStringLiteral("ticket-list") << QStringLiteral("s3cr3t")
            << Payload{{QStringLiteral("filter"),
                        QJsonObject{{QStringLiteral("status:in"),
                                     QJsonArray{QStringLiteral("inprogress"),
                                                QStringLiteral("taken")}}}},
                       {QStringLiteral("auth_token"), QStringLiteral("T")},
                       {QStringLiteral("nonce"), QStringLiteral("n1")},
                       {QStringLiteral("ts"), qint64(1700000000)}}
            << QStringLiteral("d61d2dc7e15b187efc97276c8ff7c7105f00ec5a01b5621d6e397f39cde87b8f");
}

void PayloadTest::hmacKnownAnswers()
{
    QFETCH(QString, command);
    QFETCH(QString, secret);
    QFETCH(Payload, payload);
    QFETCH(QString, signature);

    QCOMPARE(ResellerDesk::Api::hmacSignature(command, payload, secret), signature);
}

void PayloadTest::hmacSkipsSignatureKey()
{
    Payload payload{{QStringLiteral("auth_token"), QStringLiteral("API_TOKEN")},
                    {QStringLiteral("nonce"), QStringLiteral("43b3d51ad97d7906bdd79771cd0df012")},
                    {QStringLiteral("ts"), qint64(1580468086)}};
    payload.insert(QStringLiteral("signature"), QStringLiteral("stale"));

    QCOMPARE(ResellerDesk::Api::hmacSignature(QStringLiteral("account-list"), payload,
                                              QStringLiteral("API_HMAC_SECRET")),
             QStringLiteral("c82f2502ed3fea4ed84e64b06c997dfcf2959959dd91ca743a344041d45950e9"));
}

void PayloadTest::queryMatchesPhp()
{
    const Payload payload{
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("username:like%"), QStringLiteral("test")}}},
        {QStringLiteral("limit"), QStringLiteral("100")},
        {QStringLiteral("page"), QStringLiteral("2")},
        {QStringLiteral("with"), QJsonArray{QStringLiteral("resources")}},
        {QStringLiteral("order_by"),
         QJsonObject{{QStringLiteral("account_id"), QStringLiteral("asc")}}},
        {QStringLiteral("auth_token"), QStringLiteral("API_TOKEN")},
        {QStringLiteral("nonce"), QStringLiteral("abc")},
        {QStringLiteral("ts"), qint64(1580468086)}};

    QCOMPARE(payload.toQuery(),
             QByteArray("filter%5Busername%3Alike%25%5D=test&limit=100&page=2&with%5B0%5D="
                        "resources&order_by%5Baccount_id%5D=asc&auth_token=API_TOKEN&nonce=abc&"
                        "ts=1580468086"));
}

void PayloadTest::toQueryEdgeCases_data()
{
    QTest::addColumn<Payload>("payload");
    QTest::addColumn<QByteArray>("query");

    const QString q = QStringLiteral("q");
    QTest::newRow("empty") << Payload() << QByteArray();
    QTest::newRow("space") << Payload{{q, QStringLiteral("a b")}} << QByteArray("q=a+b");
    QTest::newRow("tilde") << Payload{{q, QStringLiteral("a~b")}} << QByteArray("q=a%7Eb");
    QTest::newRow("unreserved") << Payload{{q, QStringLiteral("a-b_c.d")}}
                                << QByteArray("q=a-b_c.d");
    QTest::newRow("reserved") << Payload{{q, QStringLiteral("a&b=c/d?e+f*")}}
                              << QByteArray("q=a%26b%3Dc%2Fd%3Fe%2Bf%2A");
    QTest::newRow("unicode") << Payload{{q, QStringLiteral("caf\u00e9 \u4e2d")}}
                             << QByteArray("q=caf%C3%A9+%E4%B8%AD");
    QTest::newRow("empty-string") << Payload{{q, QString()}} << QByteArray("q=");
    QTest::newRow("key-encoded") << Payload{{QStringLiteral("a b~"), QStringLiteral("1")}}
                                 << QByteArray("a+b%7E=1");
    QTest::newRow("booleans") << Payload{{QStringLiteral("t"), true}, {QStringLiteral("f"), false}}
                              << QByteArray("t=1&f=0");
    QTest::newRow("null-left-out")
            << Payload{{QStringLiteral("a"), QJsonValue()}, {QStringLiteral("b"), QStringLiteral("x")}}
            << QByteArray("b=x");
    QTest::newRow("empty-arrays-left-out")
            << Payload{{QStringLiteral("a"), QJsonArray()},
                       {QStringLiteral("b"), QJsonObject()},
                       {QStringLiteral("c"), QStringLiteral("x")}}
            << QByteArray("c=x");
    QTest::newRow("nested-null-left-out")
            << Payload{{QStringLiteral("a"),
                        QJsonObject{{QStringLiteral("b"), QJsonValue()}, {QStringLiteral("c"), 1}}}}
            << QByteArray("a%5Bc%5D=1");
    QTest::newRow("nested-list")
            << Payload{{QStringLiteral("a"),
                        QJsonObject{{QStringLiteral("b"), QJsonArray{1, QStringLiteral("x y")}}}}}
            << QByteArray("a%5Bb%5D%5B0%5D=1&a%5Bb%5D%5B1%5D=x+y");
    QTest::newRow("list-of-objects")
            << Payload{{QStringLiteral("items"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), 1}},
                                   QJsonObject{{QStringLiteral("id"), 2}}}}}
            << QByteArray("items%5B0%5D%5Bid%5D=1&items%5B1%5D%5Bid%5D=2");
    QTest::newRow("integer") << Payload{{q, 10}} << QByteArray("q=10");
    QTest::newRow("large-integer") << Payload{{q, qint64(12345678901234567)}}
                                   << QByteArray("q=12345678901234567");
    QTest::newRow("negative") << Payload{{q, -3}} << QByteArray("q=-3");
    QTest::newRow("double") << Payload{{q, 1.5}} << QByteArray("q=1.5");
    QTest::newRow("integral-double") << Payload{{q, 2.0}} << QByteArray("q=2");
    QTest::newRow("tenth") << Payload{{q, 0.1}} << QByteArray("q=0.1");
    QTest::newRow("precision-14") << Payload{{q, 0.1 + 0.2}} << QByteArray("q=0.3");
    QTest::newRow("big-double") << Payload{{q, 1e20}} << QByteArray("q=1.0E+20");
    QTest::newRow("small-double") << Payload{{q, 1.5e-7}} << QByteArray("q=1.5E-7");
}

void PayloadTest::toQueryEdgeCases()
{
    QFETCH(Payload, payload);
    QFETCH(QByteArray, query);

    QCOMPARE(payload.toQuery(), query);
}

void PayloadTest::toJsonKeepsOrder()
{
    const Payload payload{{QStringLiteral("zeta"), 1},
                          {QStringLiteral("alpha"), QStringLiteral("a\"b")},
                          {QStringLiteral("mid"), QJsonObject{{QStringLiteral("y"), true},
                                                              {QStringLiteral("x"), QJsonValue()}}},
                          {QStringLiteral("list"), QJsonArray{1.5, QStringLiteral("s")}}};

    QCOMPARE(payload.toJson(),
             QByteArray("{\"zeta\":1,\"alpha\":\"a\\\"b\",\"mid\":{\"x\":null,\"y\":true},"
                        "\"list\":[1.5,\"s\"]}"));
    const QJsonDocument indented = QJsonDocument::fromJson(payload.toJson(QJsonDocument::Indented));
    QVERIFY(indented.isObject());
    QCOMPARE(indented.object().value(QStringLiteral("alpha")).toString(), QStringLiteral("a\"b"));
    QCOMPARE(Payload().toJson(), QByteArray("{}"));
}

void PayloadTest::insertReplacesInPlace()
{
    Payload payload{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
    payload.insert(QStringLiteral("a"), 3);
    payload.insert(QStringLiteral("c"), 4);

    QCOMPARE(payload.keys(), (QStringList{"a", "b", "c"}));
    QCOMPARE(payload.value(QStringLiteral("a")).toInt(), 3);
    QVERIFY(payload.value(QStringLiteral("missing")).isUndefined());

    payload.remove(QStringLiteral("b"));
    QCOMPARE(payload.keys(), (QStringList{"a", "c"}));
    QVERIFY(!payload.contains(QStringLiteral("b")));
}

void PayloadTest::signPayloadAppendsFields()
{
    Payload payload{{QStringLiteral("auth_token"), QStringLiteral("T")}};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    ResellerDesk::Api::signPayload(payload, QStringLiteral("ticket-list"), QStringLiteral("s"), now);

    QCOMPARE(payload.keys(), (QStringList{"auth_token", "nonce", "ts", "signature"}));
    QCOMPARE(payload.value(QStringLiteral("ts")).toInteger(), qint64(1700000000));
    Payload unsignedPart = payload;
    unsignedPart.remove(QStringLiteral("signature"));
    QCOMPARE(payload.value(QStringLiteral("signature")).toString(),
             ResellerDesk::Api::hmacSignature(QStringLiteral("ticket-list"), unsignedPart,
                                              QStringLiteral("s")));
}

void PayloadTest::nonceIsRandomHex()
{
    const QString first = ResellerDesk::Api::makeNonce();
    const QString second = ResellerDesk::Api::makeNonce();

    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    QVERIFY2(hex.match(first).hasMatch(), qPrintable(first));
    QVERIFY(first != second);
}

QTEST_GUILESS_MAIN(PayloadTest)
#include "tst_payload.moc"
