#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace ResellerDesk::Sandbox {

struct CommandContext;

// SQL for days_to_expire: days from the sandbox's today to end_date, counted in whole UTC
// calendar days, so an item expiring later today has 0 and one that expired yesterday has -1.
inline QString daysToExpireSql()
{
    return QStringLiteral("CAST(julianday(date(end_date)) - julianday((SELECT today FROM "
                          "sandbox_clock)) AS INTEGER)");
}

// Value type of a property. It decides how filters compare and how order_by sorts.
enum class FieldType { Text, Integer, Float, Date };

// One property of an entity as a list or details command returns it.
struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    // Filter conditions on top of = and ! that the reference lists for this property.
    QStringList conditions = {};
    // SQL expression; empty means the column of the same name.
    QString sql = {};
    // Condition used for a filter key without ":condition".
    QString defaultCondition = QStringLiteral("=");

    QString expression() const { return sql.isEmpty() ? name : sql; }
};

// Filter on a name that is no property, such as order-list's firstname_lastname_email.
// The value is bound `bindCount` times into `sql`, wrapped as %value% when `likeAnywhere`.
struct VirtualFilter
{
    QString sql;
    int bindCount = 1;
    bool likeAnywhere = true;
};

// Fills one relation of an item of a list or details command.
using RelationLoader = std::function<QJsonValue(const CommandContext &, const QJsonObject &item)>;

// Description of one entity for the generic list engine.
struct EntitySpec
{
    QString table;
    QString idField;
    // Properties in output order.
    QList<FieldSpec> fields;
    // Sort order when the request has no order_by, and how the response echoes it.
    QList<std::pair<QString, bool>> defaultOrder; // property, ascending
    QJsonValue defaultOrderEcho;
    int defaultLimit = 25;
    // False for commands such as order-list that take no "property:condition" filter keys.
    bool acceptsConditionKeys = true;
    QHash<QString, VirtualFilter> virtualFilters;
    QHash<QString, RelationLoader> relations;
    // Column with the store id that a store-level token is limited to; empty: not limited.
    QString storeColumn;

    const FieldSpec *field(const QString &name) const
    {
        for (const FieldSpec &candidate : fields) {
            if (candidate.name == name)
                return &candidate;
        }
        return nullptr;
    }
};

} // namespace ResellerDesk::Sandbox
