// The sandbox executable's store tokens and operator delay, and a data file that is reused.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ResellerDesk::Sandbox;

namespace {

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

// Starts the sandbox executable and returns the lines it prints before it serves requests.
QStringList startExecutable(QProcess &process, const QStringList &arguments, int lineCount)
{
    process.setProgram(QStringLiteral(RESELLERDESK_SANDBOX_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    QStringList lines;
    if (!process.waitForStarted())
        return lines;
    while (lines.size() < lineCount) {
        if (!process.canReadLine() && !process.waitForReadyRead(20000))
            break;
        while (process.canReadLine())
            lines.append(QString::fromUtf8(process.readLine()).trimmed());
    }
    return lines;
}

} // namespace

class TestStoreTokens : public QObject
{
    Q_OBJECT

private slots:
    void defaultStoreToken();
    void storeTokenOption();
    void invalidOptions_data();
    void invalidOptions();
    void reusedDataFile();
};

void TestStoreTokens::defaultStoreToken()
{
    QProcess process;
    const QStringList lines = startExecutable(process, {QStringLiteral("--token"),
                                                        QStringLiteral("cli-token")},
                                              3);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[2].startsWith(QStringLiteral("Store token (store 6): ")), qPrintable(lines[2]));
    const QString storeToken = lines[2].section(u' ', -1);
    QCOMPARE(storeToken.size(), 32);

    SandboxTestClient client(QUrl(lines[0].section(u' ', -1)));
    const QJsonObject accounts = client.postJson(QStringLiteral("account-list"),
                                                 {{QStringLiteral("auth_token"), storeToken}});
    QVERIFY2(accounts[QStringLiteral("status")].toBool(), qPrintable(firstCode(accounts)));
    const QJsonObject tickets = client.postJson(QStringLiteral("ticket-list"),
                                                {{QStringLiteral("auth_token"), storeToken}});
    QCOMPARE(firstCode(tickets), QStringLiteral("unauthorized"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestStoreTokens::storeTokenOption()
{
    QProcess process;
    const QStringList lines = startExecutable(
        process,
        {QStringLiteral("--token"), QStringLiteral("cli-token"), QStringLiteral("--store-token"),
         QStringLiteral("16=sixteen-token"), QStringLiteral("--operator-delay"),
         QStringLiteral("0.5")},
        3);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[2], QStringLiteral("Store token (store 16): sixteen-token"));

    SandboxTestClient client(QUrl(lines[0].section(u' ', -1)));
    const QJsonObject certificates = client.postJson(
        QStringLiteral("certificate-list"), {{QStringLiteral("auth_token"), QStringLiteral("sixteen-token")}});
    const QJsonArray items = certificates[QStringLiteral("data")][QStringLiteral("data")].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][QStringLiteral("certificate_id")].toString(), QStringLiteral("2027"));
    const QJsonObject room = client.postJson(
        QStringLiteral("video-create-room"),
        {{QStringLiteral("auth_token"), QStringLiteral("sixteen-token")},
         {QStringLiteral("location"), QStringLiteral("meet-us.suresupport.com")},
         {QStringLiteral("room"), QStringLiteral("r1")}});
    QCOMPARE(firstCode(room), QStringLiteral("unauthorized"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestStoreTokens::invalidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("store token without id") << QStringList{"--store-token", "=secret-value"}
                                            << "--store-token";
    QTest::newRow("store id not a number") << QStringList{"--store-token", "six=secret-value"}
                                           << "six";
    QTest::newRow("store token empty") << QStringList{"--store-token", "6="} << "STORE_ID=TOKEN";
    QTest::newRow("negative delay") << QStringList{"--operator-delay", "-1"} << "-1";
    QTest::newRow("delay not a number") << QStringList{"--operator-delay", "soon"} << "soon";
}

void TestStoreTokens::invalidOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(RESELLERDESK_SANDBOX_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
    // The token part of a rejected --store-token value is never echoed.
    QVERIFY2(!error.contains(QStringLiteral("secret-value")), qPrintable(error));
}

void TestStoreTokens::reusedDataFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SandboxOptions options;
    options.token = QStringLiteral("file-token");
    options.dataFile = folder.filePath(QStringLiteral("sandbox.sqlite"));
    QString postedId;
    {
        SandboxHost host;
        QString error;
        QVERIFY2(host.start(options, &error), qPrintable(error));
        SandboxTestClient client(host.url());
        const QJsonObject reply = client.postJson(
            QStringLiteral("ticket-post"),
            {{QStringLiteral("auth_token"), options.token},
             {QStringLiteral("ticket"),
              QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.com")},
                          {QStringLiteral("subject"), QStringLiteral("Kept")},
                          {QStringLiteral("question"), QStringLiteral("Still there?")}}}});
        QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
        postedId = QString::number(reply[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    }

    // The second start reuses the file: no second seed, and the new delay applies.
    options.operatorReplyDelayMs = 0;
    SandboxHost host;
    QString error;
    QVERIFY2(host.start(options, &error), qPrintable(error));
    SandboxTestClient client(host.url());
    const QJsonObject users = client.postJson(QStringLiteral("ticket-account-list"),
                                              {{QStringLiteral("auth_token"), options.token}});
    const QStringList names = users[QStringLiteral("data")].toVariant().toStringList();
    QCOMPARE(names.count(QStringLiteral("exampleuser")), 1);
    const QJsonObject reply = client.postJson(
        QStringLiteral("ticket-reply"),
        {{QStringLiteral("auth_token"), options.token},
         {QStringLiteral("id"), postedId},
         {QStringLiteral("question"), QStringLiteral("Follow-up")}});
    // The question queued in the first run still waits for its delay of 20 s.
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:id"));
    const QJsonObject link = client.postJson(QStringLiteral("democp-url"),
                                             {{QStringLiteral("auth_token"), options.token}});
    QCOMPARE(QUrl(link[QStringLiteral("data")].toString()).port(), host.url().port());
}

QTEST_GUILESS_MAIN(TestStoreTokens)
#include "tst_storetokens.moc"
