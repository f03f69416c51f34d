#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace ResellerDesk::Ui {

class OrderWizard;

// Second page: products picked from the catalog tree into the order. A hosting plan's
// children (a discounted domain, extra traffic, an SSL certificate) go under the plan's item
// and count against their group's minimum and maximum. Custom products and renewals of
// existing resources are added here too.
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
    QString selectedCartKey() const;
    // Checks the group minimum and maximum of every plan in the order.
    QStringList groupProblems() const;

    OrderWizard *m_wizard = nullptr;
    QTreeView *m_catalogView = nullptr;
    QTreeWidget *m_cartView = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ResellerDesk::Ui
