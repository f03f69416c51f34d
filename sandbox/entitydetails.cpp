#include "sandbox/entitydetails.h"

#include "sandbox/listengine.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox::EntityDetails {

CommandResult byId(const CommandContext &context, const EntitySpec &spec, const QString &parameter,
                   const QList<FieldSpec> &fields)
{
    const QString id = context.payload.text(parameter).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:") + parameter);
    bool isNumber = false;
    id.toLongLong(&isNumber);
    if (!isNumber)
        return CommandResult::error(QStringLiteral("invalid:") + parameter,
                                    {{QStringLiteral("value"), id},
                                     {QStringLiteral("reason"), QStringLiteral("expected a number")}});

    QString where = spec.idField + QStringLiteral(" = ?");
    QVariantList bindings{id};
    // Another store's object is reported as missing, so a store token learns nothing about it.
    if (!spec.storeColumn.isEmpty() && !context.storeId.isEmpty()) {
        where += QStringLiteral(" AND ") + spec.storeColumn + QStringLiteral(" = ?");
        bindings.append(context.storeId);
    }
    const ListEngine engine(spec);
    std::optional<QJsonObject> item = engine.fetchOne(context, where, bindings, fields);
    if (!item)
        return CommandResult::error(QStringLiteral("not_found:") + parameter,
                                    {{QStringLiteral("value"), id}});
    if (auto error = engine.addRelations(context, *item))
        return *error;
    return CommandResult::success(*item);
}

QJsonValue firstRow(const CommandContext &context, const QString &sql, const QVariantList &bindings)
{
    const QJsonArray rows = ListEngine::fetchRows(context, sql, bindings);
    return rows.isEmpty() ? QJsonValue(QJsonValue::Null) : rows.first();
}

CommandResult withoutProperties(CommandResult result, const QStringList &names)
{
    if (!result.status)
        return result;
    QJsonObject page = result.data.toObject();
    QJsonArray items = page.value(QStringLiteral("data")).toArray();
    for (QJsonValueRef value : items) {
        QJsonObject item = value.toObject();
        for (const QString &name : names)
            item.remove(name);
        value = item;
    }
    page.insert(QStringLiteral("data"), items);
    result.data = page;
    return result;
}

} // namespace ResellerDesk::Sandbox::EntityDetails
