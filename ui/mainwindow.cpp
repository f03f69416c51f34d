#include "ui/mainwindow.h"

#include "ui/connectdialog.h"
#include "ui/dashboardview.h"
#include "ui/detailspane.h"
#include "ui/entitytab.h"
#include "ui/everydayactions.h"
#include "ui/navigationsidebar.h"
#include "ui/orderactions.h"
#include "ui/ticketactions.h"
#include "ui/toolsmenu.h"
#include "ui/traynotifier.h"
#include "ui/uilogging.h"

#include "api/apiclient.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace ResellerDesk::Ui {

namespace {

QString settingsGroup(Models::Entity entity)
{
    return QStringLiteral("tabs/") + Models::entitySpec(entity).listCommand;
}

// Number of pages that get a Ctrl+digit shortcut, Ctrl+1 to Ctrl+9.
constexpr int pageShortcutCount = 9;

} // namespace

MainWindow::MainWindow(Api::ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client)
{
    m_sidebar = new NavigationSidebar(this);
    m_pages = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("navigationSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    const QString hosting = QStringLiteral("Hosting");
    const QString sales = QStringLiteral("Sales");
    addEntityPage(Models::Entity::Accounts, tr("Accounts"), hosting);
    addEntityPage(Models::Entity::Domains, tr("Domains"), hosting);
    addEntityPage(Models::Entity::Certificates, tr("Certificates"), hosting);
    addEntityPage(Models::Entity::Resources, tr("Resources"), hosting);
    addEntityPage(Models::Entity::Services, tr("Advanced services"), hosting);
    addEntityPage(Models::Entity::Clients, tr("Clients"), sales);
    addEntityPage(Models::Entity::Orders, tr("Orders"), sales);
    addEntityPage(Models::Entity::Payments, tr("Payments"), sales);
    addEntityPage(Models::Entity::Stores, tr("Stores"), sales);
    addEntityPage(Models::Entity::Products, tr("Products"), sales);
    addEntityPage(Models::Entity::Tickets, tr("Tickets"), QStringLiteral("Support"));
    m_splitter->setSizes({ m_sidebar->sizeHint().width(), 1100 });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusText"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setTextVisible(true);
    m_progressBar->setFormat(tr("%v of %m pages"));
    m_progressBar->setFixedWidth(
            m_progressBar->fontMetrics().horizontalAdvance(tr("%v of %m pages") + u"00000000")
            + 24);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelButton->setToolTip(tr("Stop loading and keep the rows loaded so far (Esc)"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelCurrentTab);

    createActions();
    new OrderActions(this, client);
    new TicketActions(this, client);
    new ToolsMenu(this, client);
    DashboardView::addTo(this, client);
    TrayNotifier::install(this, client);
    m_everydayActions->addHelpMenu();
    connect(m_sidebar, &NavigationSidebar::pageSelected, this, &MainWindow::showPage);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::handlePageChanged);
    m_sidebar->setCurrentPage(m_sidebar->pages().value(0));
    updateTitle();
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addEntityPage(Models::Entity entity, const QString &title, const QString &group)
{
    auto *tab = new EntityTab(entity, m_client, m_pages);
    tab->setObjectName(Models::entitySpec(entity).listCommand);
    m_entityTabs.append(tab);
    connect(tab, &EntityTab::statusChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab, &EntityTab::progress, this, [this, tab](int done, int total) {
        if (tab != currentTab())
            return;
        m_progressBar->setRange(0, qMax(total, 1));
        m_progressBar->setValue(done);
    });
    connect(tab->detailsPane(), &DetailsPane::openFilteredRequested, this,
            &MainWindow::openFiltered);
    addPage(tab, title, group);
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &group, int position)
{
    m_pages->addWidget(page);
    m_sidebar->addPage(page, title, group, position);
    updatePageActions();
}

void MainWindow::showPage(QWidget *page)
{
    if (!page || m_pages->indexOf(page) < 0)
        return;
    m_pages->setCurrentWidget(page);
    m_sidebar->setCurrentPage(page);
}

void MainWindow::showEntity(Models::Entity entity)
{
    showPage(tab(entity));
}

void MainWindow::openFiltered(Models::Entity entity, const Api::ListQuery &query,
                              const QString &description)
{
    EntityTab *target = tab(entity);
    if (!target)
        return;
    // Showing first would load the filter pane's rows only to replace them at once.
    target->showFiltered(query, description);
    showPage(target);
}

void MainWindow::handlePageChanged()
{
    m_sidebar->setCurrentPage(m_pages->currentWidget());
    if (EntityTab *tab = currentTab())
        tab->ensureLoaded();
    updateStatus();
}

// Rebuilds View > Go to with one entry per page in sidebar order, the first nine with
// Ctrl+1 to Ctrl+9.
void MainWindow::updatePageActions()
{
    if (!m_pagesMenu)
        return;
    m_pagesMenu->clear();
    const QList<QWidget *> pages = m_sidebar->pages();
    for (int i = 0; i < pages.size(); ++i) {
        QWidget *page = pages.at(i);
        QAction *action = m_pagesMenu->addAction(m_sidebar->pageTitle(page));
        if (i < pageShortcutCount)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = fileMenu->addAction(tr("&Connect…"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_everydayActions = new EverydayActions(this);
    m_everydayActions->addFileActions(fileMenu);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentTab);
    QAction *findAction = viewMenu->addAction(tr("&Quick filter"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        if (EntityTab *tab = currentTab()) {
            tab->quickFilterEdit()->setFocus(Qt::ShortcutFocusReason);
            tab->quickFilterEdit()->selectAll();
        }
    });
    QAction *cancelAction = viewMenu->addAction(tr("&Cancel loading"));
    cancelAction->setObjectName(QStringLiteral("cancelAction"));
    cancelAction->setShortcut(Qt::Key_Escape);
    connect(cancelAction, &QAction::triggered, this, &MainWindow::cancelCurrentTab);
    m_everydayActions->addViewActions(viewMenu);
    viewMenu->addSeparator();
    m_pagesMenu = viewMenu->addMenu(tr("&Go to"));
    m_pagesMenu->setObjectName(QStringLiteral("pagesMenu"));
    updatePageActions();
}

EntityTab *MainWindow::tab(Models::Entity entity) const
{
    for (EntityTab *tab : m_entityTabs) {
        if (tab->entity() == entity)
            return tab;
    }
    return nullptr;
}

EntityTab *MainWindow::currentTab() const
{
    return qobject_cast<EntityTab *>(m_pages->currentWidget());
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::refreshCurrentTab()
{
    if (EntityTab *tab = currentTab())
        tab->refresh();
    else if (auto *dashboard = qobject_cast<DashboardView *>(currentPage()))
        dashboard->refresh();
}

void MainWindow::cancelCurrentTab()
{
    if (EntityTab *tab = currentTab())
        tab->cancel();
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(this);
    dialog.setSettings(m_client->settings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyConnectionSettings(dialog.settings());
}

void MainWindow::applyConnectionSettings(const Api::ConnectionSettings &settings)
{
    m_client->setSettings(settings);
    qCInfo(lcUi) << "connecting to" << m_client->settings().baseUrl.host();
    updateTitle();
    // Rows of the previous server must not stay next to rows of the new one.
    for (EntityTab *tab : std::as_const(m_entityTabs))
        tab->unload();
    if (EntityTab *tab = currentTab())
        tab->ensureLoaded();
}

void MainWindow::updateStatus()
{
    EntityTab *tab = currentTab();
    const bool loading = tab && tab->isLoading();
    m_statusLabel->setText(tab ? tab->statusText() : QString());
    m_progressBar->setVisible(loading);
    m_cancelButton->setVisible(loading);
    if (!loading)
        m_progressBar->reset();
}

void MainWindow::updateTitle()
{
    const QString host = m_client->settings().baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    setWindowTitle(tr("ResellerDesk — %1").arg(host));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/sidebar")).toByteArray());
    const QString pageName = settings.value(QStringLiteral("window/page")).toString();
    auto *page = pageName.isEmpty()
            ? nullptr
            : m_pages->findChild<QWidget *>(pageName, Qt::FindDirectChildrenOnly);
    // Without a saved page, the first page of the sidebar, such as a dashboard added at the top.
    showPage(page ? page : m_sidebar->pages().value(0));
    for (EntityTab *tab : std::as_const(m_entityTabs)) {
        settings.beginGroup(settingsGroup(tab->entity()));
        tab->restoreState(settings);
        settings.endGroup();
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sidebar"), m_splitter->saveState());
    // Pages are found again by objectName, because other pages may be added in between.
    if (const QWidget *page = currentPage())
        settings.setValue(QStringLiteral("window/page"), page->objectName());
    for (EntityTab *tab : m_entityTabs) {
        settings.beginGroup(settingsGroup(tab->entity()));
        tab->saveState(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace ResellerDesk::Ui
