#pragma once

#include "api/apierror.h"
#include "api/listpage.h"
#include "api/listquery.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace ResellerDesk::Api {
class ApiClient;
class Pager;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

class EntityTableModel;

// Loads every page of the model's list command into the model. Pages reach the model in
// page order, so rows keep the service's order even when later pages arrive first.
class ListLoader : public QObject
{
    Q_OBJECT

public:
    // Items per request. The reference documents no maximum for `limit`.
    // NOTE: 250 is a guess that keeps each page's conversion to rows within a few
    // milliseconds; the real service may cap the limit lower, which the pager handles.
    static constexpr int defaultPageSize = 250;

    ListLoader(Api::ApiClient *client, EntityTableModel *model, QObject *parent = nullptr);
    ~ListLoader() override;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);

    bool isLoading() const { return m_pager != nullptr; }
    // The query of the last start(), for Retry and refresh.
    const Api::ListQuery &query() const { return m_query; }

public slots:
    // Cancels a load in progress, clears the model and loads every page of the query. A
    // query limit of 0 uses pageSize(). Pages of the cancelled load never reach the model.
    void start(const ResellerDesk::Api::ListQuery &query);
    // Stops loading and keeps the rows loaded so far. Emits neither finished() nor failed().
    void cancel();

signals:
    void started();
    void progress(int pagesDone, int pagesTotal);
    // Every page arrived; count is the number of items the service reported.
    void finished(int count);
    // A page failed; the rows loaded before it stay in the model.
    void failed(const ResellerDesk::Api::ApiError &error);

private:
    void handlePage(const Api::ListPage &page);
    void handleFinished();
    void handleFailed(const Api::ApiError &error);
    void releasePager();

    QPointer<Api::ApiClient> m_client;
    EntityTableModel *m_model = nullptr;
    Api::Pager *m_pager = nullptr;
    Api::ListQuery m_query;
    int m_pageSize = defaultPageSize;
    // Pages that arrived before an earlier page, by page number.
    QMap<int, Api::ListPage> m_pendingPages;
    int m_nextPage = 1;
    int m_count = 0;
};

} // namespace ResellerDesk::Models
