#pragma once

#include "api/listquery.h"
#include "models/entityspec.h"
#include "models/expirywatch.h"

#include <QList>
#include <QObject>

class QSystemTrayIcon;

namespace ResellerDesk::Api {
class ApiClient;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class MainWindow;

// A system tray icon that shows the new events of an ExpiryWatch as messages: new operator
// answers and items that entered the 7-day expiry window. Clicking a message opens the ticket
// or the filtered page. Reads `notifications/enabled` and `notifications/intervalMinutes`
// from QSettings at start and then once a minute.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    TrayNotifier(Api::ApiClient *client, QObject *parent = nullptr);

    // Creates a notifier for the window when the desktop has a system tray, otherwise returns
    // nullptr.
    static TrayNotifier *install(MainWindow *window, Api::ApiClient *client);

    Models::ExpiryWatch *watch() const { return m_watch; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The message shown for the events, empty when there are none.
    QString messageTitle(const QList<Models::WatchEvent> &events) const;
    QString messageText(const QList<Models::WatchEvent> &events) const;

public slots:
    // Starts or stops the watch and sets its interval from QSettings.
    void applySettings();
    void showEvents(const QList<ResellerDesk::Models::WatchEvent> &events);
    // Asks to open what the last message was about.
    void openLastMessage();

signals:
    void openFilteredRequested(ResellerDesk::Models::Entity entity,
        const ResellerDesk::Api::ListQuery &query, const QString &description);
    void windowRequested();

private:
    Models::ExpiryWatch *m_watch = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QList<Models::WatchEvent> m_lastEvents;
};

} // namespace ResellerDesk::Ui
