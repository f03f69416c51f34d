// The sidebar pages of the main window on the offscreen platform against the sandbox. Every
// entity list loads and filters as the service does, and details read like the table. Links
// in the details pane open the related list filtered to the row.

#include "ui/detailspane.h"
#include "ui/entitytab.h"
#include "ui/errorbanner.h"
#include "ui/filterpane.h"
#include "ui/mainwindow.h"
#include "ui/navigationsidebar.h"
#include "ui/presetfilterbar.h"
#include "ui/translationloader.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/quickfilterproxymodel.h"
#include "sandbox/sandboxhost.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::Entity;

class TestViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sidebarGroups();
    void sidebarSwitches();
    void shortcutsSwitch();
    void addPagePosition();
    void pageLoads_data();
    void pageLoads();
    void filterNarrows_data();
    void filterNarrows();
    void clientShowsResources();
    void accountLinkOpensDomains();
    void resourceLinkOpensClient();
    void linkReachableByTab();
    void openFilteredClears();
    void detailsUseTableLabels();
    void datesWithoutSeconds();
    void pagePersists();
    void fitsSmallScreen_data();
    void fitsSmallScreen();
    void saveScreenshots();

private:
    QStringList fetchIds(const QString &command, Api::ListQuery query, const QString &idProperty);
    static QStringList modelIds(const Ui::EntityTab *tab);
    Ui::EntityTab *openTab(Entity entity);
    bool waitForLoad(Ui::EntityTab *tab);
    bool selectAndWaitForDetails(Ui::EntityTab *tab, int row);
    // Returns the first row of the Clients page whose client owns resources, or -1, and
    // stores the number of resources.
    int findClientWithResources(Ui::EntityTab *clients, int *resourceCount);
    static const QTreeWidgetItem *findSection(const QTreeWidget *tree, const QString &prefix);
    static const QTreeWidgetItem *findChild(const QTreeWidgetItem *parent, const QString &label);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_views"));
    QSettings().clear();
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.scale = 40;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);
}

void TestViews::init()
{
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestViews::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

QStringList TestViews::fetchIds(const QString &command, Api::ListQuery query,
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

QStringList TestViews::modelIds(const Ui::EntityTab *tab)
{
    const Models::EntityTableModel *model = tab->model();
    const int column = model->spec().columnIndex(model->spec().idProperty);
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->cellText(row, column);
    ids.sort();
    return ids;
}

bool TestViews::waitForLoad(Ui::EntityTab *tab)
{
    if (!tab->isLoading())
        return true;
    QSignalSpy finished(tab->loader(), &Models::ListLoader::finished);
    return finished.wait(20000);
}

Ui::EntityTab *TestViews::openTab(Entity entity)
{
    m_window->showEntity(entity);
    Ui::EntityTab *tab = m_window->currentTab();
    if (!tab || tab->entity() != entity)
        return nullptr;
    return waitForLoad(tab) ? tab : nullptr;
}

bool TestViews::selectAndWaitForDetails(Ui::EntityTab *tab, int row)
{
    QSignalSpy loaded(tab->detailsPane(), &Ui::DetailsPane::loaded);
    tab->tableView()->clearSelection();
    tab->tableView()->selectionModel()->clearCurrentIndex();
    tab->tableView()->selectRow(row);
    return loaded.wait(10000) && loaded.last().at(0).toBool();
}

int TestViews::findClientWithResources(Ui::EntityTab *clients, int *resourceCount)
{
    const int idColumn = clients->model()->spec().columnIndex("id");
    for (int row = 0; row < clients->proxyModel()->rowCount(); ++row) {
        Api::ListQuery query;
        query.addFilter("client_reseller_id", Api::FilterCondition::Equal,
                        clients->proxyModel()->index(row, idColumn).data().toString());
        *resourceCount = int(fetchIds("resource-list", query, "id").size());
        if (*resourceCount > 0)
            return row;
    }
    return -1;
}

const QTreeWidgetItem *TestViews::findSection(const QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

const QTreeWidgetItem *TestViews::findChild(const QTreeWidgetItem *parent, const QString &label)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == label)
            return parent->child(i);
    }
    return nullptr;
}

