// Demo rows for the entities of supportschema.cpp. Most rows are derived with SQL from the
// accounts, domains and tickets of the demo data, so the links between entities always hold
// and a larger --scale gives proportionately more resources and clients.
#include "sandbox/supportdata.h"

#include "sandbox/sandboxlogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

#include <utility>

namespace ResellerDesk::Sandbox::SupportData {

namespace {

// A 1x1 PNG image, the same pixel as the reference's ticket-reply example.
constexpr char PixelPngBase64[] =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5Er"
    "kJggg==";

using Statement = std::pair<QString, QVariantList>;

// Datacenter sku to id; the reference shows neterra as 2.
const QString DatacenterIdSql = QStringLiteral(
    "CASE datacenter WHEN 'centurylink' THEN '1' WHEN 'neterra' THEN '2' ELSE '3' END");

QList<Statement> resourceStatements()
{
    return {
        {QStringLiteral("INSERT OR IGNORE INTO resources SELECT CAST(resource_id AS INTEGER), "
                        "NULL, store_id, client_reseller_id, '1', product_id, periodicity, '1', "
                        "'COUNT', '1', start_date, end_date, NULL, '', '', username || ':' || "
                        "server || ':' || hostname, '', CAST(account_id AS TEXT), 'hosting', "
                        "plan, ")
             + DatacenterIdSql + QStringLiteral(", datacenter FROM accounts"),
         {}},
        // A bundled domain hangs below its hosting account's resource.
        {QStringLiteral("INSERT OR IGNORE INTO resources SELECT CAST(d.resource_id AS INTEGER), "
                        "CASE WHEN d.parent_product <> '' THEN d.root_id END, d.store_id, "
                        "a.client_reseller_id, '3', '20', 'YR', '1', 'COUNT', '1', d.start_date, "
                        "d.end_date, d.root_id, CASE WHEN d.parent_product <> '' THEN 'hosting' "
                        "ELSE '' END, COALESCE(d.parent_product, ''), d.domain, "
                        "COALESCE(d.idn, ''), d.account_id, 'domain', d.product, '', '' FROM "
                        "domains d LEFT JOIN accounts a ON a.account_id = "
                        "CAST(d.account_id AS INTEGER)"),
         {}},
        {QStringLiteral("INSERT OR IGNORE INTO resources SELECT CAST(c.resource_id AS INTEGER), "
                        "NULL, c.store_id, a.client_reseller_id, '5', '30', 'YR', '1', 'COUNT', "
                        "'1', c.start_date, c.end_date, c.root_id, '', '', c.hostname, '', "
                        "c.account_id, 'ssl', c.certificate_type, '', '' FROM certificates c "
                        "LEFT JOIN accounts a ON a.account_id = CAST(c.account_id AS INTEGER) "
                        "WHERE c.resource_id IS NOT NULL"),
         {}},
        {QStringLiteral("INSERT OR IGNORE INTO resources SELECT CAST(s.resource_id AS INTEGER), "
                        "a.resource_id, s.store_id, s.client_reseller_id, '7', '40', 'YR', '1', "
                        "'COUNT', '1', s.start_date, s.end_date, a.resource_id, 'hosting', a.plan, "
                        "a.username || ':' || a.server || ':' || a.hostname, '', s.account_id, "
                        "'service', s.product, '', '' FROM services s JOIN accounts a ON "
                        "a.account_id = CAST(s.account_id AS INTEGER)"),
         {}},
        {QStringLiteral("INSERT OR IGNORE INTO resources SELECT CAST(i.resource_id AS INTEGER), "
                        "a.resource_id, a.store_id, a.client_reseller_id, '9', '50', 'YR', '1', "
                        "'COUNT', '1', i.start_date, i.end_date, a.resource_id, 'hosting', "
                        "a.plan, i.ip, '', i.account_id, 'ip', 'dedicated_ip', '', '' FROM "
                        "account_ip_addresses i JOIN accounts a ON a.account_id = "
                        "CAST(i.account_id AS INTEGER)"),
         {}},
    };
}

QList<Statement> clientStatements()
{
    return {
        {QStringLiteral("INSERT INTO clients VALUES (74898, 'client20169', 'active', 'John Doe', "
                        "'john@example.com', '', 'My Address 1', 'My Address 2', 'Eremia', "
                        "'California', '12345', 'US', '+1.1234567890', 'US', '+1.1234567890', "
                        "'US', '6', '21', NULL)"),
         {}},
        {QStringLiteral("INSERT INTO clients VALUES (73245, 'resellerclient', 'suspended', "
                        "'Anna Smith', 'anna@example.com', 'Smith Design', '12 Park Lane', '', "
                        "'Vancouver', 'British Columbia', 'V5K 0A1', 'CA', '+1.6045550100', "
                        "'CA', '', '', '16', '21', NULL)"),
         {}},
        // One client per account owner that the demo rows do not name.
        {QStringLiteral("INSERT OR IGNORE INTO clients SELECT CAST(client_reseller_id AS "
                        "INTEGER), 'client' || client_reseller_id, 'active', firstname || ' ' || "
                        "lastname, email, COALESCE(company, ''), address, COALESCE(address2, ''), "
                        "city, state, zip, country, '+359.' || phone, phone_country, '', '', "
                        "store_id, '21', NULL FROM accounts WHERE client_reseller_id <> '' "
                        "GROUP BY client_reseller_id"),
         {}},
    };
}

QList<Statement> supportUserStatements()
{
    // Demo passwords, known on purpose so that ticket-auth can be tried: the reference's
    // "example_password" for exampleuser and "demo-password" for every other user.
    const auto user = [](const QString &name, const QString &fullName, const QString &email,
                         const QString &password, bool isDefault) {
        const QString salt = QStringLiteral("salt-") + name;
        return Statement{QStringLiteral("INSERT OR IGNORE INTO support_users VALUES (?, ?, ?, "
                                        "'en', ?, ?, ?)"),
                         {name, fullName, email, salt, passwordDigest(salt, password),
                          isDefault ? QStringLiteral("1") : QStringLiteral("0")}};
    };
    return {
        user(QStringLiteral("exampleusername"), QStringLiteral("Example Reseller"),
             QStringLiteral("reseller@example.com"), QStringLiteral("demo-password"), true),
        user(QStringLiteral("exampleuser"), QStringLiteral("Jane Doe"),
             QStringLiteral("user@example.com"), QStringLiteral("example_password"), false),
        user(QStringLiteral("examplesupportuser"), QStringLiteral("Peter Pan"),
             QStringLiteral("info@example.org"), QStringLiteral("demo-password"), false),
        // Every support account that owns a ticket; they all share the demo password.
        {QStringLiteral("INSERT OR IGNORE INTO support_users SELECT t.username, m.name, m.email, "
                        "t.lang, '', ?, '0' FROM tickets t JOIN ticket_messages m ON "
                        "m.ticket_id = CAST(t.id AS TEXT) GROUP BY t.username"),
         {passwordDigest(QString(), QStringLiteral("demo-password"))}},
        {QStringLiteral("INSERT OR IGNORE INTO support_user_domains SELECT DISTINCT username, "
                        "domain FROM tickets"),
         {}},
        {QStringLiteral("INSERT OR IGNORE INTO support_user_domains VALUES ('exampleusername', "
                        "'example.com'), ('exampleusername', 'example.org'), "
                        "('examplesupportuser', 'example.org')"),
         {}},
    };
}

} // namespace

bool seed(QSqlDatabase &database, const QDate &today, QString *errorMessage)
{
    const QDateTime midnight(today, QTime(0, 0), QTimeZone::utc());
    const auto stamp = [&midnight](qint64 days, int hour, int minute, int second) {
        return midnight.addDays(days)
            .addSecs(hour * 3600 + minute * 60 + second)
            .toString(u"yyyy-MM-dd HH:mm:ss");
    };
    const QString certificateSql = QStringLiteral(
        "INSERT INTO certificates VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'CA', "
        "'Sofia', 'Sofia', 'My Company', 'Online Sales', '1000', 'My Address 123', ?, ?, ?)");
    const auto certificate = [&](int id, const QVariant &resourceId, const QString &hostname,
                                 const QString &altName, int endDays, const QString &type,
                                 const QString &provider, const QString &status,
                                 const QString &storeId, const QVariant &accountId,
                                 const QVariant &installedAccountId) {
        return Statement{certificateSql,
                         {id, resourceId, hostname, altName, stamp(endDays - 365, 4, 24, 3),
                          stamp(endDays, 4, 24, 3), type, provider, status,
                          QString(QStringLiteral("admin@") + hostname), storeId, accountId,
                          installedAccountId}};
    };
    const QByteArray png = QByteArray::fromBase64(PixelPngBase64);
    const QByteArray text = QByteArrayLiteral("1. Open the File Manager.\n2. Restore the backup "
                                              "of wp-config.php.\n");
    const QString path = midnight.addDays(-1).toString(u"yyyy/MM/dd");
    const QVariant none;
    const QString account = QStringLiteral("81314");

    QList<Statement> statements{
        certificate(2023, QStringLiteral("136939"), QStringLiteral("example.com"), QString(), 486,
                    QStringLiteral("sectigo_essential"), QStringLiteral("our"),
                    QStringLiteral("processing"), QStringLiteral("6"), account, none),
        certificate(2024, QStringLiteral("136940"), QStringLiteral("test.example.com"),
                    QStringLiteral("test.example.com"), 485, QStringLiteral("geotrust_rapidssl"),
                    QStringLiteral("our"), QStringLiteral("ok"), QStringLiteral("6"), account,
                    account),
        certificate(2025, none, QStringLiteral("example.org"), QStringLiteral("www.example.org"),
                    25, QStringLiteral("foreign"), QStringLiteral("foreign"),
                    QStringLiteral("ok"), QStringLiteral("6"), none, account),
        certificate(2026, QStringLiteral("136942"), QStringLiteral("shop.example.net"),
                    QString(), -3, QStringLiteral("sectigo_positive_ssl"), QStringLiteral("our"),
                    QStringLiteral("expired"), QStringLiteral("6"), account, none),
        certificate(2027, QStringLiteral("136943"), QStringLiteral("blog.example.com"),
                    QStringLiteral("www.blog.example.com"), 12,
                    QStringLiteral("sectigo_essential"), QStringLiteral("our"),
                    QStringLiteral("ok"), QStringLiteral("16"), none, none),
        {QStringLiteral("INSERT INTO services VALUES (12, '138679', 'advanced_security', "
                        "'active', ?, ?, '81314', 'advanced_security', '74898', '6')"),
         {stamp(-500, 14, 50, 42), stamp(300, 13, 0, 0)}},
        // A second service on the first generated account, when there is one.
        {QStringLiteral("INSERT INTO services SELECT 13, '138680', 'advanced_security', "
                        "'suspended', start_date, end_date, CAST(account_id AS TEXT), "
                        "'advanced_security', client_reseller_id, store_id FROM accounts WHERE "
                        "account_id <> 81314 ORDER BY account_id LIMIT 1"),
         {}},
        {QStringLiteral("INSERT INTO account_ip_addresses VALUES (501, '81314', '138700', "
                        "'192.0.2.10', 'active', ?, ?)"),
         {stamp(-200, 9, 0, 0), stamp(165, 9, 0, 0)}},
        {QStringLiteral("INSERT INTO account_notes VALUES (1, '81314', 'Client asked to move the "
                        "site to the European datacenter next year.', 'examplereseller', ?), "
                        "(2, '81314', 'Renewal discount of 10% agreed by phone.', "
                        "'examplereseller', ?)"),
         {stamp(-40, 11, 5, 0), stamp(-7, 16, 30, 0)}},
        // The reference's ticket example has a question attachment, a deleted answer
        // attachment, and here also a text file from the operator.
        {QStringLiteral("INSERT INTO ticket_attachments VALUES ('question', 27878, '1241144', "
                        "'935470', 'screenshot.png', 'image/png', ?, ?, 0, ?), ('answer', 1396, "
                        "'1241144', '935470', 'christmas.jpg', 'image/jpeg', '68221', ?, 1, ''), "
                        "('answer', 1397, '1241144', '935470', 'steps.txt', 'text/plain', ?, ?, "
                        "0, ?)"),
         {QString::number(png.size()), path, png, path, QString::number(text.size()), path,
          text}},
        {QStringLiteral("UPDATE tickets SET attachment_count = (SELECT CAST(COUNT(*) AS TEXT) "
                        "FROM ticket_attachments a WHERE a.ticket_id = CAST(tickets.id AS TEXT) "
                        "AND a.kind = 'question') WHERE id IN (SELECT CAST(ticket_id AS INTEGER) "
                        "FROM ticket_attachments)"),
         {}},
    };
    statements += supportUserStatements();
    // Certificates, services and IP addresses must exist before their resources are derived.
    statements += clientStatements();
    statements += resourceStatements();

    QSqlQuery query(database);
    database.transaction();
    for (const auto &[sql, bindings] : std::as_const(statements)) {
        query.prepare(sql);
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        if (!query.exec()) {
            database.rollback();
            *errorMessage = QCoreApplication::translate("SupportData",
                                                        "Failed to seed the sandbox data: %1")
                                .arg(query.lastError().text());
            return false;
        }
    }
    database.commit();
    qCInfo(lcSandbox) << "Seeded certificates, resources, clients, services and support users";
    return true;
}

} // namespace ResellerDesk::Sandbox::SupportData
