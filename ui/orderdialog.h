#pragma once

#include "api/orderrecords.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// One order from the Orders tab: its items, payments and the amount still due. An order that
// the service has not processed yet (status "new") can have items removed or their period
// changed, its contact e-mail and phone edited, or be deleted. Payments can be recorded and
// deleted. Each change is sent once per click and the order is loaded again afterwards.
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
    QLineEdit *emailEdit() const { return m_emailEdit; }
    QLineEdit *phoneEdit() const { return m_phoneEdit; }
    QLineEdit *paymentAmountEdit() const { return m_amountEdit; }
    QLineEdit *transactionEdit() const { return m_transactionEdit; }

    // Loads order-details; finished() of the load emits loaded().
    void reload();
    // Sends order-update without the selected item.
    void removeSelectedItem();
    // Sends order-update with the selected item's period changed to `years`.
    void changeSelectedPeriod(int years);
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
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLineEdit *m_methodEdit = nullptr;
    QLineEdit *m_transactionEdit = nullptr;
    QList<QPushButton *> m_editButtons;
    QList<QPushButton *> m_buttons;
};

} // namespace ResellerDesk::Ui
