#include "ui/orderproductspage.h"

#include "ui/orderwizard.h"

#include "models/catalogmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace ResellerDesk::Ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

} // namespace

OrderProductsPage::OrderProductsPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Products"));
    setSubTitle(tr("Add products from the catalog. Select a plan in the order before adding "
                   "its options, such as a discounted domain."));
    m_catalogView = new QTreeView(this);
    m_catalogView->setObjectName(QStringLiteral("catalogView"));
    m_catalogView->setModel(m_wizard->catalog());
    m_catalogView->setColumnHidden(Models::CatalogModel::RenewalPriceColumn, true);
    m_catalogView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cartView = new QTreeWidget(this);
    m_cartView->setObjectName(QStringLiteral("cartView"));
    m_cartView->setHeaderLabels({ tr("Order item"), tr("Action") });
    m_cartView->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *addButton = new QPushButton(tr("&Add to order"), this);
    addButton->setObjectName(QStringLiteral("addProduct"));
    auto *renewButton = new QPushButton(tr("&Renew existing…"), this);
    renewButton->setToolTip(tr("Renew an existing resource with the selected product"));
    auto *upgradeButton = new QPushButton(tr("&Upgrade existing…"), this);
    upgradeButton->setObjectName(QStringLiteral("upgradeExisting"));
    upgradeButton->setToolTip(tr("Upgrade an existing account to the selected plan"));
    auto *customButton = new QPushButton(tr("&Custom product"), this);
    customButton->setObjectName(QStringLiteral("addCustom"));
    auto *removeButton = new QPushButton(tr("Re&move"), this);
    removeButton->setObjectName(QStringLiteral("removeItem"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("productsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(renewButton);
    buttons->addWidget(upgradeButton);
    buttons->addWidget(customButton);
    buttons->addStretch();
    buttons->addWidget(removeButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_catalogView);
    splitter->addWidget(m_cartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(addButton, &QPushButton::clicked, this, &OrderProductsPage::addSelected);
    connect(m_catalogView, &QTreeView::doubleClicked, this, &OrderProductsPage::addSelected);
    connect(renewButton, &QPushButton::clicked, this, &OrderProductsPage::renewSelected);
    connect(upgradeButton, &QPushButton::clicked, this, &OrderProductsPage::upgradeSelected);
    connect(customButton, &QPushButton::clicked, this, &OrderProductsPage::addCustomItem);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const QString key = selectedCartKey();
        if (!key.isEmpty())
            removeItem(key);
    });
}

void OrderProductsPage::initializePage()
{
    m_catalogView->expandToDepth(0);
    refreshCart();
}

void OrderProductsPage::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString OrderProductsPage::message() const
{
    return m_message->text();
}

QString OrderProductsPage::selectedCartKey() const
{
    const QTreeWidgetItem *current = m_cartView->currentItem();
    return current ? current->data(0, KeyRole).toString() : QString();
}

void OrderProductsPage::addSelected()
{
    const QModelIndex index = m_catalogView->currentIndex();
    const QVariant id = index.siblingAtColumn(0).data(Models::CatalogModel::CatalogIdRole);
    if (!id.isValid()) {
        showMessage(tr("Select a product in the catalog first."));
        return;
    }
    addCatalogItem(id.toLongLong(), selectedCartKey());
}

QString OrderProductsPage::addCatalogItem(qlonglong catalogId, const QString &parentKey)
{
    Models::CatalogModel *catalog = m_wizard->catalog();
    Models::OrderDraft &draft = m_wizard->draft();
    const std::optional<Api::CatalogNode> node = catalog->node(catalogId);
    if (!node) {
        showMessage(tr("Catalog node %1 does not exist in this store.").arg(catalogId));
        return {};
    }
    if (catalog->productType(*node) == u"group") {
        showMessage(tr("%1 is a group. Add one of its products instead.").arg(node->name()));
        return {};
    }
    Models::DraftItem item;
    item.key = draft.nextKey();
    item.catalogId = catalogId;
    item.label = node->name();
    if (const std::optional<qlonglong> owner = catalog->ownerId(catalogId)) {
        // Children are sold with their plan only, so they need the plan's item as parent.
        const auto ordersOwner = [&](const QString &key) {
            const Models::DraftItem *candidate = draft.item(key);
            return candidate && candidate->catalogId == *owner && candidate->action == u"order";
        };
        QString parent = ordersOwner(parentKey) ? parentKey : QString();
        for (const Models::DraftItem &existing : std::as_const(draft.items)) {
            if (parent.isEmpty() && ordersOwner(existing.key))
                parent = existing.key;
        }
        if (parent.isEmpty()) {
            showMessage(tr("%1 is sold with %2 only. Add %2 to the order first.")
                            .arg(node->name(), catalog->node(*owner)->name()));
            return {};
        }
        item.parentKey = parent;
    }
    const QList<int> periods = catalog->periods(catalogId, item.action);
    item.period = periods.isEmpty() ? 1 : periods.first();
    const QList<int> packages = node->packages();
    if (!packages.isEmpty())
        item.quantity = packages.first();
    draft.items.append(item);
    showMessage({});
    refreshCart();
    m_wizard->scheduleDraftSave();
    return item.key;
}

QString OrderProductsPage::addCustomItem()
{
    Models::DraftItem item;
    item.key = m_wizard->draft().nextKey();
    item.action = QStringLiteral("purchase");
    item.label = tr("Custom product");
    m_wizard->draft().items.append(item);
    refreshCart();
    m_wizard->scheduleDraftSave();
    return item.key;
}

QString OrderProductsPage::addRenewalItem(qlonglong catalogId, qlonglong resourceId)
{
    return addResourceItem(catalogId, resourceId, QStringLiteral("renewal"), {});
}

QString OrderProductsPage::addUpgradeItem(
    qlonglong catalogId, qlonglong resourceId, const QString &label)
{
    return addResourceItem(catalogId, resourceId, QStringLiteral("upgrade"), label);
}

QString OrderProductsPage::addResourceItem(
    qlonglong catalogId, qlonglong resourceId, const QString &action, const QString &label)
{
    const bool renewal = action == u"renewal";
    const std::optional<Api::CatalogNode> node = m_wizard->catalog()->node(catalogId);
    const QList<int> periods = m_wizard->catalog()->periods(catalogId, action);
    if (!node || periods.isEmpty()) {
        showMessage(renewal ? tr("Catalog node %1 has no renewal price. Select a product that "
                                 "can be renewed.")
                                  .arg(catalogId)
                            : tr("Catalog node %1 has no order price, so nothing can be "
                                 "upgraded to it. Select a plan.")
                                  .arg(catalogId));
        return {};
    }
    const QString resource = label.isEmpty() ? tr("resource %1").arg(resourceId) : label;
    Models::DraftItem item;
    item.key = m_wizard->draft().nextKey();
    item.catalogId = catalogId;
    item.action = action;
    item.resourceId = resourceId;
    item.period = periods.first();
    item.label = renewal ? tr("Renewal of %1 (%2)").arg(node->name(), resource)
                         : tr("Upgrade of %1 to %2").arg(resource, node->name());
    m_wizard->draft().items.append(item);
    showMessage({});
    refreshCart();
    m_wizard->scheduleDraftSave();
    return item.key;
}

std::optional<qlonglong> OrderProductsPage::selectedCatalogId(const QString &missingMessage)
{
    const QVariant id = m_catalogView->currentIndex().siblingAtColumn(0).data(
        Models::CatalogModel::CatalogIdRole);
    if (!id.isValid()) {
        showMessage(missingMessage);
        return std::nullopt;
    }
    return id.toLongLong();
}

void OrderProductsPage::renewSelected()
{
    const std::optional<qlonglong> catalogId
        = selectedCatalogId(tr("Select the product to renew in the catalog first."));
    if (!catalogId)
        return;
    bool ok = false;
    const int resourceId = QInputDialog::getInt(this, tr("Renew"),
        tr("Resource id of the account, domain or certificate:"), 1, 1,
        std::numeric_limits<int>::max(), 1, &ok);
    if (ok)
        addRenewalItem(*catalogId, resourceId);
}

void OrderProductsPage::setUpgradeTarget(qlonglong resourceId, const QString &label)
{
    m_upgradeTarget = UpgradeTarget { resourceId, label };
    showMessage(tr("Select the plan to upgrade %1 to in the catalog, then press Upgrade "
                   "existing.")
                    .arg(label));
}

void OrderProductsPage::upgradeSelected()
{
    const std::optional<qlonglong> catalogId
        = selectedCatalogId(tr("Select the plan to upgrade to in the catalog first."));
    if (!catalogId)
        return;
    if (m_upgradeTarget) {
        const UpgradeTarget target = *m_upgradeTarget;
        if (!addUpgradeItem(*catalogId, target.resourceId, target.label).isEmpty())
            m_upgradeTarget.reset();
        return;
    }
    bool ok = false;
    const int resourceId = QInputDialog::getInt(this, tr("Upgrade"),
        tr("Resource id of the hosting account:"), 1, 1, std::numeric_limits<int>::max(), 1, &ok);
    if (ok)
        addUpgradeItem(*catalogId, resourceId);
}

void OrderProductsPage::removeItem(const QString &key)
{
    m_wizard->draft().removeItem(key);
    refreshCart();
    m_wizard->scheduleDraftSave();
}

void OrderProductsPage::refreshCart()
{
    m_cartView->clear();
    QHash<QString, QTreeWidgetItem *> byKey;
    const Models::OrderDraft &draft = m_wizard->draft();
    // Parents come before their children in the draft, because children need them to exist.
    for (const Models::DraftItem &item : draft.items) {
        QTreeWidgetItem *parent = byKey.value(item.parentKey);
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_cartView);
        row->setText(0, item.label);
        row->setText(1, item.action);
        row->setData(0, KeyRole, item.key);
        byKey.insert(item.key, row);
    }
    m_cartView->expandAll();
    emit completeChanged();
}

