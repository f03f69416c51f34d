// Checks that the list commands' validation errors keep the documented codes and carry a
// human-readable params.message that names the rejected value and the accepted values.

#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using ResellerDesk::Sandbox::SandboxHost;
using ResellerDesk::Sandbox::SandboxOptions;

class TestListMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listErrorMessages_data();
    void listErrorMessages();
    void largeLimitLowered();

private:
    SandboxHost m_host;
};

void TestListMessages::initTestCase()
{
    SandboxOptions options;
    options.token = QStringLiteral("tst-list-messages-token");
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
}

void TestListMessages::listErrorMessages_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("code");
    // Texts that params.message must contain.
    QTest::addColumn<QStringList>("expected");

    const QString domains = QStringLiteral("domain-list");
    QTest::newRow("limit zero") << domains << QJsonObject { { "limit", "0" } } << "invalid:limit"
                                << QStringList { "limit \"0\" is out of range: use 1 to 1000" };
    QTest::newRow("limit text") << domains << QJsonObject { { "limit", "many" } } << "invalid:limit"
                                << QStringList { "limit \"many\" is not a whole number: use 1 to "
                                                 "1000" };
    QTest::newRow("page negative") << domains << QJsonObject { { "page", "-2" } } << "invalid:page"
                                   << QStringList { "page \"-2\" is out of range: use 1 or more" };
    QTest::newRow("filter property")
        << domains << QJsonObject { { "filter", QJsonObject { { "colour", "red" } } } }
        << "invalid:filter.colour"
        << QStringList { "filter \"colour\" value \"red\" is invalid: no such property",
               "domain_id", "end_date" };
    QTest::newRow("filter condition")
        << domains << QJsonObject { { "filter", QJsonObject { { "domain:%like%", "ex" } } } }
        << "invalid:filter.domain"
        << QStringList { "filter \"domain:%like%\" value \"ex\" is invalid", "like%" };
    QTest::newRow("filter date")
        << domains
        << QJsonObject { { "filter", QJsonObject { { "end_date:daterange", "2024-13-01,soon" } } } }
        << "invalid:filter.end_date"
        << QStringList { "\"2024-13-01,soon\"", "from,to", "yyyy-MM-dd HH:mm:ss" };
    QTest::newRow("filter number")
        << domains << QJsonObject { { "filter", QJsonObject { { "days_to_expire:<=", "soon" } } } }
        << "invalid:filter.days_to_expire"
        << QStringList { "filter \"days_to_expire:<=\" value \"soon\"", "a number" };
    QTest::newRow("filter text") << domains << QJsonObject { { "filter", "domain" } }
                                 << "invalid:filter"
                                 << QStringList { "filter \"domain\" is invalid", "{\"status\"" };
    QTest::newRow("order property")
        << domains << QJsonObject { { "order_by", QJsonObject { { "colour", "asc" } } } }
        << "invalid:order_by.colour"
        << QStringList { "order_by property \"colour\" is invalid", "end_date" };
    QTest::newRow("order direction")
        << domains << QJsonObject { { "order_by", QJsonObject { { "domain", "up" } } } }
        << "invalid:order_by.domain"
        << QStringList { "order_by \"domain\" direction \"up\" is invalid: use asc or desc" };
    QTest::newRow("order text") << domains << QJsonObject { { "order_by", "domain" } }
                                << "invalid:order_by" << QStringList { "\"domain\"", "asc|desc" };
    QTest::newRow("relation") << domains << QJsonObject { { "with", QJsonArray { "owner" } } }
                              << "invalid:with"
                              << QStringList { "with \"owner\" is an unknown relation: use one of",
                                     "account" };
}

void TestListMessages::listErrorMessages()
{
    QFETCH(QString, command);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, code);
    QFETCH(QStringList, expected);

    SandboxTestClient client(m_host.url());
    payload.insert(QStringLiteral("auth_token"), m_host.token());
    const QJsonObject envelope = client.postJson(command, payload);
    QCOMPARE(envelope.value(QStringLiteral("status")).toBool(true), false);
    const QJsonArray messages = envelope.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(message.value(QStringLiteral("code")).toString(), code);
    const QString text = message.value(QStringLiteral("params"))
                             .toObject()
                             .value(QStringLiteral("message"))
                             .toString();
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
}

// A limit above 1000 is lowered rather than rejected, so it gets no error message.
void TestListMessages::largeLimitLowered()
{
    SandboxTestClient client(m_host.url());
    const QJsonObject envelope = client.postJson(QStringLiteral("domain-list"),
        { { QStringLiteral("auth_token"), m_host.token() }, { QStringLiteral("limit"), "5000" } });
    QCOMPARE(envelope.value(QStringLiteral("status")).toBool(), true);
    QCOMPARE(envelope.value(QStringLiteral("messages")).toArray().size(), 0);
    QCOMPARE(
        envelope.value(QStringLiteral("data")).toObject().value(QStringLiteral("limit")).toInt(),
        1000);
}

QTEST_GUILESS_MAIN(TestListMessages)
#include "tst_listmessages.moc"