void TestViews::sidebarGroups()
{
    const Ui::NavigationSidebar *sidebar = m_window->sidebar();
    QStringList groups;
    for (int i = 0; i < sidebar->topLevelItemCount(); ++i)
        groups << sidebar->topLevelItem(i)->text(0);
    // The dashboard, where it is built in, adds the Overview group at the top.
    groups.removeAll("Overview");
    QCOMPARE(groups, QStringList({ "Hosting", "Sales", "Support" }));
    QStringList titles;
    for (QWidget *page : sidebar->pages()) {
        if (qobject_cast<Ui::EntityTab *>(page))
            titles << sidebar->pageTitle(page);
    }
    QCOMPARE(titles,
             QStringList({ "Accounts", "Domains", "Certificates", "Resources",
                           "Advanced services", "Clients", "Orders", "Payments", "Stores",
                           "Products", "Tickets" }));
    for (Entity entity : Models::allEntities()) {
        QCOMPARE(Models::entitySpec(entity).entity, entity);
        QVERIFY2(m_window->tab(entity), qPrintable(Models::entitySpec(entity).listCommand));
    }
}

void TestViews::sidebarSwitches()
{
    Ui::NavigationSidebar *sidebar = m_window->sidebar();
    sidebar->setCurrentPage(m_window->tab(Entity::Accounts));
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Accounts));
    sidebar->setFocus();
    // Down from Advanced services steps over the "Sales" heading to Clients.
    sidebar->setCurrentPage(m_window->tab(Entity::Services));
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Services));
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Clients));
    QTest::keyClick(sidebar, Qt::Key_Up);
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Services));
    // Showing a page from code moves the sidebar's selection along.
    m_window->showEntity(Entity::Tickets);
    QCOMPARE(sidebar->currentPage(), m_window->tab(Entity::Tickets));
    QVERIFY(m_window->tab(Entity::Tickets)->hasLoaded());
}

void TestViews::shortcutsSwitch()
{
    auto *menu = m_window->findChild<QMenu *>("pagesMenu");
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    const QList<QWidget *> pages = m_window->sidebar()->pages();
    QCOMPARE(actions.size(), pages.size());
    for (int i = 0; i < actions.size(); ++i) {
        QCOMPARE(actions.at(i)->text(), m_window->sidebar()->pageTitle(pages.at(i)));
        const QKeySequence expected =
                i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence();
        QCOMPARE(actions.at(i)->shortcut(), expected);
    }
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const int certificates = int(pages.indexOf(m_window->tab(Entity::Certificates)));
    const int clients = int(pages.indexOf(m_window->tab(Entity::Clients)));
    QVERIFY(certificates < 9 && clients < 9);
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + certificates), Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Certificates));
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + clients), Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Clients));
}

void TestViews::addPagePosition()
{
    auto *dashboard = new QLabel(QStringLiteral("dashboard"));
    dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_window->addPage(dashboard, QStringLiteral("Dashboard"), QStringLiteral("Overview"), 0);
    const Ui::NavigationSidebar *sidebar = m_window->sidebar();
    QCOMPARE(sidebar->topLevelItem(0)->text(0), QStringLiteral("Overview"));
    QCOMPARE(sidebar->pages().first(), dashboard);
    auto *menu = m_window->findChild<QMenu *>("pagesMenu");
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("Dashboard"));
    QCOMPARE(menu->actions().first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_window->showPage(dashboard);
    QCOMPARE(m_window->currentPage(), dashboard);
    QCOMPARE(m_window->currentTab(), nullptr);
    // A group that MainWindow does not know goes after the known ones.
    auto *extra = new QLabel(QStringLiteral("extra"));
    m_window->addPage(extra, QStringLiteral("Extra"), QStringLiteral("Tools"));
    QCOMPARE(sidebar->topLevelItem(sidebar->topLevelItemCount() - 1)->text(0),
             QStringLiteral("Tools"));
}

void TestViews::pageLoads_data()
{
    QTest::addColumn<Entity>("entity");
    for (Entity entity : { Entity::Certificates, Entity::Clients, Entity::Resources,
                           Entity::Services, Entity::Stores, Entity::Products,
                           Entity::Payments })
        QTest::newRow(qPrintable(Models::entitySpec(entity).listCommand)) << entity;
}

void TestViews::pageLoads()
{
    QFETCH(Entity, entity);
    const Models::EntitySpec &spec = Models::entitySpec(entity);
    Ui::EntityTab *tab = openTab(entity);
    QVERIFY(tab);
    QVERIFY2(tab->model()->rowCount() > 0, qPrintable(tab->errorBanner()->message()));
    QCOMPARE(modelIds(tab), fetchIds(spec.listCommand, {}, spec.idProperty));
    // Every documented property of the list's items has a column.
    const QJsonObject first = tab->model()->item(0);
    for (auto it = first.constBegin(); it != first.constEnd(); ++it) {
        if (!it.value().isArray() && !it.value().isObject())
            QVERIFY2(spec.columnIndex(it.key()) >= 0, qPrintable(it.key()));
    }
    QVERIFY(selectAndWaitForDetails(tab, 0));
    QVERIFY(tab->detailsPane()->tree()->topLevelItem(0)->childCount() > 3);
}

