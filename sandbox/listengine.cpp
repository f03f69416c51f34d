#include "sandbox/listengine.h"

#include "sandbox/commandcontext.h"
#include "sandbox/filterclause.h"
#include "sandbox/requestpayload.h"
#include "sandbox/sandboxlogging.h"

#include <QSqlError>
#include <QSqlRecord>

namespace ResellerDesk::Sandbox {

namespace {

QString selectList(const QList<FieldSpec> &fields)
{
    QStringList columns;
    for (const FieldSpec &field : fields)
        columns.append(field.expression() + QStringLiteral(" AS ") + field.name);
    return columns.join(QStringLiteral(", "));
}

QString sortExpression(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Float:
        return QStringLiteral("CAST(%1 AS REAL)").arg(field.expression());
    case FieldType::Date:
        return field.expression();
    case FieldType::Text:
        break;
    }
    return field.expression() + QStringLiteral(" COLLATE NOCASE");
}

bool execute(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql)) {
        qCWarning(lcSandbox) << "Failed to prepare" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "Failed to run" << sql << query.lastError().text();
        return false;
    }
    return true;
}

CommandResult databaseError()
{
    return CommandResult::error(QStringLiteral("system_error"));
}

// Builds an error whose params carry the rejected value, the reason and a human-readable
// message that names both, such as: limit "0" is out of range: use 1 to 1000.
CommandResult parameterError(const QString &code, const QString &value, const QString &reason,
                             const QString &message)
{
    return CommandResult::error(code, {{QStringLiteral("value"), value},
                                       {QStringLiteral("reason"), reason},
                                       {QStringLiteral("message"), message}});
}

// Reads a positive integer request parameter such as limit or page. acceptedRange describes
// the accepted values for the error message, for example "use 1 to 1000".
std::optional<int> positiveInteger(const RequestPayload &payload, const QString &key,
                                   int fallback, const QString &acceptedRange,
                                   CommandResult *error)
{
    if (!payload.contains(key) || payload.text(key).isEmpty())
        return fallback;
    const QString text = payload.text(key);
    bool ok = false;
    const qlonglong number = text.trimmed().toLongLong(&ok);
    if (!ok) {
        *error = parameterError(QStringLiteral("invalid:") + key, text,
                                QStringLiteral("not a whole number, ") + acceptedRange,
                                QStringLiteral("%1 \"%2\" is not a whole number: %3")
                                    .arg(key, text, acceptedRange));
        return std::nullopt;
    }
    if (number < 1) {
        *error = parameterError(QStringLiteral("invalid:") + key, text,
                                QStringLiteral("out of range, ") + acceptedRange,
                                QStringLiteral("%1 \"%2\" is out of range: %3")
                                    .arg(key, text, acceptedRange));
        return std::nullopt;
    }
    return static_cast<int>(qMin<qlonglong>(number, std::numeric_limits<int>::max()));
}

// Returns the entity's property names for "use one of" hints, sorted.
QString propertyNames(const EntitySpec &spec)
{
    QStringList names;
    for (const FieldSpec &field : spec.fields)
        names.append(field.name);
    names.sort();
    return names.join(QStringLiteral(", "));
}

} // namespace

CommandResult ListEngine::list(const CommandContext &context) const
{
    QStringList clauses;
    QVariantList bindings;
    if (auto error = buildFilter(context, clauses, bindings))
        return *error;
    QStringList orderTerms;
    if (auto error = buildOrder(context, orderTerms))
        return *error;
    QStringList relations;
    if (auto error = relationNames(context, relations))
        return *error;

    CommandResult error;
    // A limit above MaxLimit is lowered, not rejected, so the message names the range that
    // takes effect.
    const std::optional<int> requestedLimit = positiveInteger(
        context.payload, QStringLiteral("limit"), m_spec.defaultLimit,
        QStringLiteral("use 1 to %1").arg(MaxLimit), &error);
    if (!requestedLimit)
        return error;
    const std::optional<int> page = positiveInteger(context.payload, QStringLiteral("page"), 1,
                                                    QStringLiteral("use 1 or more"), &error);
    if (!page)
        return error;
    const int limit = qMin(*requestedLimit, MaxLimit);

    const QString where =
        clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    QSqlQuery query(context.database);
    if (!execute(query, QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.table + where, bindings)
        || !query.next())
        return databaseError();
    const qlonglong count = query.value(0).toLongLong();
    const qlonglong pages = (count + limit - 1) / limit;

    QVariantList pageBindings = bindings;
    pageBindings << limit << (static_cast<qlonglong>(*page) - 1) * limit;
    const QString sql = QStringLiteral("SELECT ") + selectList(m_spec.fields) + QStringLiteral(" FROM ")
                        + m_spec.table + where + QStringLiteral(" ORDER BY ")
                        + orderTerms.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ? OFFSET ?");
    if (!execute(query, sql, pageBindings))
        return databaseError();

    QJsonArray items;
    while (query.next()) {
        QJsonObject item = rowToJson(query, m_spec.fields, context);
        for (const QString &relation : relations)
            item.insert(relation, m_spec.relations.value(relation)(context, item));
        items.append(item);
    }

    const QJsonValue requestedOrder = context.payload.value(QStringLiteral("order_by"));
    const bool hasOrder = requestedOrder.isObject() && !requestedOrder.toObject().isEmpty();
    // NOTE: QJsonObject sorts keys, so a multi-key order_by comes back in alphabetical order
    // although the rows are sorted in the order received.
    return CommandResult::success(QJsonObject{
        {QStringLiteral("order_by"), hasOrder ? requestedOrder : m_spec.defaultOrderEcho},
        {QStringLiteral("limit"), limit},
        {QStringLiteral("page"), *page},
        // The service sends count as a string but limit, page and pages as numbers.
        {QStringLiteral("count"), QString::number(count)},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("data"), items}});
}

