#include "ui/orderitemcontacts.h"

#include "ui/orderwizard.h"
#include "ui/wizardfields.h"

#include "models/catalogmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

struct ContactProperty
{
    const char *name;
    const char *label;
    bool country;
};

// The properties of an item contact in the reference's order, with the order contact's labels.
constexpr ContactProperty contactProperties[] = {
    { "firstname", QT_TRANSLATE_NOOP("OrderItemContacts", "First name *:"), false },
    { "lastname", QT_TRANSLATE_NOOP("OrderItemContacts", "Last name *:"), false },
    { "company", QT_TRANSLATE_NOOP("OrderItemContacts", "Company:"), false },
    { "address", QT_TRANSLATE_NOOP("OrderItemContacts", "Address *:"), false },
    { "address2", QT_TRANSLATE_NOOP("OrderItemContacts", "Address line 2:"), false },
    { "city", QT_TRANSLATE_NOOP("OrderItemContacts", "City *:"), false },
    { "state", QT_TRANSLATE_NOOP("OrderItemContacts", "State *:"), false },
    { "zip", QT_TRANSLATE_NOOP("OrderItemContacts", "ZIP code *:"), false },
    { "country", QT_TRANSLATE_NOOP("OrderItemContacts", "Country *:"), true },
    { "email", QT_TRANSLATE_NOOP("OrderItemContacts", "E-mail *:"), false },
    { "phone_country", QT_TRANSLATE_NOOP("OrderItemContacts", "Phone country *:"), true },
    { "phone", QT_TRANSLATE_NOOP("OrderItemContacts", "Phone *:"), false },
};

QString contactPath(const QString &property)
{
    return QStringLiteral("contact.") + property;
}

} // namespace

OrderItemContacts::OrderItemContacts(OrderWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_wizard(wizard)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void OrderItemContacts::rebuild()
{
    // The boxes read their values from the draft, so building them again loses nothing.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_itemCount = 0;
    const Models::CatalogModel *catalog = m_wizard->catalog();
    for (const Models::DraftItem &item : std::as_const(m_wizard->draft().items)) {
        const std::optional<Api::CatalogNode> node = catalog->node(item.catalogId);
        if (item.action != u"order" || !node || catalog->productType(*node) != u"domain")
            continue;
        const QString sld = item.field(QStringLiteral("domain.sld")).trimmed();
        const QString tld = item.field(QStringLiteral("domain.tld")).trimmed();
        const QString name = sld.isEmpty() ? item.label : sld + u'.' + tld;
        m_layout->addWidget(addItemBox(item.key, tr("Contact of %1").arg(name)));
        ++m_itemCount;
    }
    setVisible(m_itemCount > 0);
}

QWidget *OrderItemContacts::addItemBox(const QString &itemKey, const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto *boxLayout = new QFormLayout(box);
    auto *mode = new QComboBox(box);
    mode->addItem(tr("The order's contact"), false);
    mode->addItem(tr("A contact of its own (registrant, admin and tech)"), true);
    WizardFields::addRow(boxLayout, tr("Domain contact:"), mode,
        WizardFields::itemField(itemKey, QStringLiteral("contact")));

    auto *fields = new QWidget(box);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    boxLayout->addRow(fields);
    const QList<Api::Country> countries = m_wizard->catalog()->orderData().countries();
    const Models::DraftItem *item = m_wizard->draft().item(itemKey);
    const QJsonObject contact = item ? item->contact : QJsonObject();
    for (const ContactProperty &property : contactProperties) {
        const QString name = QString::fromLatin1(property.name);
        const QString fieldName = WizardFields::itemField(itemKey, contactPath(name));
        const QString value = contact.value(name).toString();
        const QString label = tr(property.label);
        if (property.country) {
            auto *combo = new QComboBox(fields);
            WizardFields::addRow(form, label, combo, fieldName);
            WizardFields::fillCountries(combo, countries, name == u"phone_country");
            WizardFields::selectData(combo, value);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, itemKey, name, combo] {
                if (Models::DraftItem *changed = m_wizard->draft().item(itemKey)) {
                    changed->contact.insert(name, combo->currentData().toString());
                    m_wizard->scheduleDraftSave();
                }
            });
            continue;
        }
        QLineEdit *edit = WizardFields::addLineEdit(form, label, fieldName, value);
        connect(edit, &QLineEdit::textEdited, this, [this, itemKey, name](const QString &text) {
            if (Models::DraftItem *changed = m_wizard->draft().item(itemKey)) {
                changed->contact.insert(name, text);
                m_wizard->scheduleDraftSave();
            }
        });
    }
    const bool own = !contact.isEmpty();
    mode->setCurrentIndex(own ? 1 : 0);
    fields->setVisible(own);
    connect(mode, &QComboBox::currentIndexChanged, this, [this, itemKey, mode, fields] {
        setOwnContact(itemKey, mode->currentData().toBool(), fields);
    });
    return box;
}

void OrderItemContacts::setOwnContact(const QString &itemKey, bool own, QWidget *fields)
{
    Models::DraftItem *item = m_wizard->draft().item(itemKey);
    if (!item)
        return;
    fields->setVisible(own);
    if (!own) {
        item->contact = QJsonObject();
        m_wizard->scheduleDraftSave();
        return;
    }
    // An own contact starts as a copy of the order's contact, since most differ in a few
    // fields. Every property is present, so a non-empty object is what marks "own".
    const QJsonObject &orderContact = m_wizard->draft().contact;
    QJsonObject contact;
    for (const ContactProperty &property : contactProperties) {
        const QString name = QString::fromLatin1(property.name);
        const QString value = orderContact.value(name).toString();
        contact.insert(name, value);
        const QString fieldName = WizardFields::itemField(itemKey, contactPath(name));
        QWidget *widget = fields->findChild<QWidget *>(fieldName);
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setText(value);
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            const QSignalBlocker blocker(combo);
            WizardFields::selectData(combo, value);
        }
    }
    item->contact = contact;
    m_wizard->scheduleDraftSave();
}

bool OrderItemContacts::validate()
{
    bool valid = true;
    for (Models::DraftItem &item : m_wizard->draft().items) {
        if (item.contact.isEmpty())
            continue;
        const QString key = item.key;
        // The phone country defaults to the contact's country, as on the order's contact. An
        // own contact copied before the order page filled in its phone country has none.
        const QString phoneCountry = QStringLiteral("phone_country");
        if (item.contact.value(phoneCountry).toString().isEmpty()) {
            const QString country = item.contact.value(QStringLiteral("country")).toString();
            item.contact.insert(phoneCountry, country);
            const QString fieldName = WizardFields::itemField(key, contactPath(phoneCountry));
            if (auto *combo = findChild<QComboBox *>(fieldName)) {
                const QSignalBlocker blocker(combo);
                WizardFields::selectData(combo, country);
            }
        }
        valid = WizardFields::checkContact(this, item.contact, [key](const QString &property) {
            return WizardFields::itemField(key, contactPath(property));
        }) && valid;
    }
    return valid;
}

} // namespace ResellerDesk::Ui
