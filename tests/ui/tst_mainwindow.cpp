// The main window on the offscreen platform against the sandbox: filter panes send the
// documented filters and show exactly the rows the service returns, details load with
// their relations, and a dead server shows an inline error with Retry.

#include "ui/connectdialog.h"
#include "ui/detailspane.h"
#include "ui/entitytab.h"
#include "ui/errorbanner.h"
#include "ui/filterpane.h"
#include "ui/mainwindow.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/quickfilterproxymodel.h"
#include "sandbox/sandboxhost.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QSettings>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::Entity;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void accountsLoadOnStart();
    void domainsDaysToExpire();
    void accountsUsernamePrefix();
    void accountsPlanShownName();
    void ticketsStatusIn();
    void invalidDateRangeRejected();
    void ticketsAnsweredBetween();
    void ordersDateRange();
    void quickFilterNarrows();
    void emptyResultExplained();
    void detailsShowRelations();
    void detailsPerEntity_data();
    void detailsPerEntity();
    void escCancelsLoad();
    void f5Refreshes();
    void unloadDropsRows();
    void headerClickSorts();
    void layoutPersists();
    void connectDialogValidates();
    void deadServerShowsBanner();
    void detailsErrorInline();

private:
    QStringList fetchIds(const QString &command, Api::ListQuery query, const QString &idProperty);
    static QStringList modelIds(const Ui::EntityTab *tab);
    // Shows the tab and waits until its first load finished.
    Ui::EntityTab *openTab(Entity entity);
    bool waitForLoad(Ui::EntityTab *tab);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_mainwindow"));
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.scale = 300;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);
}

void TestMainWindow::init()
{
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QStringList TestMainWindow::fetchIds(const QString &command, Api::ListQuery query,
                                     const QString &idProperty)
{
    QStringList ids;
    query.limit = 100;
    for (int page = 1;; ++page) {
        query.page = page;
        std::unique_ptr<Api::ApiReply> reply(m_client->call(command, query.toPayload()));
        QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
        if (!finished.wait(10000) || !reply->isOk())
            return { QStringLiteral("request failed: ") + reply->error().userMessage() };
        const QJsonObject data = reply->data().toObject();
        const QJsonArray items = data.value("data").toArray();
        for (const QJsonValue &item : items)
            ids << item.toObject().value(idProperty).toVariant().toString();
        if (page >= data.value("pages").toVariant().toInt())
            break;
    }
    ids.sort();
    return ids;
}

QStringList TestMainWindow::modelIds(const Ui::EntityTab *tab)
{
    const Models::EntityTableModel *model = tab->model();
    const int column = model->spec().columnIndex(model->spec().idProperty);
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->cellText(row, column);
    ids.sort();
    return ids;
}

bool TestMainWindow::waitForLoad(Ui::EntityTab *tab)
{
    if (!tab->isLoading())
        return true;
    QSignalSpy finished(tab->loader(), &Models::ListLoader::finished);
    return finished.wait(20000);
}

Ui::EntityTab *TestMainWindow::openTab(Entity entity)
{
    Ui::EntityTab *tab = m_window->tab(entity);
    m_window->showEntity(entity);
    tab->ensureLoaded();
    return waitForLoad(tab) ? tab : nullptr;
}

void TestMainWindow::accountsLoadOnStart()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    QCOMPARE(m_window->currentTab(), tab);
    QCOMPARE(modelIds(tab), fetchIds("account-list", {}, "account_id"));
    const auto *status = m_window->findChild<QLabel *>("statusText");
    QVERIFY(status);
    QVERIFY2(status->text().contains(QString::number(tab->model()->rowCount())),
             qPrintable(status->text()));
}

