#include "ui/orderitemform.h"

#include "ui/orderwizard.h"
#include "ui/wizardfields.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/hostingrecords.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ResellerDesk::Ui {

OrderItemForm::OrderItemForm(OrderWizard *wizard, const QString &itemKey, QWidget *parent)
    : QGroupBox(parent)
    , m_wizard(wizard)
    , m_key(itemKey)
{
    const Models::DraftItem *draftItem = item();
    setTitle(tr("%1 (%2)").arg(draftItem->label, draftItem->action));
    auto *form = new QFormLayout(this);
    // Errors about the item as a whole (catalog_id, parent) show at the top of the form.
    auto *anchor = new QWidget(this);
    anchor->setFixedHeight(0);
    WizardFields::addRow(form, QString(), anchor, WizardFields::itemField(m_key, {}));

    if (draftItem->isCustom()) {
        addCustomFields(form);
        return;
    }
    addPeriodAndQuantity(form);
    if (draftItem->action != u"order") {
        form->addRow(new QLabel(tr("Resource %1 is renewed with its current details.")
                                    .arg(draftItem->resourceId.value_or(0)),
            this));
        return;
    }
    const QString productType = type();
    if (productType == u"hosting" || productType == u"server")
        addHostingFields(form, productType);
    else if (productType == u"domain")
        addDomainFields(form);
    else if (productType == u"ssl")
        addSslFields(form);
}

Models::DraftItem *OrderItemForm::item() const
{
    return m_wizard->draft().item(m_key);
}

QString OrderItemForm::type() const
{
    const std::optional<Api::CatalogNode> node = m_wizard->catalog()->node(item()->catalogId);
    return node ? m_wizard->catalog()->productType(*node) : QString();
}

QWidget *OrderItemForm::field(const QString &path) const
{
    return findChild<QWidget *>(WizardFields::itemField(m_key, path));
}

void OrderItemForm::setField(const QString &path, const QJsonValue &value)
{
    if (Models::DraftItem *draftItem = item()) {
        draftItem->fields.insert(path, value);
        m_wizard->scheduleDraftSave();
    }
}

QLineEdit *OrderItemForm::addText(QFormLayout *form, const QString &label, const QString &path)
{
    QLineEdit *edit = WizardFields::addLineEdit(
        form, label, WizardFields::itemField(m_key, path), item()->field(path));
    connect(edit, &QLineEdit::textEdited, this,
        [this, path](const QString &text) { setField(path, text); });
    return edit;
}

void OrderItemForm::bindCombo(QComboBox *combo, const QString &path)
{
    const QString saved = item()->field(path);
    if (!saved.isEmpty() && !WizardFields::selectData(combo, saved) && combo->isEditable())
        combo->setEditText(saved);
    setField(path, combo->isEditable() ? combo->currentText() : combo->currentData().toString());
    connect(combo, &QComboBox::currentTextChanged, this, [this, combo, path] {
        setField(
            path, combo->isEditable() ? combo->currentText() : combo->currentData().toString());
    });
}

QComboBox *OrderItemForm::addCountry(QFormLayout *form, const QString &label, const QString &path)
{
    auto *combo = new QComboBox(this);
    combo->addItem(QString(), QString());
    for (const Api::Country &country : m_wizard->catalog()->orderData().countries())
        combo->addItem(tr("%1 (%2)").arg(country.name(), country.key()), country.key());
    WizardFields::addRow(form, label, combo, WizardFields::itemField(m_key, path));
    bindCombo(combo, path);
    return combo;
}