std::optional<QJsonObject> ListEngine::fetchOne(const CommandContext &context, const QString &where,
                                                const QVariantList &bindings,
                                                const QList<FieldSpec> &fields) const
{
    const QList<FieldSpec> &selected = fields.isEmpty() ? m_spec.fields : fields;
    QSqlQuery query(context.database);
    const QString sql = QStringLiteral("SELECT ") + selectList(selected) + QStringLiteral(" FROM ")
                        + m_spec.table + QStringLiteral(" WHERE ") + where + QStringLiteral(" LIMIT 1");
    if (!execute(query, sql, bindings) || !query.next())
        return std::nullopt;
    return rowToJson(query, selected, context);
}

std::optional<CommandResult> ListEngine::addRelations(const CommandContext &context,
                                                      QJsonObject &item) const
{
    QStringList relations;
    if (auto error = relationNames(context, relations))
        return error;
    for (const QString &relation : relations)
        item.insert(relation, m_spec.relations.value(relation)(context, item));
    return std::nullopt;
}

QJsonArray ListEngine::fetchRows(const CommandContext &context, const QString &sql,
                                 const QVariantList &bindings)
{
    QSqlQuery query(context.database);
    QJsonArray rows;
    if (!execute(query, sql, bindings))
        return rows;
    const QSqlRecord record = query.record();
    QList<FieldSpec> fields;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        const bool isDate = name.contains(QStringLiteral("date")) || name == u"updated"
                            || name == u"updated_at" || name == u"read_on";
        fields.append(FieldSpec{name, isDate ? FieldType::Date : FieldType::Text});
    }
    while (query.next())
        rows.append(rowToJson(query, fields, context));
    return rows;
}

QJsonObject ListEngine::rowToJson(const QSqlQuery &query, const QList<FieldSpec> &fields,
                                  const CommandContext &context)
{
    QJsonObject item;
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant value = query.value(i);
        if (value.isNull())
            item.insert(fields[i].name, QJsonValue::Null);
        else if (fields[i].type == FieldType::Date)
            item.insert(fields[i].name, context.outputDate(value));
        else
            item.insert(fields[i].name, value.toString());
    }
    return item;
}

std::optional<CommandResult> ListEngine::buildFilter(const CommandContext &context,
                                                     QStringList &clauses,
                                                     QVariantList &bindings) const
{
    if (!m_spec.storeColumn.isEmpty() && !context.storeId.isEmpty()) {
        clauses.append(m_spec.storeColumn + QStringLiteral(" = ?"));
        bindings.append(context.storeId);
    }
    const PayloadNode *filter = context.payload.root().child(QStringLiteral("filter"));
    if (!filter || filter->kind == PayloadNode::Kind::Null
        || (filter->kind == PayloadNode::Kind::String && filter->text.isEmpty()))
        return std::nullopt;
    if (filter->kind != PayloadNode::Kind::Object && filter->kind != PayloadNode::Kind::Array)
        return CommandResult::error(
            QStringLiteral("invalid:filter"),
            {{QStringLiteral("reason"), QStringLiteral("expected an object of property: value")},
             {QStringLiteral("message"),
              QStringLiteral("filter \"%1\" is invalid: send an object of property: value, "
                             "for example {\"status\": \"active\"}")
                  .arg(filter->text)}});

    for (const auto &[key, value] : filter->children) {
        const qsizetype colon = key.indexOf(u':');
        const QString property = colon < 0 ? key : key.left(colon);
        const QString condition = colon < 0 ? QString() : key.mid(colon + 1);

        if (m_spec.virtualFilters.contains(property) && condition.isEmpty()) {
            const VirtualFilter virtualFilter = m_spec.virtualFilters.value(property);
            const QString bound = virtualFilter.likeAnywhere
                                      ? u'%' + escapeLike(value.text) + u'%'
                                      : value.text;
            clauses.append(u'(' + virtualFilter.sql + u')');
            for (int i = 0; i < virtualFilter.bindCount; ++i)
                bindings.append(bound);
            continue;
        }
        const FieldSpec *field = m_spec.field(property);
        if (!field)
            return invalidFilter(property, condition, value.text,
                                 QStringLiteral("no such property. Use one of: ")
                                     + propertyNames(m_spec));
        if (!condition.isEmpty() && !m_spec.acceptsConditionKeys)
            return invalidFilter(property, condition, value.text,
                                 QStringLiteral("this command takes no \"property:condition\" "
                                                "keys; send the property name only"));
        const QString used = condition.isEmpty() ? field->defaultCondition : condition;
        const bool allowed = used == u"=" || used == u"!" || used == field->defaultCondition
                             || field->conditions.contains(used);
        if (!allowed)
            return invalidFilter(property, used, value.text,
                                 QStringLiteral("condition not supported for this property; use "
                                                "= or ! or one of: ")
                                     + field->conditions.join(QStringLiteral(", ")));
        QString clause;
        if (auto error = buildFilterClause(context, *field, used, value, &clause, &bindings))
            return error;
        clauses.append(clause);
    }
    return std::nullopt;
}

