#include "scriptedserver.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/hmac.h"
#include "api/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ResellerDesk::Api;
using ResellerDesk::Api::Testing::ReceivedRequest;
using ResellerDesk::Api::Testing::ScriptedResponse;
using ResellerDesk::Api::Testing::ScriptedServer;

namespace {

const QString token = QStringLiteral("TOKEN-7f3a9c");
const QString secret = QStringLiteral("SECRET-b81e44");

// Messages of the running test's message handler, for the trace log tests. Worker threads log
// too, hence the mutex.
QMutex capturedLogMutex;
QStringList capturedLog;
QStringList capturedOffMainThread;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QString line = QString::fromLatin1(context.category) + QLatin1Char(' ') + message;
    const QMutexLocker locker(&capturedLogMutex);
    capturedLog.append(line);
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        capturedOffMainThread.append(line);
}

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void enableHttpTrace(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "resellerdesk.api.http") == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void goodEnvelope();
    void requestFormats_data();
    void requestFormats();
    void signedQueryVerifies_data();
    void signedQueryVerifies();
    void tokenInHeader();
    void settingsTzAndUserIp();
    void apiErrorMessages();
    void errorKinds_data();
    void errorKinds();
    void timeoutKind();
    void connectionRefused();
    void stalledBodyTimesOut();
    void closedConnection();
    void tlsFailureKind();
    void readRetriedAfter503();
    void writeNotRetriedAfter503();
    void writeNotRetriedAfterTimeout();
    void retryFreshNonce();
    void retryOptionOverrides();
    void remoteHttpRejected();
    void badCommandRejected();
    void largeBodyParsed();
    void abortFinishesOnce();
    void abortDuringRetryWait();
    void clientDeletedFinishes();
    void redirectElsewhereNotFollowed();
    void traceLogHidesSecrets();

private:
    // Waits for the reply to finish and returns it; the test owns the result.
    std::unique_ptr<ApiReply> wait(ApiReply *reply, int timeoutMs = 5000);
    ConnectionSettings settings() const;

    std::unique_ptr<ScriptedServer> m_server;
};

void ApiClientTest::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
}

ConnectionSettings ApiClientTest::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->url();
    settings.token = token;
    return settings;
}

std::unique_ptr<ApiReply> ApiClientTest::wait(ApiReply *reply, int timeoutMs)
{
    std::unique_ptr<ApiReply> owned(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(timeoutMs))
            qWarning("reply to %s did not finish in %d ms", qPrintable(reply->command()), timeoutMs);
    }
    return owned;
}

void ApiClientTest::goodEnvelope()
{
    m_server->setHandler([](const ReceivedRequest &) {
        return ScriptedResponse::json(
                R"({"ttl": 30, "status": true, "data": {"count": "1"},
                    "messages": [{"type": "success", "code": "order_create_success"}]})");
    });
    ApiClient client(settings());
    QSignalSpy retrying(nullptr, &ApiReply::retrying);
    const auto reply = wait(client.call(QStringLiteral("account-list")));

    QVERIFY(reply->isFinished());
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    QCOMPARE(reply->ttl(), 30);
    QCOMPARE(reply->data().toObject().value(QStringLiteral("count")).toString(),
             QStringLiteral("1"));
    QCOMPARE(reply->messages().size(), 1);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    const ReceivedRequest request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("account-list"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.body, QByteArray("{\"auth_token\":\"TOKEN-7f3a9c\"}"));
}

void ApiClientTest::requestFormats_data()
{
    QTest::addColumn<RequestFormat>("format");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("json") << RequestFormat::PostJson << QByteArray("POST")
                          << QByteArray("application/json");
    QTest::newRow("get") << RequestFormat::Get << QByteArray("GET") << QByteArray();
    QTest::newRow("form") << RequestFormat::PostForm << QByteArray("POST")
                          << QByteArray("application/x-www-form-urlencoded");
}

