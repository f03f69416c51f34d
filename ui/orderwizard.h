#pragma once

#include "models/orderdraft.h"

#include "api/apierror.h"

#include <QWizard>

#include <memory>

class QTimer;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class CatalogModel;
class OrderPlacer;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

class OrderContactPage;
class OrderItemsPage;
class OrderPlacePage;
class OrderProductsPage;
class OrderReviewPage;
class OrderStorePage;

// The order wizard: store and client, products from the store's catalog, details per item,
// contact, review with totals, then order-create and an optional payment. The state is saved
// as a draft while the user types, and the draft is removed once the order is placed.
class OrderWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StorePage, ProductsPage, ItemsPage, ContactPage, ReviewPage, PlacePage };

    // draftPath empty: OrderDraft::defaultPath().
    OrderWizard(Api::ApiClient *client, Models::CatalogModel *catalog, QWidget *parent = nullptr,
        const QString &draftPath = {});
    ~OrderWizard() override;

    Api::ApiCommands *commands() const { return m_commands.get(); }
    Models::CatalogModel *catalog() const { return m_catalog; }
    Models::OrderPlacer *placer() const { return m_placer; }
    Models::OrderDraft &draft() { return m_draft; }
    const Models::OrderDraft &draft() const { return m_draft; }
    QString draftPath() const { return m_draftPath; }

    OrderStorePage *storePage() const { return m_storePage; }
    OrderProductsPage *productsPage() const { return m_productsPage; }
    OrderItemsPage *itemsPage() const { return m_itemsPage; }
    OrderContactPage *contactPage() const { return m_contactPage; }
    OrderReviewPage *reviewPage() const { return m_reviewPage; }
    OrderPlacePage *placePage() const { return m_placePage; }

    // Whether a saved draft with content exists at draftPath().
    bool hasSavedDraft() const;
    // Replaces the state with the saved draft; the pages show it when they are entered.
    bool restoreDraft(QString *errorMessage = nullptr);
    void discardDraft();
    // Saves the draft shortly after the last change, so typing does not write on every key.
    void scheduleDraftSave();
    bool saveDraftNow(QString *errorMessage = nullptr);

    // Adds a renewal of an existing resource, such as an account from the Accounts tab. The
    // catalog node is looked up by product SKU (plan or TLD) and data center once the
    // catalog is loaded.
    void addRenewal(
        const QString &sku, const QString &datacenter, qlonglong resourceId, const QString &label);

    // Starts an upgrade of an existing account, such as one from the Accounts tab: the products
    // page asks for the target plan from the catalog and adds the upgrade item.
    void addUpgrade(qlonglong resourceId, const QString &label);

    // Shows the service's field errors (required:..., invalid:items.domain.sld with
    // params.item_index) next to their fields and goes back to the first page holding one.
    // Returns the number of messages placed next to a field.
    int showServiceErrors(const Api::ApiError &error);

    // Keeps the wizard open while order-create is in flight or its outcome is unknown,
    // because closing then could leave an order that nobody sees.
    void reject() override;

signals:
    void orderPlaced(const QString &orderId);

private:
    void addPendingRenewals();

    std::unique_ptr<Api::ApiCommands> m_commands;
    Models::CatalogModel *m_catalog = nullptr;
    Models::OrderPlacer *m_placer = nullptr;
    Models::OrderDraft m_draft;
    QString m_draftPath;
    QTimer *m_saveTimer = nullptr;
    struct PendingRenewal
    {
        QString sku;
        QString datacenter;
        qlonglong resourceId = 0;
        QString label;
    };
    QList<PendingRenewal> m_pendingRenewals;

    OrderStorePage *m_storePage = nullptr;
    OrderProductsPage *m_productsPage = nullptr;
    OrderItemsPage *m_itemsPage = nullptr;
    OrderContactPage *m_contactPage = nullptr;
    OrderReviewPage *m_reviewPage = nullptr;
    OrderPlacePage *m_placePage = nullptr;
};

} // namespace ResellerDesk::Ui
