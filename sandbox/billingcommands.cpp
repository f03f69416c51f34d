// Resources (the billing record behind every service), clients and advanced services.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/entitydetails.h"
#include "sandbox/listengine.h"

namespace ResellerDesk::Sandbox {

namespace {

const QStringList Like{QStringLiteral("like%"), QStringLiteral("%like%")};
const QStringList DateConditions{QStringLiteral(">"), QStringLiteral("<"), QStringLiteral(">="),
                                 QStringLiteral("<="), QStringLiteral("daterange")};

QString text(const QJsonObject &item, const char *key)
{
    return item.value(QString::fromLatin1(key)).toString();
}

// Summary of a hosting account, as the account, parent_account and service relations show it.
QJsonValue accountById(const CommandContext &context, const QString &accountId)
{
    return EntityDetails::firstRow(
        context,
        QStringLiteral("SELECT account_id, resource_id, username, server, datacenter, hostname, "
                       "billing_status, service_status, plan, start_date, end_date, store_id "
                       "FROM accounts WHERE account_id = ?"),
        {accountId});
}

QJsonValue resourceById(const CommandContext &context, const QString &resourceId)
{
    return EntityDetails::firstRow(context, QStringLiteral("SELECT * FROM resources WHERE id = ?"),
                                   {resourceId});
}

const EntitySpec &resourceSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("resources");
        entity.idField = QStringLiteral("id");
        for (const char *name : {"id", "parent_id", "store_id", "client_reseller_id",
                                 "catalog_id", "product_id"})
            entity.fields.append(FieldSpec{QString::fromLatin1(name), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("periodicity")});
        entity.fields.append(FieldSpec{QStringLiteral("resource"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("resource_unit")});
        entity.fields.append(FieldSpec{QStringLiteral("quantity"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("start_date"), FieldType::Date, DateConditions});
        entity.fields.append(FieldSpec{QStringLiteral("end_date"), FieldType::Date, DateConditions});
        entity.fields.append(FieldSpec{QStringLiteral("root_id"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("parent_type")});
        entity.fields.append(FieldSpec{QStringLiteral("parent_product")});
        entity.fields.append(FieldSpec{QStringLiteral("display_name"), FieldType::Text, Like});
        entity.fields.append(FieldSpec{QStringLiteral("display_name_idn")});
        entity.fields.append(FieldSpec{QStringLiteral("account_id"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("product_type")});
        entity.fields.append(FieldSpec{QStringLiteral("product")});
        entity.fields.append(FieldSpec{QStringLiteral("datacenter_id"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("datacenter")});
        entity.defaultOrder = {{QStringLiteral("id"), false}};
        entity.defaultOrderEcho = QJsonObject{{QStringLiteral("id"), QStringLiteral("desc")}};
        entity.defaultLimit = 50;
        entity.storeColumn = QStringLiteral("store_id");

        // Each relation is the one object linked to the resource, or null.
        const auto byResource = [](const char *table, const char *columns) {
            const QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(columns)
                                + QStringLiteral(" FROM ") + QString::fromLatin1(table)
                                + QStringLiteral(" WHERE resource_id = ?");
            return [sql](const CommandContext &context, const QJsonObject &item) {
                return EntityDetails::firstRow(context, sql, {text(item, "id")});
            };
        };
        entity.relations.insert(QStringLiteral("account"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    return text(item, "product_type") == u"hosting"
                                               ? accountById(context, text(item, "account_id"))
                                               : QJsonValue(QJsonValue::Null);
                                });
        entity.relations.insert(QStringLiteral("domain"),
                                byResource("domains", "domain_id, domain, sld, tld, status, "
                                                      "start_date, end_date, account_id"));
        entity.relations.insert(QStringLiteral("ip"),
                                byResource("account_ip_addresses", "id, account_id, ip, status, "
                                                                   "start_date, end_date"));
        entity.relations.insert(QStringLiteral("certificate"),
                                byResource("certificates", "certificate_id, hostname, alt_name, "
                                                           "end_date, certificate_type, provider, "
                                                           "registration_status"));
        entity.relations.insert(QStringLiteral("service"),
                                byResource("services", "id, type, status, start_date, end_date, "
                                                       "account_id, product"));
        entity.relations.insert(QStringLiteral("parent"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    return resourceById(context, text(item, "parent_id"));
                                });
        entity.relations.insert(QStringLiteral("parent_account"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    const QJsonValue parent =
                                        resourceById(context, text(item, "parent_id"));
                                    return parent.isObject()
                                               ? accountById(context,
                                                             parent[QStringLiteral("account_id")]
                                                                 .toString())
                                               : QJsonValue(QJsonValue::Null);
                                });
        entity.relations.insert(QStringLiteral("client"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    return EntityDetails::firstRow(
                                        context,
                                        QStringLiteral("SELECT * FROM clients WHERE id = ?"),
                                        {text(item, "client_reseller_id")});
                                });
        return entity;
    }();
    return spec;
}

const EntitySpec &clientSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("clients");
        entity.idField = QStringLiteral("id");
        entity.fields = {{QStringLiteral("id"), FieldType::Integer},
                         {QStringLiteral("user")},
                         {QStringLiteral("status")},
                         {QStringLiteral("name"), FieldType::Text, Like},
                         {QStringLiteral("email"), FieldType::Text, Like},
                         {QStringLiteral("organization"), FieldType::Text, Like}};
        for (const char *name : {"address", "address2", "city", "state", "zip", "country",
                                 "phone", "phonecode", "fax", "faxcode"})
            entity.fields.append(FieldSpec{QString::fromLatin1(name)});
        entity.fields.append(FieldSpec{QStringLiteral("vendor_store_id"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("vendor_reseller_id"), FieldType::Integer});
        entity.fields.append(FieldSpec{QStringLiteral("last_login"), FieldType::Date});
        entity.defaultOrder = {{QStringLiteral("id"), true}};
        entity.defaultOrderEcho = QJsonArray();
        entity.defaultLimit = 50;
        entity.storeColumn = QStringLiteral("vendor_store_id");
        entity.relations.insert(QStringLiteral("resources"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    return ListEngine::fetchRows(
                                        context,
                                        QStringLiteral("SELECT * FROM resources WHERE "
                                                       "client_reseller_id = ? ORDER BY id"),
                                        {text(item, "id")});
                                });
        return entity;
    }();
    return spec;
}

// SQL for a property of the hosting account that a service runs on.
QString accountColumn(const char *column)
{
    return QStringLiteral("(SELECT a.") + QString::fromLatin1(column)
           + QStringLiteral(" FROM accounts a WHERE a.account_id = CAST(services.account_id AS "
                            "INTEGER))");
}

const EntitySpec &serviceSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("services");
        entity.idField = QStringLiteral("id");
        entity.fields = {
            {QStringLiteral("id"), FieldType::Integer},
            {QStringLiteral("resource_id"), FieldType::Integer},
            {QStringLiteral("type")},
            {QStringLiteral("status")},
            {QStringLiteral("start_date"), FieldType::Date},
            {QStringLiteral("end_date"), FieldType::Date},
            {QStringLiteral("account_id"), FieldType::Integer},
            {QStringLiteral("account_hostname"), FieldType::Text, Like, accountColumn("hostname")},
            {QStringLiteral("product")},
            {QStringLiteral("client_reseller_id"), FieldType::Integer},
            {QStringLiteral("server"), FieldType::Text, {}, accountColumn("server")},
            {QStringLiteral("username"), FieldType::Text, {}, accountColumn("username")},
            {QStringLiteral("account_active"), FieldType::Text, {}, accountColumn("service_status")},
        };
        entity.defaultOrder = {{QStringLiteral("id"), true}};
        entity.defaultOrderEcho = QJsonArray();
        entity.defaultLimit = 50;
        entity.storeColumn = QStringLiteral("store_id");
        entity.relations.insert(QStringLiteral("resource"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    return resourceById(context, text(item, "resource_id"));
                                });
        entity.relations.insert(QStringLiteral("account"),
                                [](const CommandContext &context, const QJsonObject &item) {
                                    return accountById(context, text(item, "account_id"));
                                });
        entity.relations.insert(QStringLiteral("service_data"), [](const CommandContext &,
                                                                    const QJsonObject &item) {
            // NOTE: the reference names service_data without an example; these settings of
            // Advanced Security are a guess at its layout.
            const bool active = text(item, "status") == u"active";
            return QJsonValue(QJsonObject{
                {QStringLiteral("type"), item.value(QStringLiteral("type"))},
                {QStringLiteral("firewall"), active ? QStringLiteral("on") : QStringLiteral("off")},
                {QStringLiteral("malware_scan"), QStringLiteral("daily")},
                {QStringLiteral("hostname"), item.value(QStringLiteral("account_hostname"))}});
        });
        return entity;
    }();
    return spec;
}

} // namespace

void registerBillingCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("resource-list"), [](const CommandContext &context) {
        return ListEngine(resourceSpec()).list(context);
    });
    registry.add(QStringLiteral("resource-details"), [](const CommandContext &context) {
        return EntityDetails::byId(context, resourceSpec(), QStringLiteral("id"));
    });
    registry.add(QStringLiteral("client-list"), [](const CommandContext &context) {
        return ListEngine(clientSpec()).list(context);
    });
    registry.add(QStringLiteral("client-details"), [](const CommandContext &context) {
        return EntityDetails::byId(context, clientSpec(), QStringLiteral("id"));
    });
    registry.add(QStringLiteral("service-list"), [](const CommandContext &context) {
        return ListEngine(serviceSpec()).list(context);
    });
    registry.add(QStringLiteral("service-details"), [](const CommandContext &context) {
        return EntityDetails::byId(context, serviceSpec(), QStringLiteral("id"));
    });
}

} // namespace ResellerDesk::Sandbox
