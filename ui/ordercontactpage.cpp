#include "ui/ordercontactpage.h"

#include "ui/orderitemcontacts.h"
#include "ui/orderwizard.h"
#include "ui/wizardfields.h"

#include "models/catalogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

OrderContactPage::OrderContactPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Contact"));
    setSubTitle(tr("The order's contact receives the service e-mails. Fields marked * are "
                   "required."));
    auto *contactBox = new QGroupBox(tr("Contact"), this);
    auto *contactForm = new QFormLayout(contactBox);
    addText(contactForm, tr("First name *:"), QStringLiteral("firstname"));
    addText(contactForm, tr("Last name *:"), QStringLiteral("lastname"));
    addText(contactForm, tr("Company:"), QStringLiteral("company"));
    addText(contactForm, tr("Address *:"), QStringLiteral("address"));
    addText(contactForm, tr("Address line 2:"), QStringLiteral("address2"));
    addText(contactForm, tr("City *:"), QStringLiteral("city"));
    addText(contactForm, tr("State *:"), QStringLiteral("state"));
    addText(contactForm, tr("ZIP code *:"), QStringLiteral("zip"));
    addCountry(contactForm, tr("Country *:"), QStringLiteral("country"));
    addText(contactForm, tr("E-mail *:"), QStringLiteral("email"));
    addCountry(contactForm, tr("Phone country *:"), QStringLiteral("phone_country"));
    addText(contactForm, tr("Phone *:"), QStringLiteral("phone"));

    m_invoiceBox = new QGroupBox(tr("Invoice"), this);
    auto *invoiceForm = new QFormLayout(m_invoiceBox);
    m_invoiceCheck = new QCheckBox(tr("The client requests an invoice"), m_invoiceBox);
    m_invoiceCheck->setObjectName(WizardFields::contactField(QStringLiteral("invoice_request")));
    invoiceForm->addRow(m_invoiceCheck);
    auto *invoiceType = new QComboBox(m_invoiceBox);
    invoiceType->addItem(tr("Personal"), QStringLiteral("personal"));
    invoiceType->addItem(tr("Business"), QStringLiteral("business"));
    WizardFields::addRow(invoiceForm, tr("Invoice type:"), invoiceType,
        WizardFields::contactField(QStringLiteral("invoice_type")));
    connect(invoiceType, &QComboBox::currentIndexChanged, this, [this, invoiceType] {
        setValue(QStringLiteral("invoice_type"), invoiceType->currentData().toString());
    });
    addText(invoiceForm, tr("Name on the invoice:"), QStringLiteral("invoice_name"));
    addText(invoiceForm, tr("CEO (business):"), QStringLiteral("invoice_ceo"));
    addText(invoiceForm, tr("Identity number:"), QStringLiteral("invoice_identity"));
    addText(invoiceForm, tr("VAT number:"), QStringLiteral("invoice_vat_number"));
    addCountry(invoiceForm, tr("Invoice country:"), QStringLiteral("invoice_country"));
    addText(invoiceForm, tr("Invoice address:"), QStringLiteral("invoice_address"));
    connect(m_invoiceCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->draft().contact.insert(QStringLiteral("invoice_request"), on);
        m_wizard->scheduleDraftSave();
    });

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *columns = new QHBoxLayout();
    columns->addWidget(contactBox, 1);
    columns->addWidget(m_invoiceBox, 1);
    columns->setAlignment(m_invoiceBox, Qt::AlignTop);
    columns->setAlignment(contactBox, Qt::AlignTop);
    contentLayout->addLayout(columns);
    m_itemContacts = new OrderItemContacts(wizard, content);
    contentLayout->addWidget(m_itemContacts);
    contentLayout->addStretch();
    auto *scrollArea = new QScrollArea(this);
    scrollArea->setWidgetResizable(true);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);
}

QWidget *OrderContactPage::field(const QString &name) const
{
    return findChild<QWidget *>(WizardFields::contactField(name));
}

void OrderContactPage::setValue(const QString &name, const QString &value)
{
    m_wizard->draft().contact.insert(name, value);
    m_wizard->scheduleDraftSave();
}

void OrderContactPage::addText(QFormLayout *form, const QString &label, const QString &name)
{
    QLineEdit *edit = WizardFields::addLineEdit(form, label, WizardFields::contactField(name));
    connect(edit, &QLineEdit::textEdited, this,
        [this, name](const QString &text) { setValue(name, text); });
}

QComboBox *OrderContactPage::addCountry(
    QFormLayout *form, const QString &label, const QString &name)
{
    auto *combo = new QComboBox(form->parentWidget());
    WizardFields::addRow(form, label, combo, WizardFields::contactField(name));
    connect(combo, &QComboBox::currentIndexChanged, this,
        [this, combo, name] { setValue(name, combo->currentData().toString()); });
    m_countryCombos.append(combo);
    return combo;
}

void OrderContactPage::fillCountries()
{
    const QList<Api::Country> countries = m_wizard->catalog()->orderData().countries();
    for (QComboBox *combo : std::as_const(m_countryCombos))
        WizardFields::fillCountries(
            combo, countries, combo->objectName().endsWith(u"phone_country"));
}

void OrderContactPage::initializePage()
{
    fillCountries();
    const QJsonObject &contact = m_wizard->draft().contact;
    for (auto it = contact.constBegin(); it != contact.constEnd(); ++it) {
        QWidget *widget = field(it.key());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setText(it.value().toString());
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            WizardFields::selectData(combo, it.value().toString());
    }
    m_invoiceCheck->setChecked(contact.value(QStringLiteral("invoice_request")).toBool());
    m_itemContacts->rebuild();
}

bool OrderContactPage::validatePage()
{
    WizardFields::clearErrors(this);
    QJsonObject &contact = m_wizard->draft().contact;
    // The phone country defaults to the contact's country, as most clients live there.
    if (contact.value(QStringLiteral("phone_country")).toString().isEmpty()) {
        const QString country = contact.value(QStringLiteral("country")).toString();
        contact.insert(QStringLiteral("phone_country"), country);
        if (auto *combo = qobject_cast<QComboBox *>(field(QStringLiteral("phone_country"))))
            WizardFields::selectData(combo, country);
    }
    if (m_invoiceCheck->isChecked()) {
        auto *type = qobject_cast<QComboBox *>(field(QStringLiteral("invoice_type")));
        contact.insert(QStringLiteral("invoice_type"), type->currentData().toString());
    }
    bool valid = WizardFields::checkContact(this, contact, &WizardFields::contactField);
    if (m_invoiceCheck->isChecked()
        && contact.value(QStringLiteral("invoice_type")).toString() == u"business"
        && contact.value(QStringLiteral("invoice_ceo")).toString().trimmed().isEmpty()) {
        WizardFields::showError(this, WizardFields::contactField(QStringLiteral("invoice_ceo")),
            tr("Required for a business invoice: enter a value."));
        valid = false;
    }
    valid = m_itemContacts->validate() && valid;
    m_wizard->saveDraftNow();
    return valid;
}

} // namespace ResellerDesk::Ui
