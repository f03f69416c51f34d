// Runs the real resellerdesk-cli binary with QProcess against the embedded sandbox
// (--sandbox), a standalone SandboxHost, and small loopback servers that misbehave.

#include "clitestsupport.h"
#include "sandbox/sandboxhost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <utility>

using ResellerDesk::Sandbox::SandboxHost;
using ResellerDesk::Sandbox::SandboxOptions;
using namespace CliTest;

namespace {

const QString kHostToken = QStringLiteral("tst-cli-token-8c41f2d7e9");
const QString kHmacToken = QStringLiteral("tst-cli-hmac-token-31b7a0");
const QString kHmacSecret = QStringLiteral("tst-cli-hmac-secret-c95e12");
const QString kWrongToken = QStringLiteral("tst-cli-wrong-token-7d02aa");
const QString kWrongSecret = QStringLiteral("tst-cli-wrong-secret-4f6e81");
const QString kSandboxToken = QStringLiteral("tst-cli-sandbox-token-e2b9c4");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void callPrintsData();
    void callFormats_data();
    void callFormats();
    void sandboxOption();
    void sandboxWithToken();
    void environmentVariables();
    void optionsAfterSubcommand();
    void optionOverridesEnvironment();
    void wrongToken();
    void unknownCommand();
    void hmacSigned();
    void hmacWrongSecret();
    void deadPort();
    void shortTokenKeepsMessageReadable();
    void retriesLoggedOnlyWhenVerbose();
    void timeout();
    void slowResponse();
    void httpError();
    void malformedBody();
    void usageErrors_data();
    void usageErrors();
    void missingToken();
    void help();
    void version();

private:
    CliResult runCli(
        const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment());
    QStringList hostArguments() const;

    SandboxHost m_host;
    SandboxHost m_hmacHost;
    // Output of every run in the current test, checked for secrets in cleanup().
    QList<CliResult> m_results;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(RESELLERDESK_CLI_PATH)), RESELLERDESK_CLI_PATH);

    SandboxOptions options;
    options.token = kHostToken;
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));

    SandboxOptions hmacOptions;
    hmacOptions.token = kHmacToken;
    hmacOptions.hmacSecret = kHmacSecret;
    QVERIFY2(m_hmacHost.start(hmacOptions, &error), qPrintable(error));
}

void TestCli::cleanup()
{
    const QStringList secrets
        = { kHostToken, kHmacToken, kHmacSecret, kWrongToken, kWrongSecret, kSandboxToken };
    const QList<CliResult> results = std::exchange(m_results, {});
    for (const CliResult &result : results) {
        for (const QString &secret : secrets) {
            QVERIFY2(!result.out.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!result.err.contains(secret.toUtf8()), qPrintable(secret));
        }
    }
}

QStringList TestCli::hostArguments() const
{
    return { QStringLiteral("--api-url"), m_host.url().toString(), QStringLiteral("--token"),
        kHostToken };
}

CliResult TestCli::runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const CliResult result = CliTest::runCli(arguments, environment);
    m_results.append(result);
    return result;
}

void TestCli::callPrintsData()
{
    const CliResult result = runCli(hostArguments()
        + QStringList { QStringLiteral("call"), QStringLiteral("account-list"),
            QStringLiteral("--data"), QStringLiteral("{\"limit\": \"1\"}") });
    QVERIFY2(result.exitCode == 0, result.err.constData());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.out.constData());
    QVERIFY(document.isObject());
    const QJsonObject page = document.object();
    QCOMPARE(toInt(page.value(QStringLiteral("limit"))), 1);
    QCOMPARE(page.value(QStringLiteral("data")).toArray().size(), 1);
    QVERIFY(toInt(page.value(QStringLiteral("count"))) >= 1);
    QVERIFY(page.value(QStringLiteral("data"))
                .toArray()
                .first()
                .toObject()
                .contains(QStringLiteral("account_id")));
}

void TestCli::callFormats_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("get") << QStringLiteral("--get");
    QTest::newRow("form") << QStringLiteral("--form");
    QTest::newRow("token-header") << QStringLiteral("--token-header");
}

