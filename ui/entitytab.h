#pragma once

#include "models/entityspec.h"

#include "api/apierror.h"
#include "api/listquery.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace ResellerDesk::Api {
class ApiClient;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class EntityTableModel;
class ListLoader;
class QuickFilterProxyModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

class DetailsPane;
class ErrorBanner;
class FilterPane;
class PresetFilterBar;

// One list of the main window: server-side filters, a quick filter over the loaded rows, a
// sortable table, and the details of the selected row.
class EntityTab : public QWidget
{
    Q_OBJECT

public:
    EntityTab(Models::Entity entity, Api::ApiClient *client, QWidget *parent = nullptr);

    Models::Entity entity() const { return m_entity; }
    Models::EntityTableModel *model() const { return m_model; }
    Models::QuickFilterProxyModel *proxyModel() const { return m_proxy; }
    Models::ListLoader *loader() const { return m_loader; }
    FilterPane *filterPane() const { return m_filterPane; }
    DetailsPane *detailsPane() const { return m_detailsPane; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    QTableView *tableView() const { return m_view; }
    QLineEdit *quickFilterEdit() const { return m_quickFilter; }
    PresetFilterBar *presetFilterBar() const { return m_presetBar; }

    bool isLoading() const;
    bool hasLoaded() const { return m_hasLoaded; }
    // Row counts or loading progress for the status bar.
    QString statusText() const;

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    // Loads the rows that match the filter pane (or the preset query of showFiltered()),
    // replacing the loaded ones.
    void refresh();
    // Loads exactly `query` instead of the filter pane's filters and names it in a bar above
    // the table, until the user clicks Clear there or applies the filter pane.
    void showFiltered(const ResellerDesk::Api::ListQuery &query, const QString &description);
    // Drops the preset query and loads the filter pane's filters again.
    void clearFiltered();
    // Loads once, the first time the tab is shown.
    void ensureLoaded();
    // Stops a load in progress and keeps the rows loaded so far.
    void cancel();
    // Drops the loaded rows, for example after connecting to another server. The next
    // ensureLoaded() loads again.
    void unload();

signals:
    void statusChanged();
    void progress(int pagesDone, int pagesTotal);

private:
    void buildTable();
    void handleFailed(const Api::ApiError &error);
    void handleCurrentRowChanged();
    void handleRowsInserted();
    void applyQuickFilter();
    void setDefaultColumnWidths();
    void fitColumnWidths();
    void updateEmptyLabel();

    Models::Entity m_entity;
    Api::ApiClient *m_client = nullptr;
    Models::EntityTableModel *m_model = nullptr;
    Models::QuickFilterProxyModel *m_proxy = nullptr;
    Models::ListLoader *m_loader = nullptr;
    FilterPane *m_filterPane = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    PresetFilterBar *m_presetBar = nullptr;
    std::optional<Api::ListQuery> m_presetQuery;
    QLineEdit *m_quickFilter = nullptr;
    QTimer *m_quickFilterTimer = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailsPane *m_detailsPane = nullptr;
    QLabel *m_emptyLabel = nullptr;
    bool m_hasLoaded = false;
    // Whether columns have widths from QSettings or from an earlier fit to the content.
    bool m_columnWidthsSet = false;
    bool m_cancelled = false;
    int m_reportedCount = -1;
    // Loading progress for the status text; 0 of 0 until the first page arrived.
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
};

} // namespace ResellerDesk::Ui
