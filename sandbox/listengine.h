#pragma once

#include "sandbox/commandresult.h"
#include "sandbox/entityspec.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace ResellerDesk::Sandbox {

// Generic list command over one SQLite table: filter, order_by, limit, page and with, and the
// list response {order_by, limit, page, count, pages, data}.
class ListEngine
{
public:
    // Upper bound of `limit`. A larger limit is lowered to this value and the response's
    // `limit` shows the value used, so that `pages` stays consistent for the client.
    static constexpr int MaxLimit = 1000;

    explicit ListEngine(const EntitySpec &spec) : m_spec(spec) {}

    CommandResult list(const CommandContext &context) const;

    // Returns the first row matching `where` as a JSON object of `fields` (all of the
    // entity's fields when empty), or nothing when no row matches.
    std::optional<QJsonObject> fetchOne(const CommandContext &context, const QString &where,
                                        const QVariantList &bindings,
                                        const QList<FieldSpec> &fields = {}) const;

    // Adds the relations listed in the request's `with` to `item`. Returns an error result
    // for an unknown relation.
    std::optional<CommandResult> addRelations(const CommandContext &context,
                                              QJsonObject &item) const;

    // Runs `sql` and returns every row as an object of strings and nulls, with date columns
    // (names containing "date", plus updated, updated_at and read_on) in the request's tz.
    static QJsonArray fetchRows(const CommandContext &context, const QString &sql,
                                const QVariantList &bindings);

    static QJsonObject rowToJson(const QSqlQuery &query, const QList<FieldSpec> &fields,
                                 const CommandContext &context);

private:
    std::optional<CommandResult> buildFilter(const CommandContext &context, QStringList &clauses,
                                             QVariantList &bindings) const;
    std::optional<CommandResult> buildOrder(const CommandContext &context,
                                            QStringList &terms) const;
    std::optional<CommandResult> relationNames(const CommandContext &context,
                                               QStringList &names) const;

    const EntitySpec &m_spec;
};

} // namespace ResellerDesk::Sandbox