void TestViews::filterNarrows_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("value");
    // Whether the demo data has rows that the filter drops.
    QTest::addColumn<bool>("narrows");
    QTest::newRow("certificates provider")
            << Entity::Certificates << "provider" << "=" << "our" << true;
    QTest::newRow("certificates hostnames")
            << Entity::Certificates << "hostnames" << "%like%" << "example" << false;
    QTest::newRow("clients name") << Entity::Clients << "name" << "%like%" << "o" << true;
    QTest::newRow("clients status") << Entity::Clients << "status" << "=" << "active" << true;
    QTest::newRow("resources type")
            << Entity::Resources << "product_type" << "=" << "domain" << true;
    QTest::newRow("services hostname")
            << Entity::Services << "account_hostname" << "%like%" << "example" << true;
    QTest::newRow("stores currency") << Entity::Stores << "currency" << "=" << "USD" << false;
    QTest::newRow("products type") << Entity::Products << "type" << "=" << "hosting" << true;
    QTest::newRow("payments type")
            << Entity::Payments << "payment_type" << "=" << "incoming" << false;
}

void TestViews::filterNarrows()
{
    QFETCH(Entity, entity);
    QFETCH(QString, property);
    QFETCH(QString, condition);
    QFETCH(QString, value);
    QFETCH(bool, narrows);
    const Models::EntitySpec &spec = Models::entitySpec(entity);
    Ui::EntityTab *tab = openTab(entity);
    QVERIFY(tab);
    const int allRows = tab->model()->rowCount();
    const QString name = QStringLiteral("filter_") + property;
    if (auto *edit = tab->findChild<QLineEdit *>(name)) {
        edit->setText(value);
    } else {
        auto *combo = tab->findChild<QComboBox *>(name);
        QVERIFY2(combo, qPrintable(name));
        const int index = combo->findData(value);
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
    }
    QSignalSpy finished(tab->loader(), &Models::ListLoader::finished);
    tab->refresh();
    QVERIFY(finished.wait(10000));
    Api::ListQuery query;
    const Api::FilterCondition filterCondition = condition == "=" ? Api::FilterCondition::Equal
                                                                  : Api::FilterCondition::LikeAnywhere;
    query.addFilter(property, filterCondition, value);
    const QStringList expected = fetchIds(spec.listCommand, query, spec.idProperty);
    QCOMPARE(modelIds(tab), expected);
    QVERIFY2(tab->model()->rowCount() > 0, "the filter should match some demo rows");
    if (narrows)
        QVERIFY2(tab->model()->rowCount() < allRows, "the filter should drop some demo rows");
}

void TestViews::clientShowsResources()
{
    Ui::EntityTab *tab = openTab(Entity::Clients);
    QVERIFY(tab);
    int resourceCount = 0;
    const int row = findClientWithResources(tab, &resourceCount);
    QVERIFY2(row >= 0, "no demo client owns resources");
    QVERIFY(selectAndWaitForDetails(tab, row));
    const QTreeWidgetItem *section = findSection(tab->detailsPane()->tree(), "Resources");
    QVERIFY(section);
    QCOMPARE(section->text(0), QStringLiteral("Resources (%1)").arg(resourceCount));
    // Resource rows read with the Resources table's labels.
    QVERIFY(findChild(section->child(0), "Billing period"));
}

