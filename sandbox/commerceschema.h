#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Tables of the store, catalog, payment and reference commands (countries, datacenters, tlds,
// currency rates). Like the other sandbox tables, values are stored as the API returns them.
namespace ResellerDesk::Sandbox::CommerceSchema {

const QStringList &storeColumns();
const QStringList &countryColumns();
const QStringList &datacenterColumns();
const QStringList &tldColumns();
const QStringList &productColumns();
const QStringList &productResourceColumns();
const QStringList &catalogNodeColumns();
const QStringList &catalogPriceColumns();
const QStringList &processorColumns();
const QStringList &paymentRequestColumns();

// Creates the tables above plus currency_rates and order_item_meta. Returns false and sets
// *errorMessage on failure.
bool create(QSqlDatabase &database, QString *errorMessage);

} // namespace ResellerDesk::Sandbox::CommerceSchema
