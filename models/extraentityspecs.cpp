#include "models/extraentityspecs.h"

namespace ResellerDesk::Models::ExtraEntitySpecs {

namespace {

using T = ValueType;

ColumnSpec column(const char *key, const char *header, ValueType type, bool hidden = false)
{
    return { QString::fromLatin1(key), header, type, hidden };
}

} // namespace

// Columns follow the response example of each list command in the ICDSoft API reference.
EntitySpec certificates()
{
    EntitySpec spec;
    spec.entity = Entity::Certificates;
    spec.listCommand = QStringLiteral("certificate-list");
    spec.detailsCommand = QStringLiteral("certificate-details");
    spec.idProperty = QStringLiteral("certificate_id");
    spec.detailsIdParameter = QStringLiteral("certificate_id");
    // The "details" relation repeats what certificate-details returns anyway.
    spec.detailsRelations = { QStringLiteral("services") };
    spec.titleProperties = { QStringLiteral("hostname") };
    spec.columns = {
        column("certificate_id", QT_TRANSLATE_NOOP("EntitySpec", "Certificate ID"), T::Id),
        column("hostname", QT_TRANSLATE_NOOP("EntitySpec", "Hostname"), T::Text),
        column("alt_name", QT_TRANSLATE_NOOP("EntitySpec", "Alternative name"), T::Text),
        column("certificate_type", QT_TRANSLATE_NOOP("EntitySpec", "Type"), T::Enum),
        column("registration_status", QT_TRANSLATE_NOOP("EntitySpec", "Status"), T::Enum),
        column("provider", QT_TRANSLATE_NOOP("EntitySpec", "Provider"), T::Enum),
        column("end_date", QT_TRANSLATE_NOOP("EntitySpec", "Expires"), T::Date),
        column("days_to_expire", QT_TRANSLATE_NOOP("EntitySpec", "Days left"), T::Integer),
        column("resource_id", QT_TRANSLATE_NOOP("EntitySpec", "Resource ID"), T::Id, true),
        column("service_id", QT_TRANSLATE_NOOP("EntitySpec", "Service ID"), T::Id, true),
    };
    return spec;
}

EntitySpec clients()
{
    EntitySpec spec;
    spec.entity = Entity::Clients;
    spec.listCommand = QStringLiteral("client-list");
    spec.detailsCommand = QStringLiteral("client-details");
    spec.idProperty = QStringLiteral("id");
    spec.detailsIdParameter = QStringLiteral("id");
    spec.detailsRelations = { QStringLiteral("resources") };
    spec.titleProperties = { QStringLiteral("name"), QStringLiteral("user") };
    spec.links = {
        { Entity::Resources, QStringLiteral("client_reseller_id"), QStringLiteral("id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Resources"),
          QT_TRANSLATE_NOOP("EntitySpec", "Resources of client %1") },
        { Entity::Accounts, QStringLiteral("client_reseller_id"), QStringLiteral("id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting accounts"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting accounts of client %1") },
    };
    spec.columns = {
        column("id", QT_TRANSLATE_NOOP("EntitySpec", "Client ID"), T::Id),
        column("user", QT_TRANSLATE_NOOP("EntitySpec", "Username"), T::Text),
        column("name", QT_TRANSLATE_NOOP("EntitySpec", "Name"), T::Text),
        column("email", QT_TRANSLATE_NOOP("EntitySpec", "Email"), T::Text),
        column("organization", QT_TRANSLATE_NOOP("EntitySpec", "Organization"), T::Text),
        column("status", QT_TRANSLATE_NOOP("EntitySpec", "Status"), T::Enum),
        column("country", QT_TRANSLATE_NOOP("EntitySpec", "Country"), T::Text),
        column("city", QT_TRANSLATE_NOOP("EntitySpec", "City"), T::Text),
        column("phone", QT_TRANSLATE_NOOP("EntitySpec", "Phone"), T::Text),
        column("last_login", QT_TRANSLATE_NOOP("EntitySpec", "Last login"), T::DateTime),
        column("state", QT_TRANSLATE_NOOP("EntitySpec", "State"), T::Text, true),
        column("zip", QT_TRANSLATE_NOOP("EntitySpec", "ZIP code"), T::Text, true),
        column("address", QT_TRANSLATE_NOOP("EntitySpec", "Address"), T::Text, true),
        column("address2", QT_TRANSLATE_NOOP("EntitySpec", "Address line 2"), T::Text, true),
        column("phonecode", QT_TRANSLATE_NOOP("EntitySpec", "Phone country"), T::Text, true),
        column("fax", QT_TRANSLATE_NOOP("EntitySpec", "Fax"), T::Text, true),
        column("faxcode", QT_TRANSLATE_NOOP("EntitySpec", "Fax country"), T::Text, true),
        column("vendor_store_id", QT_TRANSLATE_NOOP("EntitySpec", "Store ID"), T::Id, true),
        column("vendor_reseller_id", QT_TRANSLATE_NOOP("EntitySpec", "Vendor ID"), T::Id, true),
    };
    return spec;
}

EntitySpec resources()
{
    EntitySpec spec;
    spec.entity = Entity::Resources;
    spec.listCommand = QStringLiteral("resource-list");
    spec.detailsCommand = QStringLiteral("resource-details");
    spec.idProperty = QStringLiteral("id");
    spec.detailsIdParameter = QStringLiteral("id");
    spec.detailsRelations = {
        QStringLiteral("account"), QStringLiteral("domain"),  QStringLiteral("ip"),
        QStringLiteral("certificate"), QStringLiteral("service"), QStringLiteral("parent"),
        QStringLiteral("parent_account"), QStringLiteral("client"),
    };
    spec.titleProperties = { QStringLiteral("display_name") };
    spec.links = {
        { Entity::Clients, QStringLiteral("id"), QStringLiteral("client_reseller_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Client"),
          QT_TRANSLATE_NOOP("EntitySpec", "Client of resource %1") },
        { Entity::Accounts, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting account"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting account of resource %1") },
    };
    spec.columns = {
        column("id", QT_TRANSLATE_NOOP("EntitySpec", "Resource ID"), T::Id),
        column("display_name", QT_TRANSLATE_NOOP("EntitySpec", "Name"), T::Text),
        column("product_type", QT_TRANSLATE_NOOP("EntitySpec", "Product type"), T::Enum),
        column("product", QT_TRANSLATE_NOOP("EntitySpec", "Product"), T::Enum),
        column("periodicity", QT_TRANSLATE_NOOP("EntitySpec", "Billing period"), T::Enum),
        column("quantity", QT_TRANSLATE_NOOP("EntitySpec", "Quantity"), T::Integer),
        column("start_date", QT_TRANSLATE_NOOP("EntitySpec", "Start"), T::Date),
        column("end_date", QT_TRANSLATE_NOOP("EntitySpec", "Expires"), T::Date),
        column("datacenter", QT_TRANSLATE_NOOP("EntitySpec", "Data center"), T::Enum),
        column("account_id", QT_TRANSLATE_NOOP("EntitySpec", "Account ID"), T::Id),
        column("client_reseller_id", QT_TRANSLATE_NOOP("EntitySpec", "Client ID"), T::Id),
        column("store_id", QT_TRANSLATE_NOOP("EntitySpec", "Store ID"), T::Id, true),
        column("parent_id", QT_TRANSLATE_NOOP("EntitySpec", "Parent resource ID"), T::Id, true),
        column("root_id", QT_TRANSLATE_NOOP("EntitySpec", "Root resource ID"), T::Id, true),
        column("parent_type", QT_TRANSLATE_NOOP("EntitySpec", "Parent type"), T::Enum, true),
        column("parent_product", QT_TRANSLATE_NOOP("EntitySpec", "Parent product"), T::Text,
               true),
        column("resource", QT_TRANSLATE_NOOP("EntitySpec", "Resource value"), T::Integer, true),
        column("resource_unit", QT_TRANSLATE_NOOP("EntitySpec", "Resource unit"), T::Text, true),
        column("display_name_idn", QT_TRANSLATE_NOOP("EntitySpec", "Name (IDN)"), T::Text, true),
        column("catalog_id", QT_TRANSLATE_NOOP("EntitySpec", "Catalog ID"), T::Id, true),
        column("product_id", QT_TRANSLATE_NOOP("EntitySpec", "Product ID"), T::Id, true),
        column("datacenter_id", QT_TRANSLATE_NOOP("EntitySpec", "Data center ID"), T::Id, true),
    };
    return spec;
}

EntitySpec services()
{
    EntitySpec spec;
    spec.entity = Entity::Services;
    spec.listCommand = QStringLiteral("service-list");
    spec.detailsCommand = QStringLiteral("service-details");
    spec.idProperty = QStringLiteral("id");
    spec.detailsIdParameter = QStringLiteral("id");
    spec.detailsRelations = { QStringLiteral("resource"), QStringLiteral("account"),
                              QStringLiteral("service_data") };
    spec.titleProperties = { QStringLiteral("account_hostname") };
    spec.links = {
        { Entity::Accounts, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting account"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting account of service %1") },
    };
    spec.columns = {
        column("id", QT_TRANSLATE_NOOP("EntitySpec", "Service ID"), T::Id),
        column("type", QT_TRANSLATE_NOOP("EntitySpec", "Type"), T::Enum),
        column("status", QT_TRANSLATE_NOOP("EntitySpec", "Status"), T::Enum),
        column("account_hostname", QT_TRANSLATE_NOOP("EntitySpec", "Hostname"), T::Text),
        column("username", QT_TRANSLATE_NOOP("EntitySpec", "Username"), T::Text),
        column("server", QT_TRANSLATE_NOOP("EntitySpec", "Server"), T::Text),
        column("account_active", QT_TRANSLATE_NOOP("EntitySpec", "Account status"), T::Enum),
        column("start_date", QT_TRANSLATE_NOOP("EntitySpec", "Start"), T::Date),
        column("end_date", QT_TRANSLATE_NOOP("EntitySpec", "Expires"), T::Date),
        column("account_id", QT_TRANSLATE_NOOP("EntitySpec", "Account ID"), T::Id),
        column("product", QT_TRANSLATE_NOOP("EntitySpec", "Product"), T::Enum, true),
        column("resource_id", QT_TRANSLATE_NOOP("EntitySpec", "Resource ID"), T::Id, true),
        column("client_reseller_id", QT_TRANSLATE_NOOP("EntitySpec", "Client ID"), T::Id, true),
    };
    return spec;
}

EntitySpec stores()
{
    EntitySpec spec;
    spec.entity = Entity::Stores;
    spec.listCommand = QStringLiteral("store-list");
    spec.detailsCommand = QStringLiteral("store-details");
    spec.idProperty = QStringLiteral("id");
    spec.detailsIdParameter = QStringLiteral("id");
    spec.titleProperties = { QStringLiteral("title"), QStringLiteral("name") };
    spec.columns = {
        column("id", QT_TRANSLATE_NOOP("EntitySpec", "Store ID"), T::Id),
        column("title", QT_TRANSLATE_NOOP("EntitySpec", "Title"), T::Text),
        column("name", QT_TRANSLATE_NOOP("EntitySpec", "Name"), T::Text),
        column("currency", QT_TRANSLATE_NOOP("EntitySpec", "Currency"), T::Text),
        column("contact_email", QT_TRANSLATE_NOOP("EntitySpec", "Contact email"), T::Text),
        column("front_setup", QT_TRANSLATE_NOOP("EntitySpec", "Storefront"), T::Enum),
        column("autoprocess", QT_TRANSLATE_NOOP("EntitySpec", "Autoprocess"), T::Flag),
        column("billing_url", QT_TRANSLATE_NOOP("EntitySpec", "Store URL"), T::Text),
        column("widget_url", QT_TRANSLATE_NOOP("EntitySpec", "Widget URL"), T::Text, true),
        column("hostname", QT_TRANSLATE_NOOP("EntitySpec", "Custom domain"), T::Text, true),
        column("reseller_id", QT_TRANSLATE_NOOP("EntitySpec", "Reseller ID"), T::Id, true),
    };
    return spec;
}

EntitySpec products()
{
    EntitySpec spec;
    spec.entity = Entity::Products;
    spec.listCommand = QStringLiteral("product-list");
    spec.detailsCommand = QStringLiteral("product-details");
    spec.idProperty = QStringLiteral("product_id");
    spec.detailsIdParameter = QStringLiteral("product_id");
    // product-details documents no `with`. The resources relation of product-list is asked
    // for with the list, and the details pane keeps list fields that the details lack.
    spec.listRelations = { QStringLiteral("resources") };
    spec.titleProperties = { QStringLiteral("product") };
    spec.columns = {
        column("product_id", QT_TRANSLATE_NOOP("EntitySpec", "Product ID"), T::Id),
        column("product", QT_TRANSLATE_NOOP("EntitySpec", "Product"), T::Text),
        column("label", QT_TRANSLATE_NOOP("EntitySpec", "Label"), T::Text),
        column("type", QT_TRANSLATE_NOOP("EntitySpec", "Type"), T::Enum),
        column("datacenter", QT_TRANSLATE_NOOP("EntitySpec", "Data center"), T::Enum),
        column("periodicity", QT_TRANSLATE_NOOP("EntitySpec", "Billing period"), T::Enum),
        column("max_order_period", QT_TRANSLATE_NOOP("EntitySpec", "Max order period"),
               T::Integer),
        column("max_renewal_period", QT_TRANSLATE_NOOP("EntitySpec", "Max renewal period"),
               T::Integer),
        column("custom_product", QT_TRANSLATE_NOOP("EntitySpec", "Custom"), T::Flag),
        column("unit", QT_TRANSLATE_NOOP("EntitySpec", "Unit"), T::Text, true),
        column("value", QT_TRANSLATE_NOOP("EntitySpec", "Value"), T::Integer, true),
    };
    return spec;
}

EntitySpec payments()
{
    EntitySpec spec;
    spec.entity = Entity::Payments;
    spec.listCommand = QStringLiteral("payment-list");
    spec.detailsCommand = QStringLiteral("payment-details");
    spec.idProperty = QStringLiteral("payment_id");
    spec.detailsIdParameter = QStringLiteral("payment_id");
    spec.titleProperties = { QStringLiteral("payment_method") };
    spec.links = {
        { Entity::Clients, QStringLiteral("id"), QStringLiteral("client_reseller_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Client"),
          QT_TRANSLATE_NOOP("EntitySpec", "Client of payment %1") },
    };
    spec.columns = {
        column("payment_id", QT_TRANSLATE_NOOP("EntitySpec", "Payment ID"), T::Text),
        column("date", QT_TRANSLATE_NOOP("EntitySpec", "Created"), T::DateTime),
        column("payment_date", QT_TRANSLATE_NOOP("EntitySpec", "Paid on"), T::DateTime),
        column("payment_type", QT_TRANSLATE_NOOP("EntitySpec", "Type"), T::Enum),
        column("payment_method", QT_TRANSLATE_NOOP("EntitySpec", "Method"), T::Text),
        column("total", QT_TRANSLATE_NOOP("EntitySpec", "Total"), T::Amount),
        column("order_id", QT_TRANSLATE_NOOP("EntitySpec", "Order ID"), T::Text),
        column("transaction_id", QT_TRANSLATE_NOOP("EntitySpec", "Transaction ID"), T::Text),
        column("currency", QT_TRANSLATE_NOOP("EntitySpec", "Currency"), T::Text, true),
        column("merchant_id", QT_TRANSLATE_NOOP("EntitySpec", "Merchant ID"), T::Text, true),
        column("payment_processor_id",
               QT_TRANSLATE_NOOP("EntitySpec", "Payment processor ID"), T::Id, true),
        column("client_reseller_id", QT_TRANSLATE_NOOP("EntitySpec", "Client ID"), T::Id, true),
        column("reseller_id", QT_TRANSLATE_NOOP("EntitySpec", "Reseller ID"), T::Id, true),
    };
    return spec;
}

} // namespace ResellerDesk::Models::ExtraEntitySpecs
