#pragma once

#include "models/orderdraft.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ResellerDesk::Ui {

class OrderWizard;

// The detail fields of one order item: period and quantity, then what its product type
// needs (hosting hostname; domain name, action, EPP code, name servers, WHOIS privacy and the
// TLD's extra attributes; certificate common name, approver e-mail and organization; custom
// product description and price). Every change is written to the wizard's draft at once.
class OrderItemForm : public QGroupBox
{
    Q_OBJECT

public:
    OrderItemForm(OrderWizard *wizard, const QString &itemKey, QWidget *parent = nullptr);

    QString itemKey() const { return m_key; }
    // Finds the field widget of a request path such as "domain.sld".
    QWidget *field(const QString &path) const;
    // Checks the required fields; marks the empty ones and returns false if there is one.
    bool validateFields();

    QLabel *domainStatus() const { return m_domainStatus; }
    QPushButton *checkButton() const { return m_checkButton; }
    QComboBox *approverCombo() const { return m_approverCombo; }
    // Runs domain-check for the domain in the form and shows the result.
    void checkDomain();
    // Loads the approver e-mail addresses for the common name.
    void loadApproverEmails();

private:
    Models::DraftItem *item() const;
    QString type() const;
    void addPeriodAndQuantity(QFormLayout *form);
    void addHostingFields(QFormLayout *form, const QString &metaKey);
    void addDomainFields(QFormLayout *form);
    void addExtraAttributes(QFormLayout *form, const QString &tld);
    void addSslFields(QFormLayout *form);
    void addCustomFields(QFormLayout *form);
    QLineEdit *addText(QFormLayout *form, const QString &label, const QString &path);
    QComboBox *addCountry(QFormLayout *form, const QString &label, const QString &path);
    void bindCombo(QComboBox *combo, const QString &path);
    void setField(const QString &path, const QJsonValue &value);
    void updateEppVisibility();

    OrderWizard *m_wizard = nullptr;
    QString m_key;
    QStringList m_required;
    QLabel *m_domainStatus = nullptr;
    QPushButton *m_checkButton = nullptr;
    QComboBox *m_approverCombo = nullptr;
    QLineEdit *m_eppEdit = nullptr;
};

} // namespace ResellerDesk::Ui
