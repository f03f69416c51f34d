#include "models/dashboardsummary.h"

#include "api/apiclient.h"
#include "api/jsonvalues.h"
#include "api/pager.h"
#include "models/modelslogging.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace ResellerDesk::Models {

namespace {

// Positions of the list commands in m_sources.
enum SourceIndex {
    AccountSource,
    DomainSource,
    CertificateSource,
    UsageSource,
    TicketSource,
    NotPaidSource,
    PartiallyPaidSource,
    PaymentSource,
    SourceCount
};

constexpr int pageSize = 250;

ExpiryKind kindOfSource(int index)
{
    if (index == DomainSource)
        return ExpiryKind::Domain;
    if (index == CertificateSource)
        return ExpiryKind::Certificate;
    return ExpiryKind::Account;
}

QString nameProperty(ExpiryKind kind)
{
    return kind == ExpiryKind::Domain ? QStringLiteral("domain") : QStringLiteral("hostname");
}

} // namespace

DashboardSummary::DashboardSummary(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_today(QDateTime::currentDateTimeUtc().date())
{
}

DashboardSummary::~DashboardSummary()
{
    releasePagers();
}

int DashboardSummary::expiringCount(ExpiryKind kind, int withinDays) const
{
    return static_cast<int>(std::count_if(
        m_expiring.cbegin(), m_expiring.cend(), [kind, withinDays](const ExpiringItem &item) {
            return item.kind == kind && item.daysToExpire >= 0 && item.daysToExpire <= withinDays;
        }));
}

int DashboardSummary::expiredCount(ExpiryKind kind) const
{
    return static_cast<int>(std::count_if(m_expiring.cbegin(), m_expiring.cend(),
        [kind](const ExpiringItem &item) { return item.kind == kind && item.daysToExpire < 0; }));
}

std::array<int, expiryKindCount> DashboardSummary::expiriesInWeek(int week) const
{
    std::array<int, expiryKindCount> counts {};
    for (const ExpiringItem &item : m_expiring) {
        if (item.daysToExpire >= 0 && item.daysToExpire / 7 == week)
            ++counts[static_cast<std::size_t>(item.kind)];
    }
    return counts;
}

QStringList DashboardSummary::paymentCurrencies() const
{
    QSet<QString> currencies;
    for (const MonthlyPayments &month : m_payments) {
        for (auto it = month.totalByCurrency.cbegin(); it != month.totalByCurrency.cend(); ++it)
            currencies.insert(it.key());
    }
    QStringList sorted(currencies.cbegin(), currencies.cend());
    sorted.sort();
    return sorted;
}

QString DashboardSummary::listCommand(ExpiryKind kind)
{
    switch (kind) {
    case ExpiryKind::Account:
        return QStringLiteral("account-list");
    case ExpiryKind::Domain:
        return QStringLiteral("domain-list");
    case ExpiryKind::Certificate:
        return QStringLiteral("certificate-list");
    }
    return {};
}

QString DashboardSummary::idProperty(ExpiryKind kind)
{
    switch (kind) {
    case ExpiryKind::Account:
        return QStringLiteral("account_id");
    case ExpiryKind::Domain:
        return QStringLiteral("domain_id");
    case ExpiryKind::Certificate:
        return QStringLiteral("certificate_id");
    }
    return {};
}

// days_to_expire has the range condition in account-list, domain-list and certificate-list,
// and it counts from the service's today, so the dashboard needs no clock of its own for it.
Api::ListQuery DashboardSummary::expiringQuery(int withinDays)
{
    Api::ListQuery query;
    query.addRange(QStringLiteral("days_to_expire"), Api::FilterCondition::Range,
        QString::number(0), QString::number(withinDays));
    query.orderBy = { { QStringLiteral("days_to_expire"), true } };
    return query;
}

Api::ListQuery DashboardSummary::expiredQuery()
{
    Api::ListQuery query;
    query.addRange(QStringLiteral("days_to_expire"), Api::FilterCondition::Range,
        QString::number(-expiredWindowDays), QString::number(-1));
    query.orderBy = { { QStringLiteral("days_to_expire"), false } };
    return query;
}

// An unread answer is a ticket that the operator answered and that has not been opened since,
// because ticket-details marks a ticket read.
Api::ListQuery DashboardSummary::unreadTicketsQuery()
{
    Api::ListQuery query;
    query.addFilter(
        QStringLiteral("status"), Api::FilterCondition::Equal, QStringLiteral("answered"));
    query.addFilter(QStringLiteral("is_read"), Api::FilterCondition::Equal, QStringLiteral("0"));
    return query;
}

// order-list takes only the = condition on `paid`, so each state needs a query of its own.
Api::ListQuery DashboardSummary::unpaidOrdersQuery(const QString &paidState)
{
    Api::ListQuery query;
    query.addFilter(QStringLiteral("paid"), Api::FilterCondition::Equal, paidState);
    return query;
}

Api::ListQuery DashboardSummary::itemQuery(const QString &property, const QString &value)
{
    Api::ListQuery query;
    query.addFilter(property, Api::FilterCondition::Equal, value);
    return query;
}

void DashboardSummary::refresh()
{
    releasePagers();
    if (!m_client) {
        qCWarning(lcModels) << "Dashboard refresh without an API client";
        return;
    }

    Api::ListQuery expiring;
    expiring.addRange(QStringLiteral("days_to_expire"), Api::FilterCondition::Range,
        QString::number(-expiredWindowDays), QString::number(horizonDays));
    Api::ListQuery usage;
    usage.with = { QStringLiteral("resources") };
    usage.extra.insert(QStringLiteral("usage_overview"), 1);
    // NOTE: payment-list documents no date filter, so every payment is loaded and the last
    // twelve months are picked here. Resellers with many years of payments load them all.
    Api::ListQuery payments;
    payments.orderBy = { { QStringLiteral("date"), false } };

    m_sources = {
        { listCommand(ExpiryKind::Account), expiring, {} },
        { listCommand(ExpiryKind::Domain), expiring, {} },
        { listCommand(ExpiryKind::Certificate), expiring, {} },
        { QStringLiteral("account-list"), usage, {} },
        { QStringLiteral("ticket-list"), unreadTicketsQuery(), {} },
        { QStringLiteral("order-list"), unpaidOrdersQuery(QStringLiteral("not_paid")), {} },
        { QStringLiteral("order-list"), unpaidOrdersQuery(QStringLiteral("partially_paid")), {} },
        { QStringLiteral("payment-list"), payments, {} },
    };
    Q_ASSERT(m_sources.size() == SourceCount);
    m_sourcesDone = 0;
    qCInfo(lcModels) << "Dashboard refresh started with" << m_sources.size() << "list commands";
    emit started();
    emit progress(0, static_cast<int>(m_sources.size()));
    for (int i = 0; i < m_sources.size(); ++i)
        startSource(i);
}

void DashboardSummary::cancel()
{
    if (isLoading())
        qCInfo(lcModels) << "Dashboard refresh cancelled";
    releasePagers();
}

void DashboardSummary::startSource(int index)
{
    Api::ListQuery query = m_sources[index].query;
    query.limit = pageSize;
    auto *pager = new Api::Pager(m_client, m_sources[index].command, query, this);
    pager->setMaxInFlight(1);
    connect(pager, &Api::Pager::pageReceived, this,
        [this, index](const Api::ListPage &page) { handlePage(index, page); });
    connect(pager, &Api::Pager::finished, this, [this, index] { handleSourceFinished(index); });
    connect(pager, &Api::Pager::failed, this, &DashboardSummary::handleFailed);
    m_pagers.append(pager);
    pager->start();
}

void DashboardSummary::handlePage(int index, const Api::ListPage &page)
{
    QList<QJsonObject> &rows = m_sources[index].rows;
    for (const QJsonValue &item : page.items)
        rows.append(item.toObject());
}

void DashboardSummary::handleSourceFinished(int index)
{
    ++m_sourcesDone;
    qCDebug(lcModels) << "Dashboard source" << m_sources[index].command << "returned"
                      << m_sources[index].rows.size() << "rows";
    emit progress(m_sourcesDone, static_cast<int>(m_sources.size()));
    if (m_sourcesDone < m_sources.size())
        return;
    releasePagers();
    buildFigures();
    m_sources.clear();
    m_hasData = true;
    qCInfo(lcModels) << "Dashboard refresh finished:" << m_expiring.size() << "expiring items,"
                     << m_overUsage.size() << "accounts over usage," << m_unreadTickets.size()
                     << "unread tickets," << m_unpaidOrders.size() << "unpaid orders";
    emit finished();
}

void DashboardSummary::handleFailed(const Api::ApiError &error)
{
    qCWarning(lcModels) << "Dashboard refresh failed:" << error.command << error.detail;
    releasePagers();
    m_sources.clear();
    emit failed(error);
}

void DashboardSummary::releasePagers()
{
    const QList<Api::Pager *> pagers = std::exchange(m_pagers, {});
    for (Api::Pager *pager : pagers) {
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

void DashboardSummary::buildFigures()
{
    buildExpiring();

    m_overUsage.clear();
    for (const QJsonObject &row : std::as_const(m_sources[UsageSource].rows)) {
        QList<UsageExcess> excesses = usageExcesses(row);
        if (!excesses.isEmpty())
            m_overUsage.append(OverUsageAccount { row, std::move(excesses) });
    }

    m_unreadTickets = m_sources[TicketSource].rows;
    m_unpaidOrders = m_sources[NotPaidSource].rows + m_sources[PartiallyPaidSource].rows;
    std::sort(m_unpaidOrders.begin(), m_unpaidOrders.end(),
        [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("date")).toString()
                > b.value(QStringLiteral("date")).toString();
        });
    buildPayments(m_sources[PaymentSource].rows);
}

void DashboardSummary::buildExpiring()
{
    m_expiring.clear();
    for (int index : { AccountSource, DomainSource, CertificateSource }) {
        const ExpiryKind kind = kindOfSource(index);
        for (const QJsonObject &row : std::as_const(m_sources[index].rows)) {
            const std::optional<int> days = Api::JsonValues::toInt(row.value(u"days_to_expire"));
            if (!days) {
                qCWarning(lcModels) << "Dashboard skipped a row of" << listCommand(kind)
                                    << "without days_to_expire, id"
                                    << row.value(idProperty(kind)).toVariant().toString();
                continue;
            }
            ExpiringItem item;
            item.kind = kind;
            item.id = row.value(idProperty(kind)).toVariant().toString();
            item.name = row.value(nameProperty(kind)).toString();
            item.daysToExpire = *days;
            item.endDate
                = Api::JsonValues::toDateTime(row.value(u"end_date")).value_or(QDateTime());
            item.row = row;
            m_expiring.append(item);
        }
    }
    std::stable_sort(
        m_expiring.begin(), m_expiring.end(), [](const ExpiringItem &a, const ExpiringItem &b) {
            return a.daysToExpire < b.daysToExpire;
        });
}

// Refunds (payment_type "outgoing") count against their month, as the order balance does.
void DashboardSummary::buildPayments(const QList<QJsonObject> &rows)
{
    const QDate firstMonth = QDate(m_today.year(), m_today.month(), 1).addMonths(-(monthCount - 1));
    m_payments.clear();
    for (int i = 0; i < monthCount; ++i)
        m_payments.append(MonthlyPayments { firstMonth.addMonths(i), {} });

    for (const QJsonObject &row : rows) {
        const std::optional<QDateTime> date = Api::JsonValues::toDateTime(row.value(u"date"));
        const std::optional<double> total = Api::JsonValues::toDouble(row.value(u"total"));
        if (!date || !total)
            continue;
        const QDate day = date->date();
        const int month = (day.year() - firstMonth.year()) * 12 + day.month() - firstMonth.month();
        if (month < 0 || month >= monthCount)
            continue;
        const bool refund = row.value(QStringLiteral("payment_type")).toString() == u"outgoing";
        const QString currency = row.value(QStringLiteral("currency")).toString();
        m_payments[month].totalByCurrency[currency] += refund ? -*total : *total;
    }
}

} // namespace ResellerDesk::Models
