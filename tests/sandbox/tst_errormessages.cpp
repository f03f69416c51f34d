// Checks that validation errors keep the documented codes and carry a human-readable
// params.message that names the rejected value and, for list commands, the accepted values.

#include "sandbox/errormessagetext.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using ResellerDesk::Sandbox::SandboxHost;
using ResellerDesk::Sandbox::SandboxOptions;

namespace {

// Returns the params.message of the single error message in envelope, or a failure text.
QString onlyErrorText(const QJsonObject &envelope, QString *code)
{
    const QJsonArray messages = envelope.value(QStringLiteral("messages")).toArray();
    if (messages.size() != 1)
        return QStringLiteral("expected one message, got %1").arg(messages.size());
    const QJsonObject message = messages.first().toObject();
    *code = message.value(QStringLiteral("code")).toString();
    return message.value(QStringLiteral("params"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

} // namespace

class TestErrorMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listErrorMessages_data();
    void listErrorMessages();
    void largeLimitLowered();
    void commandErrorMessages_data();
    void commandErrorMessages();
    void composedTexts_data();
    void composedTexts();
    void successMessagesUnchanged();

private:
    SandboxHost m_host;
};

void TestErrorMessages::initTestCase()
{
    SandboxOptions options;
    options.token = QStringLiteral("tst-list-messages-token");
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
}

void TestErrorMessages::listErrorMessages_data()
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

void TestErrorMessages::listErrorMessages()
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
void TestErrorMessages::largeLimitLowered()
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

// Errors of other commands get a message composed from the code, value, reason and item.
void TestErrorMessages::commandErrorMessages_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing id") << "account-details" << QJsonObject() << "required:account_id"
                                << "account_id is required";
    QTest::newRow("text id") << "account-details" << QJsonObject { { "account_id", "abc" } }
                             << "invalid:account_id"
                             << "account_id \"abc\" is invalid";
    QTest::newRow("text id with reason")
        << "client-details" << QJsonObject { { "id", "abc" } } << "invalid:id"
        << "id \"abc\" is invalid: expected a number";
}

void TestErrorMessages::commandErrorMessages()
{
    QFETCH(QString, command);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, code);
    QFETCH(QString, expected);

    SandboxTestClient client(m_host.url());
    payload.insert(QStringLiteral("auth_token"), m_host.token());
    QString receivedCode;
    const QString text = onlyErrorText(client.postJson(command, payload), &receivedCode);
    QCOMPARE(receivedCode, code);
    QCOMPARE(text, expected);
}

void TestErrorMessages::composedTexts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("expected");
    QTest::newRow("required") << "required:store_id" << QJsonObject() << "store_id is required";
    QTest::newRow("required with reason")
        << "required:items.domain.epp" << QJsonObject { { "reason", "transfers need the code" } }
        << "items.domain.epp is required: transfers need the code";
    QTest::newRow("invalid with item")
        << "invalid:items.period"
        << QJsonObject { { "value", 7 }, { "reason", "allowed: 1, 2" }, { "item_index", 1 } }
        << "items.period \"7\" is invalid: allowed: 1, 2 (item 1, counted from 0)";
    QTest::newRow("invalid list value")
        << "invalid:items" << QJsonObject { { "value", QJsonArray { 1, "a" } } }
        << "items \"[1,\"a\"]\" is invalid";
    QTest::newRow("invalid without value")
        << "invalid:currency" << QJsonObject() << "currency is invalid";
    QTest::newRow("other code") << "unauthorized" << QJsonObject() << "";
    QTest::newRow("other prefix") << "not_found:domain" << QJsonObject { { "value", "x" } } << "";
}

void TestErrorMessages::composedTexts()
{
    QFETCH(QString, code);
    QFETCH(QJsonObject, params);
    QFETCH(QString, expected);
    QCOMPARE(ResellerDesk::Sandbox::composeErrorText(code, params), expected);
}

// Success messages and messages with a text of their own pass unchanged.
void TestErrorMessages::successMessagesUnchanged()
{
    const QJsonObject success { { "type", "success" }, { "code", "order_create_success" } };
    const QJsonObject withText { { "type", "error" }, { "code", "invalid:limit" },
        { "params", QJsonObject { { "message", "own text" } } } };
    const QJsonArray result = ResellerDesk::Sandbox::addErrorTexts({ success, withText });
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).toObject(), success);
    QCOMPARE(result.at(1).toObject(), withText);
}

QTEST_GUILESS_MAIN(TestErrorMessages)
#include "tst_errormessages.moc"