void ApiClientTest::requestFormats()
{
    QFETCH(RequestFormat, format);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);

    ApiClient client(settings());
    const Payload payload{{QStringLiteral("filter"),
                           QJsonObject{{QStringLiteral("name:%like%"), QStringLiteral("a b~")}}},
                          {QStringLiteral("with"), QJsonArray{QStringLiteral("notes")}}};
    CallOptions options;
    options.format = format;
    const auto reply = wait(client.call(QStringLiteral("domain-list"), payload, options));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));

    QCOMPARE(m_server->requestCount(), 1);
    const ReceivedRequest request = m_server->requests().at(0);
    QCOMPARE(request.method, method);
    QCOMPARE(request.headers.value("content-type"), contentType);
    Payload sent = payload;
    sent.insert(QStringLiteral("auth_token"), token);
    if (format == RequestFormat::Get)
        QCOMPARE(request.query, sent.toQuery().replace("%7E", "~")); // QUrl decodes %7E
    else if (format == RequestFormat::PostForm)
        QCOMPARE(request.body, sent.toQuery());
    else
        QCOMPARE(request.body, sent.toJson());
}

void ApiClientTest::signedQueryVerifies_data()
{
    requestFormats_data();
}

// The server side recomputes the signature over exactly what it received, in the order
// received, as a server that checks signatures has to.
void ApiClientTest::signedQueryVerifies()
{
    QFETCH(RequestFormat, format);

    ConnectionSettings connection = settings();
    connection.hmacSecret = secret;
    ApiClient client(connection);
    CallOptions options;
    options.format = format;
    const Payload payload{{QStringLiteral("limit"), 5},
                          {QStringLiteral("filter"),
                           QJsonObject{{QStringLiteral("status:in"),
                                        QJsonArray{QStringLiteral("a"), QStringLiteral("b c")}}}}};
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto reply = wait(client.call(QStringLiteral("ticket-list"), payload, options));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));

    const ReceivedRequest request = m_server->requests().at(0);
    Payload received;
    if (format == RequestFormat::PostJson) {
        // Rebuild the payload in the order of the body's keys.
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), [&request](const QString &a, const QString &b) {
            const QByteArray keyA = '"' + a.toUtf8() + "\":";
            const QByteArray keyB = '"' + b.toUtf8() + "\":";
            return request.body.indexOf(keyA) < request.body.indexOf(keyB);
        });
        for (const QString &key : keys)
            received.insert(key, object.value(key));
    } else {
        const QByteArray raw = format == RequestFormat::Get ? request.query : request.body;
        const qsizetype at = raw.indexOf("&signature=");
        QVERIFY(at > 0);
        const QByteArray signedPart = raw.left(at);
        const QByteArray signature = raw.mid(at + 11);
        const QByteArray expected
                = QMessageAuthenticationCode::hash(QByteArray("ticket-list?") + signedPart, secret.toUtf8(),
                                                   QCryptographicHash::Sha256)
                          .toHex();
        QCOMPARE(signature, expected);
        return;
    }
    QCOMPARE(received.keys(), (QStringList{"limit", "filter", "auth_token", "nonce", "ts",
                                           "signature"}));
    QVERIFY(received.value(QStringLiteral("ts")).toInteger() >= before);
    QCOMPARE(received.value(QStringLiteral("nonce")).toString().size(), 32);
    QCOMPARE(received.value(QStringLiteral("signature")).toString(),
             hmacSignature(QStringLiteral("ticket-list"), received, secret));
}

void ApiClientTest::tokenInHeader()
{
    ConnectionSettings connection = settings();
    connection.tokenInHeader = true;
    ApiClient client(connection);
    const auto reply = wait(client.call(QStringLiteral("account-list"),
                                        {{QStringLiteral("auth_token"), QStringLiteral("old")}}));
    QVERIFY(reply->isOk());

    const ReceivedRequest request = m_server->requests().at(0);
    QCOMPARE(request.headers.value("x-auth-token"), token.toUtf8());
    QVERIFY(!request.body.contains("auth_token"));
}

