// domain-tldsld, domain-check, ssl-approver-emails, video conferences and democp-url over real
// loopback HTTP.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("tools-token");
const QString StoreToken = QStringLiteral("tools-store-token");

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

} // namespace

class TestDomainTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tldSld_data();
    void tldSld();
    void tldSldRejections_data();
    void tldSldRejections();
    void checkExample();
    void checkAnswers_data();
    void checkAnswers();
    void checkDeterministic();
    void checkRejections();
    void approverEmails();
    void approverEmailsSubdomain();
    void videoLocations();
    void roomNames_data();
    void roomNames();
    void roomLocation();
    void democpWorksOnce();

private:
    QJsonObject call(const QString &command, QJsonObject payload, const QString &token = Token);

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestDomainTools::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.storeTokens.insert(QStringLiteral("6"), StoreToken);
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestDomainTools::call(const QString &command, QJsonObject payload,
                                  const QString &token)
{
    payload.insert(QStringLiteral("auth_token"), token);
    return m_client->postJson(command, payload);
}

void TestDomainTools::tldSld_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("sld");
    QTest::addColumn<QString>("tld");
    QTest::newRow("com") << "example.com" << "example" << "com";
    QTest::newRow("co.uk") << "example.co.uk" << "example" << "co.uk";
    QTest::newRow("subdomain") << "www.shop.example.co.uk" << "example" << "co.uk";
    QTest::newRow("upper case, trailing dot") << "EXAMPLE.Com." << "example" << "com";
    QTest::newRow("private suffix ignored") << "example.blogspot.com" << "blogspot" << "com";
    QTest::newRow("idn") << QStringLiteral("пример.бг") << QStringLiteral("пример")
                         << QStringLiteral("бг");
    QTest::newRow("idn ace") << "xn--e1afmkfd.xn--90ae" << "xn--e1afmkfd" << "xn--90ae";
    QTest::newRow("idn sld") << QStringLiteral("bücher.de") << QStringLiteral("bücher") << "de";
}

void TestDomainTools::tldSld()
{
    QFETCH(QString, hostname);
    QFETCH(QString, sld);
    QFETCH(QString, tld);
    const QJsonObject reply = call(QStringLiteral("domain-tldsld"),
                                   {{QStringLiteral("hostname"), hostname}});
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("sld")].toString(), sld);
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("tld")].toString(), tld);
}

void TestDomainTools::tldSldRejections_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << "" << "required:hostname";
    QTest::newRow("bare tld") << "com" << "invalid:hostname";
    QTest::newRow("bare co.uk") << "co.uk" << "invalid:hostname";
    QTest::newRow("unknown tld") << "example.nosuchtld" << "invalid:hostname";
    QTest::newRow("space") << "exa mple.com" << "invalid:hostname";
    QTest::newRow("empty label") << "example..com" << "invalid:hostname";
    QTest::newRow("leading hyphen") << "-example.com" << "invalid:hostname";
    QTest::newRow("long label") << QString(QString(64, u'a') + QStringLiteral(".com"))
                                << "invalid:hostname";
}

void TestDomainTools::tldSldRejections()
{
    QFETCH(QString, hostname);
    QFETCH(QString, code);
    const QJsonObject reply = call(QStringLiteral("domain-tldsld"),
                                   {{QStringLiteral("hostname"), hostname}});
    QCOMPARE(reply[QStringLiteral("status")].toBool(true), false);
    QCOMPARE(firstCode(reply), code);
}

void TestDomainTools::checkExample()
{
    // The reference's example, field for field, with numbers as numbers.
    const QJsonObject reply = call(QStringLiteral("domain-check"),
                                   {{QStringLiteral("domain"), QStringLiteral("example.com")}});
    QCOMPARE(reply[QStringLiteral("data")].toObject(),
             (QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.com")},
                          {QStringLiteral("available"), 1},
                          {QStringLiteral("transfer"), 0},
                          {QStringLiteral("offered"), 1},
                          {QStringLiteral("icann"), 1},
                          {QStringLiteral("epp"), 1},
                          {QStringLiteral("hosted"), 0}}));
}

