#include "ui/entitytab.h"

#include "ui/detailspane.h"
#include "ui/errorbanner.h"
#include "ui/filterpane.h"
#include "ui/loadingstatus.h"
#include "ui/presetfilterbar.h"
#include "ui/savedfilters.h"
#include "ui/tableactions.h"
#include "ui/uilogging.h"

#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/quickfilterproxymodel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

// Delay after the last keystroke before the quick filter runs, in milliseconds.
constexpr int quickFilterDelayMs = 150;

} // namespace

EntityTab::EntityTab(Models::Entity entity, Api::ApiClient *client, QWidget *parent)
    : QWidget(parent), m_entity(entity), m_client(client)
{
    m_model = new Models::EntityTableModel(entity, this);
    m_proxy = new Models::QuickFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_loader = new Models::ListLoader(client, m_model, this);

    auto *filterBox = new QGroupBox(tr("Filters sent to the server"), this);
    m_filterPane = new FilterPane(entity, filterBox);
    auto *filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_filterPane);
    m_filterPane->addButton(new SavedFilters(m_model->spec().listCommand, m_filterPane));

    m_errorBanner = new ErrorBanner(this);
    m_presetBar = new PresetFilterBar(this);
    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Quick filter: narrow the loaded rows"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilterTimer = new QTimer(this);
    m_quickFilterTimer->setSingleShot(true);
    m_quickFilterTimer->setInterval(quickFilterDelayMs);

    buildTable();
    new TableActions(this);
    m_detailsPane = new DetailsPane(entity, client, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 900, 380 });
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBox);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_presetBar);
    layout->addWidget(m_quickFilter);
    layout->addWidget(m_splitter, 1);

    connect(m_filterPane, &FilterPane::applyRequested, this, &EntityTab::clearFiltered);
    connect(m_filterPane, &FilterPane::resetRequested, this, &EntityTab::clearFiltered);
    connect(m_presetBar, &PresetFilterBar::clearRequested, this, &EntityTab::clearFiltered);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &EntityTab::refresh);
    connect(m_quickFilter, &QLineEdit::textChanged, m_quickFilterTimer,
            qOverload<>(&QTimer::start));
    connect(m_quickFilterTimer, &QTimer::timeout, this, &EntityTab::applyQuickFilter);
    // Connected before statusChanged, so the status text reads the new progress.
    connect(m_loader, &Models::ListLoader::started, this, [this] {
        m_pagesDone = 0;
        m_pagesTotal = 0;
    });
    connect(m_loader, &Models::ListLoader::progress, this, [this](int done, int total) {
        m_pagesDone = done;
        m_pagesTotal = total;
    });
    connect(m_loader, &Models::ListLoader::started, this, &EntityTab::statusChanged);
    connect(m_loader, &Models::ListLoader::progress, this, &EntityTab::progress);
    connect(m_loader, &Models::ListLoader::progress, this, &EntityTab::statusChanged);
    connect(m_loader, &Models::ListLoader::finished, this, [this](int count) {
        m_reportedCount = count;
        emit statusChanged();
    });
    connect(m_loader, &Models::ListLoader::failed, this, &EntityTab::handleFailed);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntityTab::handleRowsInserted);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EntityTab::statusChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntityTab::statusChanged);
}

void EntityTab::buildTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("entityTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows can be selected for Copy Rows; the details pane follows the current row.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    setDefaultColumnWidths();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntityTab::handleCurrentRowChanged);

    // Says why the table is empty, in the middle of it, so that an empty result does not look
    // like a page that failed to load.
    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyResult"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_emptyLabel);
    m_emptyLabel->hide();
    connect(this, &EntityTab::statusChanged, this, &EntityTab::updateEmptyLabel);
}

void EntityTab::updateEmptyLabel()
{
    // After a failed load the error banner explains the empty table.
    const bool empty = m_hasLoaded && !m_loader->isLoading() && m_proxy->rowCount() == 0
            && m_errorBanner->isHidden();
    if (empty) {
        m_emptyLabel->setText(m_model->rowCount() == 0
                ? tr("No rows match the filters sent to the server. Change the filters or "
                     "press Reset to see every row.")
                : tr("None of the %n loaded rows matches the quick filter.", nullptr,
                     m_model->rowCount()));
    }
    m_emptyLabel->setVisible(empty);
}

