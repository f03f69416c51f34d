#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ResellerDesk::Api {
class ApiClient;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class MainWindow;
class TicketWindow;

// The ticket features of the main window: a Tickets menu with New ticket, Canned replies and
// Check support login, a ticket window on Enter or a double click in the Tickets tab, and
// unread threads in bold there. A row of the Tickets tab is refreshed whenever its thread is
// loaded in a ticket window, which is when it was read or replied to.
class TicketActions : public QObject
{
    Q_OBJECT

public:
    TicketActions(MainWindow *window, Api::ApiClient *client);

    // Opens the ticket's window, or raises it if it is open.
    TicketWindow *openTicket(qlonglong ticketId);
    void newTicket();
    void checkLogin();
    void editCannedReplies();
    // Loads the ticket's list item again and replaces its row in the Tickets tab.
    void refreshRow(qlonglong ticketId);

signals:
    // The Tickets tab shows the ticket's current list item.
    void rowRefreshed(qlonglong ticketId);

private:
    MainWindow *m_window = nullptr;
    Api::ApiClient *m_client = nullptr;
    QHash<qlonglong, QPointer<TicketWindow>> m_windows;
};

} // namespace ResellerDesk::Ui