void ApiClientTest::settingsTzAndUserIp()
{
    ConnectionSettings connection = settings();
    connection.tz = QStringLiteral("Europe/Sofia");
    connection.userIp = QStringLiteral("1.2.3.4");
    ApiClient client(connection);
    const auto first = wait(client.call(QStringLiteral("account-list")));
    const auto second = wait(client.call(QStringLiteral("account-list"),
                                         {{QStringLiteral("tz"), QStringLiteral("UTC")}}));
    QVERIFY(first->isOk());
    QVERIFY(second->isOk());

    const QJsonObject firstBody = QJsonDocument::fromJson(m_server->requests().at(0).body).object();
    QCOMPARE(firstBody.value(QStringLiteral("tz")).toString(), QStringLiteral("Europe/Sofia"));
    QCOMPARE(firstBody.value(QStringLiteral("user_ip")).toString(), QStringLiteral("1.2.3.4"));
    const QJsonObject secondBody
            = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    QCOMPARE(secondBody.value(QStringLiteral("tz")).toString(), QStringLiteral("UTC"));
}

void ApiClientTest::apiErrorMessages()
{
    m_server->setHandler([](const ReceivedRequest &) {
        return ScriptedResponse::json(
                R"({"ttl":0,"status":false,"data":[],"messages":[
                    {"type":"error","code":"required:domain.sld","params":{"item_index":1}},
                    {"type":"error","code":"invalid:contact.email"}]})");
    });
    ApiClient client(settings());
    const auto reply = wait(client.call(QStringLiteral("order-create")));

    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().kind, ApiError::Kind::Api);
    QCOMPARE(reply->error().messages.size(), 2);
    const QString text = reply->error().userMessage();
    QVERIFY2(text.contains(QStringLiteral("\"order-create\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("domain.sld")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("item 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("contact.email")), qPrintable(text));
}

void ApiClientTest::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("html-500") << 500 << QByteArray("text/html")
                              << QByteArray("<html><body><h1>Internal Server Error</h1></body></html>")
                              << ApiError::Kind::Http;
    QTest::newRow("html-200") << 200 << QByteArray("text/html")
                              << QByteArray("<!DOCTYPE html><p>Login</p>") << ApiError::Kind::Http;
    QTest::newRow("truncated") << 200 << QByteArray("application/json")
                               << QByteArray(R"({"ttl":0,"status":true,"data":{"a":)")
                               << ApiError::Kind::Envelope;
    QTest::newRow("no-status") << 200 << QByteArray("application/json")
                               << QByteArray(R"({"ttl":0,"data":[]})") << ApiError::Kind::Envelope;
    QTest::newRow("empty-200") << 200 << QByteArray("application/json") << QByteArray()
                               << ApiError::Kind::Envelope;
    QTest::newRow("json-404") << 404 << QByteArray("application/json") << QByteArray("{}")
                              << ApiError::Kind::Http;
    QTest::newRow("envelope-401")
            << 401 << QByteArray("application/json")
            << QByteArray(R"({"status":false,"messages":[{"type":"error","code":"unauthorized"}]})")
            << ApiError::Kind::Api;
}

void ApiClientTest::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);

    m_server->setHandler([=](const ReceivedRequest &) {
        ScriptedResponse response = ScriptedResponse::json(body, status);
        response.contentType = contentType;
        return response;
    });
    ApiClient client(settings());
    const auto reply = wait(client.call(QStringLiteral("account-list")));

    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().kind, kind);
    QCOMPARE(reply->error().httpStatus, status);
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("\"account-list\"")));
    QCOMPARE(m_server->requestCount(), 1);
}

void ApiClientTest::timeoutKind()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedResponse::hang(); });
    ApiClient client(settings());
    CallOptions options;
    options.timeoutMs = 200;
    options.retry = false;
    QElapsedTimer elapsed;
    elapsed.start();
    const auto reply = wait(client.call(QStringLiteral("account-list"), {}, options));

    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("timed out")));
    QVERIFY(elapsed.elapsed() < 3000);
}