void TestCli::callFormats()
{
    QFETCH(QString, option);
    const CliResult result = runCli(hostArguments()
        + QStringList { option, QStringLiteral("call"), QStringLiteral("account-list"),
            QStringLiteral("--data"), QStringLiteral("{\"limit\": \"2\"}") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject page = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(toInt(page.value(QStringLiteral("limit"))), 2);
}

void TestCli::sandboxOption()
{
    const CliResult result = runCli(
        { QStringLiteral("--sandbox"), QStringLiteral("call"), QStringLiteral("domain-list") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject page = QJsonDocument::fromJson(result.out).object();
    QVERIFY(toInt(page.value(QStringLiteral("count"))) >= 1);
    QVERIFY(!page.value(QStringLiteral("data")).toArray().isEmpty());
}

void TestCli::sandboxWithToken()
{
    const CliResult result = runCli(
        { QStringLiteral("call"), QStringLiteral("account-list"), QStringLiteral("--sandbox"),
            QStringLiteral("--token"), kSandboxToken, QStringLiteral("--verbose") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).isObject());
}

void TestCli::environmentVariables()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("RESELLERDESK_API_URL"), m_hmacHost.url().toString());
    environment.insert(QStringLiteral("RESELLERDESK_TOKEN"), kHmacToken);
    environment.insert(QStringLiteral("RESELLERDESK_HMAC_SECRET"), kHmacSecret);
    const CliResult result
        = runCli({ QStringLiteral("call"), QStringLiteral("account-list") }, environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).isObject());
}

void TestCli::optionsAfterSubcommand()
{
    const CliResult result = runCli(
        QStringList { QStringLiteral("call"), QStringLiteral("account-list") } + hostArguments());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).isObject());
}

void TestCli::optionOverridesEnvironment()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("RESELLERDESK_API_URL"), m_host.url().toString());
    environment.insert(QStringLiteral("RESELLERDESK_TOKEN"), kWrongToken);
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("account-list"),
                                        QStringLiteral("--token"), kHostToken },
        environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void TestCli::wrongToken()
{
    const CliResult result = runCli(
        { QStringLiteral("call"), QStringLiteral("account-list"), QStringLiteral("--api-url"),
            m_host.url().toString(), QStringLiteral("--token"), kWrongToken });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("unauthorized"), result.err.constData());
}

void TestCli::unknownCommand()
{
    const CliResult result = runCli(hostArguments()
        + QStringList { QStringLiteral("call"), QStringLiteral("no-such-command") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("no-such-command"), result.err.constData());
}

void TestCli::hmacSigned()
{
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("domain-list"),
        QStringLiteral("--api-url"), m_hmacHost.url().toString(), QStringLiteral("--token"),
        kHmacToken, QStringLiteral("--hmac-secret"), kHmacSecret, QStringLiteral("--data"),
        QStringLiteral("{\"limit\": \"3\", \"page\": \"1\"}") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject page = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(toInt(page.value(QStringLiteral("limit"))), 3);
}

void TestCli::hmacWrongSecret()
{
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("domain-list"),
        QStringLiteral("--api-url"), m_hmacHost.url().toString(), QStringLiteral("--token"),
        kHmacToken, QStringLiteral("--hmac-secret"), kWrongSecret });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("invalid_signature"), result.err.constData());
}

void TestCli::deadPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    // A write command, so the client does not retry and the test stays fast.
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("order-create"),
        QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
        QStringLiteral("--token"), kHostToken });
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("order-create"), result.err.constData());
}

// A one-letter token is hidden only as a whole word, never inside ordinary words, so the
// message stays readable. A real token is hidden wherever it appears.
void TestCli::shortTokenKeepsMessageReadable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();

    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("order-create"),
        QStringLiteral("--api-url"), url, QStringLiteral("--token"), QStringLiteral("t") });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("\"order-create\""), result.err.constData());
    QVERIFY2(!result.err.contains("<redac"), result.err.constData());

    const CliResult invalidUrl = runCli(
        { QStringLiteral("call"), QStringLiteral("account-list"), QStringLiteral("--api-url"),
            QStringLiteral("notaurl"), QStringLiteral("--token"), QStringLiteral("t") });
    QCOMPARE(invalidUrl.exitCode, 2);
    QVERIFY2(invalidUrl.err.contains("notaurl"), invalidUrl.err.constData());
}

// A read command to a dead port is retried. Without --verbose stderr has only the final
// error; with it, each retry is logged once.
void TestCli::retriesLoggedOnlyWhenVerbose()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QStringList arguments = { QStringLiteral("call"), QStringLiteral("account-list"),
        QStringLiteral("--api-url"), url, QStringLiteral("--token"), kHostToken };

    const CliResult quiet = runCli(arguments);
    QCOMPARE(quiet.exitCode, 3);
    QVERIFY2(!quiet.err.contains("Retrying"), quiet.err.constData());
    QCOMPARE(quiet.err.trimmed().count('\n'), 0);
    QVERIFY2(quiet.err.contains("account-list"), quiet.err.constData());

    const CliResult verbose = runCli(arguments + QStringList { QStringLiteral("--verbose") });
    QCOMPARE(verbose.exitCode, 3);
    QVERIFY2(verbose.err.contains("Retrying"), verbose.err.constData());
}

void TestCli::timeout()
{
    CannedServer silent({});
    QVERIFY(silent.listen());
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("order-create"),
        QStringLiteral("--api-url"), silent.url(), QStringLiteral("--token"), kHostToken,
        QStringLiteral("--timeout"), QStringLiteral("0.3") });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("timed out"), result.err.constData());
    // Only our message: no Qt warning from reading the closed reply.
    QVERIFY2(!result.err.contains("QIODevice"), result.err.constData());
}

