#pragma once

#include "api/listquery.h"

#include <QString>
#include <QStringList>

namespace ResellerDesk::Cli {

// Parsers for the list options that become a ListQuery: --filter, --order-by, --limit and
// --page. Each returns false and sets errorMessage to a text that names the argument.
namespace ListArguments {

// Parses "property=value" or "property:condition=value". The condition is the longest
// condition token that matches; after a symbol the '=' may be left out, so "days:<=30" and
// "days:<==30" are both <= 30, and "days:<30" is < 30.
bool parseFilter(const QString &argument, Api::Filter *filter, QString *errorMessage);
// Parses "property", "property:asc" or "property:desc".
bool parseOrderBy(const QString &argument, Api::SortKey *key, QString *errorMessage);
// Parses a whole number of 1 or more for the option called optionName.
bool parsePositive(
    const QString &optionName, const QString &text, int *number, QString *errorMessage);

} // namespace ListArguments

} // namespace ResellerDesk::Cli