void OrderItemForm::addPeriodAndQuantity(QFormLayout *form)
{
    Models::DraftItem *draftItem = item();
    auto *period = new QComboBox(this);
    for (int years : m_wizard->catalog()->periods(draftItem->catalogId, draftItem->action)) {
        const std::optional<double> price
            = m_wizard->catalog()->unitPrice(draftItem->catalogId, draftItem->action, years);
        period->addItem(tr("%n year(s), %1", nullptr, years)
                            .arg(m_wizard->catalog()->formatAmount(price.value_or(0))),
            years);
    }
    WizardFields::selectData(period, QString::number(draftItem->period));
    WizardFields::addRow(form, tr("Period:"), period, WizardFields::itemField(m_key, "period"));
    connect(period, &QComboBox::currentIndexChanged, this, [this, period] {
        item()->period = period->currentData().toInt();
        m_wizard->scheduleDraftSave();
    });

    const std::optional<Api::CatalogNode> node = m_wizard->catalog()->node(draftItem->catalogId);
    const QList<int> packages = node ? node->packages() : QList<int>();
    if (packages.isEmpty())
        return;
    auto *quantity = new QComboBox(this);
    for (int size : packages)
        quantity->addItem(QString::number(size), size);
    WizardFields::selectData(quantity, QString::number(draftItem->quantity));
    WizardFields::addRow(
        form, tr("Quantity:"), quantity, WizardFields::itemField(m_key, "quantity"));
    connect(quantity, &QComboBox::currentIndexChanged, this, [this, quantity] {
        item()->quantity = quantity->currentData().toInt();
        m_wizard->scheduleDraftSave();
    });
}

void OrderItemForm::addHostingFields(QFormLayout *form, const QString &metaKey)
{
    const QString path = metaKey + QStringLiteral(".hostname");
    addText(form, tr("Main domain:"), path)->setPlaceholderText(tr("example.com"));
    m_required.append(path);
}

void OrderItemForm::addDomainFields(QFormLayout *form)
{
    const std::optional<Api::CatalogNode> node = m_wizard->catalog()->node(item()->catalogId);
    const QString tld = m_wizard->catalog()->product(*node)->sku().toLower();
    auto *sld = addText(form, tr("Domain name (without .%1):").arg(tld), "domain.sld");
    m_required.append(QStringLiteral("domain.sld"));

    auto *action = new QComboBox(this);
    action->addItem(tr("Register a new domain"), QStringLiteral("register"));
    action->addItem(tr("Transfer from another registrar"), QStringLiteral("transfer"));
    WizardFields::addRow(
        form, tr("Action:"), action, WizardFields::itemField(m_key, "domain.action"));
    bindCombo(action, QStringLiteral("domain.action"));
    m_eppEdit = addText(form, tr("EPP code:"), "domain.epp");
    connect(action, &QComboBox::currentIndexChanged, this, &OrderItemForm::updateEppVisibility);

    m_checkButton = new QPushButton(tr("Chec&k availability"), this);
    m_checkButton->setObjectName(WizardFields::itemField(m_key, "check"));
    m_domainStatus = new QLabel(this);
    m_domainStatus->setObjectName(WizardFields::itemField(m_key, "checkStatus"));
    m_domainStatus->setWordWrap(true);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_domainStatus, 1);
    form->addRow(QString(), checkRow);
    connect(m_checkButton, &QPushButton::clicked, this, &OrderItemForm::checkDomain);
    connect(sld, &QLineEdit::editingFinished, this, [this, sld] {
        if (!sld->text().trimmed().isEmpty())
            checkDomain();
    });

    addText(form, tr("Name servers:"), "domain.nameservers")
        ->setPlaceholderText(tr("Up to 5, separated by spaces; empty for the defaults"));
    Api::Tld tldInfo;
    for (const Api::Tld &candidate : m_wizard->catalog()->orderData().tlds()) {
        if (candidate.key() == tld)
            tldInfo = candidate;
    }
    if (tldInfo.supportsIdProtect()) {
        auto *privacy = new QCheckBox(tr("WHOIS privacy"), this);
        privacy->setChecked(item()->fields.value(QStringLiteral("domain.id_protect")).toBool());
        WizardFields::addRow(
            form, QString(), privacy, WizardFields::itemField(m_key, "domain.id_protect"));
        connect(privacy, &QCheckBox::toggled, this,
            [this](bool on) { setField(QStringLiteral("domain.id_protect"), on); });
    }
    addExtraAttributes(form, tld);
    updateEppVisibility();
}

void OrderItemForm::updateEppVisibility()
{
    auto *action = qobject_cast<QComboBox *>(field(QStringLiteral("domain.action")));
    const bool transfer = action && action->currentData().toString() == u"transfer";
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_eppEdit, transfer);
    m_required.removeAll(QStringLiteral("domain.epp"));
    // Whether the TLD needs a code is known only from domain-check, so every transfer asks
    // for it.
    if (transfer)
        m_required.append(QStringLiteral("domain.epp"));
}

