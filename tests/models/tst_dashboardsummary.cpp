// DashboardSummary and ExpiryWatch against the sandbox over loopback HTTP. Expected figures
// come from the sandbox's own data through plain api calls with a fixed today.

#include "models/dashboardsummary.h"
#include "models/expirywatch.h"
#include "models/usagelimits.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::DashboardSummary;
using Models::ExpiryKind;
using Models::ExpiryWatch;

namespace {

const QDate Today(2026, 3, 18);

} // namespace

class TestDashboardSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expiryCounts_data();
    void expiryCounts();
    void weeklyTotals();
    void overUsage();
    void unreadAndUnpaid();
    void paymentsPerMonth();
    void deadServerFails();
    void usageRules();
    void watchReportsOnce();

private:
    // Starts a sandbox placed around `today` and returns a client for it.
    Api::ApiClient *startSandbox(std::unique_ptr<Sandbox::SandboxHost> &host, const QDate &today,
        const QString &dataFile = {});
    QJsonArray fetchAll(Api::ApiClient *client, const QString &command, Api::ListQuery query);
    int countOf(
        const QString &command, const Api::ListQuery &query, Api::ApiClient *client = nullptr);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    DashboardSummary *m_summary = nullptr;
};

Api::ApiClient *TestDashboardSummary::startSandbox(
    std::unique_ptr<Sandbox::SandboxHost> &host, const QDate &today, const QString &dataFile)
{
    host = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.today = today;
    options.dataFile = dataFile;
    QString problem;
    if (!host->start(options, &problem)) {
        qWarning() << "Sandbox failed to start:" << problem;
        return nullptr;
    }
    Api::ConnectionSettings settings;
    settings.baseUrl = host->url();
    settings.token = host->token();
    return new Api::ApiClient(settings, this);
}

void TestDashboardSummary::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTest"));

    m_client = startSandbox(m_sandbox, Today);
    QVERIFY(m_client);
    m_summary = new DashboardSummary(m_client, this);
    m_summary->setToday(Today);
    QSignalSpy finished(m_summary, &DashboardSummary::finished);
    QSignalSpy failed(m_summary, &DashboardSummary::failed);
    m_summary->refresh();
    QVERIFY(m_summary->isLoading());
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_summary->hasData());
}

QJsonArray TestDashboardSummary::fetchAll(
    Api::ApiClient *client, const QString &command, Api::ListQuery query)
{
    QJsonArray items;
    query.limit = 100;
    for (int page = 1;; ++page) {
        query.page = page;
        std::unique_ptr<Api::ApiReply> reply(client->call(command, query.toPayload()));
        QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
        if (!finished.wait(10000) || !reply->isOk()) {
            qWarning() << command << "page" << page << "failed:" << reply->error().userMessage();
            return {};
        }
        const QJsonObject data = reply->data().toObject();
        for (const QJsonValue &item : data.value(QStringLiteral("data")).toArray())
            items.append(item);
        if (page >= data.value(QStringLiteral("pages")).toVariant().toInt())
            return items;
    }
}

int TestDashboardSummary::countOf(
    const QString &command, const Api::ListQuery &query, Api::ApiClient *client)
{
    return static_cast<int>(fetchAll(client ? client : m_client, command, query).size());
}

void TestDashboardSummary::expiryCounts_data()
{
    QTest::addColumn<ExpiryKind>("kind");
    QTest::newRow("accounts") << ExpiryKind::Account;
    QTest::newRow("domains") << ExpiryKind::Domain;
    QTest::newRow("certificates") << ExpiryKind::Certificate;
}

void TestDashboardSummary::expiryCounts()
{
    QFETCH(ExpiryKind, kind);
    const QString command = DashboardSummary::listCommand(kind);
    int shown = 0;
    for (int days : { 7, 30, 90 }) {
        const int expected = countOf(command, DashboardSummary::expiringQuery(days));
        QCOMPARE(m_summary->expiringCount(kind, days), expected);
        shown += expected;
    }
    const int expired = countOf(command, DashboardSummary::expiredQuery());
    QCOMPARE(m_summary->expiredCount(kind), expired);
    // The demo data places accounts and domains in every window, so zero means a broken filter.
    if (kind != ExpiryKind::Certificate) {
        QVERIFY(m_summary->expiringCount(kind, 7) > 0);
        QVERIFY(expired > 0);
    }
    QVERIFY(shown > 0);
}

void TestDashboardSummary::weeklyTotals()
{
    for (ExpiryKind kind : { ExpiryKind::Account, ExpiryKind::Domain, ExpiryKind::Certificate }) {
        int total = 0;
        for (int week = 0; week < DashboardSummary::weekCount; ++week)
            total += m_summary->expiriesInWeek(week)[static_cast<std::size_t>(kind)];
        QCOMPARE(total, m_summary->expiringCount(kind, DashboardSummary::horizonDays));
    }
    // Week 0 contains days 0 to 6, so it matches the 7-day count less the items on day 7.
    Api::ListQuery daySeven;
    daySeven.addFilter(QStringLiteral("days_to_expire"), Api::FilterCondition::Equal, 7);
    const int onDaySeven = countOf(QStringLiteral("domain-list"), daySeven);
    QCOMPARE(m_summary->expiriesInWeek(0)[static_cast<std::size_t>(ExpiryKind::Domain)],
        m_summary->expiringCount(ExpiryKind::Domain, 7) - onDaySeven);
}

