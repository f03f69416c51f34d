#pragma once

#include "api/payload.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ResellerDesk::Api {

// Contact fields of an order or an order item. Null strings are left out of the request and
// empty strings are sent, so that order-update can clear a field.
struct ContactDetails
{
    QString firstName;
    QString lastName;
    QString company;
    QString job;
    QString address;
    QString address2;
    QString city;
    QString state;
    QString zip;
    QString country; // ISO2
    QString email;
    QString email2;
    QString phoneCountry; // ISO2
    QString phone;
    QString faxCountry; // ISO2
    QString fax;

    // Returns (key, value) pairs in the reference's order, without the null fields.
    QList<Payload::Entry> entries() const;
    // Returns the keys of the fields an order needs that are null or empty.
    QStringList missingRequired() const;
};

// Details of a domain order item (key "domain").
struct DomainMeta
{
    QString sld;
    QString tld;
    // "register", "transfer" or "renewal".
    QString action;
    // Transfer authorization code, for transfers of TLDs with EPP.
    QString epp;
    // At most 5.
    QStringList nameservers;
    // Registry attributes, see Tld::extraAttributes().
    QJsonObject extraAttributes;
    // Use the hosting account's DNS zone (register and transfer of a hosted domain).
    std::optional<bool> globalDns;
    // Enable WHOIS privacy.
    std::optional<bool> idProtect;
};

// Details of an SSL certificate order item (key "ssl"). An order needs commonName,
// approverEmail, organization, organizationUnit, country, city and state.
struct SslMeta
{
    // "noip", "sni", "dedicated" or "new".
    QString ipType;
    QString ip;
    QString commonName;
    QString approverEmail;
    QString organization;
    QString organizationUnit;
    QString country;
    QString city;
    QString state;
    QString email;
    // Required by the sectigo_essential and sectigo_essential_wildcard products.
    QString address;
    QString address2;
    QString address3;
    QString zip;
};

// One item of order-create or order-update.
struct OrderItemRequest
{
    // Any id unique within the request; the service replaces it with its own on create.
    QString itemId;
    // itemId of the item this one is attached to in the same order.
    QString parentItemId;
    std::optional<qlonglong> catalogId;
    // Existing resource to renew or upgrade.
    std::optional<qlonglong> resourceId;
    // Existing resource (such as a hosting account) an add-on is attached to.
    std::optional<qlonglong> parentResourceId;
    // "order", "renewal", "upgrade" or "purchase" (custom products).
    QString action = QStringLiteral("order");
    // Item label; "custom" for custom products (see setCustomPurchase()).
    QString label;
    std::optional<int> period;
    std::optional<int> quantity;
    // Decimal text such as "12.50"; required for custom products.
    QString price;
    // Empty: the item inherits the order's contact.
    std::optional<ContactDetails> contact;
    // Product-specific details: "hosting", "server", "domain", "ssl", "service" or "purchase".
    QString metaKey;
    QJsonObject meta;

    void setHosting(const QString &hostname);
    void setServer(const QString &hostname);
    void setDomain(const DomainMeta &domain);
    void setSsl(const SslMeta &ssl);
    void setService(const QJsonObject &service);
    // Makes this a custom product: action "purchase", label "custom", the given price.
    void setCustomPurchase(const QString &description, const QString &price);

    QJsonObject toJson() const;
    // Checks the documented rules; stores a translated message naming the item and the value.
    bool validate(QString *errorMessage = nullptr) const;
};

// The payload of order-create, or of order-update when orderId is set.
struct OrderRequest
{
    // Only for order-update.
    QString orderId;
    // Required with a reseller-level token.
    std::optional<qlonglong> storeId;
    std::optional<qlonglong> clientResellerId;
    // Payment processor slug such as "PayPal:663"; the reply then has a payment_request.
    QString paymentMethod;
    ContactDetails contact;
    std::optional<bool> invoiceRequest;
    // "personal" or "business"; business needs invoiceCeo.
    QString invoiceType;
    QString invoiceName;
    QString invoiceCeo;
    QString invoiceIdentity;
    QString invoiceVatNumber;
    QString invoiceCountry;
    QString invoiceAddress;
    QList<OrderItemRequest> items;

    // Builds store_id, order_id, client_reseller_id, payment_method, items (an object keyed
    // by item id), the contact and the invoice fields, in that order.
    Payload toPayload() const;
    // Checks the fields order-create needs (forUpdate false) or order-update needs.
    bool validate(bool forUpdate, QString *errorMessage = nullptr) const;
};

} // namespace ResellerDesk::Api
