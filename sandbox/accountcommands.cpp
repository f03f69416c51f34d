#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/listengine.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox {

namespace {

const QStringList Comparisons{QStringLiteral(">"), QStringLiteral("<"), QStringLiteral(">="),
                              QStringLiteral("<=")};

QStringList with(const QStringList &extra)
{
    return Comparisons + extra;
}

QList<FieldSpec> listFields()
{
    const QStringList likePrefix{QStringLiteral("like%")};
    const QStringList likeBoth{QStringLiteral("like%"), QStringLiteral("%like%")};
    return {
        {QStringLiteral("account_id"), FieldType::Integer},
        {QStringLiteral("resource_id"), FieldType::Integer},
        {QStringLiteral("username"), FieldType::Text, likePrefix},
        {QStringLiteral("server"), FieldType::Text, likePrefix},
        {QStringLiteral("datacenter")},
        {QStringLiteral("hostname"), FieldType::Text, likePrefix},
        {QStringLiteral("billing_status")},
        {QStringLiteral("service_status")},
        {QStringLiteral("start_date"), FieldType::Date},
        {QStringLiteral("end_date"), FieldType::Date, with({QStringLiteral("daterange")})},
        {QStringLiteral("days_to_expire"), FieldType::Integer, with({QStringLiteral("range")}),
         daysToExpireSql()},
        {QStringLiteral("main_domain_end_date"), FieldType::Date,
         with({QStringLiteral("daterange")})},
        {QStringLiteral("plan"), FieldType::Text, likeBoth},
        {QStringLiteral("storage_used"), FieldType::Float, with({QStringLiteral("range")})},
        {QStringLiteral("traffic_used"), FieldType::Float, with({QStringLiteral("range")})},
        {QStringLiteral("inodes_used"), FieldType::Integer, with({QStringLiteral("range")})},
        {QStringLiteral("cpu_limit_used"), FieldType::Float, with({QStringLiteral("range")})},
        {QStringLiteral("mysql_limit_used"), FieldType::Float, with({QStringLiteral("range")})},
        {QStringLiteral("ssl_status"), FieldType::Integer},
        {QStringLiteral("periodicity")},
        {QStringLiteral("product_id"), FieldType::Integer},
        {QStringLiteral("plan_name"), FieldType::Text, likeBoth},
        {QStringLiteral("store_name")},
        {QStringLiteral("store_id"), FieldType::Integer},
        {QStringLiteral("resold"), FieldType::Integer},
        {QStringLiteral("client_reseller_id"), FieldType::Integer},
        {QStringLiteral("parent_id"), FieldType::Integer},
    };
}

QList<FieldSpec> detailFields()
{
    QList<FieldSpec> fields = listFields();
    for (const char *name : {"firstname", "lastname", "company", "job", "address", "address2",
                             "city", "state", "zip", "country", "email", "email2",
                             "phone_country", "phone", "fax_country", "fax", "product_sku"})
        fields.append(FieldSpec{QString::fromLatin1(name)});
    return fields;
}

const EntitySpec &accountSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("accounts");
        entity.idField = QStringLiteral("account_id");
        entity.fields = listFields();
        entity.defaultOrder = {{QStringLiteral("account_id"), false}};
        entity.defaultOrderEcho = QJsonObject{{QStringLiteral("account_id"), QStringLiteral("desc")}};
        entity.storeColumn = QStringLiteral("store_id");
        entity.relations.insert(QStringLiteral("resources"), [](const CommandContext &context,
                                                                 const QJsonObject &item) {
            return ListEngine::fetchRows(context,
                                         QStringLiteral("SELECT * FROM account_resources WHERE "
                                                        "account_id = ? ORDER BY id"),
                                         {item.value(QStringLiteral("account_id")).toString()});
        });
        entity.relations.insert(QStringLiteral("services"), [](const CommandContext &context,
                                                                const QJsonObject &item) {
            // NOTE: the reference names the services but shows no example, so the object
            // layout here is a guess. The six base services come first, then the advanced
            // services (service-list) of the account in the same layout.
            QJsonArray services;
            for (const char *name : {"db", "dns", "ftp", "mail", "ssh", "web"})
                services.append(QJsonObject{
                    {QStringLiteral("account_id"), item.value(QStringLiteral("account_id"))},
                    {QStringLiteral("service"), QString::fromLatin1(name)},
                    {QStringLiteral("status"), QStringLiteral("active")}});
            const QJsonArray advanced = ListEngine::fetchRows(
                context,
                QStringLiteral("SELECT account_id, type AS service, status, id FROM services "
                               "WHERE account_id = ? ORDER BY id"),
                {item.value(QStringLiteral("account_id")).toString()});
            for (const QJsonValue &service : advanced)
                services.append(service);
            return services;
        });
        entity.relations.insert(QStringLiteral("usage"), [](const CommandContext &,
                                                             const QJsonObject &item) {
            return QJsonObject{{QStringLiteral("space"), item.value(QStringLiteral("storage_used"))},
                               {QStringLiteral("traffic"),
                                item.value(QStringLiteral("traffic_used"))}};
        });
        entity.relations.insert(QStringLiteral("registered_domains"), [](const CommandContext &context,
                                                                          const QJsonObject &item) {
            return ListEngine::fetchRows(
                context,
                QStringLiteral("SELECT domain_id, domain, status, start_date, end_date, product "
                               "FROM domains WHERE account_id = ? ORDER BY domain_id"),
                {item.value(QStringLiteral("account_id")).toString()});
        });
        entity.relations.insert(QStringLiteral("parked_domains"), [](const CommandContext &context,
                                                                      const QJsonObject &item) {
            return ListEngine::fetchRows(
                context,
                QStringLiteral("SELECT domain, park_status FROM domains WHERE account_id = ? "
                               "ORDER BY domain_id"),
                {item.value(QStringLiteral("account_id")).toString()});
        });
        // NOTE: the reference shows no example of these four relations, so their layouts
        // are guesses that reuse the property names of certificate-list.
        const auto rowsOfAccount = [](const QString &sql) {
            return [sql](const CommandContext &context, const QJsonObject &item) {
                return QJsonValue(ListEngine::fetchRows(
                    context, sql, {item.value(QStringLiteral("account_id")).toString()}));
            };
        };
        const QString certificateColumns = QStringLiteral(
            "SELECT certificate_id, resource_id, hostname, alt_name, end_date, certificate_type, "
            "provider, registration_status FROM certificates WHERE ");
        entity.relations.insert(QStringLiteral("registered_certificates"),
                                rowsOfAccount(certificateColumns
                                              + QStringLiteral("account_id = ? ORDER BY "
                                                               "certificate_id")));
        entity.relations.insert(QStringLiteral("installed_certificates"),
                                rowsOfAccount(certificateColumns
                                              + QStringLiteral("installed_account_id = ? ORDER "
                                                               "BY certificate_id")));
        entity.relations.insert(QStringLiteral("ip_addresses"),
                                rowsOfAccount(QStringLiteral(
                                    "SELECT id, resource_id, ip, status, start_date, end_date "
                                    "FROM account_ip_addresses WHERE account_id = ? ORDER BY id")));
        entity.relations.insert(QStringLiteral("notes"),
                                rowsOfAccount(QStringLiteral(
                                    "SELECT id, note, created_by, date FROM account_notes WHERE "
                                    "account_id = ? ORDER BY date")));
        return entity;
    }();
    return spec;
}