void TestDomainTools::checkAnswers_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("available");
    QTest::addColumn<int>("transfer");
    QTest::addColumn<int>("offered");
    QTest::addColumn<int>("icann");
    QTest::addColumn<int>("epp");
    QTest::addColumn<int>("hosted");
    QTest::newRow("demo domain") << "example.org" << 0 << 0 << 1 << 1 << 1 << 1;
    QTest::newRow("taken elsewhere") << "taken-name.com" << 0 << 1 << 1 << 1 << 1 << 0;
    QTest::newRow("co.uk needs no epp") << "fresh-name.co.uk" << 1 << 0 << 1 << 0 << 0 << 0;
    QTest::newRow("not offered") << "example.fr" << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("idn") << QStringLiteral("bücher.de") << 1 << 0 << 1 << 0 << 1 << 0;
}

void TestDomainTools::checkAnswers()
{
    QFETCH(QString, domain);
    const QJsonObject data = call(QStringLiteral("domain-check"),
                                  {{QStringLiteral("domain"), domain}})[QStringLiteral("data")]
                                 .toObject();
    QCOMPARE(data[QStringLiteral("domain")].toString(), domain);
    QTEST(data[QStringLiteral("available")].toInt(-1), "available");
    QTEST(data[QStringLiteral("transfer")].toInt(-1), "transfer");
    QTEST(data[QStringLiteral("offered")].toInt(-1), "offered");
    QTEST(data[QStringLiteral("icann")].toInt(-1), "icann");
    QTEST(data[QStringLiteral("epp")].toInt(-1), "epp");
    QTEST(data[QStringLiteral("hosted")].toInt(-1), "hosted");
}

void TestDomainTools::checkDeterministic()
{
    const QJsonObject byName = call(QStringLiteral("domain-check"),
                                    {{QStringLiteral("domain"), QStringLiteral("taken-name.com")}});
    const QJsonObject again = call(QStringLiteral("domain-check"),
                                   {{QStringLiteral("domain"), QStringLiteral("taken-name.com")}});
    const QJsonObject byParts = call(QStringLiteral("domain-check"),
                                     {{QStringLiteral("sld"), QStringLiteral("taken-name")},
                                      {QStringLiteral("tld"), QStringLiteral("com")}});
    QCOMPARE(again[QStringLiteral("data")], byName[QStringLiteral("data")]);
    QCOMPARE(byParts[QStringLiteral("data")], byName[QStringLiteral("data")]);
}

void TestDomainTools::checkRejections()
{
    const auto check = [this](const QJsonObject &payload) {
        return firstCode(call(QStringLiteral("domain-check"), payload));
    };
    QCOMPARE(check({}), QStringLiteral("required:domain"));
    QCOMPARE(check({{QStringLiteral("sld"), QStringLiteral("example")}}), QStringLiteral("required:tld"));
    QCOMPARE(check({{QStringLiteral("tld"), QStringLiteral("com")}}), QStringLiteral("required:sld"));
    QCOMPARE(check({{QStringLiteral("domain"), QStringLiteral("www.example.com")}}),
             QStringLiteral("invalid:domain"));
    QCOMPARE(check({{QStringLiteral("domain"), QStringLiteral("bad_name.com")}}),
             QStringLiteral("invalid:domain"));
    QCOMPARE(check({{QStringLiteral("sld"), QStringLiteral("bad name")},
                    {QStringLiteral("tld"), QStringLiteral("com")}}),
             QStringLiteral("invalid:sld"));
}

void TestDomainTools::approverEmails()
{
    const QJsonObject reply = call(QStringLiteral("ssl-approver-emails"),
                                   {{QStringLiteral("hostname"), QStringLiteral("example.com")}});
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("emails")].toArray(),
             (QJsonArray{"postmaster@example.com", "admin@example.com",
                         "administrator@example.com", "hostmaster@example.com",
                         "webmaster@example.com"}));
    QCOMPARE(firstCode(call(QStringLiteral("ssl-approver-emails"), {})),
             QStringLiteral("required:hostname"));
    QCOMPARE(firstCode(call(QStringLiteral("ssl-approver-emails"),
                            {{QStringLiteral("hostname"), QStringLiteral("co.uk")}})),
             QStringLiteral("invalid:hostname"));
}

