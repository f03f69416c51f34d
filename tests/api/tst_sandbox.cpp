#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/pager.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Api;
using ResellerDesk::Sandbox::SandboxHost;
using ResellerDesk::Sandbox::SandboxOptions;

// Tests of the client against the project's sandbox, which checks tokens and HMAC signatures
// as the service's reference documents them, with code that shares nothing with this layer.
class SandboxTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedFormats_data();
    void signedFormats();
    void wrongSecretRejected();
    void wrongTokenRejected();
    void pagerFetchesAccounts();

private:
    ConnectionSettings settings() const;
    std::unique_ptr<ApiReply> wait(ApiReply *reply);

    const QString m_secret = QStringLiteral("sandbox-secret-4d2");
    SandboxHost m_host;
};

void SandboxTest::initTestCase()
{
    SandboxOptions options;
    options.hmacSecret = m_secret;
    options.scale = 120;
    QString problem;
    QVERIFY2(m_host.start(options, &problem), qPrintable(problem));
}

ConnectionSettings SandboxTest::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_host.url();
    settings.token = m_host.token();
    settings.hmacSecret = m_secret;
    return settings;
}

std::unique_ptr<ApiReply> SandboxTest::wait(ApiReply *reply)
{
    std::unique_ptr<ApiReply> owned(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(10000);
    }
    return owned;
}

void SandboxTest::signedFormats_data()
{
    QTest::addColumn<RequestFormat>("format");
    QTest::addColumn<bool>("tokenInHeader");

    QTest::newRow("json") << RequestFormat::PostJson << false;
    QTest::newRow("get") << RequestFormat::Get << false;
    QTest::newRow("form") << RequestFormat::PostForm << false;
    QTest::newRow("json-header") << RequestFormat::PostJson << true;
}

void SandboxTest::signedFormats()
{
    QFETCH(RequestFormat, format);
    QFETCH(bool, tokenInHeader);

    ConnectionSettings connection = settings();
    connection.tokenInHeader = tokenInHeader;
    ApiClient client(connection);
    ListQuery query;
    query.limit = 5;
    query.addFilter(QStringLiteral("username"), FilterCondition::LikePrefix, QStringLiteral("a"));
    query.orderBy = {{QStringLiteral("account_id"), false}};
    CallOptions options;
    options.format = format;
    const auto reply = wait(client.call(QStringLiteral("account-list"), query.toPayload(), options));

    QVERIFY(reply->isFinished());
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    const std::optional<ListPage> page = ListPage::fromData(reply->data());
    QVERIFY(page.has_value());
    QCOMPARE(page->limit, 5);
}

void SandboxTest::wrongSecretRejected()
{
    ConnectionSettings connection = settings();
    connection.hmacSecret = QStringLiteral("not-the-secret");
    ApiClient client(connection);
    const auto reply = wait(client.call(QStringLiteral("account-list")));

    QCOMPARE(reply->error().kind, ApiError::Kind::Api);
    QVERIFY2(reply->error().hasCode(QStringLiteral("invalid_signature")),
             qPrintable(reply->error().detail));
    QVERIFY(reply->error().userMessage().contains(QStringLiteral("HMAC secret")));
}

void SandboxTest::wrongTokenRejected()
{
    ConnectionSettings connection = settings();
    connection.token = QStringLiteral("not-the-token");
    ApiClient client(connection);
    const auto reply = wait(client.call(QStringLiteral("account-list")));

    QCOMPARE(reply->error().kind, ApiError::Kind::Api);
    QVERIFY2(reply->error().hasCode(QStringLiteral("unauthorized")),
             qPrintable(reply->error().detail));
}

void SandboxTest::pagerFetchesAccounts()
{
    ApiClient client(settings());
    ListQuery query;
    query.limit = 10;
    Pager pager(&client, QStringLiteral("account-list"), query);
    QSignalSpy pages(&pager, &Pager::pageReceived);
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);

    pager.start();
    QVERIFY(finished.wait(20000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.value(0).value(0).value<ApiError>().userMessage()));
    QVERIFY(pager.pagesTotal() > 1);
    QCOMPARE(pages.size(), pager.pagesTotal());
    int items = 0;
    int count = 0;
    for (const QList<QVariant> &arguments : pages) {
        const ListPage page = arguments.at(0).value<ListPage>();
        items += int(page.items.size());
        count = page.count;
    }
    QCOMPARE(items, count);
}

QTEST_GUILESS_MAIN(SandboxTest)
#include "tst_sandbox.moc"
