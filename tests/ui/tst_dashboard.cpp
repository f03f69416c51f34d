// DashboardView against the sandbox on the offscreen platform: counts, the filters that its
// items request, chart totals, Renew… and the error banner.

#include "ui/dashboardlists.h"
#include "ui/dashboardview.h"
#include "ui/entitytab.h"
#include "ui/errorbanner.h"
#include "ui/expirychart.h"
#include "ui/mainwindow.h"
#include "ui/paymentschart.h"
#include "ui/presetfilterbar.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/dashboardsummary.h"
#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtCharts/QBarSet>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::DashboardSummary;
using Models::ExpiryKind;

Q_DECLARE_METATYPE(ResellerDesk::Models::Entity)
Q_DECLARE_METATYPE(ResellerDesk::Api::ListQuery)

namespace {

const QDate Today(2026, 3, 18);

double sumOf(const QBarSet *set)
{
    double total = 0;
    for (int i = 0; i < set->count(); ++i)
        total += set->at(i);
    return total;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsMatchSandbox();
    void countClickRequestsFilter();
    void chartTotals();
    void renewRequestsRow();
    void rowOpensItem();
    void failureShowsBanner();
    void windowOpensFilteredPage();

private:
    int countOf(const QString &command, Api::ListQuery query);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    std::unique_ptr<Ui::DashboardView> m_view;
};

void TestDashboard::initTestCase()
{
    qRegisterMetaType<Models::Entity>();
    qRegisterMetaType<Api::ListQuery>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_dashboard"));
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.today = Today;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);

    m_view = std::make_unique<Ui::DashboardView>(m_client);
    m_view->summary()->setToday(Today);
    QSignalSpy finished(m_view->summary(), &DashboardSummary::finished);
    // The first show starts the load.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(finished.wait(20000));
}

int TestDashboard::countOf(const QString &command, Api::ListQuery query)
{
    query.limit = 1000;
    std::unique_ptr<Api::ApiReply> reply(m_client->call(command, query.toPayload()));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return -1;
    return reply->data().toObject().value(QStringLiteral("count")).toVariant().toInt();
}

void TestDashboard::countsMatchSandbox()
{
    for (ExpiryKind kind : { ExpiryKind::Account, ExpiryKind::Domain, ExpiryKind::Certificate }) {
        const QString command = DashboardSummary::listCommand(kind);
        for (int days : { 7, 30, 90 }) {
            const int expected = countOf(command, DashboardSummary::expiringQuery(days));
            QCOMPARE(m_view->expiryButton(kind, days)->text(), QString::number(expected));
        }
        const int expired = countOf(command, DashboardSummary::expiredQuery());
        QCOMPARE(m_view->expiryButton(kind, 0)->text(), QString::number(expired));
    }
    const int unread
        = countOf(QStringLiteral("ticket-list"), DashboardSummary::unreadTicketsQuery());
    QCOMPARE(m_view->findChild<QPushButton *>(QStringLiteral("unreadTickets"))->text(),
        QString::number(unread));
    QCOMPARE(m_view->lists()->ticketList()->topLevelItemCount(), unread);
    const int notPaid = countOf(QStringLiteral("order-list"),
        DashboardSummary::unpaidOrdersQuery(QStringLiteral("not_paid")));
    QCOMPARE(m_view->findChild<QPushButton *>(QStringLiteral("notPaid"))->text(),
        QString::number(notPaid));
    QCOMPARE(m_view->lists()->expiringList()->topLevelItemCount(),
        m_view->summary()->expiringItems().size());
    QVERIFY(m_view->lists()->usageList()->topLevelItemCount() > 0);
}

void TestDashboard::countClickRequestsFilter()
{
    QSignalSpy requested(m_view.get(), &Ui::DashboardView::openFilteredRequested);
    QTest::mouseClick(m_view->expiryButton(ExpiryKind::Domain, 30), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].value<Models::Entity>(), Models::Entity::Domains);
    const Api::Payload payload = requested[0][1].value<Api::ListQuery>().toPayload();
    const QJsonObject filter = payload.value(QStringLiteral("filter")).toObject();
    QCOMPARE(
        filter.value(QStringLiteral("days_to_expire:range")).toString(), QStringLiteral("0,30"));
    // Without a translator loaded, the plural form stays "day(s)", so the expected text comes from tr() too.
    QCOMPARE(requested[0][2].toString(),
        Ui::DashboardView::tr("Domains expiring in %n day(s)", nullptr, 30));

    QTest::mouseClick(m_view->expiryButton(ExpiryKind::Account, 0), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested[1][0].value<Models::Entity>(), Models::Entity::Accounts);
    const QJsonObject expired = requested[1][1]
                                    .value<Api::ListQuery>()
                                    .toPayload()
                                    .value(QStringLiteral("filter"))
                                    .toObject();
    QCOMPARE(
        expired.value(QStringLiteral("days_to_expire:range")).toString(), QStringLiteral("-90,-1"));

    QTest::mouseClick(
        m_view->findChild<QPushButton *>(QStringLiteral("unreadTickets")), Qt::LeftButton);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested[2][0].value<Models::Entity>(), Models::Entity::Tickets);
    const QJsonObject tickets = requested[2][1]
                                    .value<Api::ListQuery>()
                                    .toPayload()
                                    .value(QStringLiteral("filter"))
                                    .toObject();
    QCOMPARE(tickets.value(QStringLiteral("is_read")).toString(), QStringLiteral("0"));
}

