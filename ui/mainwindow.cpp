#include "ui/mainwindow.h"

#include "ui/connectdialog.h"
#include "ui/entitytab.h"
#include "ui/orderactions.h"
#include "ui/ticketactions.h"
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
#include <QStatusBar>
#include <QTabWidget>

namespace ResellerDesk::Ui {

namespace {

QString settingsGroup(Models::Entity entity)
{
    return QStringLiteral("tabs/") + Models::entitySpec(entity).listCommand;
}

} // namespace

MainWindow::MainWindow(Api::ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    const QList<QPair<Models::Entity, QString>> tabs = {
        { Models::Entity::Accounts, tr("&Accounts") },
        { Models::Entity::Domains, tr("&Domains") },
        { Models::Entity::Orders, tr("&Orders") },
        { Models::Entity::Tickets, tr("&Tickets") },
    };
    for (const auto &[entity, title] : tabs) {
        auto *tab = new EntityTab(entity, client, m_tabs);
        m_entityTabs.append(tab);
        m_tabs->addTab(tab, title);
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
    }
    setCentralWidget(m_tabs);

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
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (EntityTab *tab = currentTab())
            tab->ensureLoaded();
        updateStatus();
    });
    updateTitle();
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = fileMenu->addAction(tr("&Connect…"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
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
    return qobject_cast<EntityTab *>(m_tabs->currentWidget());
}

void MainWindow::refreshCurrentTab()
{
    if (EntityTab *tab = currentTab())
        tab->refresh();
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
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
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
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
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
