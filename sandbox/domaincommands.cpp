#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/listengine.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox {

namespace {

const QStringList DateConditions{QStringLiteral(">"), QStringLiteral("<"), QStringLiteral(">="),
                                 QStringLiteral("<="), QStringLiteral("daterange")};

QList<FieldSpec> listFields()
{
    return {
        {QStringLiteral("domain_id"), FieldType::Integer},
        {QStringLiteral("domain"), FieldType::Text, {QStringLiteral("like%")}},
        {QStringLiteral("status")},
        {QStringLiteral("idn")},
        {QStringLiteral("resource_id"), FieldType::Integer},
        {QStringLiteral("start_date"), FieldType::Date, DateConditions},
        {QStringLiteral("end_date"), FieldType::Date, DateConditions},
        {QStringLiteral("days_to_expire"), FieldType::Integer,
         {QStringLiteral(">"), QStringLiteral("<"), QStringLiteral(">="), QStringLiteral("<="),
          QStringLiteral("range")},
         daysToExpireSql()},
        {QStringLiteral("product"), FieldType::Text, {QStringLiteral("like%")}},
        {QStringLiteral("parent_product"), FieldType::Text, {QStringLiteral("like%")}},
        {QStringLiteral("account_id"), FieldType::Integer},
        {QStringLiteral("park_status")},
    };
}

// Details use "id" for the key that the list calls "domain_id", as the reference shows.
QList<FieldSpec> detailFields()
{
    QList<FieldSpec> fields{{QStringLiteral("id"), FieldType::Integer, {}, QStringLiteral("domain_id")}};
    for (const char *name : {"resource_id", "account_id", "root_id", "sld", "tld", "domain",
                             "status", "ns1", "ns2", "ns3", "ns4", "ns5"})
        fields.append(FieldSpec{QString::fromLatin1(name)});
    fields.append(FieldSpec{QStringLiteral("start_date"), FieldType::Date});
    fields.append(FieldSpec{QStringLiteral("end_date"), FieldType::Date});
    // The demo data has one WHOIS contact per domain, returned for all four contact groups.
    for (const char *group : {"registrant", "admin", "tech", "billing"}) {
        for (const char *part : {"firstname", "lastname", "company", "jobtitle", "address",
                                 "address2", "city", "state", "sp_choice", "zip", "country",
                                 "email", "phone", "fax"}) {
            const QString name = QString::fromLatin1(group) + u'_' + QString::fromLatin1(part);
            fields.append(FieldSpec{name, FieldType::Text, {},
                                    QStringLiteral("registrant_") + QString::fromLatin1(part)});
        }
    }
    return fields;
}

QString domainIdOf(const QJsonObject &item)
{
    const QJsonValue id = item.value(QStringLiteral("domain_id"));
    return id.isUndefined() ? item.value(QStringLiteral("id")).toString() : id.toString();
}

const EntitySpec &domainSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("domains");
        entity.idField = QStringLiteral("domain_id");
        entity.fields = listFields();
        entity.defaultOrder = {{QStringLiteral("domain_id"), true}};
        // The reference's example returns an empty array here when no order_by was sent.
        entity.defaultOrderEcho = QJsonArray();
        entity.storeColumn = QStringLiteral("store_id");
        entity.relations.insert(QStringLiteral("account"), [](const CommandContext &context,
                                                               const QJsonObject &item) {
            const QJsonArray rows = ListEngine::fetchRows(
                context,
                QStringLiteral("SELECT account_id, username, server, hostname, plan, "
                               "billing_status, end_date FROM accounts WHERE account_id = ?"),
                {item.value(QStringLiteral("account_id")).toString()});
            return rows.isEmpty() ? QJsonValue(QJsonValue::Null) : rows.first();
        });
        entity.relations.insert(QStringLiteral("services"), [](const CommandContext &context,
                                                                const QJsonObject &item) {
            // NOTE: the reference shows no example of this relation, so the layout is a guess:
            // the hosting account that the domain is hosted on or parked at.
            return ListEngine::fetchRows(
                context,
                QStringLiteral("SELECT d.account_id, a.username, a.server, d.park_status FROM "
                               "domains d JOIN accounts a ON a.account_id = d.account_id WHERE "
                               "d.domain_id = ?"),
                {domainIdOf(item)});
        });
        entity.relations.insert(QStringLiteral("resource"), [](const CommandContext &context,
                                                                const QJsonObject &item) {
            const QJsonArray rows = ListEngine::fetchRows(
                context,
                QStringLiteral("SELECT resource_id AS id, root_id, store_id, account_id, product, "
                               "parent_product, start_date, end_date, domain AS display_name, "
                               "'YR' AS periodicity, 'domain' AS product_type FROM domains WHERE "
                               "domain_id = ?"),
                {domainIdOf(item)});
            return rows.isEmpty() ? QJsonValue(QJsonValue::Null) : rows.first();
        });
        return entity;
    }();
    return spec;
}

CommandResult domainDetails(const CommandContext &context)
{
    const RequestPayload &payload = context.payload;
    QString where;
    QVariantList bindings;
    QString lookup;
    // The reference allows domain_id, domain, or sld with tld, checked in that order.
    if (!payload.text(QStringLiteral("domain_id")).isEmpty()) {
        lookup = payload.text(QStringLiteral("domain_id"));
        where = QStringLiteral("domain_id = ?");
        bindings.append(lookup);
    } else if (!payload.text(QStringLiteral("domain")).isEmpty()) {
        lookup = payload.text(QStringLiteral("domain"));
        where = QStringLiteral("domain = ? COLLATE NOCASE");
        bindings.append(lookup);
    } else if (!payload.text(QStringLiteral("sld")).isEmpty()
               && !payload.text(QStringLiteral("tld")).isEmpty()) {
        lookup = payload.text(QStringLiteral("sld")) + u'.' + payload.text(QStringLiteral("tld"));
        where = QStringLiteral("sld = ? COLLATE NOCASE AND tld = ? COLLATE NOCASE");
        bindings << payload.text(QStringLiteral("sld")) << payload.text(QStringLiteral("tld"));
    } else {
        return CommandResult::error(QStringLiteral("required:domain_id"),
                                    {{QStringLiteral("reason"),
                                      QStringLiteral("send domain_id, domain, or sld and tld")}});
    }
    if (!context.storeId.isEmpty()) {
        where += QStringLiteral(" AND store_id = ?");
        bindings.append(context.storeId);
    }
    const ListEngine engine(domainSpec());
    std::optional<QJsonObject> domain = engine.fetchOne(context, where, bindings, detailFields());
    if (!domain)
        return CommandResult::error(QStringLiteral("not_found:domain"),
                                    {{QStringLiteral("value"), lookup}});
    if (auto error = engine.addRelations(context, *domain))
        return *error;
    return CommandResult::success(*domain);
}

} // namespace

void registerDomainCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("domain-list"), [](const CommandContext &context) {
        return ListEngine(domainSpec()).list(context);
    });
    registry.add(QStringLiteral("domain-details"), domainDetails);
}

} // namespace ResellerDesk::Sandbox