void TestDashboard::chartTotals()
{
    const QList<QBarSet *> expiry = m_view->expiryChart()->barSets();
    QCOMPARE(expiry.size(), Models::expiryKindCount);
    for (int kind = 0; kind < Models::expiryKindCount; ++kind) {
        QCOMPARE(expiry[kind]->count(), DashboardSummary::weekCount);
        QCOMPARE(sumOf(expiry[kind]),
            double(m_view->summary()->expiringCount(
                static_cast<ExpiryKind>(kind), DashboardSummary::horizonDays)));
    }

    const QList<QBarSet *> payments = m_view->paymentsChart()->barSets();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments[0]->label(), QStringLiteral("USD"));
    double expected = 0;
    for (const Models::MonthlyPayments &month : m_view->summary()->paymentsPerMonth())
        expected += month.totalByCurrency.value(QStringLiteral("USD"));
    QVERIFY(expected > 0);
    QVERIFY(qAbs(sumOf(payments[0]) - expected) < 0.005);
}

void TestDashboard::renewRequestsRow()
{
    QTreeWidget *list = m_view->lists()->expiringList();
    QSignalSpy renew(m_view.get(), &Ui::DashboardView::renewRequested);
    int domainRow = -1;
    int certificateRow = -1;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const Models::ExpiringItem &item = m_view->summary()->expiringItems().at(row);
        if (item.kind == ExpiryKind::Domain && domainRow < 0)
            domainRow = row;
        if (item.kind == ExpiryKind::Certificate && certificateRow < 0)
            certificateRow = row;
    }
    QVERIFY(domainRow >= 0);
    list->setCurrentItem(list->topLevelItem(domainRow));
    QVERIFY(m_view->lists()->renewButton()->isEnabled());
    m_view->lists()->renewButton()->click();
    QCOMPARE(renew.count(), 1);
    QCOMPARE(renew[0][0].toBool(), false);
    QCOMPARE(renew[0][1].toJsonObject().value(QStringLiteral("domain_id")),
        m_view->summary()->expiringItems().at(domainRow).row.value(QStringLiteral("domain_id")));

    // The order wizard has no certificate renewal.
    if (certificateRow >= 0) {
        list->setCurrentItem(list->topLevelItem(certificateRow));
        QVERIFY(!m_view->lists()->renewButton()->isEnabled());
    }
}

void TestDashboard::rowOpensItem()
{
    QTreeWidget *list = m_view->lists()->orderList();
    QVERIFY(list->topLevelItemCount() > 0);
    QSignalSpy requested(m_view.get(), &Ui::DashboardView::openFilteredRequested);
    emit list->itemActivated(list->topLevelItem(0), 0);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].value<Models::Entity>(), Models::Entity::Orders);
    const QString orderId = list->topLevelItem(0)->text(0);
    const Api::Payload payload = requested[0][1].value<Api::ListQuery>().toPayload();
    QCOMPARE(payload.value(QStringLiteral("filter")).toObject().value(QStringLiteral("order_id")),
        QJsonValue(orderId));
    QCOMPARE(requested[0][2].toString(), QStringLiteral("Order %1").arg(orderId));
}

void TestDashboard::failureShowsBanner()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.token = QStringLiteral("token");
    Api::ApiClient client(settings);
    Ui::DashboardView view(&client);
    QSignalSpy failed(view.summary(), &DashboardSummary::failed);
    view.show();
    QVERIFY(failed.wait(20000));
    QTRY_VERIFY(view.errorBanner()->isVisible());
    QVERIFY(view.errorBanner()->message().contains(QStringLiteral("dashboard")));
    QCOMPARE(view.expiryButton(ExpiryKind::Domain, 7)->text(), QStringLiteral("–"));
}

void TestDashboard::windowOpensFilteredPage()
{
    Ui::MainWindow window(m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = window.findChild<Ui::DashboardView *>();
    QVERIFY(dashboard);
    QCOMPARE(window.currentPage(), dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->summary()->hasData(), 20000);
    QTest::mouseClick(dashboard->expiryButton(ExpiryKind::Domain, 7), Qt::LeftButton);
    QVERIFY(window.currentTab());
    QCOMPARE(window.currentTab()->entity(), Models::Entity::Domains);
    QCOMPARE(window.currentTab()->presetFilterBar()->description(),
        Ui::DashboardView::tr("Domains expiring in %n day(s)", nullptr, 7));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
