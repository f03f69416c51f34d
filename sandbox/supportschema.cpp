// Tables of the entities added for certificates, resources, clients, advanced services and the
// support ticket commands. Values are stored as the API returns them, like sandboxschema.cpp.
#include "sandbox/supportdata.h"

#include "sandbox/sandboxlogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox::SupportData {

namespace {

const char *const TableStatements[] = {
    "CREATE TABLE IF NOT EXISTS certificates(certificate_id INTEGER PRIMARY KEY, resource_id "
    "TEXT, service_id TEXT, hostname TEXT, alt_name TEXT, start_date TEXT, end_date TEXT, "
    "certificate_type TEXT, provider TEXT, registration_status TEXT, root_id TEXT, "
    "approver_email TEXT, country TEXT, city TEXT, state TEXT, organization TEXT, "
    "organization_unit TEXT, zip TEXT, address TEXT, store_id TEXT, account_id TEXT, "
    "installed_account_id TEXT)",
    "CREATE TABLE IF NOT EXISTS resources(id INTEGER PRIMARY KEY, parent_id TEXT, store_id TEXT, "
    "client_reseller_id TEXT, catalog_id TEXT, product_id TEXT, periodicity TEXT, resource TEXT, "
    "resource_unit TEXT, quantity TEXT, start_date TEXT, end_date TEXT, root_id TEXT, "
    "parent_type TEXT, parent_product TEXT, display_name TEXT, display_name_idn TEXT, "
    "account_id TEXT, product_type TEXT, product TEXT, datacenter_id TEXT, datacenter TEXT)",
    "CREATE TABLE IF NOT EXISTS clients(id INTEGER PRIMARY KEY, user TEXT, status TEXT, name "
    "TEXT, email TEXT, organization TEXT, address TEXT, address2 TEXT, city TEXT, state TEXT, "
    "zip TEXT, country TEXT, phone TEXT, phonecode TEXT, fax TEXT, faxcode TEXT, "
    "vendor_store_id TEXT, vendor_reseller_id TEXT, last_login TEXT)",
    "CREATE TABLE IF NOT EXISTS services(id INTEGER PRIMARY KEY, resource_id TEXT, type TEXT, "
    "status TEXT, start_date TEXT, end_date TEXT, account_id TEXT, product TEXT, "
    "client_reseller_id TEXT, store_id TEXT)",
    "CREATE TABLE IF NOT EXISTS account_ip_addresses(id INTEGER PRIMARY KEY, account_id TEXT, "
    "resource_id TEXT, ip TEXT, status TEXT, start_date TEXT, end_date TEXT)",
    "CREATE TABLE IF NOT EXISTS account_notes(id INTEGER PRIMARY KEY, account_id TEXT, note "
    "TEXT, created_by TEXT, date TEXT)",
    "CREATE TABLE IF NOT EXISTS support_users(username TEXT PRIMARY KEY, name TEXT, email TEXT, "
    "language TEXT, password_salt TEXT, password_digest TEXT, is_default TEXT)",
    "CREATE TABLE IF NOT EXISTS support_user_domains(username TEXT, domain TEXT, "
    "PRIMARY KEY(username, domain))",
    // Question and answer attachments have separate id ranges, as ticket-attachment's `type`
    // parameter shows. `data` is the decoded file, empty for deleted attachments.
    "CREATE TABLE IF NOT EXISTS ticket_attachments(kind TEXT, id INTEGER, message_id TEXT, "
    "ticket_id TEXT, file TEXT, type TEXT, size TEXT, path TEXT, is_deleted INTEGER, data BLOB, "
    "PRIMARY KEY(kind, id))",
    // Questions waiting for the simulated operator; due_ms is Unix time in milliseconds.
    "CREATE TABLE IF NOT EXISTS operator_queue(message_id INTEGER PRIMARY KEY, ticket_id TEXT, "
    "due_ms INTEGER)",
    "CREATE TABLE IF NOT EXISTS democp_links(key TEXT PRIMARY KEY, created_ms INTEGER, used_ms "
    "INTEGER)",
    "CREATE TABLE IF NOT EXISTS sandbox_settings(name TEXT PRIMARY KEY, value TEXT)",
    "CREATE INDEX IF NOT EXISTS certificates_account ON certificates(account_id)",
    "CREATE INDEX IF NOT EXISTS certificates_installed ON certificates(installed_account_id)",
    "CREATE INDEX IF NOT EXISTS resources_client ON resources(client_reseller_id)",
    "CREATE INDEX IF NOT EXISTS attachments_message ON ticket_attachments(message_id)",
};

bool storeSetting(QSqlDatabase &database, const QString &name, const QString &value)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sandbox_settings(name, value) "
                                 "VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(value);
    return query.exec();
}

} // namespace

bool prepare(QSqlDatabase &database, const QDate &today, const QUrl &serverUrl,
             int operatorReplyDelayMs, QString *errorMessage)
{
    QSqlQuery query(database);
    for (const char *statement : TableStatements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *errorMessage = QCoreApplication::translate("SupportData",
                                                        "Failed to create the sandbox tables: %1")
                                .arg(query.lastError().text());
            return false;
        }
    }
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM support_users")) || !query.next()) {
        *errorMessage = query.lastError().text();
        return false;
    }
    if (query.value(0).toLongLong() == 0 && !seed(database, today, errorMessage))
        return false;
    if (!storeSetting(database, QStringLiteral("server_url"), serverUrl.toString())
        || !storeSetting(database, QStringLiteral("operator_reply_delay_ms"),
                         QString::number(qMax(0, operatorReplyDelayMs)))) {
        *errorMessage = QCoreApplication::translate("SupportData",
                                                    "Failed to store the sandbox settings: %1")
                            .arg(database.lastError().text());
        return false;
    }
    return true;
}

QString setting(const QSqlDatabase &database, const QString &name)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT value FROM sandbox_settings WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        qCWarning(lcSandbox) << "Failed to read the sandbox setting" << name
                             << query.lastError().text();
        return {};
    }
    return query.value(0).toString();
}

QString passwordDigest(const QString &salt, const QString &password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + password).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ResellerDesk::Sandbox::SupportData