void ApiClientTest::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    ConnectionSettings connection = settings();
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    ApiClient client(connection);
    client.setRetryDelaysMs({10, 10});
    ApiReply *raw = client.call(QStringLiteral("account-list"));
    QSignalSpy retrying(raw, &ApiReply::retrying);
    const auto reply = wait(raw);

    QCOMPARE(reply->error().kind, ApiError::Kind::Transport);
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(0).toInt(), 1);
    QCOMPARE(retrying.at(1).at(1).toInt(), 10);
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("network")));
}

void ApiClientTest::stalledBodyTimesOut()
{
    m_server->setHandler([](const ReceivedRequest &) {
        ScriptedResponse response = ScriptedResponse::json(R"({"ttl":0,"status":true,"data":)");
        response.action = ScriptedResponse::Action::Stall;
        return response;
    });
    ApiClient client(settings());
    CallOptions options;
    options.timeoutMs = 200;
    options.retry = false;
    const auto reply = wait(client.call(QStringLiteral("account-list"), {}, options));

    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
}

void ApiClientTest::closedConnection()
{
    m_server->setHandler([](const ReceivedRequest &) {
        ScriptedResponse response;
        response.action = ScriptedResponse::Action::Close;
        return response;
    });
    ApiClient client(settings());
    CallOptions options;
    options.retry = false;
    const auto reply = wait(client.call(QStringLiteral("account-list"), {}, options));

    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::Transport);
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("network")));
}

void ApiClientTest::tlsFailureKind()
{
    // A server that responds to a TLS client hello with plain text fails the handshake.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    ConnectionSettings connection = settings();
    connection.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()));
    ApiClient client(connection);
    CallOptions options;
    options.retry = false;
    const auto reply = wait(client.call(QStringLiteral("account-list"), {}, options));

    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::Tls);
    QVERIFY2(reply->error().userMessage().contains(QStringLiteral("secure connection")),
             qPrintable(reply->error().userMessage()));
}

void ApiClientTest::readRetriedAfter503()
{
    m_server->setHandler([this](const ReceivedRequest &) {
        if (m_server->requestCount() == 1)
            return ScriptedResponse::json("<html>busy</html>", 503);
        return ScriptedResponse::json(ScriptedServer::envelope(R"({"ok":"1"})"));
    });
    ApiClient client(settings());
    ApiReply *raw = client.call(QStringLiteral("account-list"));
    QSignalSpy retrying(raw, &ApiReply::retrying);
    const auto reply = wait(raw);

    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 1);
    QCOMPARE(retrying.at(0).at(1).toInt(), 500);
}

void ApiClientTest::writeNotRetriedAfter503()
{
    m_server->setHandler([](const ReceivedRequest &) {
        return ScriptedResponse::json("<html>busy</html>", 503);
    });
    ApiClient client(settings());
    client.setRetryDelaysMs({10, 10});
    ApiReply *raw = client.call(QStringLiteral("order-create"));
    QSignalSpy retrying(raw, &ApiReply::retrying);
    const auto reply = wait(raw);

    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 503);
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(m_server->requestCount(), 1);
    // Give a wrongly scheduled retry time to arrive at the server.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void ApiClientTest::writeNotRetriedAfterTimeout()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedResponse::hang(); });
    ApiClient client(settings());
    client.setRetryDelaysMs({10, 10});
    CallOptions options;
    options.timeoutMs = 200;
    const auto reply = wait(client.call(QStringLiteral("payment-add"), {}, options));

    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void ApiClientTest::retryFreshNonce()
{
    m_server->setHandler([this](const ReceivedRequest &) {
        if (m_server->requestCount() < 3)
            return ScriptedResponse::json("{}", 502);
        return ScriptedResponse::json(ScriptedServer::envelope("[]"));
    });
    ConnectionSettings connection = settings();
    connection.hmacSecret = secret;
    ApiClient client(connection);
    client.setRetryDelaysMs({10, 20});
    const auto reply = wait(client.call(QStringLiteral("domain-list")));

    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    QCOMPARE(m_server->requestCount(), 3);
    QSet<QString> nonces;
    for (const ReceivedRequest &request : m_server->requests())
        nonces.insert(QJsonDocument::fromJson(request.body)
                              .object()
                              .value(QStringLiteral("nonce"))
                              .toString());
    QCOMPARE(nonces.size(), 3);
}

