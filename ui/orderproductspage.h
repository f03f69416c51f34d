#pragma once

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace ResellerDesk::Ui {

class OrderWizard;

// Second page: products picked from the catalog tree into the order. A hosting plan's
// children (a discounted domain, extra traffic, an SSL certificate) go under the plan's item
// and count against their group's minimum and maximum. Custom products and renewals and
// upgrades of existing resources are added here too.
class OrderProductsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderProductsPage(OrderWizard *wizard);

    QTreeView *catalogView() const { return m_catalogView; }
    QTreeWidget *cartView() const { return m_cartView; }

    // Adds the catalog node as an order item. A child node goes under parentKey, or under the
    // selected or first item that orders its owner. Returns the new item's key, or an empty
    // string after showing why it cannot be added.
    QString addCatalogItem(qlonglong catalogId, const QString &parentKey = {});
    QString addCustomItem();
    // Adds a renewal of resourceId with the catalog node's renewal prices.
    QString addRenewalItem(qlonglong catalogId, qlonglong resourceId);
    // Adds an upgrade of resourceId to the catalog node's plan, priced with its order prices.
    QString addUpgradeItem(qlonglong catalogId, qlonglong resourceId, const QString &label = {});
    // Makes "Upgrade existing…" upgrade this resource to the plan selected in the catalog,
    // instead of asking for a resource id, and says so in the message line.
    void setUpgradeTarget(qlonglong resourceId, const QString &label);
    // Adds an upgrade to the selected catalog node, of the resource set by setUpgradeTarget()
    // or one whose id the user enters.
    void upgradeSelected();
    void removeItem(const QString &key);

    void refreshCart();
    void showMessage(const QString &text);
    QString message() const;

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;
    bool validatePage() override;

private:
    void addSelected();
    void renewSelected();
    QString addResourceItem(qlonglong catalogId, qlonglong resourceId, const QString &action,
        const QString &label);
    // Returns the catalog id selected in the catalog view, after a message if there is none.
    std::optional<qlonglong> selectedCatalogId(const QString &missingMessage);
    QString selectedCartKey() const;
    // Checks the group minimum and maximum of every plan in the order.
    QStringList groupProblems() const;

    OrderWizard *m_wizard = nullptr;
    QTreeView *m_catalogView = nullptr;
    QTreeWidget *m_cartView = nullptr;
    QLabel *m_message = nullptr;
    struct UpgradeTarget
    {
        qlonglong resourceId = 0;
        QString label;
    };
    std::optional<UpgradeTarget> m_upgradeTarget;
};

} // namespace ResellerDesk::Ui
