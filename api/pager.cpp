#include "api/pager.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/logging.h"

namespace ResellerDesk::Api {

Pager::Pager(ApiClient *client, const QString &command, const ListQuery &query, QObject *parent)
    : QObject(parent), m_client(client), m_command(command), m_query(query)
{
}

Pager::~Pager()
{
    abortAll();
}

void Pager::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
}

void Pager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_nextPage = 2;
    m_pagesDone = 0;
    m_pagesTotal = 0;

    QString problem;
    if (!m_query.validate(&problem)) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.command = m_command;
        error.detail = problem;
        // Queued so that failed() never comes from within start().
        QMetaObject::invokeMethod(this, [this, error] {
            if (m_running)
                fail(error);
        }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcApi).noquote() << "Fetching all pages of" << m_command;
    requestPage(1);
}

void Pager::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    abortAll();
    qCInfo(lcApi).noquote() << "Cancelled fetching" << m_command << "after" << m_pagesDone
                            << "of" << m_pagesTotal << "pages";
}

void Pager::requestPage(int page)
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Aborted;
        error.command = m_command;
        error.detail = tr("the API client was deleted.");
        fail(error);
        return;
    }
    ListQuery query = m_query;
    query.page = page;
    ApiReply *reply = m_client->call(m_command, query.toPayload());
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, page] { handleReply(reply, page); });
}

void Pager::handleReply(ApiReply *reply, int page)
{
    m_inFlight.removeOne(reply);
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }

    QString problem;
    const std::optional<ListPage> listPage = ListPage::fromData(reply->data(), &problem);
    if (!listPage) {
        ApiError error;
        error.kind = ApiError::Kind::Envelope;
        error.command = m_command;
        error.detail = problem;
        fail(error);
        return;
    }
    if (page == 1)
        m_pagesTotal = std::max(1, listPage->pages);
    ++m_pagesDone;
    emit pageReceived(*listPage);
    if (!m_running)
        return; // a slot connected to pageReceived() called cancel()
    emit progress(m_pagesDone, m_pagesTotal);
    if (!m_running)
        return;

    while (m_nextPage <= m_pagesTotal && m_inFlight.size() < m_maxInFlight) {
        requestPage(m_nextPage);
        ++m_nextPage;
    }
    if (m_inFlight.isEmpty() && m_pagesDone >= m_pagesTotal) {
        m_running = false;
        qCInfo(lcApi).noquote() << "Fetched" << m_pagesDone << "pages of" << m_command;
        emit finished();
    }
}

void Pager::fail(const ApiError &error)
{
    m_running = false;
    abortAll();
    qCInfo(lcApi).noquote() << "Fetching" << m_command << "stopped after" << m_pagesDone
                            << "pages:" << ApiError::kindName(error.kind) << error.detail;
    emit failed(error);
}

void Pager::abortAll()
{
    const QList<ApiReply *> replies = std::exchange(m_inFlight, {});
    for (ApiReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace ResellerDesk::Api