void ApiClientTest::retryOptionOverrides()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedResponse::json("{}", 504); });
    ApiClient client(settings());
    client.setRetryDelaysMs({10});
    CallOptions noRetry;
    noRetry.retry = false;
    const auto read = wait(client.call(QStringLiteral("account-list"), {}, noRetry));
    QCOMPARE(read->attempts(), 1);

    CallOptions forceRetry;
    forceRetry.retry = true;
    const auto write = wait(client.call(QStringLiteral("ticket-post"), {}, forceRetry));
    QCOMPARE(write->attempts(), 2);
    QCOMPARE(write->error().kind, ApiError::Kind::Http);
    QCOMPARE(m_server->requestCount(), 3);
}

void ApiClientTest::remoteHttpRejected()
{
    ConnectionSettings connection = settings();
    connection.baseUrl = QUrl(QStringLiteral("http://api.suresupport.com"));
    ApiClient client(connection);
    ApiReply *raw = client.call(QStringLiteral("account-list"));
    // Rejected without sending, yet finished() still comes later so callers can connect.
    QVERIFY(!raw->isFinished());
    const auto reply = wait(raw);

    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(reply->attempts(), 0);
    QVERIFY2(reply->error().userMessage().contains(QStringLiteral("http://api.suresupport.com")),
             qPrintable(reply->error().userMessage()));
}

void ApiClientTest::badCommandRejected()
{
    ApiClient client(settings());
    const QStringList bad = {QString(), QStringLiteral("../etc"), QStringLiteral("a b"),
                             QStringLiteral("list?x=1"), QStringLiteral("Account-List")};
    for (const QString &command : bad) {
        const auto reply = wait(client.call(command));
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(reply->attempts(), 0);
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void ApiClientTest::largeBodyParsed()
{
    // About 1 MB, far above the size that is parsed off the calling thread.
    QJsonArray items;
    for (int i = 0; i < 10000; ++i)
        items.append(QJsonObject{{QStringLiteral("account_id"), QString::number(i)},
                                 {QStringLiteral("hostname"), QStringLiteral("host%1.example.com").arg(i)},
                                 {QStringLiteral("end_date"), QStringLiteral("2021-10-10 05:00:00")}});
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("data"), items}})
                                    .toJson(QJsonDocument::Compact);
    m_server->setHandler([data](const ReceivedRequest &) {
        return ScriptedResponse::json(ScriptedServer::envelope(data));
    });
    capturedLog.clear();
    capturedOffMainThread.clear();
    previousFilter = QLoggingCategory::installFilter(enableHttpTrace);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    ApiClient client(settings());
    const auto reply = wait(client.call(QStringLiteral("account-list")));
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(previousFilter);

    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    QCOMPARE(reply->data().toObject().value(QStringLiteral("data")).toArray().size(), 10000);
    const QString workerLog = capturedOffMainThread.join(QLatin1Char('\n'));
    QVERIFY2(workerLog.contains(QStringLiteral("on a worker thread")), qPrintable(workerLog));
}

