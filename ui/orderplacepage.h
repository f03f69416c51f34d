#pragma once

#include "api/apierror.h"
#include "api/orderrecords.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ResellerDesk::Ui {

class OrderWizard;

// Last page: sends order-create once, shows the placed order, then optionally creates a
// payment request with a payment processor or records a payment received (payment-add).
// When order-create's reply is lost it shows the matching recent orders and lets the user
// take one of them or confirm that none was created before sending again.
class OrderPlacePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderPlacePage(OrderWizard *wizard);

    QPushButton *placeButton() const { return m_placeButton; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *matchCombo() const { return m_matchCombo; }
    QPushButton *adoptButton() const { return m_adoptButton; }
    QPushButton *resendButton() const { return m_resendButton; }
    QComboBox *processorCombo() const { return m_processorCombo; }
    QPushButton *paymentRequestButton() const { return m_requestButton; }
    QLineEdit *paymentAmountEdit() const { return m_amountEdit; }
    QLineEdit *paymentMethodEdit() const { return m_methodEdit; }
    QLineEdit *transactionEdit() const { return m_transactionEdit; }
    QPushButton *recordPaymentButton() const { return m_recordButton; }
    QLabel *paymentStatusLabel() const { return m_paymentStatus; }

    void showError(const QString &text);

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    void placeOrder();
    void handlePlaced(const Api::OrderResult &result);
    void handleOutcomeUnknown(const QList<Api::Order> &matches, const Api::ApiError &sendError,
        const Api::ApiError &searchError);
    void loadProcessors();
    void createPaymentRequest();
    void recordPayment();
    void setStatus(const QString &text, bool error = false);

    OrderWizard *m_wizard = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_placeButton = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_unknownBox = nullptr;
    QComboBox *m_matchCombo = nullptr;
    QPushButton *m_adoptButton = nullptr;
    QPushButton *m_resendButton = nullptr;
    QList<Api::Order> m_matches;
    QGroupBox *m_paymentBox = nullptr;
    QComboBox *m_processorCombo = nullptr;
    QPushButton *m_requestButton = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLineEdit *m_methodEdit = nullptr;
    QLineEdit *m_transactionEdit = nullptr;
    QPushButton *m_recordButton = nullptr;
    QLabel *m_paymentStatus = nullptr;
};

} // namespace ResellerDesk::Ui
