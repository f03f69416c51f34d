#pragma once

#include "api/apierror.h"
#include "api/listpage.h"
#include "api/listquery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ResellerDesk::Api {

class ApiClient;
class ApiReply;

// Fetches every page of one list command. Page 1 goes first to learn the number of pages, then
// the rest follow with at most maxInFlight requests at once. Pages are handed on in the order
// they arrive, which need not be page order (ListPage::page holds the page number).
class Pager : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxInFlight = 2;

    // The query's page is ignored; its limit (0: the service's default) sets the page size.
    Pager(ApiClient *client, const QString &command, const ListQuery &query,
          QObject *parent = nullptr);
    ~Pager() override;

    int maxInFlight() const { return m_maxInFlight; }
    // Values below 1 count as 1. Takes effect for requests started afterwards.
    void setMaxInFlight(int maxInFlight);

    QString command() const { return m_command; }
    bool isRunning() const { return m_running; }
    int pagesDone() const { return m_pagesDone; }
    // 0 until page 1 has arrived.
    int pagesTotal() const { return m_pagesTotal; }

public slots:
    // Starts from page 1; does nothing while running.
    void start();
    // Aborts the requests in flight. Emits nothing, neither failed() nor finished().
    void cancel();

signals:
    void pageReceived(const ResellerDesk::Api::ListPage &page);
    void progress(int pagesDone, int pagesTotal);
    void finished();
    // Emitted once, on the first error; the pager sends nothing more afterwards.
    void failed(const ResellerDesk::Api::ApiError &error);

private:
    void requestPage(int page);
    void handleReply(ApiReply *reply, int page);
    void fail(const ApiError &error);
    void abortAll();

    QPointer<ApiClient> m_client;
    QString m_command;
    ListQuery m_query;
    int m_maxInFlight = defaultMaxInFlight;
    QList<ApiReply *> m_inFlight;
    int m_nextPage = 2;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    bool m_running = false;
};

} // namespace ResellerDesk::Api
