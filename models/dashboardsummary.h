#pragma once

#include "api/apierror.h"
#include "api/listpage.h"
#include "api/listquery.h"
#include "models/usagelimits.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <array>

namespace ResellerDesk::Api {
class ApiClient;
class Pager;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

enum class ExpiryKind { Account, Domain, Certificate };
constexpr int expiryKindCount = 3;

// A hosting account, domain or certificate that expires soon or expired recently.
struct ExpiringItem
{
    ExpiryKind kind = ExpiryKind::Account;
    QString id;
    // Hostname of an account or certificate, name of a domain.
    QString name;
    // Whole days from the service's today to end_date; negative once expired.
    int daysToExpire = 0;
    QDateTime endDate;
    QJsonObject row;
};

struct OverUsageAccount
{
    QJsonObject row;
    QList<UsageExcess> excesses;
};

// Payments of one calendar month, summed per currency.
struct MonthlyPayments
{
    // First day of the month.
    QDate month;
    QMap<QString, double> totalByCurrency;
};

// The figures of the dashboard: expiring and expired items, accounts over their usage,
// unread ticket answers, orders not yet paid and payments per month. refresh() runs one list
// command per figure with the service's own filters, in the background through Pagers, and
// replaces every figure at once when all of them arrived.
class DashboardSummary : public QObject
{
    Q_OBJECT

public:
    // Items expiring within this many days are loaded and charted.
    static constexpr int horizonDays = 90;
    // Items that expired at most this many days ago count as expired. Older ones are
    // usually canceled or deleted and need no action.
    static constexpr int expiredWindowDays = 90;
    // Weeks of the expiry chart: 13 weeks cover the 90-day horizon.
    static constexpr int weekCount = (horizonDays + 6) / 7;
    static constexpr int monthCount = 12;

    explicit DashboardSummary(Api::ApiClient *client, QObject *parent = nullptr);
    ~DashboardSummary() override;

    // The day that payments per month count back from; default today in UTC.
    QDate today() const { return m_today; }
    void setToday(const QDate &today) { m_today = today; }

    bool isLoading() const { return !m_pagers.isEmpty(); }
    bool hasData() const { return m_hasData; }

    // Items of every kind from expiredWindowDays ago to horizonDays ahead, soonest first.
    const QList<ExpiringItem> &expiringItems() const { return m_expiring; }
    // Items that expire from today through `withinDays` days from now.
    int expiringCount(ExpiryKind kind, int withinDays) const;
    int expiredCount(ExpiryKind kind) const;
    // Items of all kinds that expire in week `week` (0: today through day 6).
    std::array<int, expiryKindCount> expiriesInWeek(int week) const;

    const QList<OverUsageAccount> &overUsageAccounts() const { return m_overUsage; }
    const QList<QJsonObject> &unreadTickets() const { return m_unreadTickets; }
    // Orders with paid "not_paid" or "partially_paid", newest first.
    const QList<QJsonObject> &unpaidOrders() const { return m_unpaidOrders; }
    // The last monthCount months, oldest first, ending with the month of today().
    const QList<MonthlyPayments> &paymentsPerMonth() const { return m_payments; }
    QStringList paymentCurrencies() const;

    static QString listCommand(ExpiryKind kind);
    static QString idProperty(ExpiryKind kind);
    // The filters that the dashboard's items open in their pages.
    static Api::ListQuery expiringQuery(int withinDays);
    static Api::ListQuery expiredQuery();
    static Api::ListQuery unreadTicketsQuery();
    static Api::ListQuery unpaidOrdersQuery(const QString &paidState);
    // Selects one item by its id property.
    static Api::ListQuery itemQuery(const QString &property, const QString &value);

public slots:
    // Cancels a refresh in progress and starts a new one.
    void refresh();
    // Stops loading and keeps the figures of the last complete refresh.
    void cancel();

signals:
    void started();
    void progress(int sourcesDone, int sourcesTotal);
    void finished();
    // One list command failed. The figures of the last complete refresh stay.
    void failed(const ResellerDesk::Api::ApiError &error);

private:
    // One list command of a refresh and the rows it returned so far.
    struct Source
    {
        QString command;
        Api::ListQuery query;
        QList<QJsonObject> rows;
    };

    void startSource(int index);
    void handlePage(int index, const Api::ListPage &page);
    void handleSourceFinished(int index);
    void handleFailed(const Api::ApiError &error);
    void releasePagers();
    void buildFigures();
    void buildExpiring();
    void buildPayments(const QList<QJsonObject> &rows);

    QPointer<Api::ApiClient> m_client;
    QDate m_today;
    QList<Source> m_sources;
    QList<Api::Pager *> m_pagers;
    int m_sourcesDone = 0;
    bool m_hasData = false;

    QList<ExpiringItem> m_expiring;
    QList<OverUsageAccount> m_overUsage;
    QList<QJsonObject> m_unreadTickets;
    QList<QJsonObject> m_unpaidOrders;
    QList<MonthlyPayments> m_payments;
};

} // namespace ResellerDesk::Models