void OrderItemForm::addExtraAttributes(QFormLayout *form, const QString &tld)
{
    Api::Tld tldInfo;
    for (const Api::Tld &candidate : m_wizard->catalog()->orderData().tlds()) {
        if (candidate.key() == tld)
            tldInfo = candidate;
    }
    for (const Api::TldAttribute &attribute : tldInfo.extraAttributes()) {
        const QString path = QStringLiteral("domain.extra_attributes.") + attribute.name();
        const QString label = attribute.label().isEmpty() ? attribute.name() : attribute.label();
        const QString type = attribute.type();
        if (type == u"hidden") {
            // Hidden attributes are sent with their given value, as a web form would.
            if (!item()->fields.contains(path))
                setField(path, attribute.defaultValue());
            continue;
        }
        if (type == u"checkbox") {
            auto *box = new QCheckBox(label, this);
            box->setChecked(item()->field(path) == u"1");
            WizardFields::addRow(form, QString(), box, WizardFields::itemField(m_key, path));
            connect(box, &QCheckBox::toggled, this, [this, path](bool on) {
                setField(path, on ? QStringLiteral("1") : QStringLiteral("0"));
            });
        } else if (type == u"select" && attribute.selectType() == u"country") {
            addCountry(form, label + u':', path);
        } else if (type == u"select") {
            auto *combo = new QComboBox(this);
            for (const auto &[value, text] : attribute.options())
                combo->addItem(text, value);
            WizardFields::selectData(combo, attribute.defaultValue());
            WizardFields::addRow(form, label + u':', combo, WizardFields::itemField(m_key, path));
            bindCombo(combo, path);
        } else {
            QLineEdit *edit = addText(form, label + u':', path);
            edit->setPlaceholderText(attribute.placeholder());
            if (edit->text().isEmpty() && !attribute.defaultValue().isEmpty()) {
                edit->setText(attribute.defaultValue());
                setField(path, attribute.defaultValue());
            }
        }
        if (attribute.isRequired())
            m_required.append(path);
    }
}

void OrderItemForm::checkDomain()
{
    const std::optional<Api::CatalogNode> node = m_wizard->catalog()->node(item()->catalogId);
    const QString sld = item()->field(QStringLiteral("domain.sld")).trimmed().toLower();
    const QString tld = m_wizard->catalog()->product(*node)->sku().toLower();
    if (sld.isEmpty()) {
        m_domainStatus->setText(tr("Enter the domain name first."));
        return;
    }
    m_domainStatus->setText(tr("Checking %1.%2…").arg(sld, tld));
    Api::ApiReply *reply = m_wizard->commands()->domainCheck(sld, tld);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, sld] {
        reply->deleteLater();
        // A later edit makes this reply stale.
        if (item()->field(QStringLiteral("domain.sld")).trimmed().toLower() != sld)
            return;
        if (!reply->isOk()) {
            m_domainStatus->setText(reply->error().userMessage());
            return;
        }
        const Api::DomainCheckResult result(reply->data().toObject());
        QString text;
        if (result.isAvailable())
            text = tr("%1 is available to register.").arg(result.domain());
        else if (result.canTransfer())
            text = result.hasEppTransfer()
                ? tr("%1 is taken. It can be transferred with its EPP code.").arg(result.domain())
                : tr("%1 is taken. It can be transferred without an EPP code.")
                      .arg(result.domain());
        else
            text = tr("%1 is taken and cannot be transferred.").arg(result.domain());
        m_domainStatus->setText(text);
        auto *action = qobject_cast<QComboBox *>(field(QStringLiteral("domain.action")));
        if (action && !result.isAvailable() && result.canTransfer())
            WizardFields::selectData(action, QStringLiteral("transfer"));
    });
}

