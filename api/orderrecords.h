#pragma once

#include "api/hostingrecords.h"
#include "api/record.h"

#include <QList>
#include <QString>

#include <optional>

// Records of orders and payments.

namespace ResellerDesk::Api {

// An item of an order, keyed by item id in order-details.
class OrderItem : public Record
{
public:
    using Record::Record;
    QString itemId() const;
    // Item id of the item this one belongs to, such as the hosting of a bonus domain.
    QString parentItemId() const { return text(u"parent"); }
    std::optional<qlonglong> productId() const { return integer(u"product_id"); }
    std::optional<qlonglong> catalogId() const { return integer(u"catalog_id"); }
    std::optional<qlonglong> resourceId() const { return integer(u"resource_id"); }
    std::optional<qlonglong> parentResourceId() const { return integer(u"parent_resource_id"); }
    // "order", "renewal", "upgrade" or "purchase".
    QString action() const { return text(u"action"); }
    // Item label; "custom" for custom products.
    QString label() const { return text(u"item"); }
    QString status() const { return text(u"status"); }
    std::optional<int> period() const;
    std::optional<int> quantity() const;
    std::optional<double> price() const { return number(u"price"); }
    QString currency() const { return text(u"currency"); }
    std::optional<QDateTime> updated() const { return dateTime(u"updated"); }
    std::optional<qlonglong> accountId() const { return integer(u"account_id"); }
    QString productType() const { return text(u"product_type"); }
    QString product() const { return text(u"product"); }
    QString periodicity() const { return text(u"periodicity"); }
    QString datacenter() const { return text(u"datacenter"); }
    QString resourceUnit() const { return text(u"resource_unit"); }
    std::optional<double> resourceValue() const { return number(u"resource_value"); }
    std::optional<QDateTime> date() const { return dateTime(u"date"); }
    // Empty when the item has no contact of its own and uses the order's.
    Contact contact() const { return Contact(object(u"contact")); }
    // The linked resource (renewals, upgrades); the service sends [] or {} when there is none.
    Resource resource() const { return Resource(object(u"resource")); }
    QString group() const { return text(u"group"); }
    // Key of the product-specific details: "hosting", "server", "domain", "ssl", "service"
    // or "purchase"; empty if there are none.
    QString metaKey() const;
    QJsonObject meta() const;
};

// A payment of payment-list and payment-details, and of an order's "payments".
class Payment : public Record
{
public:
    using Record::Record;
    QString paymentId() const { return text(u"payment_id"); }
    QString orderId() const { return text(u"order_id"); }
    std::optional<QDateTime> date() const { return dateTime(u"date"); }
    std::optional<qlonglong> paymentProcessorId() const { return integer(u"payment_processor_id"); }
    // "incoming", "refund" or "chargeback".
    QString paymentType() const { return text(u"payment_type"); }
    QString paymentMethod() const { return text(u"payment_method"); }
    QString transactionId() const { return text(u"transaction_id"); }
    std::optional<QDateTime> paymentDate() const { return dateTime(u"payment_date"); }
    QString merchantId() const { return text(u"merchant_id"); }
    std::optional<double> total() const { return number(u"total"); }
    QString currency() const { return text(u"currency"); }
    QString buyerId() const { return text(u"buyer_id"); }
    std::optional<qlonglong> storeId() const { return integer(u"store_id"); }
    std::optional<qlonglong> resellerId() const { return integer(u"reseller_id"); }
    std::optional<qlonglong> clientResellerId() const { return integer(u"client_reseller_id"); }
};

// An order of order-list, order-details, order-create and order-update.
class Order : public Record
{
public:
    using Record::Record;
    QString orderId() const { return text(u"order_id"); }
    std::optional<qlonglong> storeId() const { return integer(u"store_id"); }
    std::optional<qlonglong> resellerId() const { return integer(u"reseller_id"); }
    std::optional<qlonglong> clientStoreId() const { return integer(u"client_store_id"); }
    std::optional<qlonglong> clientResellerId() const { return integer(u"client_reseller_id"); }
    QString paymentMethod() const { return text(u"payment_method"); }
    QString status() const { return text(u"status"); }
    // "paid" or "not_paid".
    QString paid() const { return text(u"paid"); }
    std::optional<double> total() const { return number(u"total"); }
    std::optional<double> totalVat() const { return number(u"total_vat"); }
    QString currency() const { return text(u"currency"); }
    Contact contact() const { return Contact(fields()); }
    QString referer() const { return text(u"referer"); }
    QJsonValue meta() const { return value(u"meta"); }
    QString ip() const { return text(u"ip"); }
    // Number of items with the status new, requested, canceled and provisioned.
    std::optional<int> newCount() const;
    std::optional<int> requestedCount() const;
    std::optional<int> canceledCount() const;
    std::optional<int> provisionedCount() const;
    QString app() const { return text(u"app"); }
    std::optional<QDateTime> date() const { return dateTime(u"date"); }
    std::optional<qlonglong> rateRotateId() const { return integer(u"rate_rotate_id"); }
    std::optional<double> rate() const { return number(u"rate"); }
    bool invoiceRequested() const { return flag(u"invoice_request").value_or(false); }
    // "personal" or "business".
    QString invoiceType() const { return text(u"invoice_type"); }
    QString invoiceName() const { return text(u"invoice_name"); }
    QString invoiceCeo() const { return text(u"invoice_ceo"); }
    QString invoiceIdentity() const { return text(u"invoice_identity"); }
    QString invoiceVatNumber() const { return text(u"invoice_vat_number"); }
    QString invoiceCountry() const { return text(u"invoice_country"); }
    QString invoiceAddress() const { return text(u"invoice_address"); }
    std::optional<qlonglong> paymentProcessorId() const { return integer(u"payment_processor_id"); }
    // Store owner's username.
    QString reseller() const { return text(u"reseller"); }
    QString storeTitle() const { return text(u"store_title"); }
    QString storeCurrency() const { return text(u"store_currency"); }
    QString phoneCountryCode() const { return text(u"phone_country_code"); }
    QString faxCountryCode() const { return text(u"fax_country_code"); }
    // Items of order-details, or of order-list with with: ["items"]; order-list without it
    // sends a one-line summary instead, see itemsSummary().
    QList<OrderItem> items() const;
    QString itemsSummary() const;
    QList<Payment> payments() const;
    std::optional<double> paymentsTotal() const { return number(u"payments_total"); }
    std::optional<double> paymentDue() const { return number(u"payment_due"); }
};

// A payment intent of payment-request-create and payment-request-details.
class PaymentRequest : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    // payment-request-create sends order_id; payment-request-details sends the order itself.
    QString orderId() const;
    std::optional<qlonglong> apiOrderId() const { return integer(u"api_order_id"); }
    QString paymentMethod() const { return text(u"payment_method"); }
    // The amount sent to the processor, in its currency.
    std::optional<double> amount() const { return number(u"amount"); }
    QString currency() const { return text(u"currency"); }
    // The amount as requested, before conversion.
    std::optional<double> originalAmount() const { return number(u"original_amount"); }
    QString originalCurrency() const { return text(u"original_currency"); }
    std::optional<double> exchangeRate() const { return number(u"exchange_rate"); }
    std::optional<QDateTime> createdAt() const { return dateTime(u"created_at"); }
    std::optional<qlonglong> paymentProcessorId() const { return integer(u"payment_processor_id"); }
    std::optional<qlonglong> storeId() const { return integer(u"store_id"); }
    QString returnUrl() const { return text(u"return_url"); }
    QString cancelUrl() const { return text(u"cancel_url"); }
    Order order() const { return Order(object(u"order")); }
};

