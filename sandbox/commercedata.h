#pragma once

#include <QSqlDatabase>
#include <QString>

// Demo data of the store, catalog, payment and reference commands. Unlike the generated
// accounts and orders, it does not depend on `today` or on the scale.
namespace ResellerDesk::Sandbox::CommerceData {

// Inserts countries, datacenters, TLDs and currency rates.
bool insertReferenceData(QSqlDatabase &database, QString *errorMessage);
// Inserts the three demo stores, products, the catalog tree and payment processors.
bool insertCatalogData(QSqlDatabase &database, QString *errorMessage);

inline bool insert(QSqlDatabase &database, QString *errorMessage)
{
    return insertReferenceData(database, errorMessage) && insertCatalogData(database, errorMessage);
}

} // namespace ResellerDesk::Sandbox::CommerceData
