#include "ui/tableactions.h"

#include "ui/columnchooser.h"
#include "ui/entitytab.h"
#include "ui/uilogging.h"

#include "models/csvexport.h"
#include "models/entitytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

namespace ResellerDesk::Ui {

namespace {

// List item properties that hold a web address, in order of preference. The reference gives
// per-item URLs only for online stores: billing_url, the public store, and widget_url, the
// storefront when front_setup is "widget". It documents no Account Panel link for single
// accounts, domains, orders or tickets, so those rows have nothing to open.
const QStringList urlProperties = { QStringLiteral("billing_url"), QStringLiteral("widget_url") };

} // namespace

TableActions::TableActions(EntityTab *tab)
    : QObject(tab)
    , m_tab(tab)
    , m_view(tab->tableView())
{
    m_copyAction = new QAction(tr("&Copy Rows"), m_view);
    m_copyAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    // Only while the table has focus, so Ctrl+C in the quick filter still copies its text.
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text with a header "
                                "line, for pasting into a spreadsheet"));
    connect(m_copyAction, &QAction::triggered, this, &TableActions::copySelectedRows);

    m_openUrlAction = new QAction(tr("Open in &Browser"), m_view);
    m_openUrlAction->setObjectName(QStringLiteral("openUrlAction"));
    connect(m_openUrlAction, &QAction::triggered, this, &TableActions::openCurrentUrl);

    m_view->addAction(m_copyAction);
    m_view->addAction(m_openUrlAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TableActions::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TableActions::updateOpenUrlAction);
    connect(
        m_view->model(), &QAbstractItemModel::modelReset, this, &TableActions::updateOpenUrlAction);
    updateOpenUrlAction();
}

QList<int> TableActions::visibleColumns(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

// NOTE: unlike the CSV export, this copies on the UI thread in one pass, so copying every row
// of a very large table (Ctrl+A, Ctrl+C) blocks the window until the text is built.
QString TableActions::selectedRowsText(const QTableView *view)
{
    QList<int> rows;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = visibleColumns(view);
    const QAbstractItemModel *model = view->model();
    QString text = Models::Csv::formatTabSeparated(Models::Csv::headerTexts(model, columns));
    for (int row : std::as_const(rows))
        text += Models::Csv::formatTabSeparated(Models::Csv::rowTexts(model, row, columns));
    return text;
}

QUrl TableActions::webAddress(const QJsonObject &item)
{
    for (const QString &property : urlProperties) {
        const QUrl url(item.value(property).toString().trimmed(), QUrl::StrictMode);
        const bool web = url.scheme() == u"https" || url.scheme() == u"http";
        if (url.isValid() && web && !url.host().isEmpty())
            return url;
    }
    return {};
}

void TableActions::copySelectedRows()
{
    const QString text = selectedRowsText(m_view);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
}

QUrl TableActions::currentUrl() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return webAddress(current.data(Models::EntityTableModel::RawRole).toJsonObject());
}

void TableActions::updateOpenUrlAction()
{
    const QUrl url = currentUrl();
    m_openUrlAction->setEnabled(url.isValid());
    // A disabled entry in a context menu shows no tooltip, so its text gives the reason.
    m_openUrlAction->setText(
        url.isValid() ? tr("Open in &Browser") : tr("Open in Browser (no web address)"));
    m_openUrlAction->setToolTip(url.isValid()
            ? tr("Open %1 in the web browser").arg(url.toDisplayString())
            : tr("The selected row has no web address. The API "
                 "gives one only for online stores."));
}

void TableActions::openCurrentUrl()
{
    const QUrl url = currentUrl();
    if (!url.isValid())
        return;
    qCInfo(lcUi) << "opening" << url.host() << "in the browser";
    if (QDesktopServices::openUrl(url))
        return;
    qCWarning(lcUi) << "no browser opened for" << url.toDisplayString();
    QMessageBox::warning(m_tab->window(), tr("Open in Browser"),
        tr("No web browser could be opened for %1. Copy the address and open "
           "it in a browser yourself.")
            .arg(url.toDisplayString()));
}

void TableActions::showHeaderMenu(const QPoint &position)
{
    // Lets people show the columns that start hidden, such as ids and contact fields.
    QMenu menu(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column cannot be hidden, because a table without columns has no
        // header to bring them back from.
        action->setEnabled(header->isSectionHidden(logical) || visibleColumns(m_view).size() > 1);
        connect(action, &QAction::toggled, this,
            [this, logical](bool shown) { m_view->setColumnHidden(logical, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("C&olumns…"), this, &TableActions::chooseColumns);
    menu.exec(header->mapToGlobal(position));
}

void TableActions::chooseColumns()
{
    ColumnChooser chooser(m_view, m_tab->window());
    chooser.exec();
}

} // namespace ResellerDesk::Ui