void EntityTab::setDefaultColumnWidths()
{
    const QList<Models::ColumnSpec> &columns = m_model->spec().columns;
    const QFontMetrics metrics = m_view->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    const QDateTime sampleDate(QDate(2028, 12, 28), QTime(23, 59), Qt::UTC);
    const int dateWidth =
            metrics.horizontalAdvance(QLocale().toString(sampleDate, QLocale::ShortFormat))
            + 3 * charWidth;
    for (int i = 0; i < columns.size(); ++i) {
        const Models::ColumnSpec &column = columns.at(i);
        m_view->setColumnHidden(i, column.hiddenByDefault);
        // The header's size hint includes the sort indicator, so the header text fits.
        const int headerWidth = m_view->horizontalHeader()->sectionSizeHint(i);
        int chars = 12;
        switch (column.type) {
        case Models::ValueType::DateTime:
            m_view->setColumnWidth(i, qMax(dateWidth, headerWidth));
            continue;
        case Models::ValueType::Text:
            chars = 20;
            break;
        case Models::ValueType::Flag:
            chars = 7;
            break;
        default:
            break;
        }
        m_view->setColumnWidth(i, qMax(charWidth * chars, headerWidth));
    }
}

// Fits the columns to the first page of rows once, unless QSettings had widths. A cap keeps
// long texts such as order item summaries from pushing the other columns out of view.
void EntityTab::fitColumnWidths()
{
    if (m_columnWidthsSet || m_proxy->rowCount() == 0)
        return;
    m_columnWidthsSet = true;
    QHeaderView *header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(200);
    const int maxWidth = m_view->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            continue;
        m_view->resizeColumnToContents(column);
        const int width = qMin(m_view->columnWidth(column) + 8, maxWidth);
        m_view->setColumnWidth(column, qMax(width, header->sectionSizeHint(column)));
    }
}

bool EntityTab::isLoading() const
{
    return m_loader->isLoading();
}

QString EntityTab::statusText() const
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_loader->isLoading())
        return loadingStatusText(m_entity, m_pagesDone, m_pagesTotal);
    if (!m_hasLoaded)
        return {};
    QString text = shown == loaded ? tr("%n rows", nullptr, loaded)
                                   : tr("%1 of %n rows match the quick filter", nullptr, loaded)
                                             .arg(shown);
    if (m_cancelled)
        text += tr(" (loading cancelled, %n more on the server)", nullptr,
                   qMax(0, m_reportedCount - loaded));
    return text;
}

void EntityTab::refresh()
{
    Api::ListQuery query;
    QString problem;
    if (m_presetQuery) {
        query = *m_presetQuery;
    } else if (!m_filterPane->buildQuery(&query, &problem)) {
        qCInfo(lcUi) << "filter not applied:" << problem;
        return;
    }
    if (query.with.isEmpty())
        query.with = m_model->spec().listRelations;
    m_errorBanner->hide();
    m_hasLoaded = true;
    m_cancelled = false;
    m_reportedCount = -1;
    m_detailsPane->showItem({});
    m_loader->start(query);
}

void EntityTab::showFiltered(const Api::ListQuery &query, const QString &description)
{
    m_presetQuery = query;
    m_presetBar->showDescription(description);
    refresh();
}

void EntityTab::clearFiltered()
{
    m_presetQuery.reset();
    m_presetBar->hide();
    refresh();
}

void EntityTab::ensureLoaded()
{
    if (!m_hasLoaded)
        refresh();
}

void EntityTab::cancel()
{
    if (!m_loader->isLoading())
        return;
    m_loader->cancel();
    m_cancelled = true;
    emit statusChanged();
}

void EntityTab::unload()
{
    m_loader->cancel();
    m_model->clear();
    m_detailsPane->showItem({});
    m_errorBanner->hide();
    m_hasLoaded = false;
    m_cancelled = false;
    emit statusChanged();
}

void EntityTab::handleFailed(const Api::ApiError &error)
{
    m_errorBanner->showMessage(error.userMessage());
    emit statusChanged();
}

void EntityTab::handleCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailsPane->showItem({});
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    m_detailsPane->showItem(m_model->item(source.row()));
}

void EntityTab::handleRowsInserted()
{
    fitColumnWidths();
    // Selecting the first row fills the details pane instead of leaving it empty.
    if (!m_view->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    emit statusChanged();
}

void EntityTab::applyQuickFilter()
{
    m_proxy->setQuickFilter(m_quickFilter->text());
    emit statusChanged();
}

void EntityTab::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void EntityTab::restoreState(QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_columnWidthsSet = m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace ResellerDesk::Ui
