#include "ui/traynotifier.h"

#include "models/dashboardsummary.h"
#include "ui/mainwindow.h"
#include "ui/uilogging.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace ResellerDesk::Ui {

namespace {

Models::Entity entityOf(const Models::WatchEvent &event)
{
    if (event.kind == Models::WatchEvent::Kind::TicketAnswer)
        return Models::Entity::Tickets;
    switch (event.expiryKind) {
    case Models::ExpiryKind::Account:
        return Models::Entity::Accounts;
    case Models::ExpiryKind::Domain:
        return Models::Entity::Domains;
    case Models::ExpiryKind::Certificate:
        return Models::Entity::Certificates;
    }
    return Models::Entity::Accounts;
}

} // namespace

// NOTE: the watch keys what it reported by the client's base URL. The embedded sandbox listens
// on a new port at each start, so with --sandbox every start reports its items again.
TrayNotifier::TrayNotifier(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_watch(new Models::ExpiryWatch(client, QString(), this))
    , m_tray(new QSystemTrayIcon(this))
{
    // Preferences change the settings without telling this object, so they are read again
    // every minute. A stopped watch runs no check that could read them.
    auto *settingsTimer = new QTimer(this);
    settingsTimer->start(60000);
    connect(settingsTimer, &QTimer::timeout, this, &TrayNotifier::applySettings);
    m_tray->setIcon(QApplication::windowIcon());
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_watch, &Models::ExpiryWatch::checked, this, &TrayNotifier::showEvents);
    connect(m_watch, &Models::ExpiryWatch::failed, this, [](const Api::ApiError &error) {
        qCWarning(lcUi) << "Notification check failed:" << error.userMessage();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openLastMessage);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::windowRequested);
}

TrayNotifier *TrayNotifier::install(MainWindow *window, Api::ApiClient *client)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcUi) << "No system tray, so notifications are off";
        return nullptr;
    }
    auto *notifier = new TrayNotifier(client, window);
    connect(notifier, &TrayNotifier::openFilteredRequested, window, &MainWindow::openFiltered);
    connect(notifier, &TrayNotifier::windowRequested, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    notifier->applySettings();
    return notifier;
}

void TrayNotifier::applySettings()
{
    QSettings settings;
    const bool enabled = settings.value(QStringLiteral("notifications/enabled"), true).toBool();
    m_watch->setIntervalMinutes(
        settings.value(QStringLiteral("notifications/intervalMinutes"), 15).toInt());
    m_tray->setVisible(enabled);
    if (enabled && !m_watch->isActive())
        m_watch->start();
    else if (!enabled && m_watch->isActive())
        m_watch->stop();
}

QString TrayNotifier::messageTitle(const QList<Models::WatchEvent> &events) const
{
    if (events.isEmpty())
        return {};
    if (events.size() > 1)
        return tr("%n item(s) need attention", nullptr, static_cast<int>(events.size()));
    const Models::WatchEvent &event = events.first();
    if (event.kind == Models::WatchEvent::Kind::TicketAnswer)
        return tr("New answer on ticket %1").arg(event.id);
    switch (event.expiryKind) {
    case Models::ExpiryKind::Account:
        return tr("Hosting account %1 expires soon").arg(event.name);
    case Models::ExpiryKind::Domain:
        return tr("Domain %1 expires soon").arg(event.name);
    case Models::ExpiryKind::Certificate:
        return tr("Certificate %1 expires soon").arg(event.name);
    }
    return {};
}

QString TrayNotifier::messageText(const QList<Models::WatchEvent> &events) const
{
    if (events.isEmpty())
        return {};
    if (events.size() == 1) {
        const Models::WatchEvent &event = events.first();
        if (event.kind == Models::WatchEvent::Kind::TicketAnswer)
            return event.name;
        return tr("Expires in %n day(s).", nullptr, event.daysToExpire);
    }
    int answers = 0;
    for (const Models::WatchEvent &event : events) {
        if (event.kind == Models::WatchEvent::Kind::TicketAnswer)
            ++answers;
    }
    const int expiring = static_cast<int>(events.size()) - answers;
    QStringList parts;
    if (answers > 0)
        parts.append(tr("%n new ticket answer(s)", nullptr, answers));
    if (expiring > 0)
        parts.append(tr("%n item(s) expiring within %1 days", nullptr, expiring)
                         .arg(Models::ExpiryWatch::windowDays));
    return parts.join(QLatin1Char('\n'));
}

void TrayNotifier::showEvents(const QList<Models::WatchEvent> &events)
{
    if (events.isEmpty())
        return;
    m_lastEvents = events;
    m_tray->showMessage(messageTitle(events), messageText(events), QSystemTrayIcon::Information);
}

// One event opens its item. Several of one kind open that kind's page with the same filter
// the watch used. A mix only raises the window.
void TrayNotifier::openLastMessage()
{
    emit windowRequested();
    if (m_lastEvents.isEmpty())
        return;
    const Models::WatchEvent &first = m_lastEvents.first();
    const Models::Entity entity = entityOf(first);
    const bool sameKind = std::all_of(m_lastEvents.cbegin(), m_lastEvents.cend(),
        [entity](const Models::WatchEvent &event) { return entityOf(event) == entity; });
    if (m_lastEvents.size() == 1) {
        const bool ticket = first.kind == Models::WatchEvent::Kind::TicketAnswer;
        const QString idProperty = ticket ? QStringLiteral("id")
                                          : Models::DashboardSummary::idProperty(first.expiryKind);
        emit openFilteredRequested(entity,
            Models::DashboardSummary::itemQuery(idProperty, first.id), messageTitle(m_lastEvents));
    } else if (sameKind && entity == Models::Entity::Tickets) {
        emit openFilteredRequested(entity, Models::DashboardSummary::unreadTicketsQuery(),
            tr("Tickets with unread answers"));
    } else if (sameKind) {
        emit openFilteredRequested(entity,
            Models::DashboardSummary::expiringQuery(Models::ExpiryWatch::windowDays),
            tr("Expiring within %n day(s)", nullptr, Models::ExpiryWatch::windowDays));
    }
}

} // namespace ResellerDesk::Ui
