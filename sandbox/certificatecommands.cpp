#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/domainname.h"
#include "sandbox/entitydetails.h"
#include "sandbox/listengine.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox {

namespace {

// Filters that the reference documents but keeps out of the output.
const QStringList HiddenProperties{QStringLiteral("hostnames"), QStringLiteral("hosted"),
                                   QStringLiteral("account_id"), QStringLiteral("altname")};

QList<FieldSpec> listFields()
{
    // The reference's table lists %like% and its example sends like%, so both are accepted.
    const QStringList like{QStringLiteral("like%"), QStringLiteral("%like%")};
    const QStringList comparisons{QStringLiteral(">"), QStringLiteral("<"), QStringLiteral(">="),
                                  QStringLiteral("<=")};
    return {
        {QStringLiteral("certificate_id"), FieldType::Integer},
        {QStringLiteral("resource_id"), FieldType::Integer},
        {QStringLiteral("service_id"), FieldType::Integer},
        {QStringLiteral("hostname"), FieldType::Text, like},
        {QStringLiteral("alt_name"), FieldType::Text, like},
        {QStringLiteral("end_date"), FieldType::Date, comparisons + QStringList{QStringLiteral("daterange")}},
        {QStringLiteral("days_to_expire"), FieldType::Integer,
         comparisons + QStringList{QStringLiteral("range")}, daysToExpireSql()},
        {QStringLiteral("certificate_type")},
        {QStringLiteral("provider")},
        {QStringLiteral("registration_status")},
        // NOTE: = and ! compare the joined "hostname alt_name" text, so they match only
        // certificates without an alternative name; the reference documents only %like% here.
        {QStringLiteral("hostnames"), FieldType::Text, like,
         QStringLiteral("(hostname || ' ' || COALESCE(alt_name, ''))")},
        {QStringLiteral("hosted"), FieldType::Integer, {},
         QStringLiteral("(CASE WHEN installed_account_id IS NULL THEN '0' ELSE '1' END)")},
        // account_id filters by the account the certificate is installed at.
        {QStringLiteral("account_id"), FieldType::Integer, {}, QStringLiteral("installed_account_id")},
        // The reference's own example filters on "altname".
        {QStringLiteral("altname"), FieldType::Text, like, QStringLiteral("alt_name")},
    };
}

QList<FieldSpec> detailFields()
{
    QList<FieldSpec> fields{{QStringLiteral("id"), FieldType::Integer, {},
                             QStringLiteral("certificate_id")}};
    for (const char *name : {"resource_id", "root_id", "hostname", "alt_name"})
        fields.append(FieldSpec{QString::fromLatin1(name)});
    fields.append(FieldSpec{QStringLiteral("status"), FieldType::Text, {},
                            QStringLiteral("registration_status")});
    fields.append(FieldSpec{QStringLiteral("certificate_type")});
    fields.append(FieldSpec{QStringLiteral("start_date"), FieldType::Date});
    fields.append(FieldSpec{QStringLiteral("end_date"), FieldType::Date});
    for (const char *name : {"approver_email", "country", "city", "state", "organization",
                             "organization_unit", "zip", "address"})
        fields.append(FieldSpec{QString::fromLatin1(name)});
    return fields;
}

// The list names the id certificate_id and the details command names it id.
QString certificateId(const QJsonObject &item)
{
    const QJsonValue id = item.value(QStringLiteral("certificate_id"));
    return id.isUndefined() ? item.value(QStringLiteral("id")).toString() : id.toString();
}

const EntitySpec &certificateSpec();

QJsonValue detailsRelation(const CommandContext &context, const QJsonObject &item)
{
    QStringList columns;
    for (const FieldSpec &field : detailFields())
        columns.append(field.expression() + QStringLiteral(" AS ") + field.name);
    return EntityDetails::firstRow(context,
                                   QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                                       + QStringLiteral(" FROM certificates WHERE certificate_id = ?"),
                                   {certificateId(item)});
}

QJsonValue servicesRelation(const CommandContext &context, const QJsonObject &item)
{
    return ListEngine::fetchRows(
        context,
        QStringLiteral("SELECT a.account_id, a.username, a.server, a.hostname, a.service_status "
                       "FROM certificates c JOIN accounts a ON a.account_id = "
                       "CAST(c.installed_account_id AS INTEGER) WHERE c.certificate_id = ?"),
        {certificateId(item)});
}

const EntitySpec &certificateSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("certificates");
        entity.idField = QStringLiteral("certificate_id");
        entity.fields = listFields();
        entity.defaultOrder = {{QStringLiteral("certificate_id"), true}};
        // The reference's example echoes an empty array when no order_by was sent.
        entity.defaultOrderEcho = QJsonArray();
        entity.defaultLimit = 25;
        entity.storeColumn = QStringLiteral("store_id");
        entity.relations.insert(QStringLiteral("services"), servicesRelation);
        entity.relations.insert(QStringLiteral("details"), detailsRelation);
        return entity;
    }();
    return spec;
}

CommandResult approverEmails(const CommandContext &context)
{
    QString hostname = context.payload.text(QStringLiteral("hostname")).trimmed();
    if (hostname.isEmpty())
        return CommandResult::error(QStringLiteral("required:hostname"));
    // A wildcard certificate is approved like its base name.
    if (hostname.startsWith(QStringLiteral("*.")))
        hostname = hostname.mid(2);
    DomainName name;
    QString reason;
    if (!DomainName::parse(hostname, &name, &reason))
        return CommandResult::error(QStringLiteral("invalid:hostname"),
                                    {{QStringLiteral("value"), hostname},
                                     {QStringLiteral("reason"), reason}});

    // The CA/Browser Forum's constructed addresses, for the host name itself and for every
    // parent down to the registrable domain. Mailboxes use the ASCII (ACE) form of the name.
    QStringList domains;
    QStringList labels = name.subdomain.isEmpty() ? QStringList() : name.subdomain.split(u'.');
    while (!labels.isEmpty()) {
        domains.append(labels.join(u'.') + u'.' + name.registrable());
        labels.removeFirst();
    }
    domains.append(name.registrable());
    QJsonArray emails;
    for (const QString &domain : std::as_const(domains)) {
        for (const char *mailbox : {"postmaster", "admin", "administrator", "hostmaster",
                                    "webmaster"})
            emails.append(QString(QString::fromLatin1(mailbox) + u'@' + domain));
    }
    return CommandResult::success(QJsonObject{{QStringLiteral("emails"), emails}});
}

} // namespace

void registerCertificateCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("certificate-list"), [](const CommandContext &context) {
        return EntityDetails::withoutProperties(ListEngine(certificateSpec()).list(context),
                                                HiddenProperties);
    });
    registry.add(QStringLiteral("certificate-details"), [](const CommandContext &context) {
        return EntityDetails::byId(context, certificateSpec(), QStringLiteral("certificate_id"),
                                   detailFields());
    });
    registry.add(QStringLiteral("ssl-approver-emails"), approverEmails);
}

} // namespace ResellerDesk::Sandbox
