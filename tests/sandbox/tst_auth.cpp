// Token and HMAC checks, request formats and envelope errors over real loopback HTTP.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("test-token");
const QString Secret = QStringLiteral("test-secret");

QString firstCode(const QJsonObject &envelope)
{
    return envelope.value(QStringLiteral("messages"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingTokenRejected();
    void wrongTokenRejected();
    void tokenHeaderAccepted();
    void storeTokenScopesData();
    void storeTokenRejectedForTickets();
    void signedRequestAccepted();
    void signatureHeaderAccepted();
    void badSignatureRejected();
    void missingNonceRejected();
    void staleTimestampRejected();
    void replayedNonceRejected();
    void signedFormAccepted();
    void formRequestWorks();
    void getRequestWorks();
    void malformedJsonRejected();
    void unknownCommandRejected();
    void unsupportedContentType();

private:
    QJsonObject signedPayload(const QString &command, const QString &nonce, qint64 ts) const;

    SandboxHost m_plain;
    SandboxHost m_signed;
    std::unique_ptr<SandboxTestClient> m_plainClient;
    std::unique_ptr<SandboxTestClient> m_signedClient;
};

void TestAuth::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.storeTokens.insert(QStringLiteral("6"), QStringLiteral("store-six"));
    QString error;
    QVERIFY2(m_plain.start(options, &error), qPrintable(error));
    options.hmacSecret = Secret;
    QVERIFY2(m_signed.start(options, &error), qPrintable(error));
    m_plainClient = std::make_unique<SandboxTestClient>(m_plain.url());
    m_signedClient = std::make_unique<SandboxTestClient>(m_signed.url());
}

// Builds {auth_token, nonce, ts, signature} with the query written out by hand, so the test
// does not rely on the sandbox's own http_build_query().
QJsonObject TestAuth::signedPayload(const QString &command, const QString &nonce, qint64 ts) const
{
    const QString query = QStringLiteral("auth_token=%1&nonce=%2&ts=%3").arg(Token, nonce).arg(ts);
    return {{QStringLiteral("auth_token"), Token},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("ts"), ts},
            {QStringLiteral("signature"), testSignature(command, query, Secret)}};
}

void TestAuth::missingTokenRejected()
{
    const QJsonObject reply = m_plainClient->postJson(QStringLiteral("account-list"), {});
    QCOMPARE(reply.value(QStringLiteral("status")).toBool(true), false);
    QCOMPARE(firstCode(reply), QStringLiteral("unauthorized"));
    QCOMPARE(m_plainClient->lastHttpStatus(), 200);
}

void TestAuth::wrongTokenRejected()
{
    const QJsonObject reply = m_plainClient->postJson(
        QStringLiteral("account-list"), {{QStringLiteral("auth_token"), QStringLiteral("nope")}});
    QCOMPARE(reply.value(QStringLiteral("status")).toBool(true), false);
    QCOMPARE(firstCode(reply), QStringLiteral("unauthorized"));
    QCOMPARE(reply.value(QStringLiteral("data")).toArray().size(), 0);
}

void TestAuth::tokenHeaderAccepted()
{
    const QJsonObject reply = m_plainClient->postJson(QStringLiteral("account-list"), {},
                                                      {{"X-Auth-Token", Token.toUtf8()}});
    QVERIFY2(reply.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(reply)));
}

void TestAuth::storeTokenScopesData()
{
    const QJsonObject reply = m_plainClient->postJson(
        QStringLiteral("account-list"), {{QStringLiteral("auth_token"), QStringLiteral("store-six")},
                                         {QStringLiteral("limit"), QStringLiteral("1000")}});
    QVERIFY(reply.value(QStringLiteral("status")).toBool());
    const QJsonArray items = reply[QStringLiteral("data")][QStringLiteral("data")].toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        QCOMPARE(item[QStringLiteral("store_id")].toString(), QStringLiteral("6"));
}

void TestAuth::storeTokenRejectedForTickets()
{
    const QJsonObject reply = m_plainClient->postJson(
        QStringLiteral("ticket-list"), {{QStringLiteral("auth_token"), QStringLiteral("store-six")}});
    QCOMPARE(firstCode(reply), QStringLiteral("unauthorized"));
}

void TestAuth::signedRequestAccepted()
{
    const QJsonObject reply = m_signedClient->postJson(
        QStringLiteral("account-list"),
        signedPayload(QStringLiteral("account-list"), QStringLiteral("accept-1"),
                      QDateTime::currentSecsSinceEpoch()));
    QVERIFY2(reply.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(reply)));
}

