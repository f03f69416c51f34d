#include "ui/orderadditemdialog.h"

#include "models/catalogmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

// Product types this dialog can order, all of which need one text detail at most.
bool isOffered(const QString &type)
{
    return type == u"hosting" || type == u"server" || type == u"domain";
}

} // namespace

OrderAddItemDialog::OrderAddItemDialog(const Models::CatalogModel *catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Add item"));
    m_productCombo = new QComboBox(this);
    m_productCombo->setObjectName(QStringLiteral("addItemProduct"));
    // Walks the tree breadth first, so products inside top-level groups are offered too.
    QList<QModelIndex> pending { QModelIndex() };
    while (!pending.isEmpty()) {
        const QModelIndex parentIndex = pending.takeFirst();
        for (int row = 0; row < catalog->rowCount(parentIndex); ++row) {
            const QModelIndex index = catalog->index(row, 0, parentIndex);
            pending.append(index);
            const std::optional<Api::CatalogNode> node = catalog->node(index);
            if (!node || !node->catalogId())
                continue;
            const qlonglong id = *node->catalogId();
            const QString type = catalog->productType(*node);
            if (!isOffered(type) || catalog->ownerId(id)
                || catalog->periods(id, QStringLiteral("order")).isEmpty())
                continue;
            m_productCombo->addItem(tr("%1 (%2)").arg(node->name(), type), id);
        }
    }
    m_productCombo->addItem(tr("Custom product"), QVariant());
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("addItemPeriod"));
    m_detailLabel = new QLabel(this);
    m_detailEdit = new QLineEdit(this);
    m_detailEdit->setObjectName(QStringLiteral("addItemDetail"));
    m_priceLabel = new QLabel(tr("Price in %1:").arg(catalog->storeCurrency()), this);
    m_priceEdit = new QLineEdit(this);
    m_priceEdit->setObjectName(QStringLiteral("addItemPrice"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addItemError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Product:"), m_productCombo);
    form->addRow(tr("Period:"), m_periodCombo);
    form->addRow(m_detailLabel, m_detailEdit);
    form->addRow(m_priceLabel, m_priceEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderAddItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderAddItemDialog::reject);
    connect(
        m_productCombo, &QComboBox::currentIndexChanged, this, &OrderAddItemDialog::updateFields);
    updateFields();
}

QString OrderAddItemDialog::selectedType() const
{
    const QVariant id = m_productCombo->currentData();
    if (!id.isValid())
        return QStringLiteral("custom");
    const std::optional<Api::CatalogNode> node = m_catalog->node(id.toLongLong());
    return node ? m_catalog->productType(*node) : QString();
}

void OrderAddItemDialog::updateFields()
{
    const QString type = selectedType();
    const QVariant id = m_productCombo->currentData();
    m_periodCombo->clear();
    if (id.isValid()) {
        const qlonglong catalogId = id.toLongLong();
        for (int period : m_catalog->periods(catalogId, QStringLiteral("order"))) {
            const std::optional<double> price
                = m_catalog->unitPrice(catalogId, QStringLiteral("order"), period);
            m_periodCombo->addItem(tr("%n year(s), %1", nullptr, period)
                                       .arg(price ? m_catalog->formatAmount(*price) : QString()),
                period);
        }
    }
    m_periodCombo->setEnabled(id.isValid());
    if (type == u"domain") {
        const std::optional<Api::CatalogNode> node = m_catalog->node(id.toLongLong());
        const std::optional<Api::CatalogProduct> product
            = node ? m_catalog->product(*node) : std::nullopt;
        m_detailLabel->setText(
            tr("Domain name without .%1:").arg(product ? product->sku().toLower() : QString()));
    } else if (type == u"custom") {
        m_detailLabel->setText(tr("Description:"));
    } else {
        m_detailLabel->setText(tr("Hostname:"));
    }
    m_priceLabel->setVisible(type == u"custom");
    m_priceEdit->setVisible(type == u"custom");
    m_error->clear();
}

std::optional<Api::OrderItemRequest> OrderAddItemDialog::item(const QString &itemId)
{
    const QString type = selectedType();
    const QString detail = m_detailEdit->text().trimmed();
    if (detail.isEmpty()) {
        m_error->setText(tr("%1 is required: enter a value.").arg(m_detailLabel->text()));
        return std::nullopt;
    }
    Api::OrderItemRequest item;
    item.itemId = itemId;
    if (type == u"custom") {
        bool ok = false;
        const QString price = m_priceEdit->text().trimmed();
        if (price.toDouble(&ok) < 0 || !ok) {
            m_error->setText(tr("The price \"%1\" is not an amount. Enter a number such as "
                                "12.50.")
                                 .arg(price));
            return std::nullopt;
        }
        item.setCustomPurchase(detail, price);
        return item;
    }
    const qlonglong catalogId = m_productCombo->currentData().toLongLong();
    item.catalogId = catalogId;
    item.period = m_periodCombo->currentData().toInt();
    if (type == u"domain") {
        const std::optional<Api::CatalogNode> node = m_catalog->node(catalogId);
        const std::optional<Api::CatalogProduct> product
            = node ? m_catalog->product(*node) : std::nullopt;
        Api::DomainMeta domain;
        domain.sld = detail.toLower();
        domain.tld = product ? product->sku().toLower() : QString();
        domain.action = QStringLiteral("register");
        item.setDomain(domain);
    } else if (type == u"server") {
        item.setServer(detail);
    } else {
        item.setHosting(detail);
    }
    return item;
}

void OrderAddItemDialog::accept()
{
    if (item(QStringLiteral("check")))
        QDialog::accept();
}

} // namespace ResellerDesk::Ui