// The data of order-create and order-update.
class OrderResult : public Record
{
public:
    using Record::Record;
    Order order() const { return Order(object(u"order")); }
    QString orderId() const { return text(u"order_id"); }
    std::optional<double> total() const { return number(u"total"); }
    QString currency() const { return text(u"currency"); }
    // Present when the request named a payment_method.
    PaymentRequest paymentRequest() const { return PaymentRequest(object(u"payment_request")); }
};

// The data of payment-add.
class PaymentAddResult : public Record
{
public:
    using Record::Record;
    QString paymentId() const { return text(u"payment_id"); }
    QString orderId() const { return text(u"order_id"); }
};

// A configured payment method of payment-processors, keyed by processor id.
// Its options can hold merchant credentials, so they must not be logged.
class PaymentProcessor : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> processorId() const { return integer(u"processor_id"); }
    std::optional<qlonglong> typeId() const { return integer(u"type_id"); }
    QString name() const { return text(u"name"); }
    // The value for payment_method in order-create and payment-request-create, such as
    // "PayPal:663".
    QString slug() const { return text(u"slug"); }
    bool isOnsite() const { return flag(u"onsite").value_or(false); }
    bool isOffline() const { return flag(u"offline").value_or(false); }
    QString displayName() const { return text(u"display_name"); }
    bool isActive() const { return flag(u"active").value_or(false); }
    bool isTest() const { return flag(u"test").value_or(false); }
    std::optional<qlonglong> sequence() const { return integer(u"seq"); }
    QJsonObject options() const { return object(u"options"); }
};

} // namespace ResellerDesk::Api