void TestViews::accountLinkOpensDomains()
{
    Ui::EntityTab *accounts = openTab(Entity::Accounts);
    QVERIFY(accounts);
    // The first demo account that has domains.
    int row = -1;
    QStringList expected;
    for (int i = 0; i < accounts->proxyModel()->rowCount() && row < 0; ++i) {
        const QJsonObject item =
                accounts->model()->item(accounts->proxyModel()->mapToSource(
                        accounts->proxyModel()->index(i, 0)).row());
        Api::ListQuery query;
        query.addFilter("account_id", Api::FilterCondition::Equal,
                        item.value("account_id").toVariant().toString());
        expected = fetchIds("domain-list", query, "domain_id");
        if (!expected.isEmpty())
            row = i;
    }
    QVERIFY2(row >= 0, "no demo account has domains");
    QVERIFY(selectAndWaitForDetails(accounts, row));
    const QJsonObject account = accounts->model()->item(
            accounts->proxyModel()->mapToSource(accounts->tableView()->currentIndex()).row());
    const QString accountId = account.value("account_id").toVariant().toString();
    const QList<QPushButton *> links = accounts->detailsPane()->linkButtons();
    QCOMPARE(links.size(), 4);
    QCOMPARE(links.at(0)->text(), QStringLiteral("Domains"));
    QVERIFY(links.at(0)->isEnabled());

    Ui::EntityTab *domains = m_window->tab(Entity::Domains);
    QSignalSpy finished(domains->loader(), &Models::ListLoader::finished);
    links.at(0)->click();
    QCOMPARE(m_window->currentTab(), domains);
    QVERIFY(finished.wait(10000));
    QCOMPARE(modelIds(domains), expected);
    QVERIFY(domains->presetFilterBar()->isVisible());
    QCOMPARE(domains->presetFilterBar()->description(),
             QStringLiteral("Domains of account %1").arg(account.value("username").toString()));

    // The certificates and services links open their pages the same way.
    links.at(1)->click();
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Certificates));
    QVERIFY(waitForLoad(m_window->currentTab()));
    Api::ListQuery query;
    query.addFilter("account_id", Api::FilterCondition::Equal, accountId);
    QCOMPARE(modelIds(m_window->currentTab()),
             fetchIds("certificate-list", query, "certificate_id"));
    links.at(2)->click();
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Services));
    QVERIFY(waitForLoad(m_window->currentTab()));
    QCOMPARE(modelIds(m_window->currentTab()), fetchIds("service-list", query, "id"));
}

void TestViews::resourceLinkOpensClient()
{
    Ui::EntityTab *resources = openTab(Entity::Resources);
    QVERIFY(resources);
    QVERIFY(selectAndWaitForDetails(resources, 0));
    const QString clientId = resources->model()
                                     ->item(resources->proxyModel()
                                                    ->mapToSource(
                                                            resources->tableView()->currentIndex())
                                                    .row())
                                     .value("client_reseller_id")
                                     .toString();
    QVERIFY(!clientId.isEmpty());
    QPushButton *client = resources->detailsPane()->linkButtons().at(0);
    QCOMPARE(client->text(), QStringLiteral("Client"));
    client->click();
    Ui::EntityTab *clients = m_window->currentTab();
    QCOMPARE(clients, m_window->tab(Entity::Clients));
    QVERIFY(waitForLoad(clients));
    QCOMPARE(modelIds(clients), QStringList{ clientId });
}

void TestViews::linkReachableByTab()
{
    Ui::EntityTab *accounts = openTab(Entity::Accounts);
    QVERIFY(accounts);
    QVERIFY(selectAndWaitForDetails(accounts, 0));
    QPushButton *first = accounts->detailsPane()->linkButtons().at(0);
    QVERIFY(first->focusPolicy() & Qt::TabFocus);
    // Tab from the table reaches a link before it leaves the details pane.
    accounts->tableView()->setFocus();
    QWidget *focus = accounts->tableView();
    bool reached = false;
    for (int i = 0; i < 30 && !reached; ++i) {
        focus = focus->nextInFocusChain();
        reached = focus == first;
    }
    QVERIFY(reached);
    first->setFocus(Qt::TabFocusReason);
    QTest::keyClick(first, Qt::Key_Space);
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Domains));
}

void TestViews::openFilteredClears()
{
    Ui::EntityTab *domains = openTab(Entity::Domains);
    QVERIFY(domains);
    const int allRows = domains->model()->rowCount();
    Api::ListQuery query;
    query.addRange("days_to_expire", Api::FilterCondition::Range, "0", "30");
    QSignalSpy finished(domains->loader(), &Models::ListLoader::finished);
    m_window->showEntity(Entity::Accounts);
    m_window->openFiltered(Entity::Domains, query, "Domains expiring in 30 days");
    QCOMPARE(m_window->currentTab(), domains);
    QVERIFY(finished.wait(10000));
    QCOMPARE(modelIds(domains), fetchIds("domain-list", query, "domain_id"));
    QVERIFY(domains->model()->rowCount() < allRows);
    auto *text = domains->findChild<QLabel *>("presetFilterText");
    QVERIFY(text->text().contains("Domains expiring in 30 days"));

    domains->presetFilterBar()->clearButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!domains->presetFilterBar()->isVisible());
    QCOMPARE(domains->model()->rowCount(), allRows);
}