void TestMainWindow::domainsDaysToExpire()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    const int allRows = tab->model()->rowCount();
    auto *edit = tab->filterPane()->findChild<QLineEdit *>("filter_days_to_expire");
    QVERIFY(edit);
    edit->setText("30");
    QSignalSpy started(tab->loader(), &Models::ListLoader::started);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForLoad(tab));

    // "Within 30 days" starts today: expired domains are not listed.
    Api::ListQuery query;
    query.addFilter("days_to_expire", Api::FilterCondition::Range, "0,30");
    const QStringList expected = fetchIds("domain-list", query, "domain_id");
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < allRows);
    QCOMPARE(modelIds(tab), expected);
    const int daysColumn = tab->model()->spec().columnIndex("days_to_expire");
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const int days = tab->model()->index(row, daysColumn).data(Models::EntityTableModel::SortRole).toInt();
        QVERIFY2(days >= 0 && days <= 30, qPrintable(QString::number(days)));
    }

    // Reset clears the field and loads every row again.
    auto *reset = tab->filterPane()->findChild<QPushButton *>("filterReset");
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(waitForLoad(tab));
    QCOMPARE(tab->model()->rowCount(), allRows);
}

void TestMainWindow::accountsUsernamePrefix()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    const Models::EntityTableModel *model = tab->model();
    const QString username = model->cellText(0, model->spec().columnIndex("username"));
    const QString prefix = username.left(4);
    QVERIFY(!prefix.isEmpty());
    auto *edit = tab->filterPane()->findChild<QLineEdit *>("filter_username");
    QVERIFY(edit);
    edit->setText(prefix);
    QTest::mouseClick(tab->filterPane()->findChild<QPushButton *>("filterApply"), Qt::LeftButton);
    QVERIFY(waitForLoad(tab));

    Api::ListQuery query;
    query.addFilter("username", Api::FilterCondition::LikePrefix, prefix);
    const QStringList expected = fetchIds("account-list", query, "account_id");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(modelIds(tab), expected);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->cellText(row, model->spec().columnIndex("username")).startsWith(prefix));
}

// The plan filter matches the name the Plan column shows, not the hidden SKU.
void TestMainWindow::accountsPlanShownName()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    const Models::EntityTableModel *model = tab->model();
    const int planColumn = model->spec().columnIndex("plan_name");
    const int allRows = model->rowCount();
    auto *edit = tab->filterPane()->findChild<QLineEdit *>("filter_plan_name");
    QVERIFY(edit);
    edit->setText("Business Plus");
    QTest::mouseClick(tab->filterPane()->findChild<QPushButton *>("filterApply"), Qt::LeftButton);
    QVERIFY(waitForLoad(tab));

    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < allRows);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->cellText(row, planColumn), QStringLiteral("Business Plus"));
}

void TestMainWindow::ticketsStatusIn()
{
    Ui::EntityTab *tab = openTab(Entity::Tickets);
    QVERIFY(tab);
    auto *inProgress = tab->filterPane()->findChild<QCheckBox *>("filter_status_inprogress");
    auto *taken = tab->filterPane()->findChild<QCheckBox *>("filter_status_taken");
    QVERIFY(inProgress);
    QVERIFY(taken);
    inProgress->setChecked(true);
    taken->setChecked(true);
    tab->refresh();
    QVERIFY(waitForLoad(tab));

    Api::ListQuery query;
    query.addFilter("status", Api::FilterCondition::In, QJsonArray{ "inprogress", "taken" });
    const QStringList expected = fetchIds("ticket-list", query, "id");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(modelIds(tab), expected);
    const Models::EntityTableModel *model = tab->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString status = model->cellText(row, model->spec().columnIndex("status"));
        QVERIFY2(status == "inprogress" || status == "taken", qPrintable(status));
    }
}

// Sets a date range field of the current tab's filter pane; an invalid date leaves a side open.
static void setDateRange(Ui::FilterPane *pane, const QString &property, const QDate &from,
                         const QDate &to)
{
    const QString name = QStringLiteral("filter_") + property;
    pane->findChild<QCheckBox *>(name + "_from_enabled")->setChecked(from.isValid());
    pane->findChild<QCheckBox *>(name + "_to_enabled")->setChecked(to.isValid());
    if (from.isValid())
        pane->findChild<QDateEdit *>(name + "_from")->setDate(from);
    if (to.isValid())
        pane->findChild<QDateEdit *>(name + "_to")->setDate(to);
}

