#include "ui/ticketactions.h"

#include "ui/cannedrepliesdialog.h"
#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/newticketdialog.h"
#include "ui/ticketauthdialog.h"
#include "ui/ticketwindow.h"

#include "models/entitytablemodel.h"
#include "models/quickfilterproxymodel.h"
#include "ui/uilogging.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/listpage.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QStyledItemDelegate>
#include <QTableView>

namespace ResellerDesk::Ui {

namespace {

// Draws tickets with an unread operator response (is_read "0") in bold, as mail clients do.
class UnreadBoldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QJsonObject row =
                index.data(Models::EntityTableModel::RawRole).toJsonObject();
        const QJsonValue read = row.value(u"is_read");
        if (read.toString() == u"0" || read == QJsonValue(0) || read == QJsonValue(false))
            option->font.setBold(true);
    }
};

} // namespace

TicketActions::TicketActions(MainWindow *window, Api::ApiClient *client)
    : QObject(window), m_window(window), m_client(client)
{
    QMenu *menu = window->menuBar()->addMenu(tr("Tic&kets"));
    QAction *newAction = menu->addAction(tr("&New ticket…"));
    newAction->setObjectName(QStringLiteral("newTicketAction"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = menu->addAction(tr("&Open selected ticket"));
    QAction *cannedAction = menu->addAction(tr("&Canned replies…"));
    cannedAction->setObjectName(QStringLiteral("cannedRepliesAction"));
    QAction *authAction = menu->addAction(tr("Check support &login…"));
    connect(newAction, &QAction::triggered, this, &TicketActions::newTicket);
    connect(cannedAction, &QAction::triggered, this, &TicketActions::editCannedReplies);
    connect(authAction, &QAction::triggered, this, &TicketActions::checkLogin);

    EntityTab *tab = window->tab(Models::Entity::Tickets);
    if (!tab)
        return;
    QTableView *view = tab->tableView();
    view->setItemDelegate(new UnreadBoldDelegate(view));
    const auto openIndex = [this, tab](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const QModelIndex source = tab->proxyModel()->mapToSource(index);
        const QJsonValue id = tab->model()->item(source.row()).value(u"id");
        const qlonglong ticketId = id.isString() ? id.toString().toLongLong()
                                                 : qlonglong(id.toDouble());
        if (ticketId > 0)
            openTicket(ticketId);
    };
    connect(view, &QAbstractItemView::activated, this, openIndex);
    connect(openAction, &QAction::triggered, this,
            [view, openIndex] { openIndex(view->currentIndex()); });
}

TicketWindow *TicketActions::openTicket(qlonglong ticketId)
{
    if (TicketWindow *open = m_windows.value(ticketId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *ticketWindow = new TicketWindow(m_client, ticketId, m_window);
    m_windows.insert(ticketId, ticketWindow);
    connect(ticketWindow, &TicketWindow::ticketRead, this, &TicketActions::refreshRow);
    ticketWindow->show();
    return ticketWindow;
}

void TicketActions::newTicket()
{
    NewTicketDialog dialog(m_client, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (EntityTab *tab = m_window->tab(Models::Entity::Tickets))
        tab->refresh();
    if (dialog.createdTicketId() > 0)
        openTicket(dialog.createdTicketId());
}

void TicketActions::checkLogin()
{
    TicketAuthDialog dialog(m_client, m_window);
    dialog.exec();
}

void TicketActions::editCannedReplies()
{
    CannedRepliesDialog dialog(m_window);
    dialog.exec();
}

void TicketActions::refreshRow(qlonglong ticketId)
{
    EntityTab *tab = m_window->tab(Models::Entity::Tickets);
    if (!tab || !m_client || tab->model()->findRow(QString::number(ticketId)) < 0)
        return;
    Api::ListQuery query;
    query.addFilter(QStringLiteral("id"), Api::FilterCondition::Equal, QString::number(ticketId));
    Api::ApiReply *reply = Api::ApiCommands(m_client).ticketList(query);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, ticketId] {
        reply->deleteLater();
        EntityTab *tab = m_window->tab(Models::Entity::Tickets);
        if (!tab)
            return;
        QString problem;
        const std::optional<Api::ListPage> page =
                reply->isOk() ? Api::ListPage::fromData(reply->data(), &problem) : std::nullopt;
        if (!page || page->items.isEmpty() || !page->items.first().isObject()) {
            // The row keeps its old state, and F5 loads the list again.
            qCWarning(lcUi) << "Failed to refresh ticket" << ticketId << "in the Tickets tab:"
                            << (reply->isOk() ? problem : reply->error().detail);
            return;
        }
        // The rows may have been reloaded meanwhile, so the row is looked up again.
        const int row = tab->model()->findRow(QString::number(ticketId));
        if (row < 0)
            return;
        tab->model()->replaceItem(row, page->items.first().toObject());
        emit rowRefreshed(ticketId);
    });
}

} // namespace ResellerDesk::Ui