void TestViews::detailsUseTableLabels()
{
    Ui::EntityTab *accounts = openTab(Entity::Accounts);
    QVERIFY(accounts);
    QVERIFY(selectAndWaitForDetails(accounts, 0));
    const QTreeWidget *tree = accounts->detailsPane()->tree();
    const QTreeWidgetItem *fields = tree->topLevelItem(0);
    const QTreeWidgetItem *period = findChild(fields, "Billing period");
    QVERIFY(period);
    QVERIFY2(period->text(1) == "Yearly" || period->text(1) == "Monthly",
             qPrintable(period->text(1)));
    QCOMPARE(period->toolTip(0), QStringLiteral("periodicity"));
    QVERIFY(findChild(fields, "CPU time used"));
    const QTreeWidgetItem *ssl = findChild(fields, "SSL");
    QVERIFY(ssl);
    QVERIFY2(ssl->text(1) == "Yes" || ssl->text(1) == "No", qPrintable(ssl->text(1)));
    // No field label is a raw key.
    for (int i = 0; i < fields->childCount(); ++i)
        QVERIFY2(!fields->child(i)->text(0).contains(u'_'), qPrintable(fields->child(i)->text(0)));
    QVERIFY(findSection(tree, "IP addresses"));
}

void TestViews::datesWithoutSeconds()
{
    Ui::EntityTab *accounts = openTab(Entity::Accounts);
    QVERIFY(accounts);
    const int column = accounts->model()->spec().columnIndex("end_date");
    const QModelIndex index = accounts->model()->index(0, column);
    const QString raw = accounts->model()->item(0).value("end_date").toString();
    const QDate date = QDate::fromString(raw.left(10), Qt::ISODate);
    QCOMPARE(index.data().toString(), QLocale().toString(date, QLocale::ShortFormat));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), raw);
    // The "Days left" header fits its column.
    const int daysColumn = accounts->model()->spec().columnIndex("days_to_expire");
    const QString header = accounts->model()->headerData(daysColumn, Qt::Horizontal).toString();
    QVERIFY(accounts->tableView()->columnWidth(daysColumn)
            > accounts->tableView()->fontMetrics().horizontalAdvance(header));
}

void TestViews::fitsSmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Bulgarian") << QStringLiteral("bg");
}

// Laptops with a 1366-pixel screen are common among support staff; every page, filter pane
// included, must fit beside the sidebar without cutting off buttons.
void TestViews::fitsSmallScreen()
{
    QFETCH(QString, language);
    Ui::TranslationLoader translations;
    QVERIFY(translations.install(language));
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->minimumSizeHint().width() <= 1366,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY(m_window->minimumSizeHint().height() <= 700);
}

void TestViews::pagePersists()
{
    m_window->showEntity(Entity::Clients);
    m_window->saveLayout();
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->restoreLayout();
    QCOMPARE(m_window->currentTab(), m_window->tab(Entity::Clients));
    QCOMPARE(m_window->sidebar()->currentPage(), m_window->tab(Entity::Clients));
}

// Saves screenshots for docs/screenshots/ when RESELLERDESK_SCREENSHOT_DIR names a folder.
void TestViews::saveScreenshots()
{
    const QString folder = qEnvironmentVariable("RESELLERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("RESELLERDESK_SCREENSHOT_DIR is not set");
    m_window->resize(1280, 800);
    // An 8-bit palette keeps the PNG files small, and UI screenshots have few colors.
    const auto save = [&folder](QWidget *widget, const QString &name) {
        const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_Indexed8,
                                                                      Qt::ThresholdDither);
        return image.save(QDir(folder).filePath(name));
    };
    Ui::EntityTab *accounts = openTab(Entity::Accounts);
    QVERIFY(accounts);
    QVERIFY(selectAndWaitForDetails(accounts, 1));
    QVERIFY(save(m_window.get(), QStringLiteral("main-window.png")));

    Ui::EntityTab *clients = openTab(Entity::Clients);
    QVERIFY(clients);
    // A client with resources, so that the relation shows.
    int resourceCount = 0;
    const int row = findClientWithResources(clients, &resourceCount);
    QVERIFY(row >= 0);
    QVERIFY(selectAndWaitForDetails(clients, row));
    QVERIFY(save(m_window.get(), QStringLiteral("clients-page.png")));

    accounts = openTab(Entity::Accounts);
    accounts->detailsPane()->linkButtons().at(0)->click();
    Ui::EntityTab *domains = m_window->currentTab();
    QVERIFY(waitForLoad(domains));
    QVERIFY(selectAndWaitForDetails(domains, 0));
    QVERIFY(save(m_window.get(), QStringLiteral("related-domains.png")));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
