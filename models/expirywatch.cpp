#include "models/expirywatch.h"

#include "api/apiclient.h"
#include "api/jsonvalues.h"
#include "api/pager.h"
#include "models/modelslogging.h"

#include <QCryptographicHash>
#include <QSettings>

namespace ResellerDesk::Models {

namespace {

constexpr int pageSize = 250;
constexpr int ticketSource = 0;

} // namespace

ExpiryWatch::ExpiryWatch(Api::ApiClient *client, const QString &settingsKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settingsKey(settingsKey)
{
    m_timer.setInterval(15 * 60000);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryWatch::check);
}

ExpiryWatch::~ExpiryWatch()
{
    releasePagers();
}

void ExpiryWatch::setIntervalMinutes(int minutes)
{
    m_timer.setInterval(qBound(1, minutes, 1440) * 60000);
}

void ExpiryWatch::start()
{
    m_timer.start();
    check();
}

void ExpiryWatch::stop()
{
    m_timer.stop();
    releasePagers();
}

void ExpiryWatch::check()
{
    if (isChecking())
        return;
    if (!m_client) {
        qCWarning(lcModels) << "Expiry watch check without an API client";
        return;
    }
    m_sources = { { QStringLiteral("ticket-list"), DashboardSummary::unreadTicketsQuery(), {} } };
    for (ExpiryKind kind : { ExpiryKind::Account, ExpiryKind::Domain, ExpiryKind::Certificate })
        m_sources.append(Source {
            DashboardSummary::listCommand(kind), DashboardSummary::expiringQuery(windowDays), {} });
    m_sourcesDone = 0;
    for (int i = 0; i < m_sources.size(); ++i) {
        Api::ListQuery query = m_sources[i].query;
        query.limit = pageSize;
        auto *pager = new Api::Pager(m_client, m_sources[i].command, query, this);
        pager->setMaxInFlight(1);
        connect(pager, &Api::Pager::pageReceived, this, [this, i](const Api::ListPage &page) {
            for (const QJsonValue &item : page.items)
                m_sources[i].rows.append(item.toObject());
        });
        connect(pager, &Api::Pager::finished, this, &ExpiryWatch::handleSourceFinished);
        connect(pager, &Api::Pager::failed, this, &ExpiryWatch::handleFailed);
        m_pagers.append(pager);
        pager->start();
    }
}

void ExpiryWatch::handleSourceFinished()
{
    if (++m_sourcesDone < m_sources.size())
        return;
    releasePagers();
    const QList<WatchEvent> current = collectEvents();
    m_sources.clear();

    const QSet<QString> reported = loadReported();
    QList<WatchEvent> fresh;
    QStringList keys;
    for (const WatchEvent &event : current) {
        const QString key = eventKey(event);
        keys.append(key);
        if (!reported.contains(key))
            fresh.append(event);
    }
    // Only the items of this check are kept. An item that left the window (renewed, or a
    // ticket that was read) is reported again when it comes back.
    saveReported(keys);
    qCInfo(lcModels) << "Expiry watch found" << current.size() << "items," << fresh.size() << "new";
    emit checked(fresh);
}

void ExpiryWatch::handleFailed(const Api::ApiError &error)
{
    qCWarning(lcModels) << "Expiry watch check failed:" << error.command << error.detail;
    releasePagers();
    m_sources.clear();
    emit failed(error);
}

void ExpiryWatch::releasePagers()
{
    const QList<Api::Pager *> pagers = std::exchange(m_pagers, {});
    for (Api::Pager *pager : pagers) {
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

QList<WatchEvent> ExpiryWatch::collectEvents() const
{
    QList<WatchEvent> events;
    for (const QJsonObject &row : m_sources[ticketSource].rows) {
        WatchEvent event;
        event.kind = WatchEvent::Kind::TicketAnswer;
        event.id = row.value(QStringLiteral("id")).toVariant().toString();
        event.name = row.value(QStringLiteral("subject")).toString();
        event.row = row;
        events.append(event);
    }
    const ExpiryKind kinds[] = { ExpiryKind::Account, ExpiryKind::Domain, ExpiryKind::Certificate };
    for (int i = 1; i < m_sources.size(); ++i) {
        const ExpiryKind kind = kinds[i - 1];
        for (const QJsonObject &row : m_sources[i].rows) {
            WatchEvent event;
            event.kind = WatchEvent::Kind::Expiry;
            event.expiryKind = kind;
            event.id = row.value(DashboardSummary::idProperty(kind)).toVariant().toString();
            event.name = row.value(kind == ExpiryKind::Domain ? QStringLiteral("domain")
                                                              : QStringLiteral("hostname"))
                             .toString();
            event.daysToExpire = Api::JsonValues::toInt(row.value(u"days_to_expire")).value_or(0);
            event.row = row;
            events.append(event);
        }
    }
    return events;
}

QString ExpiryWatch::eventKey(const WatchEvent &event)
{
    if (event.kind == WatchEvent::Kind::TicketAnswer)
        return QStringLiteral("ticket/") + event.id + u'/'
            + event.row.value(QStringLiteral("response_date")).toString();
    return DashboardSummary::idProperty(event.expiryKind) + u'/' + event.id;
}

// The connection key may be a URL, which QSettings would split at its slashes.
QString ExpiryWatch::settingsGroup() const
{
    QString key = m_settingsKey;
    if (key.isEmpty() && m_client)
        key = m_client->settings().baseUrl.toString();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("notifications/reported/") + QString::fromLatin1(hash.toHex().left(16));
}

QSet<QString> ExpiryWatch::loadReported() const
{
    const QStringList keys = QSettings().value(settingsGroup()).toStringList();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

void ExpiryWatch::saveReported(const QStringList &keys) const
{
    QSettings().setValue(settingsGroup(), keys);
}

} // namespace ResellerDesk::Models
