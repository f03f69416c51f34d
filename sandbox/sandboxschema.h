#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ResellerDesk::Sandbox::Schema {

// Columns of each table. Values are stored as text exactly as the API returns them (numbers as
// strings, dates as "yyyy-MM-dd HH:mm:ss" in UTC) so that responses need no formatting.
// The first column is the primary key.
const QStringList &accountColumns();
const QStringList &resourceColumns();
const QStringList &domainColumns();
const QStringList &orderColumns();
const QStringList &orderItemColumns();
const QStringList &paymentColumns();
const QStringList &ticketColumns();
const QStringList &messageColumns();
const QStringList &storeColumns();

// Creates every table and index; the database must be empty. Returns false and sets
// *errorMessage on failure.
bool create(QSqlDatabase &database, QString *errorMessage);

// Stores the date that days_to_expire counts from; list queries read it from sandbox_clock.
bool setToday(QSqlDatabase &database, const QString &isoDate);

} // namespace ResellerDesk::Sandbox::Schema