void TestMainWindow::ticketsAnsweredBetween()
{
    Ui::EntityTab *tab = openTab(Entity::Tickets);
    QVERIFY(tab);
    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(-20);
    setDateRange(tab->filterPane(), "response_date", from, today);
    tab->refresh();
    QVERIFY(waitForLoad(tab));

    Api::ListQuery query;
    query.addRange("response_date", Api::FilterCondition::DateRange,
                   from.toString(Qt::ISODate) + " 00:00:00",
                   today.toString(Qt::ISODate) + " 23:59:59");
    const QStringList expected = fetchIds("ticket-list", query, "id");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(modelIds(tab), expected);
    const Models::EntityTableModel *model = tab->model();
    const int column = model->spec().columnIndex("response_date");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate date = model->index(row, column)
                                   .data(Models::EntityTableModel::SortRole)
                                   .toDateTime()
                                   .date();
        QVERIFY2(date >= from && date <= today, qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestMainWindow::ordersDateRange()
{
    Ui::EntityTab *tab = openTab(Entity::Orders);
    QVERIFY(tab);
    const int allRows = tab->model()->rowCount();
    const QDate from = QDate::currentDate().addDays(-10);
    setDateRange(tab->filterPane(), "date", from, QDate());
    tab->refresh();
    QVERIFY(waitForLoad(tab));

    // order-list takes date_from and date_to with the plain key, not date:>=.
    Api::ListQuery query;
    const QString fromText = from.toString(Qt::ISODate) + " 00:00:00";
    query.addFilter("date_from", Api::FilterCondition::Equal, fromText);
    const QStringList expected = fetchIds("order-list", query, "order_id");
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < allRows);
    QCOMPARE(modelIds(tab), expected);
}

void TestMainWindow::invalidDateRangeRejected()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    Ui::FilterPane *pane = tab->filterPane();
    pane->findChild<QCheckBox *>("filter_end_date_from_enabled")->setChecked(true);
    pane->findChild<QCheckBox *>("filter_end_date_to_enabled")->setChecked(true);
    pane->findChild<QDateEdit *>("filter_end_date_from")->setDate(QDate(2030, 1, 2));
    pane->findChild<QDateEdit *>("filter_end_date_to")->setDate(QDate(2030, 1, 1));
    QSignalSpy started(tab->loader(), &Models::ListLoader::started);
    tab->refresh();
    QCOMPARE(started.count(), 0);
    auto *error = pane->findChild<QLabel *>("filterError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("2030-01-02"), qPrintable(error->text()));
}

void TestMainWindow::quickFilterNarrows()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    const Models::EntityTableModel *model = tab->model();
    const QString domain = model->cellText(model->rowCount() - 1,
                                           model->spec().columnIndex("domain"));
    QTest::keyClicks(tab->quickFilterEdit(), domain);
    QTRY_VERIFY(tab->proxyModel()->rowCount() < model->rowCount());
    QVERIFY(tab->proxyModel()->rowCount() >= 1);
    QCOMPARE(tab->tableView()->model()->rowCount(), tab->proxyModel()->rowCount());
    tab->quickFilterEdit()->clear();
    QTRY_COMPARE(tab->proxyModel()->rowCount(), model->rowCount());
}

// An empty table shows whether the server filters or the quick filter left no rows.
void TestMainWindow::emptyResultExplained()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    auto *label = tab->tableView()->viewport()->findChild<QLabel *>("emptyResult");
    QVERIFY(label);
    QVERIFY(label->isHidden());

    QTest::keyClicks(tab->quickFilterEdit(), QStringLiteral("no-such-account-anywhere"));
    QTRY_COMPARE(tab->proxyModel()->rowCount(), 0);
    QTRY_VERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("quick filter")));
    tab->quickFilterEdit()->clear();
    QTRY_VERIFY(label->isHidden());

    auto *edit = tab->filterPane()->findChild<QLineEdit *>("filter_username");
    QVERIFY(edit);
    edit->setText(QStringLiteral("no-such-user"));
    QTest::mouseClick(tab->filterPane()->findChild<QPushButton *>("filterApply"), Qt::LeftButton);
    QVERIFY(waitForLoad(tab));
    QCOMPARE(tab->model()->rowCount(), 0);
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("Reset")));
}