void TestCli::slowResponse()
{
    // Each byte arrives well within --timeout. The call must still end with a timeout,
    // whether the api layer or the overall deadline of the CLI stops it first.
    CannedServer server(httpResponse("HTTP/1.1 200 OK", "application/json",
                            QByteArray(4096, ' ') + "{\"status\": true}"),
        true);
    QVERIFY(server.listen());
    QElapsedTimer timer;
    timer.start();
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("order-create"),
        QStringLiteral("--api-url"), server.url(), QStringLiteral("--token"), kHostToken,
        QStringLiteral("--timeout"), QStringLiteral("0.4") });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("timed out"), result.err.constData());
    QVERIFY2(!result.err.contains("QIODevice"), result.err.constData());
    QVERIFY(timer.elapsed() < 30000);
}

void TestCli::httpError()
{
    CannedServer server(httpResponse("HTTP/1.1 500 Internal Server Error", "text/html",
        "<html><body>Internal error</body></html>"));
    QVERIFY(server.listen());
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("order-create"),
        QStringLiteral("--api-url"), server.url(), QStringLiteral("--token"), kHostToken });
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCli::malformedBody()
{
    CannedServer server(
        httpResponse("HTTP/1.1 200 OK", "application/json", "{\"ttl\": 0, \"status\": tru"));
    QVERIFY(server.listen());
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("order-create"),
        QStringLiteral("--api-url"), server.url(), QStringLiteral("--token"), kHostToken });
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Text that stderr must contain: the wrong value or option.
    QTest::addColumn<QString>("expected");

    const QString call = QStringLiteral("call");
    const QString list = QStringLiteral("account-list");
    const QString data = QStringLiteral("--data");
    QTest::newRow("unknown option")
        << QStringList { call, list, QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("no subcommand") << QStringList {} << QStringLiteral("subcommand");
    QTest::newRow("unknown subcommand")
        << QStringList { QStringLiteral("fetch"), list } << QStringLiteral("fetch");
    QTest::newRow("no command") << QStringList { call } << QStringLiteral("call");
    QTest::newRow("extra argument")
        << QStringList { call, list, QStringLiteral("extra") } << QStringLiteral("extra");
    QTest::newRow("invalid json") << QStringList { call, list, data, QStringLiteral("{limit") }
                                  << QStringLiteral("--data");
    QTest::newRow("json array") << QStringList { call, list, data, QStringLiteral("[1, 2]") }
                                << QStringLiteral("array");
    QTest::newRow("json scalar") << QStringList { call, list, data, QStringLiteral("42") }
                                 << QStringLiteral("object");
    QTest::newRow("reserved key") << QStringList { call, list, data,
        QStringLiteral("{\"auth_token\": \"x\"}") }
                                  << QStringLiteral("auth_token");
    QTest::newRow("get and form") << QStringList { call, list, QStringLiteral("--get"),
        QStringLiteral("--form") } << QStringLiteral("--form");
    QTest::newRow("command with slash") << QStringList { call, QStringLiteral("account-list/../x") }
                                        << QStringLiteral("account-list/../x");
    QTest::newRow("command with query") << QStringList { call, QStringLiteral("account-list?a=1") }
                                        << QStringLiteral("account-list?a=1");
    QTest::newRow("timeout text") << QStringList { call, list, QStringLiteral("--timeout"),
        QStringLiteral("soon") } << QStringLiteral("soon");
    QTest::newRow("timeout zero") << QStringList { call, list, QStringLiteral("--timeout"),
        QStringLiteral("0") } << QStringLiteral("--timeout");
    QTest::newRow("timeout missing value")
        << QStringList { call, list, QStringLiteral("--timeout") } << QStringLiteral("timeout");
    QTest::newRow("invalid url") << QStringList { call, list, QStringLiteral("--api-url"),
        QStringLiteral("nowhere") }
                                 << QStringLiteral("nowhere");
    QTest::newRow("sandbox and url") << QStringList { call, list, QStringLiteral("--sandbox"),
        QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:1") }
                                     << QStringLiteral("--sandbox");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult result
        = runCli(arguments + QStringList { QStringLiteral("--token"), kHostToken });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
}

void TestCli::missingToken()
{
    const CliResult result = runCli({ QStringLiteral("call"), QStringLiteral("account-list"),
        QStringLiteral("--api-url"), m_host.url().toString() });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("RESELLERDESK_TOKEN"), result.err.constData());
}

void TestCli::help()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("RESELLERDESK_TOKEN"), kHostToken);
    environment.insert(QStringLiteral("RESELLERDESK_HMAC_SECRET"), kHmacSecret);
    const CliResult result = runCli({ QStringLiteral("--help") }, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("call"));
    QVERIFY(result.out.contains("RESELLERDESK_TOKEN"));
    QVERIFY(result.out.contains("ps"));
    QVERIFY(result.out.contains("--timeout"));
}

void TestCli::version()
{
    const CliResult result = runCli({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("resellerdesk-cli "));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