CommandResult accountDetails(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("account_id"));
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:account_id"));
    bool isNumber = false;
    id.toLongLong(&isNumber);
    if (!isNumber)
        return CommandResult::error(QStringLiteral("invalid:account_id"),
                                    {{QStringLiteral("value"), id}});

    QString where = QStringLiteral("account_id = ?");
    QVariantList bindings{id};
    if (!context.storeId.isEmpty()) {
        where += QStringLiteral(" AND store_id = ?");
        bindings.append(context.storeId);
    }
    const ListEngine engine(accountSpec());
    std::optional<QJsonObject> account = engine.fetchOne(context, where, bindings, detailFields());
    if (!account)
        return CommandResult::error(QStringLiteral("not_found:account_id"),
                                    {{QStringLiteral("value"), id}});
    if (auto error = engine.addRelations(context, *account))
        return *error;
    return CommandResult::success(*account);
}

CommandResult accountEnums(const CommandContext &context)
{
    QJsonObject plans;
    for (const QJsonValue &row : ListEngine::fetchRows(
             context, QStringLiteral("SELECT DISTINCT plan, plan_name FROM accounts ORDER BY plan"), {}))
        plans.insert(row[QStringLiteral("plan")].toString(), row[QStringLiteral("plan_name")]);
    QJsonObject stores;
    for (const QJsonValue &row :
         ListEngine::fetchRows(context, QStringLiteral("SELECT store_id, name FROM stores"), {}))
        stores.insert(row[QStringLiteral("store_id")].toString(), row[QStringLiteral("name")]);

    const auto identity = [](std::initializer_list<const char *> names) {
        QJsonObject values;
        for (const char *name : names)
            values.insert(QString::fromLatin1(name), QString::fromLatin1(name));
        return values;
    };
    return CommandResult::success(QJsonObject{
        {QStringLiteral("datacenter"), QJsonObject{{QStringLiteral("centurylink"), QStringLiteral("USA")},
                                                   {QStringLiteral("neterra"), QStringLiteral("Europe")},
                                                   {QStringLiteral("iadvantage"),
                                                    QStringLiteral("Hong Kong")}}},
        {QStringLiteral("billing_status"),
         identity({"expiring", "expired", "blocked", "canceled", "active"})},
        {QStringLiteral("service_status"), identity({"running", "limited", "stopped"})},
        {QStringLiteral("has_ssl"), identity({"yes", "no"})},
        {QStringLiteral("plan"), plans},
        {QStringLiteral("store_id"), stores}});
}

} // namespace

void registerAccountCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("account-list"), [](const CommandContext &context) {
        return ListEngine(accountSpec()).list(context);
    });
    registry.add(QStringLiteral("account-details"), accountDetails);
    registry.add(QStringLiteral("account-enums"), accountEnums);
}

} // namespace ResellerDesk::Sandbox
