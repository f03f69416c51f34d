#pragma once

#include <QObject>
#include <QPointer>

class QJsonObject;

namespace ResellerDesk::Api {
class ApiClient;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class CatalogModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

class MainWindow;
class OrderWizard;

// The order features of the main window: an Orders menu with New order, Upgrade and Catalog,
// "Renew…" on the Accounts and Domains tables, "Upgrade…" on the Accounts table, and the
// order dialog on a double click in the Orders tab. The catalog is shared by the wizard and the browser, so it loads once per ttl.
class OrderActions : public QObject
{
    Q_OBJECT

public:
    OrderActions(MainWindow *window, Api::ApiClient *client);
    ~OrderActions() override;

    Models::CatalogModel *catalog() const { return m_catalog; }
    // Returns the open wizard, or null.
    OrderWizard *wizard() const;

    // Opens the wizard, or raises the open one. A saved draft is offered first.
    OrderWizard *newOrder();
    void showCatalog();
    void openOrder(const QString &orderId);
    // Opens the wizard with a renewal of the row of the Accounts or Domains table.
    void renew(bool account, const QJsonObject &row);
    // Opens the wizard with an upgrade of the account of the Accounts table's row.
    void upgrade(const QJsonObject &row);

private:
    void renewSelected(bool account);
    void upgradeSelected();

    MainWindow *m_window = nullptr;
    Api::ApiClient *m_client = nullptr;
    Models::CatalogModel *m_catalog = nullptr;
    QPointer<OrderWizard> m_wizard;
};

} // namespace ResellerDesk::Ui