void TestDomainTools::approverEmailsSubdomain()
{
    const QJsonArray emails = call(QStringLiteral("ssl-approver-emails"),
                                   {{QStringLiteral("hostname"), QStringLiteral("www.example.co.uk")}})
                                  [QStringLiteral("data")][QStringLiteral("emails")].toArray();
    QCOMPARE(emails.size(), 10);
    QCOMPARE(emails.first().toString(), QStringLiteral("postmaster@www.example.co.uk"));
    QCOMPARE(emails.last().toString(), QStringLiteral("webmaster@example.co.uk"));
    const QJsonArray wildcard = call(QStringLiteral("ssl-approver-emails"),
                                     {{QStringLiteral("hostname"), QStringLiteral("*.example.com")}})
                                    [QStringLiteral("data")][QStringLiteral("emails")].toArray();
    QCOMPARE(wildcard.size(), 5);
}

void TestDomainTools::videoLocations()
{
    const QJsonObject data = call(QStringLiteral("video-list-locations"), {})
                                 [QStringLiteral("data")].toObject();
    QCOMPARE(data.size(), 6);
    QCOMPARE(data[QStringLiteral("meet-bg.suresupport.com")].toObject(),
             (QJsonObject{{QStringLiteral("datacenter"), QStringLiteral("neterra")},
                          {QStringLiteral("domain"), QStringLiteral("SureSupport.com")}}));
}

void TestDomainTools::roomNames_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("code");
    QTest::newRow("reference example") << "my-room25" << "";
    QTest::newRow("upper and underscore") << "TEAM_MEETING_1" << "";
    QTest::newRow("80 characters") << QString(80, u'r') << "";
    QTest::newRow("81 characters") << QString(81, u'r') << "invalid:room";
    QTest::newRow("space") << "my room" << "invalid:room";
    QTest::newRow("dot") << "my.room" << "invalid:room";
    QTest::newRow("slash") << "a/b" << "invalid:room";
    QTest::newRow("non-ascii") << QStringLiteral("стая") << "invalid:room";
    QTest::newRow("empty") << "" << "required:room";
}

void TestDomainTools::roomNames()
{
    QFETCH(QString, room);
    QFETCH(QString, code);
    const QJsonObject reply = call(QStringLiteral("video-create-room"),
                                   {{QStringLiteral("location"),
                                     QStringLiteral("meet-us.suresupport.com")},
                                    {QStringLiteral("room"), room}});
    if (!code.isEmpty()) {
        QCOMPARE(firstCode(reply), code);
        return;
    }
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QUrl url(reply[QStringLiteral("data")].toString());
    QCOMPARE(url.host(), QStringLiteral("meet-us.suresupport.com"));
    QCOMPARE(url.path(), QStringLiteral("/21/") + room);
    const QString jwt = QUrlQuery(url).queryItemValue(QStringLiteral("jwt"));
    QCOMPARE(jwt.count(u'.'), 2);
}

void TestDomainTools::roomLocation()
{
    QCOMPARE(firstCode(call(QStringLiteral("video-create-room"),
                            {{QStringLiteral("room"), QStringLiteral("r1")}})),
             QStringLiteral("required:location"));
    QCOMPARE(firstCode(call(QStringLiteral("video-create-room"),
                            {{QStringLiteral("location"), QStringLiteral("meet.example.com")},
                             {QStringLiteral("room"), QStringLiteral("r1")}})),
             QStringLiteral("invalid:location"));
}

void TestDomainTools::democpWorksOnce()
{
    // Store tokens may ask for a link too; the reference limits only tickets and video.
    const QJsonObject reply = call(QStringLiteral("democp-url"), {}, StoreToken);
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QUrl link(reply[QStringLiteral("data")].toString());
    QCOMPARE(link.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(link.port(), m_host.url().port());
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("myuser")), QStringLiteral("democp"));

    SandboxTestClient browser(link);
    const QString command = link.path().mid(1);
    const QJsonObject first = browser.get(command, link.query());
    QCOMPARE(browser.lastHttpStatus(), 200);
    QVERIFY(first[QStringLiteral("transport_error")].toString().contains(
        QStringLiteral("Demo Control Panel")));
    browser.get(command, link.query());
    QCOMPARE(browser.lastHttpStatus(), 410);
    browser.get(command, QStringLiteral("myuser=democp&autologin=unknown"));
    QCOMPARE(browser.lastHttpStatus(), 404);

    const QJsonObject second = call(QStringLiteral("democp-url"), {});
    QVERIFY(second[QStringLiteral("data")].toString() != reply[QStringLiteral("data")].toString());
}

QTEST_GUILESS_MAIN(TestDomainTools)
#include "tst_domaintools.moc"
