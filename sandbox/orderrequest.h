#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ResellerDesk::Sandbox {

class Catalog;
struct CatalogNode;
struct CommandContext;
struct PayloadNode;

namespace Commerce {
class CurrencyRates;
}

// One validated item of an order-create or order-update request, priced.
struct OrderItemDraft
{
    // Key of the item in the request's items, reported as params.item_index in errors.
    QString key;
    // item_id as sent; parent refers to it. order-update keeps it when it names a stored item.
    QString requestedId;
    QString parentRequestedId;
    // Existing service that an add-on item attaches to, in place of a parent item.
    QString parentResourceId;
    const CatalogNode *node = nullptr;
    QString action;
    QString label;
    int period = 1;
    int quantity = 1;
    double price = 0;
    QString resourceId;
    // Product meta (hosting, domain, ssl or purchase) and the item's contact.
    QJsonObject meta;
};

// Parses and checks the items and contact of order-create and order-update against the
// catalog, and prices the items. Errors use the service's code form, such as
// required:items.hosting.hostname with params.item_index.
class OrderRequest
{
public:
    // NOTE: the reference names no limit. The sandbox caps an order at 100 items so that the
    // checks, which compare items pairwise, stay fast.
    static constexpr int MaxItems = 100;

    // Contact properties that an order requires, in the reference's order.
    static const QStringList &requiredContactFields();
    // Every contact and invoice property an order stores from the request.
    static const QStringList &contactFields();

    // `storeId` is the order's store: existing resources that items name must belong to it.
    OrderRequest(
        const CommandContext &context, const Catalog &catalog, const QString &storeId, double rate);

    // Checks `contact` (the order's contact properties). Returns the error messages.
    QJsonArray validateContact(const QJsonObject &contact) const;
    // Checks and prices `items`, an object or array of items. Returns the error messages;
    // on success items() holds the drafts in request order.
    QJsonArray validateItems(const PayloadNode *items, const QJsonObject &contact);

    const QList<OrderItemDraft> &items() const { return m_items; }
    double total() const;

private:
    void validateItem(const QString &key, const PayloadNode &item, const QJsonObject &contact);
    void validateCatalogItem(OrderItemDraft &draft, const PayloadNode &item);
    void validatePurchase(OrderItemDraft &draft, const PayloadNode &item);
    void validateHosting(OrderItemDraft &draft, const PayloadNode &item);
    void validateDomain(OrderItemDraft &draft, const PayloadNode &item);
    void validateSsl(OrderItemDraft &draft, const PayloadNode &item);
    void validateParents();
    void validateGroups();
    void addError(const QString &code, const QString &itemKey, const QJsonObject &params = {});
    bool resourceExists(const QString &resourceId) const;

    const CommandContext &m_context;
    const Catalog &m_catalog;
    QString m_storeId;
    // Conversion rate from the store currency to the order currency.
    double m_rate = 1.0;
    QList<OrderItemDraft> m_items;
    QJsonArray m_errors;
};

} // namespace ResellerDesk::Sandbox