void OrderItemForm::addSslFields(QFormLayout *form)
{
    QLineEdit *commonName = addText(form, tr("Common name:"), "ssl.common_name");
    commonName->setPlaceholderText(tr("www.example.com"));
    m_approverCombo = new QComboBox(this);
    m_approverCombo->setEditable(true);
    WizardFields::addRow(form, tr("Approver e-mail:"), m_approverCombo,
        WizardFields::itemField(m_key, "ssl.approver_email"));
    bindCombo(m_approverCombo, QStringLiteral("ssl.approver_email"));
    connect(commonName, &QLineEdit::editingFinished, this, &OrderItemForm::loadApproverEmails);
    addText(form, tr("Organization:"), "ssl.organization");
    addText(form, tr("Organization unit:"), "ssl.organization_unit");
    addCountry(form, tr("Country:"), QStringLiteral("ssl.country"));
    addText(form, tr("City:"), "ssl.city");
    addText(form, tr("State:"), "ssl.state");
    addText(form, tr("Address:"), "ssl.address");
    addText(form, tr("Contact e-mail:"), "ssl.email");
    m_required << QStringLiteral("ssl.common_name") << QStringLiteral("ssl.approver_email")
               << QStringLiteral("ssl.organization") << QStringLiteral("ssl.organization_unit")
               << QStringLiteral("ssl.country") << QStringLiteral("ssl.city")
               << QStringLiteral("ssl.state");
    const std::optional<Api::CatalogNode> node = m_wizard->catalog()->node(item()->catalogId);
    // Sectigo EssentialSSL certificates need the organization's address as well.
    if (m_wizard->catalog()->product(*node)->sku().startsWith(u"sectigo_essential"))
        m_required << QStringLiteral("ssl.address");
}

void OrderItemForm::loadApproverEmails()
{
    const QString commonName = item()->field(QStringLiteral("ssl.common_name")).trimmed();
    if (commonName.isEmpty())
        return;
    Api::ApiReply *reply = m_wizard->commands()->sslApproverEmails(commonName);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const std::optional<QStringList> emails = reply->isOk()
            ? Api::RecordParsing::parseStringList(reply->data(), QStringLiteral("emails"), &message)
            : std::nullopt;
        if (!emails) {
            WizardFields::showError(this, WizardFields::itemField(m_key, "ssl.approver_email"),
                reply->isOk() ? message : reply->error().userMessage());
            return;
        }
        const QString typed = m_approverCombo->currentText();
        m_approverCombo->clear();
        m_approverCombo->addItems(*emails);
        m_approverCombo->setCurrentText(typed.isEmpty() ? emails->value(0) : typed);
    });
}

void OrderItemForm::addCustomFields(QFormLayout *form)
{
    addText(form, tr("Description:"), "purchase.items");
    addText(form, tr("Price (%1):").arg(m_wizard->catalog()->storeCurrency()), "price")
        ->setPlaceholderText(tr("12.50"));
    auto *quantity = new QSpinBox(this);
    quantity->setRange(1, 1000);
    quantity->setValue(item()->quantity);
    WizardFields::addRow(
        form, tr("Quantity:"), quantity, WizardFields::itemField(m_key, "quantity"));
    connect(quantity, &QSpinBox::valueChanged, this, [this](int value) {
        item()->quantity = value;
        m_wizard->scheduleDraftSave();
    });
    m_required << QStringLiteral("purchase.items") << QStringLiteral("price");
}

bool OrderItemForm::validateFields()
{
    bool valid = true;
    for (const QString &path : std::as_const(m_required)) {
        // A required checkbox, such as a registry's terms, counts only when it is checked.
        const auto *box = qobject_cast<const QCheckBox *>(field(path));
        if (box ? box->isChecked() : !item()->field(path).trimmed().isEmpty())
            continue;
        WizardFields::showError(this, WizardFields::itemField(m_key, path),
            box ? tr("Required: check this box.") : tr("Required: enter a value."));
        valid = false;
    }
    if (item()->isCustom()) {
        bool ok = false;
        const QString price = item()->field(QStringLiteral("price")).trimmed();
        const double amount = price.toDouble(&ok);
        if (!price.isEmpty() && (!ok || amount < 0)) {
            WizardFields::showError(this, WizardFields::itemField(m_key, "price"),
                tr("\"%1\" is not an amount. Enter a price such as 12.50.").arg(price));
            valid = false;
        }
    }
    return valid;
}

} // namespace ResellerDesk::Ui