void TestDashboardSummary::overUsage()
{
    Api::ListQuery query;
    query.with = { QStringLiteral("resources") };
    const QJsonArray accounts = fetchAll(m_client, QStringLiteral("account-list"), query);
    QVERIFY(!accounts.isEmpty());
    QStringList expected;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        double storage = 0;
        double traffic = 0;
        for (const QJsonValue &resource : account.value(QStringLiteral("resources")).toArray()) {
            const QString name = resource[QStringLiteral("name")].toString();
            const double limit = resource[QStringLiteral("value")].toString().toDouble();
            if (name == u"storage")
                storage = limit;
            else if (name == u"traffic")
                traffic = limit;
        }
        const auto used = [&account](const char *property) {
            return account.value(QLatin1String(property)).toString().toDouble();
        };
        if (used("storage_used") > storage || used("traffic_used") > traffic
            || used("cpu_limit_used") > 100 || used("mysql_limit_used") > 100)
            expected.append(account.value(QStringLiteral("account_id")).toString());
    }
    QStringList actual;
    for (const Models::OverUsageAccount &account : m_summary->overUsageAccounts()) {
        actual.append(account.row.value(QStringLiteral("account_id")).toString());
        QVERIFY(!account.excesses.isEmpty());
    }
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    QVERIFY(!actual.isEmpty());
}

void TestDashboardSummary::unreadAndUnpaid()
{
    const int unread
        = countOf(QStringLiteral("ticket-list"), DashboardSummary::unreadTicketsQuery());
    QCOMPARE(m_summary->unreadTickets().size(), unread);
    QVERIFY(unread > 0);
    for (const QJsonObject &ticket : m_summary->unreadTickets())
        QCOMPARE(ticket.value(QStringLiteral("is_read")).toString(), QStringLiteral("0"));

    const int notPaid = countOf(QStringLiteral("order-list"),
        DashboardSummary::unpaidOrdersQuery(QStringLiteral("not_paid")));
    const int partlyPaid = countOf(QStringLiteral("order-list"),
        DashboardSummary::unpaidOrdersQuery(QStringLiteral("partially_paid")));
    QVERIFY(notPaid > 0);
    QVERIFY(partlyPaid > 0);
    QCOMPARE(m_summary->unpaidOrders().size(), notPaid + partlyPaid);
    const int all = countOf(QStringLiteral("order-list"), {});
    QVERIFY(m_summary->unpaidOrders().size() < all);
}

void TestDashboardSummary::paymentsPerMonth()
{
    const QJsonArray payments = fetchAll(m_client, QStringLiteral("payment-list"), {});
    QVERIFY(!payments.isEmpty());
    const QDate firstMonth = QDate(Today.year(), Today.month(), 1).addMonths(-11);
    QMap<QString, double> expected;
    for (const QJsonValue &payment : payments) {
        const QDate day
            = QDate::fromString(payment[QStringLiteral("date")].toString().left(10), Qt::ISODate);
        if (day < firstMonth || day > Today.addMonths(1))
            continue;
        const QString key = QString::number(day.year()) + u'-' + QString::number(day.month());
        const double total = payment[QStringLiteral("total")].toString().toDouble();
        expected[key]
            += payment[QStringLiteral("payment_type")].toString() == u"outgoing" ? -total : total;
    }
    const QList<Models::MonthlyPayments> &months = m_summary->paymentsPerMonth();
    QCOMPARE(months.size(), DashboardSummary::monthCount);
    QCOMPARE(months.first().month, firstMonth);
    QCOMPARE(months.last().month, QDate(Today.year(), Today.month(), 1));
    int monthsWithPayments = 0;
    for (const Models::MonthlyPayments &month : months) {
        const QString key
            = QString::number(month.month.year()) + u'-' + QString::number(month.month.month());
        double total = 0;
        for (double amount : month.totalByCurrency)
            total += amount;
        QVERIFY2(qAbs(total - expected.value(key)) < 0.005, qPrintable(key));
        if (total > 0)
            ++monthsWithPayments;
    }
    // The demo orders are spread over the last year.
    QVERIFY(monthsWithPayments >= 6);
    QCOMPARE(m_summary->paymentCurrencies(), QStringList { QStringLiteral("USD") });
}

void TestDashboardSummary::deadServerFails()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.token = QStringLiteral("token");
    Api::ApiClient client(settings);
    DashboardSummary summary(&client);
    QSignalSpy failed(&summary, &DashboardSummary::failed);
    QSignalSpy finished(&summary, &DashboardSummary::finished);
    summary.refresh();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!summary.isLoading());
    QVERIFY(!summary.hasData());
}

