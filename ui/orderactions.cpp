#include "ui/orderactions.h"

#include "ui/catalogbrowser.h"
#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/orderdialog.h"
#include "ui/orderwizard.h"

#include "models/catalogmodel.h"
#include "models/entitytablemodel.h"
#include "models/orderdraft.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace ResellerDesk::Ui {

namespace {

QJsonObject currentRow(EntityTab *tab)
{
    const QModelIndex index = tab->tableView()->currentIndex();
    if (!index.isValid())
        return {};
    const QVariant raw = index.siblingAtColumn(0).data(Models::EntityTableModel::RawRole);
    return raw.toJsonObject();
}

} // namespace

OrderActions::OrderActions(MainWindow *window, Api::ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    m_catalog = new Models::CatalogModel(this);
    QMenu *menu = window->menuBar()->addMenu(tr("O&rder"));
    QAction *newAction = menu->addAction(tr("&New order…"));
    newAction->setObjectName(QStringLiteral("newOrderAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &OrderActions::newOrder);
    QAction *upgradeAction = menu->addAction(tr("&Upgrade account…"));
    upgradeAction->setObjectName(QStringLiteral("upgradeAction"));
    connect(upgradeAction, &QAction::triggered, this, &OrderActions::upgradeSelected);
    QAction *catalogAction = menu->addAction(tr("&Catalog…"));
    connect(catalogAction, &QAction::triggered, this, &OrderActions::showCatalog);

    for (const bool account : { true, false }) {
        EntityTab *tab = window->tab(account ? Models::Entity::Accounts : Models::Entity::Domains);
        if (!tab)
            continue;
        auto *renewAction = new QAction(tr("&Renew…"), tab->tableView());
        renewAction->setObjectName(QStringLiteral("renewAction"));
        tab->tableView()->addAction(renewAction);
        tab->tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(
            renewAction, &QAction::triggered, this, [this, account] { renewSelected(account); });
        if (account)
            tab->tableView()->addAction(upgradeAction);
    }
    // After a crash or restart, point to the unfinished order that the wizard offers again.
    const std::optional<Models::OrderDraft> saved
        = Models::OrderDraft::load(Models::OrderDraft::defaultPath());
    if (saved && !saved->isEmpty())
        window->statusBar()->showMessage(
            tr("An unfinished order was saved. Order > New order continues it."), 15000);

    if (EntityTab *orders = window->tab(Models::Entity::Orders)) {
        connect(orders->tableView(), &QTableView::doubleClicked, this, [this, orders] {
            const QString orderId = currentRow(orders).value(QStringLiteral("order_id")).toString();
            if (!orderId.isEmpty())
                openOrder(orderId);
        });
    }
}

OrderActions::~OrderActions() = default;

OrderWizard *OrderActions::wizard() const
{
    return m_wizard;
}

OrderWizard *OrderActions::newOrder()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new OrderWizard(m_client, m_catalog, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_wizard->hasSavedDraft()) {
        const auto answer = QMessageBox::question(m_window, tr("Unfinished order"),
            tr("An order was not finished last time. Continue with it?"),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        QString message;
        if (answer == QMessageBox::Yes && !m_wizard->restoreDraft(&message))
            QMessageBox::warning(m_window, tr("Unfinished order"), message);
        else if (answer == QMessageBox::Discard)
            m_wizard->discardDraft();
    }
    connect(m_wizard, &OrderWizard::orderPlaced, this, [this] {
        if (EntityTab *orders = m_window->tab(Models::Entity::Orders);
            orders && orders->hasLoaded())
            orders->refresh();
    });
    m_wizard->show();
    return m_wizard;
}

void OrderActions::showCatalog()
{
    auto *browser = new CatalogBrowser(m_client, m_catalog, m_window);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->show();
}

void OrderActions::openOrder(const QString &orderId)
{
    auto *dialog = new OrderDialog(m_client, orderId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDialog::changeFinished, this, [this](bool ok) {
        EntityTab *orders = m_window->tab(Models::Entity::Orders);
        if (ok && orders)
            orders->refresh();
    });
    dialog->show();
}

void OrderActions::renewSelected(bool account)
{
    EntityTab *tab = m_window->tab(account ? Models::Entity::Accounts : Models::Entity::Domains);
    // Only the row the user sees selected: a page out of sight keeps the row it selected by
    // itself when it loaded, which the user never chose.
    const QJsonObject row =
            tab && tab == m_window->currentTab() ? currentRow(tab) : QJsonObject();
    if (row.isEmpty()) {
        QMessageBox::information(m_window, tr("Renew"),
            account ? tr("Open the Accounts page and select the account to renew first.")
                    : tr("Open the Domains page and select the domain to renew first."));
        return;
    }
    renew(account, row);
}

void OrderActions::upgradeSelected()
{
    EntityTab *accounts = m_window->tab(Models::Entity::Accounts);
    const QJsonObject row =
            accounts && accounts == m_window->currentTab() ? currentRow(accounts) : QJsonObject();
    if (row.isEmpty()) {
        QMessageBox::information(m_window, tr("Upgrade"),
            tr("Open the Accounts page and select the account to upgrade first."));
        return;
    }
    upgrade(row);
}

void OrderActions::upgrade(const QJsonObject &row)
{
    const qlonglong resourceId = row.value(QStringLiteral("resource_id")).toVariant().toLongLong();
    OrderWizard *wizard = newOrder();
    wizard->addUpgrade(resourceId,
        tr("%1 (%2)").arg(row.value(QStringLiteral("hostname")).toString(),
            row.value(QStringLiteral("plan")).toString()));
}

void OrderActions::renew(bool account, const QJsonObject &row)
{
    const qlonglong resourceId = row.value(QStringLiteral("resource_id")).toVariant().toLongLong();
    OrderWizard *wizard = newOrder();
    if (account) {
        wizard->addRenewal(row.value(QStringLiteral("plan")).toString(),
            row.value(QStringLiteral("datacenter")).toString(), resourceId,
            row.value(QStringLiteral("hostname")).toString());
        return;
    }
    const QString domain = row.value(QStringLiteral("domain")).toString();
    wizard->addRenewal(domain.section(u'.', 1), {}, resourceId, domain);
}

} // namespace ResellerDesk::Ui
