#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;

namespace ResellerDesk::Ui {

class OrderWizard;

class OrderItemContacts;

// Fourth page: the order's contact, with countries from order-data, the invoice details and,
// for each new domain, the order's contact or one of its own.
class OrderContactPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderContactPage(OrderWizard *wizard);

    // Returns the field widget of a request name such as "firstname" or "invoice_ceo".
    QWidget *field(const QString &name) const;
    QCheckBox *invoiceCheck() const { return m_invoiceCheck; }
    OrderItemContacts *itemContacts() const { return m_itemContacts; }

    void initializePage() override;
    void cleanupPage() override { }
    bool validatePage() override;

private:
    void addText(QFormLayout *form, const QString &label, const QString &name);
    QComboBox *addCountry(QFormLayout *form, const QString &label, const QString &name);
    void setValue(const QString &name, const QString &value);
    void fillCountries();

    OrderWizard *m_wizard = nullptr;
    QCheckBox *m_invoiceCheck = nullptr;
    QGroupBox *m_invoiceBox = nullptr;
    OrderItemContacts *m_itemContacts = nullptr;
    QList<QComboBox *> m_countryCombos;
};

} // namespace ResellerDesk::Ui
