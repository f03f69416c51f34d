// store-list, store-details, product-list and product-details.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/listengine.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox {

namespace {

const EntitySpec &storeSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("store_profiles");
        entity.idField = QStringLiteral("id");
        entity.fields = { { QStringLiteral("id"), FieldType::Integer },
            { QStringLiteral("reseller_id"), FieldType::Integer }, { QStringLiteral("currency") },
            { QStringLiteral("name") }, { QStringLiteral("title") },
            { QStringLiteral("contact_email") }, { QStringLiteral("hostname") },
            { QStringLiteral("widget_url") }, { QStringLiteral("front_setup") },
            { QStringLiteral("autoprocess"), FieldType::Integer },
            { QStringLiteral("billing_url") } };
        // The reference echoes {"date": "desc"} although stores show no date: the service sorts
        // by creation, which the ascending ids of the sandbox's stores follow.
        entity.defaultOrder = { { QStringLiteral("id"), false } };
        entity.defaultOrderEcho
            = QJsonObject { { QStringLiteral("date"), QStringLiteral("desc") } };
        entity.defaultLimit = 50;
        entity.storeColumn = QStringLiteral("id");
        return entity;
    }();
    return spec;
}

QJsonValue productResources(const CommandContext &context, const QJsonObject &product)
{
    return ListEngine::fetchRows(context,
        QStringLiteral("SELECT product_id, name, value, unit, type, info "
                       "FROM product_resources WHERE product_id = ? "
                       "ORDER BY rowid"),
        { product.value(QStringLiteral("product_id")).toString() });
}

const EntitySpec &productSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("products");
        entity.idField = QStringLiteral("product_id");
        entity.fields = { { QStringLiteral("product_id"), FieldType::Integer },
            { QStringLiteral("product") }, { QStringLiteral("label") }, { QStringLiteral("type") },
            { QStringLiteral("datacenter") }, { QStringLiteral("periodicity") },
            { QStringLiteral("custom_product"), FieldType::Integer }, { QStringLiteral("unit") },
            { QStringLiteral("value"), FieldType::Integer },
            { QStringLiteral("max_order_period"), FieldType::Integer },
            { QStringLiteral("max_renewal_period"), FieldType::Integer } };
        entity.defaultOrder = { { QStringLiteral("product_id"), true } };
        entity.defaultOrderEcho = QJsonArray();
        entity.defaultLimit = 50;
        entity.relations.insert(QStringLiteral("resources"), productResources);
        return entity;
    }();
    return spec;
}

CommandResult storeDetails(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:id"));
    QString where = QStringLiteral("id = ?");
    QVariantList bindings { id };
    // A store token may read its own store only, so another store is reported as not found.
    if (!context.storeId.isEmpty()) {
        where += QStringLiteral(" AND id = ?");
        bindings.append(context.storeId);
    }
    const std::optional<QJsonObject> store
        = ListEngine(storeSpec()).fetchOne(context, where, bindings);
    if (!store)
        return CommandResult::error(
            QStringLiteral("not_found:id"), { { QStringLiteral("value"), id } });
    return CommandResult::success(*store);
}

CommandResult productList(const CommandContext &context)
{
    CommandResult result = ListEngine(productSpec()).list(context);
    if (!result.status)
        return result;
    // The list sends custom_product as a number, product-details as a string, as the
    // reference's examples show.
    QJsonObject data = result.data.toObject();
    QJsonArray items = data.value(QStringLiteral("data")).toArray();
    for (QJsonValueRef value : items) {
        QJsonObject product = value.toObject();
        product.insert(QStringLiteral("custom_product"),
            product.value(QStringLiteral("custom_product")).toString().toInt());
        value = product;
    }
    data.insert(QStringLiteral("data"), items);
    result.data = data;
    return result;
}

CommandResult productDetails(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("product_id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:product_id"));
    const std::optional<QJsonObject> product
        = ListEngine(productSpec()).fetchOne(context, QStringLiteral("product_id = ?"), { id });
    if (!product)
        return CommandResult::error(
            QStringLiteral("not_found:product_id"), { { QStringLiteral("value"), id } });
    return CommandResult::success(*product);
}

} // namespace

void registerStoreCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("store-list"),
        [](const CommandContext &context) { return ListEngine(storeSpec()).list(context); });
    registry.add(QStringLiteral("store-details"), storeDetails);
    registry.add(QStringLiteral("product-list"), productList);
    registry.add(QStringLiteral("product-details"), productDetails);
}

} // namespace ResellerDesk::Sandbox
