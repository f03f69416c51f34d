#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/listengine.h"
#include "sandbox/orderbalance.h"
#include "sandbox/orderdetails.h"
#include "sandbox/requestpayload.h"
#include "sandbox/sandboxschema.h"

#include <QJsonDocument>

namespace ResellerDesk::Sandbox {

namespace {

// order-list takes no "property:condition" keys: each property has one fixed condition, as
// the reference lists it, and every other property compares with =.
QList<FieldSpec> listFields()
{
    static const QHash<QString, FieldType> types{
        {QStringLiteral("store_id"), FieldType::Integer},
        {QStringLiteral("reseller_id"), FieldType::Integer},
        {QStringLiteral("client_store_id"), FieldType::Integer},
        {QStringLiteral("client_reseller_id"), FieldType::Integer},
        {QStringLiteral("total"), FieldType::Float},
        {QStringLiteral("total_vat"), FieldType::Float},
        {QStringLiteral("rate"), FieldType::Float},
        {QStringLiteral("new"), FieldType::Integer},
        {QStringLiteral("requested"), FieldType::Integer},
        {QStringLiteral("canceled"), FieldType::Integer},
        {QStringLiteral("provisioned"), FieldType::Integer},
        {QStringLiteral("date"), FieldType::Date}};
    static const QStringList likeAnywhere{QStringLiteral("firstname"), QStringLiteral("lastname"),
                                          QStringLiteral("email"), QStringLiteral("store_title"),
                                          QStringLiteral("payment_method"), QStringLiteral("items")};
    QList<FieldSpec> fields;
    for (const QString &column : Schema::orderColumns()) {
        if (column == u"phone_country_code" || column == u"fax_country_code")
            continue;
        FieldSpec field{column, types.value(column, FieldType::Text)};
        if (column == u"date")
            field.defaultCondition = QStringLiteral("daterange");
        else if (likeAnywhere.contains(column))
            field.defaultCondition = QStringLiteral("%like%");
        fields.append(field);
    }
    return fields;
}

QList<FieldSpec> detailFields()
{
    QList<FieldSpec> fields = listFields();
    fields.append(FieldSpec{QStringLiteral("phone_country_code")});
    fields.append(FieldSpec{QStringLiteral("fax_country_code")});
    return fields;
}

QJsonArray orderItems(const CommandContext &context, const QString &orderId)
{
    QJsonArray items = ListEngine::fetchRows(
        context,
        QStringLiteral("SELECT i.*, m.meta AS meta FROM order_items i LEFT JOIN order_item_meta m "
                       "ON m.item_id = i.item_id WHERE i.order_id = ? ORDER BY i.rowid"),
        {orderId});
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : std::as_const(items))
        byId.insert(value[QStringLiteral("item_id")].toString(), value.toObject());
    for (QJsonValueRef value : items) {
        QJsonObject item = value.toObject();
        const QJsonValue hostname = item.take(QStringLiteral("hostname"));
        const QJsonObject meta =
            QJsonDocument::fromJson(item.take(QStringLiteral("meta")).toString().toUtf8()).object();
        // Items that order-create stored carry their product meta; the seeded ones only a
        // hostname.
        if (meta.isEmpty())
            item.insert(QStringLiteral("hosting"), QJsonObject{{QStringLiteral("hostname"), hostname}});
        for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
            item.insert(it.key(), it.value());
        item.insert(QStringLiteral("resource"), QJsonObject());
        // group is the label of the top item that the item belongs to.
        QJsonObject top = item;
        for (int depth = 0; depth < 8 && byId.contains(top.value(QStringLiteral("parent")).toString());
             ++depth)
            top = byId.value(top.value(QStringLiteral("parent")).toString());
        const bool purchase = item.value(QStringLiteral("action")).toString() == u"purchase";
        item.insert(QStringLiteral("group"), purchase ? QJsonValue(QStringLiteral("Purchase items"))
                                                      : top.value(QStringLiteral("item")));
        value = item;
    }
    return items;
}

QJsonArray orderPayments(const CommandContext &context, const QString &orderId)
{
    return ListEngine::fetchRows(
        context, QStringLiteral("SELECT * FROM order_payments WHERE order_id = ? ORDER BY date"),
        {orderId});
}

const EntitySpec &orderSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("orders");
        entity.idField = QStringLiteral("order_id");
        entity.fields = listFields();
        entity.defaultOrder = {{QStringLiteral("date"), false}};
        entity.defaultOrderEcho = QJsonObject{{QStringLiteral("date"), QStringLiteral("desc")}};
        entity.acceptsConditionKeys = false;
        entity.storeColumn = QStringLiteral("store_id");
        // NOTE: date_from and date_to compare the text as sent, without the tz conversion that
        // the date filter gets. A date-only date_to includes that whole day.
        entity.virtualFilters.insert(QStringLiteral("date_from"),
                                     VirtualFilter{QStringLiteral("date >= ?"), 1, false});
        entity.virtualFilters.insert(
            QStringLiteral("date_to"),
            VirtualFilter{QStringLiteral("substr(date, 1, length(?)) <= ?"), 2, false});
        entity.virtualFilters.insert(
            QStringLiteral("firstname_lastname_email"),
            VirtualFilter{QStringLiteral("firstname LIKE ? ESCAPE '\\' OR lastname LIKE ? ESCAPE "
                                         "'\\' OR email LIKE ? ESCAPE '\\'"),
                          3, true});
        entity.virtualFilters.insert(
            QStringLiteral("payments"),
            VirtualFilter{QStringLiteral("order_id IN (SELECT order_id FROM order_payments WHERE "
                                         "payment_method LIKE ? ESCAPE '\\' OR transaction_id "
                                         "LIKE ? ESCAPE '\\' OR total LIKE ? ESCAPE '\\')"),
                          3, true});
        entity.relations.insert(QStringLiteral("items"), [](const CommandContext &context,
                                                             const QJsonObject &item) {
            return orderItems(context, item.value(QStringLiteral("order_id")).toString());
        });
        entity.relations.insert(QStringLiteral("payments"), [](const CommandContext &context,
                                                                const QJsonObject &item) {
            return orderPayments(context, item.value(QStringLiteral("order_id")).toString());
        });
        return entity;
    }();
    return spec;
}

