#pragma once

#include "api/orderrecords.h"
#include "api/orderrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ResellerDesk::Models {

class CatalogModel;

// One item of an order being written. Detail fields are kept by their request path, such as
// "hosting.hostname", "domain.sld" or "ssl.approver_email", which is also the path the
// service names in errors like invalid:items.domain.sld.
struct DraftItem
{
    // Unique in the draft; sent as item_id, so errors' params.item_index name it.
    QString key;
    // key of the item this one is ordered with, such as the hosting of a discounted domain.
    QString parentKey;
    // 0 for custom products, which are no catalog node.
    qlonglong catalogId = 0;
    std::optional<qlonglong> resourceId;
    // "order", "renewal", "upgrade" or "purchase".
    QString action = QStringLiteral("order");
    int period = 1;
    int quantity = 1;
    // Text shown in lists, such as "Economy" or "example.com renewal".
    QString label;
    QJsonObject fields;
    // The item's own contact by request names (firstname, phone_country, ...); empty: the item
    // uses the order's contact.
    QJsonObject contact;

    QString field(const QString &path) const { return fields.value(path).toString(); }
    bool isCustom() const { return action == u"purchase"; }
};

// The state of the order wizard: store, client, contact, invoice details and items. It turns
// into an order-create request and into JSON for the saved draft.
class OrderDraft
{
public:
    std::optional<qlonglong> storeId;
    std::optional<qlonglong> clientResellerId;
    // Contact and invoice fields by their request names (firstname, phone_country,
    // invoice_type, ...).
    QJsonObject contact;
    QList<DraftItem> items;

    bool isEmpty() const { return items.isEmpty() && contact.isEmpty(); }
    // Returns a key that no item uses yet.
    QString nextKey() const;
    DraftItem *item(const QString &key);
    const DraftItem *item(const QString &key) const;
    // Removes the item and every item ordered with it.
    void removeItem(const QString &key);
    QList<const DraftItem *> children(const QString &parentKey) const;

    // Price of the item for its period and quantity in the store currency, computed as the
    // service does: the catalog's price for the whole period times the quantity, in cents.
    std::optional<double> itemPrice(const DraftItem &item, const CatalogModel &catalog) const;
    // Returns the sum of the item prices, or nullopt if an item has no price.
    std::optional<double> total(const CatalogModel &catalog) const;

    Api::OrderRequest toRequest(const CatalogModel &catalog) const;
    // Builds an order-update request that keeps the stored order's items as they are, so
    // that callers can change or drop items and send the rest. order-update deletes stored
    // items that the request leaves out.
    static Api::OrderRequest updateRequest(const Api::Order &order);

    QJsonObject toJson() const;
    static OrderDraft fromJson(const QJsonObject &json);

    // "order-draft.json" under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // Writes the draft through a temporary file, so a crash keeps the previous one.
    bool save(const QString &path, QString *errorMessage = nullptr) const;
    // Returns std::nullopt when there is no draft or it cannot be read (errorMessage set).
    static std::optional<OrderDraft> load(const QString &path, QString *errorMessage = nullptr);
};

} // namespace ResellerDesk::Models
