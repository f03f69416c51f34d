#pragma once

#include "api/apierror.h"
#include "api/orderrecords.h"
#include "api/orderrequest.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;

namespace ResellerDesk::Ui {

// The contact and invoice details of an order, as order-update accepts them: every contact
// property of the reference (job, second e-mail and fax included) and every invoice property.
// Field widgets are named like the order wizard's (WizardFields::contactField), so the
// service's errors such as required:invoice_ceo land under their field.
class OrderDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailsEditor(QWidget *parent = nullptr);

    // Fills the fields from the stored order.
    void setOrder(const Api::Order &order);
    // Returns the field widget of a request name such as "email" or "invoice_ceo".
    QWidget *field(const QString &name) const;
    QCheckBox *invoiceCheck() const { return m_invoiceCheck; }
    QPushButton *saveButton() const { return m_saveButton; }

    // Marks missing required fields and an invalid e-mail. Returns false if it marked one.
    bool validate();
    // Returns an order-update request for order with every field of the form, empty ones
    // included, so that clearing a field clears it on the service.
    Api::OrderRequest request(const Api::Order &order) const;
    // Shows the service's field errors under their fields. Returns the descriptions of the
    // messages that name no field of the form.
    QStringList showErrors(const Api::ApiError &error);
    void clearErrors();

signals:
    void saveRequested();

private:
    void addText(QFormLayout *form, const QString &label, const QString &name);
    QString text(const QString &name) const;

    QCheckBox *m_invoiceCheck = nullptr;
    QComboBox *m_invoiceType = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace ResellerDesk::Ui