QStringList OrderProductsPage::groupProblems() const
{
    QStringList problems;
    const Models::CatalogModel *catalog = m_wizard->catalog();
    const Models::OrderDraft &draft = m_wizard->draft();
    for (const Models::DraftItem &plan : draft.items) {
        if (plan.action != u"order" || plan.catalogId == 0)
            continue;
        const std::optional<Api::CatalogNode> node = catalog->node(plan.catalogId);
        if (!node)
            continue;
        for (const Api::CatalogNode &group : node->children()) {
            if (catalog->productType(group) != u"group")
                continue;
            int count = 0;
            for (const Models::DraftItem *child : draft.children(plan.key)) {
                const std::optional<Api::CatalogNode> parent
                    = catalog->parentNode(child->catalogId);
                if (parent && parent->catalogId() == group.catalogId())
                    ++count;
            }
            const int min = group.minQuantity().value_or(0);
            const std::optional<int> max = group.maxQuantity();
            if (count < min)
                problems.append(tr("%1 needs at least %n item(s) of %2.", nullptr, min)
                                    .arg(plan.label, group.name()));
            if (max && count > *max)
                problems.append(tr("%1 allows at most %n item(s) of %2.", nullptr, *max)
                                    .arg(plan.label, group.name()));
        }
    }
    return problems;
}

bool OrderProductsPage::isComplete() const
{
    return !m_wizard->draft().items.isEmpty();
}

bool OrderProductsPage::validatePage()
{
    const QStringList problems = groupProblems();
    showMessage(problems.join(u'\n'));
    return problems.isEmpty();
}

} // namespace ResellerDesk::Ui