std::optional<CommandResult> ListEngine::buildOrder(const CommandContext &context,
                                                    QStringList &terms) const
{
    QList<std::pair<QString, bool>> order;
    const PayloadNode *orderBy = context.payload.root().child(QStringLiteral("order_by"));
    if (orderBy && orderBy->kind == PayloadNode::Kind::Object) {
        for (const auto &[property, direction] : orderBy->children) {
            const QString lower = direction.text.toLower();
            if (!m_spec.field(property)) {
                const QString reason =
                    QStringLiteral("no such property. Use one of: ") + propertyNames(m_spec);
                return parameterError(
                    QStringLiteral("invalid:order_by.") + property, direction.text, reason,
                    QStringLiteral("order_by property \"%1\" is invalid: %2")
                        .arg(property, reason));
            }
            if (lower != u"asc" && lower != u"desc")
                return parameterError(
                    QStringLiteral("invalid:order_by.") + property, direction.text,
                    QStringLiteral("expected asc or desc"),
                    QStringLiteral("order_by \"%1\" direction \"%2\" is invalid: use asc or desc")
                        .arg(property, direction.text));
            order.append({property, lower == u"asc"});
        }
    } else if (orderBy && !(orderBy->kind == PayloadNode::Kind::Array && orderBy->children.isEmpty())
               && !(orderBy->kind == PayloadNode::Kind::String && orderBy->text.isEmpty())) {
        return CommandResult::error(
            QStringLiteral("invalid:order_by"),
            {{QStringLiteral("reason"), QStringLiteral("expected an object of property: asc|desc")},
             {QStringLiteral("message"),
              QStringLiteral("order_by \"%1\" is invalid: send an object of property: asc|desc, "
                             "for example {\"end_date\": \"desc\"}")
                  .arg(orderBy->text)}});
    }
    if (order.isEmpty())
        order = m_spec.defaultOrder;

    bool hasId = false;
    for (const auto &[property, ascending] : order) {
        terms.append(sortExpression(*m_spec.field(property))
                     + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")));
        hasId = hasId || property == m_spec.idField;
    }
    // Rows with equal sort keys keep a stable order across pages.
    if (!hasId)
        terms.append(sortExpression(*m_spec.field(m_spec.idField)) + QStringLiteral(" ASC"));
    return std::nullopt;
}

std::optional<CommandResult> ListEngine::relationNames(const CommandContext &context,
                                                       QStringList &names) const
{
    const PayloadNode *with = context.payload.root().child(QStringLiteral("with"));
    if (!with || with->kind == PayloadNode::Kind::Null)
        return std::nullopt;
    QList<const PayloadNode *> entries;
    if (with->kind == PayloadNode::Kind::Array || with->kind == PayloadNode::Kind::Object) {
        for (const auto &entry : with->children)
            entries.append(&entry.second);
    } else {
        entries.append(with);
    }
    for (const PayloadNode *entry : entries) {
        if (!m_spec.relations.contains(entry->text)) {
            QStringList known = m_spec.relations.keys();
            known.sort();
            const QString accepted =
                known.isEmpty()
                    ? QStringLiteral("this command has no relations")
                    : QStringLiteral("use one of: ") + known.join(QStringLiteral(", "));
            return parameterError(QStringLiteral("invalid:with"), entry->text,
                                  QStringLiteral("unknown relation, ") + accepted,
                                  QStringLiteral("with \"%1\" is an unknown relation: %2")
                                      .arg(entry->text, accepted));
        }
        names.append(entry->text);
    }
    return std::nullopt;
}

} // namespace ResellerDesk::Sandbox
