#include "models/entityspec.h"

#include "models/extraentityspecs.h"

#include <QCoreApplication>

namespace ResellerDesk::Models {

namespace {

using T = ValueType;

// Columns follow the property tables and response examples of each list command in the
// ICDSoft API reference. Ids and contact fields start hidden to keep the table readable.
EntitySpec makeAccounts()
{
    EntitySpec spec;
    spec.entity = Entity::Accounts;
    spec.listCommand = QStringLiteral("account-list");
    spec.detailsCommand = QStringLiteral("account-details");
    spec.idProperty = QStringLiteral("account_id");
    spec.detailsIdParameter = QStringLiteral("account_id");
    spec.detailsRelations = {
        QStringLiteral("services"),          QStringLiteral("resources"),
        QStringLiteral("usage"),             QStringLiteral("registered_domains"),
        QStringLiteral("parked_domains"),    QStringLiteral("ip_addresses"),
        QStringLiteral("registered_certificates"), QStringLiteral("installed_certificates"),
        QStringLiteral("notes"),
    };
    spec.titleProperties = { QStringLiteral("username"), QStringLiteral("hostname") };
    spec.links = {
        { Entity::Domains, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Domains"),
          QT_TRANSLATE_NOOP("EntitySpec", "Domains of account %1") },
        { Entity::Certificates, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Certificates"),
          QT_TRANSLATE_NOOP("EntitySpec", "Certificates of account %1") },
        { Entity::Services, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Advanced services"),
          QT_TRANSLATE_NOOP("EntitySpec", "Advanced services of account %1") },
        { Entity::Resources, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Resources"),
          QT_TRANSLATE_NOOP("EntitySpec", "Resources of account %1") },
    };
    spec.columns = {
        { QStringLiteral("account_id"), QT_TRANSLATE_NOOP("EntitySpec", "Account ID"), T::Id },
        { QStringLiteral("username"), QT_TRANSLATE_NOOP("EntitySpec", "Username"), T::Text },
        { QStringLiteral("hostname"), QT_TRANSLATE_NOOP("EntitySpec", "Hostname"), T::Text },
        { QStringLiteral("plan_name"), QT_TRANSLATE_NOOP("EntitySpec", "Plan"), T::Text },
        { QStringLiteral("billing_status"), QT_TRANSLATE_NOOP("EntitySpec", "Billing"), T::Enum },
        { QStringLiteral("service_status"), QT_TRANSLATE_NOOP("EntitySpec", "Service"), T::Enum },
        { QStringLiteral("end_date"), QT_TRANSLATE_NOOP("EntitySpec", "Expires"), T::Date },
        { QStringLiteral("days_to_expire"), QT_TRANSLATE_NOOP("EntitySpec", "Days left"),
          T::Integer },
        { QStringLiteral("server"), QT_TRANSLATE_NOOP("EntitySpec", "Server"), T::Text },
        { QStringLiteral("datacenter"), QT_TRANSLATE_NOOP("EntitySpec", "Data center"), T::Enum },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("EntitySpec", "Created"), T::Date },
        { QStringLiteral("main_domain_end_date"),
          QT_TRANSLATE_NOOP("EntitySpec", "Main domain expires"), T::Date },
        { QStringLiteral("periodicity"), QT_TRANSLATE_NOOP("EntitySpec", "Billing period"),
          T::Enum },
        { QStringLiteral("storage_used"), QT_TRANSLATE_NOOP("EntitySpec", "Storage used"),
          T::Decimal },
        { QStringLiteral("traffic_used"), QT_TRANSLATE_NOOP("EntitySpec", "Traffic used"),
          T::Decimal },
        { QStringLiteral("inodes_used"), QT_TRANSLATE_NOOP("EntitySpec", "Inodes used"),
          T::Integer, true },
        { QStringLiteral("cpu_limit_used"), QT_TRANSLATE_NOOP("EntitySpec", "CPU time used"),
          T::Decimal, true },
        { QStringLiteral("mysql_limit_used"), QT_TRANSLATE_NOOP("EntitySpec", "MySQL time used"),
          T::Decimal, true },
        { QStringLiteral("ssl_status"), QT_TRANSLATE_NOOP("EntitySpec", "SSL"), T::Flag, true },
        { QStringLiteral("plan"), QT_TRANSLATE_NOOP("EntitySpec", "Plan SKU"), T::Text, true },
        { QStringLiteral("store_name"), QT_TRANSLATE_NOOP("EntitySpec", "Store"), T::Text },
        { QStringLiteral("resold"), QT_TRANSLATE_NOOP("EntitySpec", "Resold"), T::Flag, true },
        { QStringLiteral("store_id"), QT_TRANSLATE_NOOP("EntitySpec", "Store ID"), T::Id,
          true },
        { QStringLiteral("product_id"), QT_TRANSLATE_NOOP("EntitySpec", "Product ID"), T::Id,
          true },
        { QStringLiteral("resource_id"), QT_TRANSLATE_NOOP("EntitySpec", "Resource ID"),
          T::Id, true },
        { QStringLiteral("client_reseller_id"), QT_TRANSLATE_NOOP("EntitySpec", "Client ID"),
          T::Id, true },
        { QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("EntitySpec", "Parent resource ID"),
          T::Id, true },
    };
    return spec;
}

EntitySpec makeDomains()
{
    EntitySpec spec;
    spec.entity = Entity::Domains;
    spec.listCommand = QStringLiteral("domain-list");
    spec.detailsCommand = QStringLiteral("domain-details");
    spec.idProperty = QStringLiteral("domain_id");
    spec.detailsIdParameter = QStringLiteral("domain_id");
    spec.detailsRelations = { QStringLiteral("services"), QStringLiteral("account"),
                              QStringLiteral("resource") };
    spec.titleProperties = { QStringLiteral("domain") };
    spec.links = {
        { Entity::Accounts, QStringLiteral("account_id"), QStringLiteral("account_id"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting account"),
          QT_TRANSLATE_NOOP("EntitySpec", "Hosting account of %1") },
    };
    spec.columns = {
        { QStringLiteral("domain_id"), QT_TRANSLATE_NOOP("EntitySpec", "Domain ID"), T::Id },
        { QStringLiteral("domain"), QT_TRANSLATE_NOOP("EntitySpec", "Domain"), T::Text },
        { QStringLiteral("idn"), QT_TRANSLATE_NOOP("EntitySpec", "IDN"), T::Text },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("EntitySpec", "Status"), T::Enum },
        { QStringLiteral("product"), QT_TRANSLATE_NOOP("EntitySpec", "TLD"), T::Text },
        { QStringLiteral("parent_product"), QT_TRANSLATE_NOOP("EntitySpec", "Parent product"),
          T::Text },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("EntitySpec", "Registered"),
          T::Date },
        { QStringLiteral("end_date"), QT_TRANSLATE_NOOP("EntitySpec", "Expires"), T::Date },
        { QStringLiteral("days_to_expire"), QT_TRANSLATE_NOOP("EntitySpec", "Days left"),
          T::Integer },
        { QStringLiteral("park_status"), QT_TRANSLATE_NOOP("EntitySpec", "Parking"), T::Enum },
        { QStringLiteral("account_id"), QT_TRANSLATE_NOOP("EntitySpec", "Account ID"), T::Id },
        { QStringLiteral("resource_id"), QT_TRANSLATE_NOOP("EntitySpec", "Resource ID"),
          T::Id, true },
    };
    return spec;
}

