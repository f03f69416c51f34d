#pragma once

#include "api/orderrecords.h"
#include "api/orderrequest.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ResellerDesk::Models {
class CatalogModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class OrderDetailsEditor;

// One order from the Orders tab: its items, payments and the amount still due. An order that
// the service has not processed yet (status "new") can have items added, removed or their
// period changed, its contact and invoice details edited, or be deleted. Payments can be
// recorded and deleted. Each change is sent once per click and the order is loaded again
// afterwards.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(Api::ApiClient *client, const QString &orderId, QWidget *parent = nullptr);
    ~OrderDialog() override;

    const Api::Order &order() const { return m_order; }
    QTreeWidget *itemsView() const { return m_itemsView; }
    QTreeWidget *paymentsView() const { return m_paymentsView; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *dueLabel() const { return m_dueLabel; }
    OrderDetailsEditor *detailsEditor() const { return m_detailsEditor; }
    QLineEdit *emailEdit() const;
    QLineEdit *phoneEdit() const;
    // The store's catalog, loaded by chooseItemToAdd().
    Models::CatalogModel *catalog() const { return m_catalog; }
    QLineEdit *paymentAmountEdit() const { return m_amountEdit; }
    QLineEdit *transactionEdit() const { return m_transactionEdit; }

    // Loads order-details; finished() of the load emits loaded().
    void reload();
    // Sends order-update without the selected item.
    void removeSelectedItem();
    // Sends order-update with the selected item's period changed to `years`.
    void changeSelectedPeriod(int years);
    // Loads the store's catalog and asks for an item to add with OrderAddItemDialog.
    void chooseItemToAdd();
    // Sends order-update with the order's items and `item` appended under a new item id.
    void addItem(Api::OrderItemRequest item);
    // Sends order-update with every contact and invoice field of the details editor, after
    // checking the required ones.
    void saveContact();
    // Deletes the order; confirm false skips the question (for tests and scripts).
    void deleteOrder(bool confirm = true);
    void addPayment();
    void deleteSelectedPayment(bool confirm = true);

signals:
    void loaded();
    // A change was saved or failed; the status label has the text.
    void changeFinished(bool ok);
    void orderDeleted(const QString &orderId);

private:
    void showOrder();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error);
    // Runs a write command: disables the buttons until it finishes, then reloads the order.
    void runChange(Api::ApiReply *reply, const QString &doneText, bool reloadAfter = true);
    bool isEditable() const { return m_order.status() == u"new"; }

    std::unique_ptr<Api::ApiCommands> m_commands;
    QString m_orderId;
    Api::Order m_order;
    bool m_busy = false;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_itemsView = nullptr;
    QTreeWidget *m_paymentsView = nullptr;
    QLabel *m_dueLabel = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    OrderDetailsEditor *m_detailsEditor = nullptr;
    Models::CatalogModel *m_catalog = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLineEdit *m_methodEdit = nullptr;
    QLineEdit *m_transactionEdit = nullptr;
    QList<QPushButton *> m_editButtons;
    QList<QPushButton *> m_buttons;
};

} // namespace ResellerDesk::Ui
