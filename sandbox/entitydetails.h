#pragma once

#include "sandbox/commandcontext.h"
#include "sandbox/commandresult.h"
#include "sandbox/entityspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>

namespace ResellerDesk::Sandbox::EntityDetails {

// Runs a details command: reads the integer request parameter `parameter` (required:,
// invalid: and not_found: errors name it), limits a store token to its store through the
// spec's storeColumn, selects `fields` (the spec's fields when empty) and adds the relations
// of the request's `with`.
CommandResult byId(const CommandContext &context, const EntitySpec &spec, const QString &parameter,
                   const QList<FieldSpec> &fields = {});

// Returns the first row of `sql` as an object, or null when there is none, for relations that
// link to one object.
QJsonValue firstRow(const CommandContext &context, const QString &sql, const QVariantList &bindings);

// Removes the properties `names` from every item of a list result. Filters such as
// certificate-list's `hosted` are properties of the spec that the reference keeps out of the
// output.
CommandResult withoutProperties(CommandResult result, const QStringList &names);

} // namespace ResellerDesk::Sandbox::EntityDetails