EntitySpec makeOrders()
{
    EntitySpec spec;
    spec.entity = Entity::Orders;
    spec.listCommand = QStringLiteral("order-list");
    spec.detailsCommand = QStringLiteral("order-details");
    spec.idProperty = QStringLiteral("order_id");
    spec.detailsIdParameter = QStringLiteral("order_id");
    // order-details documents no `with` parameter and always returns items and payments.
    spec.titleProperties = { QStringLiteral("email") };
    spec.columns = {
        { QStringLiteral("order_id"), QT_TRANSLATE_NOOP("EntitySpec", "Order ID"), T::Text },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("EntitySpec", "Date"), T::DateTime },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("EntitySpec", "Status"), T::Enum },
        { QStringLiteral("paid"), QT_TRANSLATE_NOOP("EntitySpec", "Payment"), T::Enum },
        { QStringLiteral("total"), QT_TRANSLATE_NOOP("EntitySpec", "Total"), T::Amount },
        { QStringLiteral("total_vat"), QT_TRANSLATE_NOOP("EntitySpec", "VAT"), T::Amount, true },
        { QStringLiteral("payment_method"), QT_TRANSLATE_NOOP("EntitySpec", "Payment method"),
          T::Text },
        { QStringLiteral("firstname"), QT_TRANSLATE_NOOP("EntitySpec", "First name"), T::Text },
        { QStringLiteral("lastname"), QT_TRANSLATE_NOOP("EntitySpec", "Last name"), T::Text },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("EntitySpec", "Email"), T::Text },
        { QStringLiteral("items"), QT_TRANSLATE_NOOP("EntitySpec", "Items"), T::Text },
        { QStringLiteral("store_title"), QT_TRANSLATE_NOOP("EntitySpec", "Store"), T::Text },
        { QStringLiteral("app"), QT_TRANSLATE_NOOP("EntitySpec", "Source"), T::Text, true },
        { QStringLiteral("currency"), QT_TRANSLATE_NOOP("EntitySpec", "Currency"), T::Text, true },
        { QStringLiteral("company"), QT_TRANSLATE_NOOP("EntitySpec", "Company"), T::Text, true },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("EntitySpec", "Country"), T::Text, true },
        { QStringLiteral("city"), QT_TRANSLATE_NOOP("EntitySpec", "City"), T::Text, true },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("EntitySpec", "Phone"), T::Text, true },
        { QStringLiteral("ip"), QT_TRANSLATE_NOOP("EntitySpec", "Client IP"), T::Text, true },
        { QStringLiteral("new"), QT_TRANSLATE_NOOP("EntitySpec", "New items"), T::Integer, true },
        { QStringLiteral("requested"), QT_TRANSLATE_NOOP("EntitySpec", "Requested items"),
          T::Integer, true },
        { QStringLiteral("canceled"), QT_TRANSLATE_NOOP("EntitySpec", "Canceled items"),
          T::Integer, true },
        { QStringLiteral("provisioned"), QT_TRANSLATE_NOOP("EntitySpec", "Provisioned items"),
          T::Integer, true },
        { QStringLiteral("reseller"), QT_TRANSLATE_NOOP("EntitySpec", "Reseller"), T::Text, true },
        { QStringLiteral("client_reseller"), QT_TRANSLATE_NOOP("EntitySpec", "Client"), T::Text,
          true },
        { QStringLiteral("store_id"), QT_TRANSLATE_NOOP("EntitySpec", "Store ID"), T::Id,
          true },
        { QStringLiteral("client_reseller_id"), QT_TRANSLATE_NOOP("EntitySpec", "Client ID"),
          T::Id, true },
    };
    return spec;
}