void TestAuth::signatureHeaderAccepted()
{
    QJsonObject payload = signedPayload(QStringLiteral("domain-list"), QStringLiteral("header-1"),
                                        QDateTime::currentSecsSinceEpoch());
    const QByteArray signature = payload.take(QStringLiteral("signature")).toString().toLatin1();
    const QJsonObject reply = m_signedClient->postJson(QStringLiteral("domain-list"), payload,
                                                       {{"X-Auth-Signature", signature}});
    QVERIFY2(reply.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(reply)));
}

void TestAuth::badSignatureRejected()
{
    // Signed for another command, so the signature does not match this one.
    const QJsonObject reply = m_signedClient->postJson(
        QStringLiteral("account-list"),
        signedPayload(QStringLiteral("domain-list"), QStringLiteral("bad-1"),
                      QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(firstCode(reply), QStringLiteral("invalid_signature"));
}

void TestAuth::missingNonceRejected()
{
    const QJsonObject reply = m_signedClient->postJson(QStringLiteral("account-list"),
                                                       {{QStringLiteral("auth_token"), Token}});
    QCOMPARE(firstCode(reply), QStringLiteral("required:nonce"));
}

void TestAuth::staleTimestampRejected()
{
    const qint64 stale = QDateTime::currentSecsSinceEpoch() - 301;
    const QJsonObject reply = m_signedClient->postJson(
        QStringLiteral("account-list"),
        signedPayload(QStringLiteral("account-list"), QStringLiteral("stale-1"), stale));
    QCOMPARE(firstCode(reply), QStringLiteral("invalid_timestamp"));
}

void TestAuth::replayedNonceRejected()
{
    const QJsonObject payload = signedPayload(QStringLiteral("account-list"),
                                              QStringLiteral("replay-1"),
                                              QDateTime::currentSecsSinceEpoch());
    const QJsonObject first = m_signedClient->postJson(QStringLiteral("account-list"), payload);
    QVERIFY2(first.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(first)));
    const QJsonObject second = m_signedClient->postJson(QStringLiteral("account-list"), payload);
    QCOMPARE(firstCode(second), QStringLiteral("invalid_nonce"));
}

void TestAuth::signedFormAccepted()
{
    const qint64 ts = QDateTime::currentSecsSinceEpoch();
    const QString query = QStringLiteral("limit=2&filter%5Busername%3Alike%25%5D=test&auth_token=%1"
                                         "&nonce=form-1&ts=%2")
                              .arg(Token)
                              .arg(ts);
    const QString body = query + QStringLiteral("&signature=")
                         + testSignature(QStringLiteral("account-list"), query, Secret);
    const QJsonObject reply = m_signedClient->postRaw(QStringLiteral("account-list"), body.toUtf8(),
                                                      "application/x-www-form-urlencoded");
    QVERIFY2(reply.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("count")].toString(), QStringLiteral("1"));
}

void TestAuth::formRequestWorks()
{
    const QJsonObject reply = m_plainClient->postRaw(
        QStringLiteral("account-list"),
        "auth_token=" + Token.toUtf8() + "&filter%5Busername%5D=test2020&with%5B0%5D=resources",
        "application/x-www-form-urlencoded");
    QVERIFY2(reply.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(reply)));
    const QJsonArray items = reply[QStringLiteral("data")][QStringLiteral("data")].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0)[QStringLiteral("resources")].toArray().size(), 2);
}

void TestAuth::getRequestWorks()
{
    const QJsonObject reply = m_plainClient->get(
        QStringLiteral("domain-details"),
        QStringLiteral("auth_token=%1&domain=example.org").arg(Token));
    QVERIFY2(reply.value(QStringLiteral("status")).toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("id")].toString(), QStringLiteral("121475"));
}

void TestAuth::malformedJsonRejected()
{
    const QJsonObject reply = m_plainClient->postRaw(QStringLiteral("account-list"),
                                                     "{\"auth_token\": ", "application/json");
    QCOMPARE(reply.value(QStringLiteral("status")).toBool(true), false);
    QCOMPARE(firstCode(reply), QStringLiteral("invalid_json"));
}

void TestAuth::unknownCommandRejected()
{
    const QJsonObject reply = m_plainClient->postJson(QStringLiteral("account-frobnicate"),
                                                      {{QStringLiteral("auth_token"), Token}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid_command"));
    QCOMPARE(m_plainClient->lastHttpStatus(), 200);
}

void TestAuth::unsupportedContentType()
{
    const QJsonObject reply =
        m_plainClient->postRaw(QStringLiteral("account-list"), "<xml/>", "text/xml");
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:content_type"));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
