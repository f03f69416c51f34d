#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace ResellerDesk::Sandbox::SupportData {

// Tables and demo data of certificates, billing resources, clients, advanced services, IP
// addresses, notes, support users, ticket attachments, the simulated operator and Demo CP links.

// Creates the tables that are missing and seeds them from the existing accounts, domains and
// tickets when they are empty, so that a data file from an older sandbox gains them too. Then
// stores the server's URL (for Demo CP links) and the operator's reply delay in milliseconds.
// Returns false and sets *errorMessage on failure.
bool prepare(QSqlDatabase &database, const QDate &today, const QUrl &serverUrl,
             int operatorReplyDelayMs, QString *errorMessage);

// Inserts the demo rows of these tables, derived from the accounts, domains and tickets already
// in the database where the entities are linked. Called by prepare() for empty tables.
bool seed(QSqlDatabase &database, const QDate &today, QString *errorMessage);

// Returns a value stored by prepare(): "server_url" or "operator_reply_delay_ms".
QString setting(const QSqlDatabase &database, const QString &name);

// Password digest of a support user: hex SHA-256 of salt + password.
QString passwordDigest(const QString &salt, const QString &password);

} // namespace ResellerDesk::Sandbox::SupportData