void TestMainWindow::detailsShowRelations()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    // The first row is selected when a load finishes; its details are requested then.
    QCOMPARE(tab->tableView()->selectionModel()->currentIndex().row(), 0);
    QVERIFY(tab->proxyModel()->rowCount() > 1);
    QSignalSpy loaded(tab->detailsPane(), &Ui::DetailsPane::loaded);
    tab->tableView()->selectRow(1);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    const QTreeWidget *tree = tab->detailsPane()->tree();
    QStringList sections;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        sections << tree->topLevelItem(i)->text(0);
    QCOMPARE(sections.first(), QStringLiteral("Fields"));
    for (const QString &relation : { QStringLiteral("Services"), QStringLiteral("Account"),
                                     QStringLiteral("Resource") }) {
        const bool found = std::any_of(sections.cbegin(), sections.cend(),
                                       [&](const QString &s) { return s.startsWith(relation); });
        QVERIFY2(found, qPrintable(relation + " not in " + sections.join(", ")));
    }
    QVERIFY(tree->topLevelItem(0)->childCount() > 5);
    QVERIFY(!tab->detailsPane()->errorBanner()->isVisible());
}

void TestMainWindow::detailsPerEntity_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QStringList>("sections");
    QTest::newRow("accounts") << Entity::Accounts
                              << QStringList{ "Services", "Resources", "Usage",
                                              "Registered domains", "Parked domains",
                                              "IP addresses", "Registered certificates",
                                              "Installed certificates", "Notes" };
    QTest::newRow("domains") << Entity::Domains << QStringList{ "Services", "Account", "Resource" };
    QTest::newRow("orders") << Entity::Orders << QStringList{ "Items", "Payments" };
    QTest::newRow("tickets") << Entity::Tickets << QStringList{ "Messages" };
}

void TestMainWindow::detailsPerEntity()
{
    QFETCH(Entity, entity);
    QFETCH(QStringList, sections);
    Ui::EntityTab *tab = openTab(entity);
    QVERIFY(tab);
    QVERIFY(tab->proxyModel()->rowCount() > 1);
    QSignalSpy loaded(tab->detailsPane(), &Ui::DetailsPane::loaded);
    tab->tableView()->selectRow(1);
    QVERIFY(loaded.wait(10000));
    QVERIFY2(loaded.at(0).at(0).toBool(),
             qPrintable(tab->detailsPane()->errorBanner()->message()));
    const QTreeWidget *tree = tab->detailsPane()->tree();
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles << tree->topLevelItem(i)->text(0);
    for (const QString &section : std::as_const(sections)) {
        const QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !item; ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(section))
                item = tree->topLevelItem(i);
        }
        QVERIFY2(item, qPrintable(section + " not in " + titles.join(", ")));
        // The pane adds a placeholder section for a relation the response lacks.
        const bool returned =
                item->childCount() == 0 || item->child(0)->text(0) != "Not returned by the server";
        QVERIFY2(returned, qPrintable(section + " was not returned"));
    }
}

void TestMainWindow::escCancelsLoad()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    tab->refresh();
    QVERIFY(tab->isLoading());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!tab->isLoading());
    const auto *status = m_window->findChild<QLabel *>("statusText");
    QVERIFY2(status->text().contains("cancelled"), qPrintable(status->text()));
}

void TestMainWindow::f5Refreshes()
{
    Ui::EntityTab *tab = openTab(Entity::Orders);
    QVERIFY(tab);
    QSignalSpy started(tab->loader(), &Models::ListLoader::started);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForLoad(tab));
    QCOMPARE(modelIds(tab), fetchIds("order-list", {}, "order_id"));
}

void TestMainWindow::unloadDropsRows()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    QVERIFY(tab->model()->rowCount() > 0);
    tab->unload();
    QCOMPARE(tab->model()->rowCount(), 0);
    QVERIFY(!tab->hasLoaded());
    tab->ensureLoaded();
    QVERIFY(waitForLoad(tab));
    QCOMPARE(modelIds(tab), fetchIds("account-list", {}, "account_id"));
}

