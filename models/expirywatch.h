#pragma once

#include "api/apierror.h"
#include "api/listquery.h"
#include "models/dashboardsummary.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace ResellerDesk::Api {
class ApiClient;
class Pager;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

// Something to tell the user about once: a new operator answer or an item that entered the
// expiry window.
struct WatchEvent
{
    enum class Kind { TicketAnswer, Expiry };

    Kind kind = Kind::Expiry;
    // Only for Kind::Expiry.
    ExpiryKind expiryKind = ExpiryKind::Account;
    QString id;
    // Ticket subject, or the item's hostname or domain.
    QString name;
    // Days to expiry for Kind::Expiry.
    int daysToExpire = 0;
    QJsonObject row;
};

// Checks on a timer for new operator answers on tickets and for accounts, domains and
// certificates that entered the expiry window, and reports each one once. What was reported
// is kept in QSettings per connection (the settingsKey), so a restart does not repeat it.
//
// A ticket is identified by its id and the response_date of its last answer, so a later
// answer is reported again. An expiring item is identified by its id, and it is reported
// again only after it left the window (it was renewed) and entered it once more.
class ExpiryWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int windowDays = 7;

    // settingsKey names the connection, for example the profile id. An empty key uses the
    // client's base URL at each check, so it follows a change of connection.
    ExpiryWatch(Api::ApiClient *client, const QString &settingsKey, QObject *parent = nullptr);
    ~ExpiryWatch() override;

    // Sets the minutes between checks. Values outside 1..1440 are clamped.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_timer.interval() / 60000; }
    // Starts the timer and checks at once. stop() stops both.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isChecking() const { return !m_pagers.isEmpty(); }

public slots:
    // Checks now unless a check is running.
    void check();

signals:
    // The new events of one check, possibly empty. Each event appears in one check only.
    void checked(const QList<ResellerDesk::Models::WatchEvent> &events);
    void failed(const ResellerDesk::Api::ApiError &error);

private:
    struct Source
    {
        QString command;
        Api::ListQuery query;
        QList<QJsonObject> rows;
    };

    void handleSourceFinished();
    void handleFailed(const Api::ApiError &error);
    void releasePagers();
    QList<WatchEvent> collectEvents() const;
    static QString eventKey(const WatchEvent &event);
    QString settingsGroup() const;
    QSet<QString> loadReported() const;
    void saveReported(const QStringList &keys) const;

    QPointer<Api::ApiClient> m_client;
    QString m_settingsKey;
    QTimer m_timer;
    QList<Source> m_sources;
    QList<Api::Pager *> m_pagers;
    int m_sourcesDone = 0;
};

} // namespace ResellerDesk::Models

Q_DECLARE_METATYPE(ResellerDesk::Models::WatchEvent)
