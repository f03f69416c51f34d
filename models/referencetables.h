#pragma once

#include "api/referencerecords.h"

#include <QList>

class QStandardItemModel;

// Table models of the lookup commands (countries, datacenters, tlds, currencyrates) for the
// reference data window. Every cell has DisplayRole text and a typed
// EntityTableModel::SortRole value, and column 0 carries the row's SearchTextRole text, so
// the tables work with QuickFilterProxyModel. Each function replaces the model's rows and
// headers.
namespace ResellerDesk::Models::ReferenceTables {

// Columns: name, ISO2, ISO3, phone code, continent, currency, TLD, EU, EEA, VAT %, VAT prefix,
// language.
void fillCountries(QStandardItemModel *model, const QList<Api::Country> &countries);
// Columns: sku, name, country ISO2 code.
void fillDatacenters(QStandardItemModel *model, const QList<Api::Datacenter> &datacenters);
// Columns: TLD, transfer, WHOIS privacy, IDN, EPP, RGP, min and max period, ICANN, number of
// extra attributes. Column 0's EntityTableModel::RawRole is the TLD's JSON object, which
// tldAt() reads back.
void fillTlds(QStandardItemModel *model, const QList<Api::Tld> &tlds);
Api::Tld tldAt(const QStandardItemModel *model, int row);
// Columns: property name, label, type, required, default value, options, select type,
// placeholder.
void fillTldAttributes(QStandardItemModel *model, const Api::Tld &tld);
// One row per base currency and one column per quote currency: how many units of the column's
// currency one unit of the row's currency buys.
void fillCurrencyRates(QStandardItemModel *model, const Api::CurrencyRates &rates);

} // namespace ResellerDesk::Models::ReferenceTables