void TestMainWindow::headerClickSorts()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    const int column = tab->model()->spec().columnIndex("days_to_expire");
    QHeaderView *header = tab->tableView()->horizontalHeader();
    const QPoint center(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(header->sortIndicatorSection(), column);
    const QAbstractItemModel *viewModel = tab->tableView()->model();
    QVERIFY(viewModel->rowCount() > 1);
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    for (int row = 1; row < viewModel->rowCount(); ++row) {
        const QVariant previous =
                viewModel->index(row - 1, column).data(Models::EntityTableModel::SortRole);
        const QVariant current =
                viewModel->index(row, column).data(Models::EntityTableModel::SortRole);
        if (!current.isValid() || !previous.isValid())
            continue;
        if (ascending)
            QVERIFY(previous.toLongLong() <= current.toLongLong());
        else
            QVERIFY(previous.toLongLong() >= current.toLongLong());
    }
}

void TestMainWindow::layoutPersists()
{
    Ui::EntityTab *tab = openTab(Entity::Tickets);
    QVERIFY(tab);
    tab->tableView()->setColumnWidth(1, 333);
    m_window->close();
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->restoreLayout();
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Tickets));
    QCOMPARE(m_window->tab(Entity::Tickets)->tableView()->columnWidth(1), 333);
    // The token must never reach QSettings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(m_client->settings().token));
    settings.clear();
}

void TestMainWindow::connectDialogValidates()
{
    Ui::ConnectDialog dialog;
    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://api.example.com"));
    dialog.setSettings(settings);
    dialog.show();
    auto *error = dialog.findChild<QLabel *>("connectError");
    QVERIFY(error);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("token is missing"), qPrintable(error->text()));

    dialog.findChild<QLineEdit *>("apiToken")->setText("secret-token");
    dialog.accept();
    QVERIFY(dialog.isVisible());
    // Plain http is rejected for hosts other than loopback.
    QVERIFY2(error->text().contains("http://api.example.com"), qPrintable(error->text()));
    QVERIFY(error->isVisible());

    dialog.findChild<QLineEdit *>("apiUrl")->setText("http://127.0.0.1:8080");
    dialog.findChild<QCheckBox *>("tokenInHeader")->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Api::ConnectionSettings accepted = dialog.settings();
    QCOMPARE(accepted.baseUrl, QUrl("http://127.0.0.1:8080"));
    QCOMPARE(accepted.token, QStringLiteral("secret-token"));
    QVERIFY(accepted.tokenInHeader);
}

void TestMainWindow::deadServerShowsBanner()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.token = QStringLiteral("unused");
    Api::ApiClient deadClient(settings);
    deadClient.setRetryDelaysMs({});
    m_window = std::make_unique<Ui::MainWindow>(&deadClient);
    m_window->show();
    // The first page may be the dashboard, which is not a list.
    m_window->showEntity(Entity::Accounts);
    Ui::EntityTab *tab = m_window->currentTab();
    QVERIFY(tab);
    QSignalSpy failed(tab->loader(), &Models::ListLoader::failed);
    tab->ensureLoaded();
    QVERIFY(failed.wait(20000));
    Ui::ErrorBanner *banner = tab->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains("account-list"), qPrintable(banner->message()));
    QVERIFY(banner->retryButton()->isVisible());

    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(failed.wait(20000));
    QVERIFY(banner->isVisible());
    QCOMPARE(failed.count(), 2);
    m_window.reset();
}

void TestMainWindow::detailsErrorInline()
{
    Api::ApiClient client(m_client->settings());
    client.setRetryDelaysMs({});
    m_window = std::make_unique<Ui::MainWindow>(&client);
    m_window->show();
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    QVERIFY(tab->proxyModel()->rowCount() > 1);

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    Api::ConnectionSettings dead = client.settings();
    dead.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    client.setSettings(dead);

    QSignalSpy loaded(tab->detailsPane(), &Ui::DetailsPane::loaded);
    tab->tableView()->selectRow(1);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.at(0).at(0).toBool(), false);
    Ui::ErrorBanner *banner = tab->detailsPane()->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains("domain-details"), qPrintable(banner->message()));
    // The list values stay visible while the details are missing.
    QVERIFY(tab->detailsPane()->tree()->topLevelItemCount() > 0);
    QVERIFY(!tab->errorBanner()->isVisible());
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
