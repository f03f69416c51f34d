#pragma once

#include "sandbox/commandresult.h"
#include "sandbox/entityspec.h"

#include <QVariantList>

#include <optional>

namespace ResellerDesk::Sandbox {

struct CommandContext;
struct PayloadNode;

// Turns one filter condition on one property into an SQL clause with bound values.
// Returns an error result such as invalid:filter.end_date for a value the condition
// cannot use.
std::optional<CommandResult> buildFilterClause(const CommandContext &context,
                                               const FieldSpec &field, const QString &condition,
                                               const PayloadNode &value, QString *clause,
                                               QVariantList *bindings);

// Escapes % and _ for LIKE ... ESCAPE '\'.
QString escapeLike(const QString &text);

// Returns the error result for a rejected filter on `property`. Its params carry the
// condition, the value, the reason and a human-readable message that names the value.
CommandResult invalidFilter(const QString &property, const QString &condition,
                            const QString &value, const QString &reason);

} // namespace ResellerDesk::Sandbox
