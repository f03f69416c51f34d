// Demo data, the --scale generator, data files, start-up failures and the executable.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("data-token");

int countOf(SandboxTestClient &client, const QString &command, const QJsonObject &filter = {})
{
    const QJsonObject reply = client.postJson(command, {{QStringLiteral("auth_token"), Token},
                                                        {QStringLiteral("filter"), filter},
                                                        {QStringLiteral("limit"), 1}});
    return reply[QStringLiteral("data")][QStringLiteral("count")].toString().toInt();
}

} // namespace

class TestData : public QObject
{
    Q_OBJECT

private slots:
    void demoDataSpread();
    void scaleGenerator();
    void dataFileReused();
    void foreignFileRejected();
    void portInUseFails();
    void executablePrintsUrl();
};

void TestData::demoDataSpread()
{
    SandboxHost host;
    SandboxOptions options;
    options.token = Token;
    QString error;
    QVERIFY2(host.start(options, &error), qPrintable(error));
    SandboxTestClient client(host.url());

    QVERIFY(countOf(client, QStringLiteral("account-list")) >= 20);
    QVERIFY(countOf(client, QStringLiteral("domain-list")) >= 40);
    QVERIFY(countOf(client, QStringLiteral("order-list")) >= 20);
    QVERIFY(countOf(client, QStringLiteral("ticket-list")) >= 20);

    const auto within = [&client](const QString &range) {
        return countOf(client, QStringLiteral("domain-list"),
                       {{QStringLiteral("days_to_expire:range"), range}});
    };
    QVERIFY(within(QStringLiteral("0,7")) > 0);
    QVERIFY(within(QStringLiteral("8,30")) > 0);
    QVERIFY(within(QStringLiteral("31,90")) > 0);
    QVERIFY(within(QStringLiteral("91,10000")) > 0);
    QVERIFY(countOf(client, QStringLiteral("domain-list"),
                    {{QStringLiteral("days_to_expire:<"), QStringLiteral("0")}})
            > 0);
    for (const char *tld : {"com", "net", "org", "info", "co.uk", "bg", "eu"})
        QVERIFY2(countOf(client, QStringLiteral("domain-list"),
                         {{QStringLiteral("product"), QString::fromLatin1(tld)}})
                     > 0,
                 tld);
}

void TestData::scaleGenerator()
{
    SandboxHost host;
    SandboxOptions options;
    options.token = Token;
    options.scale = 5000;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(host.start(options, &error), qPrintable(error));
    qInfo("Seeded scale 5000 in %lld ms", timer.elapsed());
    SandboxTestClient client(host.url());

    // The demo data has 60 generated domains plus the reference's example domain.
    QCOMPARE(countOf(client, QStringLiteral("domain-list")), 5000 + 60 + 1);
    QCOMPARE(countOf(client, QStringLiteral("account-list")), (5000 + 60) / 3 + 1);
    QCOMPARE(countOf(client, QStringLiteral("order-list")), (5000 + 60) / 3 + 2);
    QVERIFY(countOf(client, QStringLiteral("ticket-list")) > 500);

    // The generator is deterministic: a second server has the same first page.
    SandboxHost other;
    QVERIFY2(other.start(options, &error), qPrintable(error));
    SandboxTestClient otherClient(other.url());
    const QJsonObject request{{QStringLiteral("auth_token"), Token}, {QStringLiteral("page"), 7}};
    QCOMPARE(client.postJson(QStringLiteral("domain-list"), request),
             otherClient.postJson(QStringLiteral("domain-list"), request));
}

void TestData::dataFileReused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.token = Token;
    options.dataFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
    options.scale = 30;
    QString error;
    int firstCount = 0;
    {
        SandboxHost host;
        QVERIFY2(host.start(options, &error), qPrintable(error));
        SandboxTestClient client(host.url());
        firstCount = countOf(client, QStringLiteral("domain-list"));
    }
    // An existing file is used as it is, so a different scale does not reseed it.
    options.scale = 300;
    SandboxHost host;
    QVERIFY2(host.start(options, &error), qPrintable(error));
    SandboxTestClient client(host.url());
    QCOMPARE(countOf(client, QStringLiteral("domain-list")), firstCount);
}

void TestData::foreignFileRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();

    SandboxServer server;
    SandboxOptions options;
    options.dataFile = path;
    QString error;
    QVERIFY(!server.start(options, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!server.isListening());
}

void TestData::portInUseFails()
{
    SandboxServer first;
    QString error;
    QVERIFY2(first.start({}, &error), qPrintable(error));
    SandboxOptions options;
    options.port = static_cast<quint16>(first.url().port());
    SandboxServer second;
    QVERIFY(!second.start(options, &error));
    QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
}

void TestData::executablePrintsUrl()
{
    QProcess process;
    process.setProgram(QStringLiteral(RESELLERDESK_SANDBOX_EXECUTABLE));
    process.setArguments({QStringLiteral("--token"), QStringLiteral("cli-token")});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RESELLERDESK_SANDBOX_HMAC_SECRET"), QStringLiteral("cli-secret"));
    process.setProcessEnvironment(environment);
    process.start();
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(first.startsWith(QStringLiteral("ResellerDesk sandbox listening on http://127.0.0.1:")),
             qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(), QStringLiteral("Token: cli-token"));

    // The secret from the environment is in force: an unsigned request is rejected.
    SandboxTestClient client(QUrl(first.section(u' ', -1)));
    const QJsonObject reply = client.postJson(QStringLiteral("account-list"),
                                              {{QStringLiteral("auth_token"), QStringLiteral("cli-token")}});
    QCOMPARE(reply[QStringLiteral("messages")][0][QStringLiteral("code")].toString(),
             QStringLiteral("required:nonce"));
    QVERIFY(!process.readAllStandardOutput().contains("cli-secret"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestData)
#include "tst_data.moc"
