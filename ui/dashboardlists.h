#pragma once

#include "api/listquery.h"
#include "models/entityspec.h"

#include <QJsonObject>
#include <QTabWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ResellerDesk::Models {
class DashboardSummary;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

// The dashboard's lists: expiring and expired items (with Renew…), accounts over their
// usage, tickets with unread answers and orders not yet paid. Double click or Enter on a row
// asks to open the item in its page.
class DashboardLists : public QTabWidget
{
    Q_OBJECT

public:
    explicit DashboardLists(QWidget *parent = nullptr);

    void setSummary(const Models::DashboardSummary &summary);

    QTreeWidget *expiringList() const { return m_expiring; }
    QTreeWidget *usageList() const { return m_usage; }
    QTreeWidget *ticketList() const { return m_tickets; }
    QTreeWidget *orderList() const { return m_orders; }
    QPushButton *renewButton() const { return m_renewButton; }

signals:
    void openFilteredRequested(ResellerDesk::Models::Entity entity,
        const ResellerDesk::Api::ListQuery &query, const QString &description);
    // Asks for the order wizard with a renewal of the hosting account (account true) or domain.
    void renewRequested(bool account, const QJsonObject &row);

private:
    QTreeWidget *addList(const QStringList &headers, const QString &objectName);
    void fillExpiring(const Models::DashboardSummary &summary);
    void fillUsage(const Models::DashboardSummary &summary);
    void fillTickets(const Models::DashboardSummary &summary);
    void fillOrders(const Models::DashboardSummary &summary);
    void openItem(QTreeWidgetItem *item);
    void renewCurrent();
    void updateRenewButton();

    QTreeWidget *m_expiring = nullptr;
    QTreeWidget *m_usage = nullptr;
    QTreeWidget *m_tickets = nullptr;
    QTreeWidget *m_orders = nullptr;
    QPushButton *m_renewButton = nullptr;
};

} // namespace ResellerDesk::Ui