void ApiClientTest::abortFinishesOnce()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedResponse::hang(); });
    ApiClient client(settings());
    ApiReply *raw = client.call(QStringLiteral("account-list"));
    QSignalSpy finished(raw, &ApiReply::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    raw->abort();
    raw->abort();
    const auto reply = wait(raw);

    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Aborted);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void ApiClientTest::abortDuringRetryWait()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedResponse::json("{}", 503); });
    ApiClient client(settings());
    client.setRetryDelaysMs({60000});
    ApiReply *raw = client.call(QStringLiteral("account-list"));
    QSignalSpy retrying(raw, &ApiReply::retrying);
    QSignalSpy finished(raw, &ApiReply::finished);
    QVERIFY(retrying.wait(5000));
    raw->abort();
    const auto reply = wait(raw);

    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Aborted);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void ApiClientTest::clientDeletedFinishes()
{
    m_server->setHandler([](const ReceivedRequest &) { return ScriptedResponse::hang(); });
    auto client = std::make_unique<ApiClient>(settings());
    ApiReply *raw = client->call(QStringLiteral("account-list"));
    QSignalSpy finished(raw, &ApiReply::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    client.reset();
    const auto reply = wait(raw);

    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Aborted);
}

void ApiClientTest::redirectElsewhereNotFollowed()
{
    // A redirect to another origin (another port here) would carry the token along.
    ScriptedServer elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray target = elsewhere.url().toEncoded() + "/account-list";
    m_server->setHandler([target](const ReceivedRequest &) {
        ScriptedResponse response = ScriptedResponse::json(QByteArray(), 307);
        response.contentType = "text/plain\r\nLocation: " + target;
        return response;
    });
    ApiClient client(settings());
    const auto reply = wait(client.call(QStringLiteral("account-list")));

    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 307);
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("redirected")));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(elsewhere.requestCount(), 0);
}

void ApiClientTest::traceLogHidesSecrets()
{
    capturedLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("resellerdesk.api*.debug=true"));
    // QT_LOGGING_RULES (set by ctest) outranks setFilterRules(), so a filter forces it on.
    previousFilter = QLoggingCategory::installFilter(enableHttpTrace);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    ConnectionSettings connection = settings();
    connection.hmacSecret = secret;
    ApiClient client(connection);
    const Payload payload{{QStringLiteral("password"), QStringLiteral("PW-5521")}};
    for (RequestFormat format : {RequestFormat::PostJson, RequestFormat::Get,
                                 RequestFormat::PostForm}) {
        CallOptions options;
        options.format = format;
        const auto reply = wait(client.call(QStringLiteral("account-details"), payload, options));
        QVERIFY(reply->isOk());
    }
    // Qt's error text for an HTTP error names the URL, which for GET contains the token.
    m_server->setHandler([](const ReceivedRequest &request) {
        if (request.path == QLatin1String("tlds"))
            return ScriptedResponse::json("<html>busy</html>", 503);
        return ScriptedResponse::json(ScriptedServer::envelope("[]"));
    });
    client.setRetryDelaysMs({10});
    CallOptions get;
    get.format = RequestFormat::Get;
    const auto failed = wait(client.call(QStringLiteral("tlds"), payload, get));
    QCOMPARE(failed->error().kind, ApiError::Kind::Http);
    QCOMPARE(failed->attempts(), 2);
    const QString visibleText = failed->error().userMessage() + failed->error().detail;
    QVERIFY2(!visibleText.contains(token), qPrintable(visibleText));

    connection.tokenInHeader = true;
    client.setSettings(connection);
    QVERIFY(wait(client.call(QStringLiteral("account-list")))->isOk());

    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(previousFilter);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!lcApiHttp().isDebugEnabled());

    QStringList signatures;
    for (const ReceivedRequest &request : m_server->requests()) {
        const QByteArray raw = request.query + request.body;
        const qsizetype at = raw.indexOf("signature");
        QVERIFY(at >= 0);
        signatures.append(QString::fromLatin1(raw.mid(at + 12, 64)).remove(QLatin1Char('"')));
    }
    const QString log = capturedLog.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("resellerdesk.api.http")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("account-details")), qPrintable(log));
    QVERIFY2(!log.contains(token), qPrintable(log));
    QVERIFY2(!log.contains(secret), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("PW-5521")), qPrintable(log));
    for (const QString &signature : signatures)
        QVERIFY2(!log.contains(signature.left(40)), qPrintable(signature));
}

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