EntitySpec makeTickets()
{
    EntitySpec spec;
    spec.entity = Entity::Tickets;
    spec.listCommand = QStringLiteral("ticket-list");
    spec.detailsCommand = QStringLiteral("ticket-details");
    spec.idProperty = QStringLiteral("id");
    spec.detailsIdParameter = QStringLiteral("id");
    // ticket-details documents no relations. Its `messages` array is shown as a section.
    spec.titleProperties = { QStringLiteral("subject") };
    spec.columns = {
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("EntitySpec", "Ticket ID"), T::Id },
        { QStringLiteral("subject"), QT_TRANSLATE_NOOP("EntitySpec", "Subject"), T::Text },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("EntitySpec", "Status"), T::Enum },
        { QStringLiteral("domain"), QT_TRANSLATE_NOOP("EntitySpec", "Domain"), T::Text },
        { QStringLiteral("username"), QT_TRANSLATE_NOOP("EntitySpec", "Support user"), T::Text },
        { QStringLiteral("operator"), QT_TRANSLATE_NOOP("EntitySpec", "Operator"), T::Text },
        { QStringLiteral("response_date"), QT_TRANSLATE_NOOP("EntitySpec", "Last response"),
          T::DateTime },
        { QStringLiteral("read_on"), QT_TRANSLATE_NOOP("EntitySpec", "Read on"), T::DateTime },
        { QStringLiteral("is_read"), QT_TRANSLATE_NOOP("EntitySpec", "Read"), T::Flag },
        { QStringLiteral("attachment_count"), QT_TRANSLATE_NOOP("EntitySpec", "Attachments"),
          T::Integer },
        { QStringLiteral("fromsite"), QT_TRANSLATE_NOOP("EntitySpec", "Source"), T::Enum },
        { QStringLiteral("lang"), QT_TRANSLATE_NOOP("EntitySpec", "Language"), T::Text, true },
        { QStringLiteral("sort_status"), QT_TRANSLATE_NOOP("EntitySpec", "Sort status"), T::Enum,
          true },
    };
    return spec;
}

} // namespace

int EntitySpec::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

const EntitySpec &entitySpec(Entity entity)
{
    static const QList<EntitySpec> specs = {
        makeAccounts(),
        makeDomains(),
        makeOrders(),
        makeTickets(),
        ExtraEntitySpecs::certificates(),
        ExtraEntitySpecs::clients(),
        ExtraEntitySpecs::resources(),
        ExtraEntitySpecs::services(),
        ExtraEntitySpecs::stores(),
        ExtraEntitySpecs::products(),
        ExtraEntitySpecs::payments(),
    };
    // The list follows the enum's order, which a test checks through spec.entity.
    return specs.at(int(entity));
}

QList<Entity> allEntities()
{
    QList<Entity> entities;
    for (int i = 0; i <= int(Entity::Payments); ++i)
        entities.append(Entity(i));
    return entities;
}

const ColumnSpec *findColumn(const QString &key, const EntitySpec &preferred)
{
    if (const int index = preferred.columnIndex(key); index >= 0)
        return &preferred.columns.at(index);
    for (Entity entity : allEntities()) {
        const EntitySpec &spec = entitySpec(entity);
        if (const int index = spec.columnIndex(key); index >= 0)
            return &spec.columns.at(index);
    }
    return nullptr;
}

QString translatedHeader(const ColumnSpec &column)
{
    return QCoreApplication::translate("EntitySpec", column.header);
}

} // namespace ResellerDesk::Models
