#include "ui/orderdetailseditor.h"

#include "ui/wizardfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

// An empty text that is not null: OrderRequest leaves null texts out of the request, and an
// empty field must reach the service to clear the stored value.
QString sentText(const QString &value)
{
    return value.isNull() ? QString(0, QChar()) : value;
}

} // namespace

OrderDetailsEditor::OrderDetailsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *contactBox = new QGroupBox(tr("Contact"), this);
    auto *contactForm = new QFormLayout(contactBox);
    addText(contactForm, tr("First name *:"), QStringLiteral("firstname"));
    addText(contactForm, tr("Last name *:"), QStringLiteral("lastname"));
    addText(contactForm, tr("Company:"), QStringLiteral("company"));
    addText(contactForm, tr("Job title:"), QStringLiteral("job"));
    addText(contactForm, tr("Address *:"), QStringLiteral("address"));
    addText(contactForm, tr("Address line 2:"), QStringLiteral("address2"));
    addText(contactForm, tr("City *:"), QStringLiteral("city"));
    addText(contactForm, tr("State *:"), QStringLiteral("state"));
    addText(contactForm, tr("ZIP code *:"), QStringLiteral("zip"));
    addText(contactForm, tr("Country code *:"), QStringLiteral("country"));

    auto *reachBox = new QGroupBox(tr("E-mail and phone"), this);
    auto *reachForm = new QFormLayout(reachBox);
    addText(reachForm, tr("E-mail *:"), QStringLiteral("email"));
    addText(reachForm, tr("Second e-mail:"), QStringLiteral("email2"));
    addText(reachForm, tr("Phone country code *:"), QStringLiteral("phone_country"));
    addText(reachForm, tr("Phone *:"), QStringLiteral("phone"));
    addText(reachForm, tr("Fax country code:"), QStringLiteral("fax_country"));
    addText(reachForm, tr("Fax:"), QStringLiteral("fax"));

    auto *invoiceBox = new QGroupBox(tr("Invoice"), this);
    auto *invoiceForm = new QFormLayout(invoiceBox);
    m_invoiceCheck = new QCheckBox(tr("The client requests an invoice"), invoiceBox);
    m_invoiceCheck->setObjectName(WizardFields::contactField(QStringLiteral("invoice_request")));
    invoiceForm->addRow(m_invoiceCheck);
    m_invoiceType = new QComboBox(invoiceBox);
    m_invoiceType->addItem(tr("Not set"), QString());
    m_invoiceType->addItem(tr("Personal"), QStringLiteral("personal"));
    m_invoiceType->addItem(tr("Business"), QStringLiteral("business"));
    WizardFields::addRow(invoiceForm, tr("Invoice type:"), m_invoiceType,
        WizardFields::contactField(QStringLiteral("invoice_type")));
    addText(invoiceForm, tr("Name on the invoice:"), QStringLiteral("invoice_name"));
    addText(invoiceForm, tr("CEO (business):"), QStringLiteral("invoice_ceo"));
    addText(invoiceForm, tr("Identity number:"), QStringLiteral("invoice_identity"));
    addText(invoiceForm, tr("VAT number:"), QStringLiteral("invoice_vat_number"));
    addText(invoiceForm, tr("Invoice country code:"), QStringLiteral("invoice_country"));
    addText(invoiceForm, tr("Invoice address:"), QStringLiteral("invoice_address"));
    m_saveButton = new QPushButton(tr("&Save contact and invoice"), this);
    m_saveButton->setObjectName(QStringLiteral("saveContact"));
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &OrderDetailsEditor::saveRequested);

    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(reachBox);
    rightColumn->addWidget(invoiceBox);
    rightColumn->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(contactBox, 1, Qt::AlignTop);
    columns->addLayout(rightColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_saveButton, 0, Qt::AlignRight);
}

void OrderDetailsEditor::addText(QFormLayout *form, const QString &label, const QString &name)
{
    WizardFields::addLineEdit(form, label, WizardFields::contactField(name));
}

QWidget *OrderDetailsEditor::field(const QString &name) const
{
    return findChild<QWidget *>(WizardFields::contactField(name));
}

QString OrderDetailsEditor::text(const QString &name) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(field(name));
    return edit ? sentText(edit->text().trimmed()) : QString();
}

void OrderDetailsEditor::setOrder(const Api::Order &order)
{
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        const QString name = edit->objectName().section(u':', 1);
        edit->setText(order.text(name));
    }
    m_invoiceCheck->setChecked(order.invoiceRequested());
    WizardFields::selectData(m_invoiceType, order.invoiceType());
    clearErrors();
}

bool OrderDetailsEditor::validate()
{
    clearErrors();
    QJsonObject contact;
    for (const QString &name : WizardFields::requiredContactFields())
        contact.insert(name, text(name));
    bool valid = WizardFields::checkContact(this, contact, &WizardFields::contactField);
    // The reference: "when set to business, invoice_ceo becomes required".
    if (m_invoiceType->currentData().toString() == u"business"
        && text(QStringLiteral("invoice_ceo")).isEmpty()) {
        WizardFields::showError(this, WizardFields::contactField(QStringLiteral("invoice_ceo")),
            tr("Required for a business invoice: enter a value."));
        valid = false;
    }
    return valid;
}

Api::OrderRequest OrderDetailsEditor::request(const Api::Order &order) const
{
    Api::OrderRequest request;
    request.orderId = order.orderId();
    request.storeId = order.storeId();
    Api::ContactDetails &contact = request.contact;
    contact.firstName = text(QStringLiteral("firstname"));
    contact.lastName = text(QStringLiteral("lastname"));
    contact.company = text(QStringLiteral("company"));
    contact.job = text(QStringLiteral("job"));
    contact.address = text(QStringLiteral("address"));
    contact.address2 = text(QStringLiteral("address2"));
    contact.city = text(QStringLiteral("city"));
    contact.state = text(QStringLiteral("state"));
    contact.zip = text(QStringLiteral("zip"));
    contact.country = text(QStringLiteral("country")).toUpper();
    contact.email = text(QStringLiteral("email"));
    contact.email2 = text(QStringLiteral("email2"));
    contact.phoneCountry = text(QStringLiteral("phone_country")).toUpper();
    contact.phone = text(QStringLiteral("phone"));
    contact.faxCountry = text(QStringLiteral("fax_country")).toUpper();
    contact.fax = text(QStringLiteral("fax"));
    request.invoiceRequest = m_invoiceCheck->isChecked();
    request.invoiceType = sentText(m_invoiceType->currentData().toString());
    request.invoiceName = text(QStringLiteral("invoice_name"));
    request.invoiceCeo = text(QStringLiteral("invoice_ceo"));
    request.invoiceIdentity = text(QStringLiteral("invoice_identity"));
    request.invoiceVatNumber = text(QStringLiteral("invoice_vat_number"));
    request.invoiceCountry = text(QStringLiteral("invoice_country")).toUpper();
    request.invoiceAddress = text(QStringLiteral("invoice_address"));
    return request;
}

QStringList OrderDetailsEditor::showErrors(const Api::ApiError &error)
{
    clearErrors();
    QStringList unplaced;
    for (const Api::ApiMessage &message : error.messages) {
        if (!message.isError())
            continue;
        const QString path = message.code.section(u':', 1);
        if (path.isEmpty()
            || !WizardFields::showError(this, WizardFields::contactField(path), message.describe()))
            unplaced.append(message.describe());
    }
    return unplaced;
}

void OrderDetailsEditor::clearErrors()
{
    WizardFields::clearErrors(this);
}

} // namespace ResellerDesk::Ui
