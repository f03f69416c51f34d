#include "models/listloader.h"

#include "models/entitytablemodel.h"
#include "models/modelslogging.h"

#include "api/apiclient.h"
#include "api/pager.h"

#include <QElapsedTimer>

namespace ResellerDesk::Models {

ListLoader::ListLoader(Api::ApiClient *client, EntityTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{
    Q_ASSERT(model);
}

ListLoader::~ListLoader()
{
    releasePager();
}

void ListLoader::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

void ListLoader::start(const Api::ListQuery &query)
{
    releasePager();
    m_query = query;
    m_model->clear();
    m_pendingPages.clear();
    m_nextPage = 1;
    m_count = 0;

    Api::ListQuery pagedQuery = query;
    if (pagedQuery.limit <= 0)
        pagedQuery.limit = m_pageSize;
    const QString command = m_model->spec().listCommand;
    qCInfo(lcModels) << "loading" << command << "with" << query.filters.size() << "filters";
    m_pager = new Api::Pager(m_client, command, pagedQuery, this);
    connect(m_pager, &Api::Pager::pageReceived, this, &ListLoader::handlePage);
    connect(m_pager, &Api::Pager::progress, this, &ListLoader::progress);
    connect(m_pager, &Api::Pager::finished, this, &ListLoader::handleFinished);
    connect(m_pager, &Api::Pager::failed, this, &ListLoader::handleFailed);
    emit started();
    m_pager->start();
}

void ListLoader::cancel()
{
    if (!m_pager)
        return;
    qCInfo(lcModels) << "cancelled loading" << m_model->spec().listCommand << "after"
                     << m_model->rowCount() << "rows";
    releasePager();
}

void ListLoader::handlePage(const Api::ListPage &page)
{
    if (sender() != m_pager)
        return;
    m_count = page.count;
    m_pendingPages.insert(page.page, page);
    while (!m_pendingPages.isEmpty() && m_pendingPages.firstKey() <= m_nextPage) {
        const Api::ListPage next = m_pendingPages.take(m_pendingPages.firstKey());
        QElapsedTimer timer;
        timer.start();
        m_model->appendItems(next.items);
        qCDebug(lcModels) << "page" << next.page << "of" << m_model->spec().listCommand << ":"
                          << next.items.size() << "rows in" << timer.elapsed() << "ms";
        m_nextPage = next.page + 1;
    }
}

void ListLoader::handleFinished()
{
    if (sender() != m_pager)
        return;
    // A page number the service skipped would otherwise hold back the pages after it.
    for (const Api::ListPage &page : std::as_const(m_pendingPages))
        m_model->appendItems(page.items);
    m_pendingPages.clear();
    releasePager();
    qCInfo(lcModels) << "loaded" << m_model->rowCount() << "rows of"
                     << m_model->spec().listCommand;
    emit finished(m_count);
}

void ListLoader::handleFailed(const Api::ApiError &error)
{
    if (sender() != m_pager)
        return;
    m_pendingPages.clear();
    releasePager();
    qCWarning(lcModels) << "loading" << m_model->spec().listCommand << "failed:"
                        << Api::ApiError::kindName(error.kind) << error.httpStatus
                        << error.detail;
    emit failed(error);
}

void ListLoader::releasePager()
{
    if (!m_pager)
        return;
    Api::Pager *pager = m_pager;
    m_pager = nullptr;
    pager->disconnect(this);
    pager->cancel();
    pager->deleteLater();
}

} // namespace ResellerDesk::Models