void TestDashboardSummary::usageRules()
{
    const QJsonArray resources {
        QJsonObject {
            { "name", "storage" }, { "value", "512" }, { "unit", "MB" }, { "status", "active" } },
        QJsonObject { { "name", "traffic" }, { "value", "10" }, { "unit", "GB/MO" },
            { "status", "suspended" } },
    };
    QJsonObject account { { "account_id", "1" }, { "storage_used", "0.60" },
        { "traffic_used", "50.00" }, { "inodes_used", "90000" }, { "cpu_limit_used", "100.00" },
        { "mysql_limit_used", "100.01" }, { "resources", resources } };
    const QList<Models::UsageExcess> excesses = Models::usageExcesses(account);
    QCOMPARE(excesses.size(), 2);
    // 0.60 GB is more than 512 MB.
    QCOMPARE(excesses[0].property, QStringLiteral("storage_used"));
    QCOMPARE(excesses[0].limit, 0.5);
    // Exactly 100 percent is at the limit, not over it.
    QCOMPARE(excesses[1].property, QStringLiteral("mysql_limit_used"));
    // A suspended traffic resource and a missing inode limit give no excess.
    account.insert("resources", QJsonArray {});
    account.insert("mysql_limit_used", "");
    QVERIFY(Models::usageExcesses(account).isEmpty());
}

void TestDashboardSummary::watchReportsOnce()
{
    // A data file keeps the seeded dates when a later sandbox opens it with another today.
    const QString dataFile = m_settingsDir.filePath(QStringLiteral("watch.sqlite"));
    const QString profile = QStringLiteral("http://127.0.0.1/watch-test");
    std::unique_ptr<Sandbox::SandboxHost> first;
    Api::ApiClient *firstClient = startSandbox(first, Today, dataFile);
    QVERIFY(firstClient);
    int windowCount = countOf(
        QStringLiteral("ticket-list"), DashboardSummary::unreadTicketsQuery(), firstClient);
    for (ExpiryKind kind : { ExpiryKind::Account, ExpiryKind::Domain, ExpiryKind::Certificate })
        windowCount += countOf(DashboardSummary::listCommand(kind),
            DashboardSummary::expiringQuery(ExpiryWatch::windowDays), firstClient);
    QVERIFY(windowCount > 0);
    Api::ListQuery entering;
    entering.addRange(QStringLiteral("days_to_expire"), Api::FilterCondition::Range,
        QStringLiteral("8"), QStringLiteral("13"));
    QStringList expected;
    for (ExpiryKind kind : { ExpiryKind::Account, ExpiryKind::Domain, ExpiryKind::Certificate }) {
        const QJsonArray items
            = fetchAll(firstClient, DashboardSummary::listCommand(kind), entering);
        for (const QJsonValue &item : items)
            expected.append(item[DashboardSummary::idProperty(kind)].toVariant().toString());
    }
    QVERIFY(!expected.isEmpty());

    {
        ExpiryWatch watch(firstClient, profile);
        QSignalSpy checked(&watch, &ExpiryWatch::checked);
        watch.check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(
            checked.takeFirst().first().value<QList<Models::WatchEvent>>().size(), windowCount);
        watch.check();
        QVERIFY(checked.wait(20000));
        QVERIFY(checked.takeFirst().first().value<QList<Models::WatchEvent>>().isEmpty());
    }
    first.reset();

    // Six days later the items 8 to 13 days out enter the window. A new watch reads what was
    // reported from QSettings, so only those are new.
    std::unique_ptr<Sandbox::SandboxHost> later;
    Api::ApiClient *laterClient = startSandbox(later, Today.addDays(6), dataFile);
    QVERIFY(laterClient);
    ExpiryWatch watch(laterClient, profile);
    QSignalSpy checked(&watch, &ExpiryWatch::checked);
    watch.check();
    QVERIFY(checked.wait(20000));
    QStringList actual;
    for (const Models::WatchEvent &event :
        checked.takeFirst().first().value<QList<Models::WatchEvent>>()) {
        QCOMPARE(event.kind, Models::WatchEvent::Kind::Expiry);
        QVERIFY(event.daysToExpire >= 0);
        QVERIFY(event.daysToExpire <= ExpiryWatch::windowDays);
        actual.append(event.id);
    }
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);

    // Another connection keeps its own record, so it reports everything in its window.
    ExpiryWatch other(laterClient, QStringLiteral("another profile"));
    QSignalSpy otherChecked(&other, &ExpiryWatch::checked);
    other.check();
    QVERIFY(otherChecked.wait(20000));
    QVERIFY(
        otherChecked.takeFirst().first().value<QList<Models::WatchEvent>>().size() > actual.size());
}

QTEST_GUILESS_MAIN(TestDashboardSummary)
#include "tst_dashboardsummary.moc"
