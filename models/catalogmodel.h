#pragma once

#include "api/apierror.h"
#include "api/referencerecords.h"

#include <QAbstractItemModel>
#include <QDeadlineTimer>
#include <QPointer>

#include <optional>
#include <vector>

namespace ResellerDesk::Api {
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

// The store's catalog tree from order-data: hosting plans with their optional children
// (groups such as Discounted Domain, add-ons such as Extra Traffic), standalone domains,
// certificates and custom products, with prices per action and period. order-data also
// brings the store, countries, data centers and TLDs, which the order wizard reads from
// orderData(). The loaded data is reused until its ttl runs out.
class CatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        OrderPriceColumn,
        RenewalPriceColumn,
        LimitColumn,
        ColumnCount
    };
    enum Role {
        CatalogIdRole = Qt::UserRole + 1,
        // Product type of the node: hosting, domain, ssl, resource, group, custom, ...
        ProductTypeRole,
        IsGroupRole,
    };

    explicit CatalogModel(QObject *parent = nullptr);
    ~CatalogModel() override;

    // Replaces the tree. ttlSeconds is the envelope's ttl, and 0 keeps the data until a forced
    // load().
    void setOrderData(const Api::OrderData &data, int ttlSeconds = 0);
    const Api::OrderData &orderData() const { return m_data; }
    bool isLoaded() const { return !m_items.empty(); }
    // Whether the data is loaded and its ttl has not run out.
    bool isFresh() const;
    bool isLoading() const { return !m_reply.isNull(); }
    std::optional<qlonglong> storeId() const { return m_storeId; }

    // Loads order-data for the store (nullopt for a store token) unless the data of the same
    // store is still fresh, in which case loaded() is emitted at once.
    void load(Api::ApiCommands *commands, std::optional<qlonglong> storeId, bool force = false);

    // Store currency such as "USD".
    QString storeCurrency() const { return m_data.store().currency(); }
    // Shows prices converted with `rate` (units of `currency` per store currency unit). An
    // empty currency shows the store currency.
    void setDisplayCurrency(const QString &currency, double rate);
    QString displayCurrency() const;
    double displayRate() const { return m_displayRate; }
    // Formats a store-currency amount in the display currency, such as "129.60 USD".
    QString formatAmount(double storeAmount) const;

    std::optional<Api::CatalogNode> node(const QModelIndex &index) const;
    std::optional<Api::CatalogNode> node(qlonglong catalogId) const;
    std::optional<Api::CatalogNode> parentNode(qlonglong catalogId) const;
    QModelIndex indexOf(qlonglong catalogId) const;
    QString productType(const Api::CatalogNode &node) const;
    std::optional<Api::CatalogProduct> product(const Api::CatalogNode &node) const;
    // The catalog node a child must be ordered with: its parent, or the group's parent.
    std::optional<qlonglong> ownerId(qlonglong catalogId) const;
    // Returns the price list of an action: "renewal" for renewals, "order" for orders and
    // upgrades.
    static QString priceAction(const QString &action);
    // Periods with an active price for the action, ascending.
    // NOTE: order-data lists only the periods set in the Account Panel (usually 1 and 2 years).
    // The service also accepts longer periods up to the product's maximum at the yearly price
    // times the years, which the wizard does not offer.
    QList<int> periods(qlonglong catalogId, const QString &action) const;
    // Price of one unit for the whole period in the store currency, as the service charges.
    std::optional<double> unitPrice(qlonglong catalogId, const QString &action, int period) const;
    // Top-level node that sells a product with this SKU (and data center, for hosting), used
    // to renew existing accounts and domains.
    std::optional<qlonglong> findTopLevel(const QString &sku, const QString &datacenter = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const ResellerDesk::Api::ApiError &error);

private:
    struct Item
    {
        Api::CatalogNode node;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    void addItems(const QList<Api::CatalogNode> &nodes, int parent);
    const Item *itemAt(const QModelIndex &index) const;
    int itemIndexOf(qlonglong catalogId) const;
    QString pricesText(const Api::CatalogNode &node, const QString &action) const;
    QString limitText(const Api::CatalogNode &node) const;
    void handleReply();

    Api::OrderData m_data;
    std::vector<Item> m_items;
    QList<int> m_roots;
    QDeadlineTimer m_expiry;
    std::optional<qlonglong> m_storeId;
    // Server URL and token the data came from.
    QString m_source;
    QString m_displayCurrency;
    double m_displayRate = 1.0;
    QPointer<Api::ApiReply> m_reply;
};

} // namespace ResellerDesk::Models