CommandResult orderDetails(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("order_id"));
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:order_id"));
    std::optional<QJsonObject> order = fetchOrderDetails(context, id, context.storeId);
    if (!order)
        return CommandResult::error(QStringLiteral("not_found:order_id"),
                                    {{QStringLiteral("value"), id}});
    return CommandResult::success(QJsonObject{{QStringLiteral("order"), *order}});
}

} // namespace

std::optional<QJsonObject> fetchOrderDetails(const CommandContext &context, const QString &orderId,
                                             const QString &storeId)
{
    QString where = QStringLiteral("order_id = ?");
    QVariantList bindings{orderId};
    if (!storeId.isEmpty()) {
        where += QStringLiteral(" AND store_id = ?");
        bindings.append(storeId);
    }
    std::optional<QJsonObject> order =
        ListEngine(orderSpec()).fetchOne(context, where, bindings, detailFields());
    if (!order)
        return std::nullopt;

    // Details return items keyed by item id, and payment sums as numbers, as the reference shows.
    QJsonObject items;
    for (const QJsonValue &item : orderItems(context, orderId))
        items.insert(item[QStringLiteral("item_id")].toString(), item);
    const OrderBalance balance = OrderBalance::compute(context, orderId);
    order->insert(QStringLiteral("items"), items);
    order->insert(QStringLiteral("payments"), orderPayments(context, orderId));
    order->insert(QStringLiteral("payments_total"), balance.paid);
    order->insert(QStringLiteral("payment_due"), balance.due);
    return order;
}

void registerOrderCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("order-list"), [](const CommandContext &context) {
        return ListEngine(orderSpec()).list(context);
    });
    registry.add(QStringLiteral("order-details"), orderDetails);
}

} // namespace ResellerDesk::Sandbox
