// order-create, order-update and order-delete.
#include "sandbox/catalog.h"
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/commercesupport.h"
#include "sandbox/orderbalance.h"
#include "sandbox/orderdetails.h"
#include "sandbox/orderrequest.h"
#include "sandbox/paymentrequests.h"
#include "sandbox/referencedata.h"
#include "sandbox/requestpayload.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxschema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ResellerDesk::Sandbox {

namespace {

// Ids look like the service's: 16 upper-case letters and digits without 0, 1, I and O.
QString newId()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString id;
    for (int i = 0; i < 16; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
    return id;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(StoredDateFormat.toString());
}

bool insertRow(const CommandContext &context, const QString &table, const QVariantHash &values)
{
    QStringList columns = values.keys();
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("INSERT INTO ") + table + u'(' + columns.join(u',')
        + QStringLiteral(") VALUES (") + placeholders.join(u',') + u')');
    for (const QString &column : std::as_const(columns)) {
        // A null QString is "" in the API, only an invalid QVariant is SQL NULL.
        const QVariant value = values.value(column);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        qCWarning(lcSandbox) << "Failed to insert into" << table << query.lastError().text();
        return false;
    }
    return true;
}

bool execute(const CommandContext &context, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(context.database);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "Failed to run" << sql << query.lastError().text();
        return false;
    }
    return true;
}

// Returns the stored order as column to value, or an empty hash.
QVariantHash storedOrder(
    const CommandContext &context, const QString &orderId, const QString &storeId)
{
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("SELECT * FROM orders WHERE order_id = ?")
        + (storeId.isEmpty() ? QString() : QStringLiteral(" AND store_id = ?")));
    query.addBindValue(orderId);
    if (!storeId.isEmpty())
        query.addBindValue(storeId);
    QVariantHash row;
    if (query.exec() && query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
    }
    return row;
}

CommandResult failed(const QJsonArray &errors)
{
    return CommandResult { false, QJsonArray(), errors };
}

// Writes the drafts as the order's items. An item whose item_id names one of `keptIds` keeps
// that id, every other item gets a new one, and parent ids are mapped to the saved ids.
bool saveItems(const CommandContext &context, const QString &orderId, const QString &currency,
    const QList<OrderItemDraft> &drafts, const QStringList &keptIds)
{
    QHash<QString, QString> savedIds;
    for (const OrderItemDraft &draft : drafts)
        savedIds.insert(
            draft.requestedId, keptIds.contains(draft.requestedId) ? draft.requestedId : newId());
    const QString now = nowUtc();
    for (const OrderItemDraft &draft : drafts) {
        QVariantHash row { { QStringLiteral("item_id"), savedIds.value(draft.requestedId) },
            { QStringLiteral("order_id"), orderId },
            { QStringLiteral("parent"),
                draft.parentRequestedId.isEmpty() ? QVariant()
                                                  : savedIds.value(draft.parentRequestedId) },
            { QStringLiteral("resource_id"),
                draft.resourceId.isEmpty() ? QVariant() : draft.resourceId },
            { QStringLiteral("action"), draft.action }, { QStringLiteral("item"), draft.label },
            { QStringLiteral("status"), QStringLiteral("new") },
            { QStringLiteral("period"), QString::number(draft.period) },
            { QStringLiteral("quantity"), QString::number(draft.quantity) },
            { QStringLiteral("price"), Commerce::money(draft.price) },
            { QStringLiteral("currency"), currency }, { QStringLiteral("updated"), now },
            { QStringLiteral("date"), now } };
        if (draft.node) {
            QSqlQuery product(context.database);
            product.prepare(QStringLiteral("SELECT type, product, periodicity, datacenter, unit, "
                                           "value FROM products WHERE product_id = ?"));
            product.addBindValue(draft.node->productId);
            if (product.exec() && product.next()) {
                row.insert(QStringLiteral("product_id"), draft.node->productId);
                row.insert(QStringLiteral("catalog_id"), draft.node->id);
                row.insert(QStringLiteral("product_type"), product.value(0));
                row.insert(QStringLiteral("product"), product.value(1));
                row.insert(QStringLiteral("periodicity"), product.value(2));
                row.insert(QStringLiteral("datacenter"), product.value(3));
                row.insert(QStringLiteral("resource_unit"), product.value(4));
                row.insert(QStringLiteral("resource_value"), product.value(5));
            }
        }
        const QJsonObject hosting = draft.meta.value(QStringLiteral("hosting")).toObject();
        row.insert(
            QStringLiteral("hostname"), hosting.value(QStringLiteral("hostname")).toString());
        if (!insertRow(context, QStringLiteral("order_items"), row)
            || !insertRow(context, QStringLiteral("order_item_meta"),
                { { QStringLiteral("item_id"), row.value(QStringLiteral("item_id")) },
                    { QStringLiteral("meta"),
                        QString::fromUtf8(
                            QJsonDocument(draft.meta).toJson(QJsonDocument::Compact)) } }))
            return false;
    }
    return true;
}

// Returns the order list's one-line item summary, such as "order: COM - example.com".
QString itemSummary(const QList<OrderItemDraft> &drafts)
{
    QStringList parts;
    for (const OrderItemDraft &draft : drafts)
        parts.append(draft.action + QStringLiteral(": ") + draft.label);
    return parts.join(QStringLiteral(", "));
}

QString phoneCode(const CommandContext &context, const QString &country)
{
    if (country.isEmpty())
        return {};
    return ReferenceData::countries(context)
        .value(country.toUpper())[QStringLiteral("phone_code")]
        .toString();
}

QJsonObject contactFromPayload(const CommandContext &context, const QVariantHash &stored = {})
{
    QJsonObject contact;
    for (const QString &field : OrderRequest::contactFields()) {
        const QString value = context.payload.contains(field)
            ? context.payload.text(field).trimmed()
            : stored.value(field).toString();
        contact.insert(field, value);
    }
    if (contact.value(QStringLiteral("invoice_request")).toString().isEmpty())
        contact.insert(QStringLiteral("invoice_request"), QStringLiteral("0"));
    return contact;
}

bool deleteItems(const CommandContext &context, const QString &orderId)
{
    return execute(context,
               QStringLiteral("DELETE FROM order_item_meta WHERE item_id IN (SELECT item_id "
                              "FROM order_items WHERE order_id = ?)"),
               { orderId })
        && execute(
            context, QStringLiteral("DELETE FROM order_items WHERE order_id = ?"), { orderId });
}

// Returns an error for an order that the service no longer lets anyone change.
std::optional<CommandResult> rejectProcessed(const QVariantHash &order)
{
    // An order leaves status "new" once the service processes it, and from then on it is
    // the record of what was provisioned.
    if (order.value(QStringLiteral("status")).toString() == u"new")
        return std::nullopt;
    return CommandResult::error(QStringLiteral("invalid:order_id"),
        { { QStringLiteral("value"), order.value(QStringLiteral("order_id")).toString() },
            { QStringLiteral("status"), order.value(QStringLiteral("status")).toString() },
            { QStringLiteral("reason"),
                QStringLiteral(
                    "the order was already processed; only orders with status new can be "
                    "changed or deleted") } });
}

CommandResult storeFailure()
{
    return CommandResult::error(QStringLiteral("system_error"));
}

// Reads the order currency (default: the store's) and its rate from the store currency.
std::optional<CommandResult> readCurrency(const CommandContext &context,
    const Commerce::CurrencyRates &rates, const QString &storeCurrency, const QString &fallback,
    QString *currency, double *rate)
{
    const QString requested = context.payload.text(QStringLiteral("currency")).trimmed().toUpper();
    *currency = requested.isEmpty() ? fallback : requested;
    if (!rates.supports(*currency))
        return CommandResult::error(QStringLiteral("invalid:currency"),
            { { QStringLiteral("value"), *currency },
                { QStringLiteral("reason"),
                    QString(QStringLiteral("unsupported currency; use one of: ")
                        + rates.currencies().join(QStringLiteral(", "))) } });
    *rate = rates.rate(storeCurrency, *currency);
    return std::nullopt;
}

QVariantHash contactColumns(const CommandContext &context, const QJsonObject &contact)
{
    QVariantHash row;
    for (auto it = contact.constBegin(); it != contact.constEnd(); ++it)
        row.insert(it.key(), it.value().toString());
    row.insert(QStringLiteral("phone_country_code"),
        phoneCode(context, contact.value(QStringLiteral("phone_country")).toString()));
    row.insert(QStringLiteral("fax_country_code"),
        phoneCode(context, contact.value(QStringLiteral("fax_country")).toString()));
    return row;
}

CommandResult orderCreate(const CommandContext &context)
{
    QString storeId;
    if (auto error = Commerce::resolveStore(context, true, &storeId))
        return *error;
    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    const QString storeCurrency = Commerce::storeCurrency(context, storeId);
    QString currency;
    double rate = 1;
    if (auto error = readCurrency(context, rates, storeCurrency, storeCurrency, &currency, &rate))
        return *error;

    std::optional<PaymentProcessor> processor;
    const QString paymentMethod = context.payload.text(QStringLiteral("payment_method")).trimmed();
    if (!paymentMethod.isEmpty()) {
        processor = findProcessorBySlug(context, storeId, paymentMethod);
        if (!processor)
            return CommandResult::error(QStringLiteral("invalid:payment_method"),
                { { QStringLiteral("value"), paymentMethod },
                    { QStringLiteral("reason"),
                        QStringLiteral(
                            "expected a processor slug of this store; see payment-processors") } });
    }
    const QString clientId = context.payload.text(QStringLiteral("client_reseller_id")).trimmed();
    bool isNumber = clientId.isEmpty();
    if (!clientId.isEmpty())
        clientId.toLongLong(&isNumber);
    if (!isNumber)
        return CommandResult::error(QStringLiteral("invalid:client_reseller_id"),
            { { QStringLiteral("value"), clientId } });
    QString clientUser;
    if (!clientId.isEmpty()) {
        QSqlQuery client(context.database);
        client.prepare(QStringLiteral("SELECT user FROM clients WHERE id = ?"));
        client.addBindValue(clientId);
        if (!client.exec() || !client.next())
            return CommandResult::error(QStringLiteral("not_found:client_reseller_id"),
                { { QStringLiteral("value"), clientId },
                    { QStringLiteral("reason"), QStringLiteral("see client-list") } });
        clientUser = client.value(0).toString();
    }

    const Catalog catalog = Catalog::load(context.database);
    OrderRequest request(context, catalog, storeId, rate);
    const QJsonObject contact = contactFromPayload(context);
    QJsonArray errors = request.validateContact(contact);
    for (const QJsonValue &error :
        request.validateItems(context.payload.root().child(QStringLiteral("items")), contact))
        errors.append(error);
    if (!errors.isEmpty())
        return failed(errors);

    QSqlQuery store(context.database);
    store.prepare(QStringLiteral("SELECT title, reseller_id FROM store_profiles WHERE id = ?"));
    store.addBindValue(storeId);
    store.exec();
    store.next();
    const QString orderId = newId();
    QVariantHash row = contactColumns(context, contact);
    const QString userIp = context.payload.text(QStringLiteral("user_ip"));
    row.insert({ { QStringLiteral("order_id"), orderId }, { QStringLiteral("store_id"), storeId },
        { QStringLiteral("reseller_id"), store.value(1).toString() },
        { QStringLiteral("client_store_id"), QVariant() },
        { QStringLiteral("client_reseller_id"), clientId.isEmpty() ? QVariant() : clientId },
        { QStringLiteral("payment_method"),
            processor ? processor->name : QStringLiteral("Pending") },
        { QStringLiteral("status"), QStringLiteral("new") },
        { QStringLiteral("paid"), QStringLiteral("not_paid") },
        { QStringLiteral("total"), Commerce::money(request.total()) },
        { QStringLiteral("total_vat"), QStringLiteral("0.000000") },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("referer"), context.payload.text(QStringLiteral("referer")) },
        { QStringLiteral("meta"), QVariant() }, { QStringLiteral("ip"), userIp },
        { QStringLiteral("new"), QString::number(request.items().size()) },
        { QStringLiteral("requested"), QStringLiteral("0") },
        { QStringLiteral("canceled"), QStringLiteral("0") },
        { QStringLiteral("provisioned"), QStringLiteral("0") },
        // The reference's order-create example shows this app code for API orders.
        { QStringLiteral("app"), QStringLiteral("RESELLER") }, { QStringLiteral("date"), nowUtc() },
        { QStringLiteral("rate_rotate_id"), QStringLiteral("2046") },
        { QStringLiteral("rate"), QString::number(rate, 'f', 6) },
        { QStringLiteral("payment_processor_id"),
            processor ? QVariant(processor->id) : QVariant() },
        { QStringLiteral("reseller"), QStringLiteral("examplereseller") },
        { QStringLiteral("store_title"), store.value(0).toString() },
        { QStringLiteral("store_currency"), storeCurrency },
        { QStringLiteral("is_global"), QStringLiteral("0") },
        { QStringLiteral("client_reseller"), clientUser.isEmpty() ? QVariant() : clientUser },
        { QStringLiteral("items"), itemSummary(request.items()) } });

    QSqlDatabase(context.database).transaction();
    if (!insertRow(context, QStringLiteral("orders"), row)
        || !saveItems(context, orderId, currency, request.items(), {})) {
        QSqlDatabase(context.database).rollback();
        return storeFailure();
    }
    QSqlDatabase(context.database).commit();
    qCInfo(lcSandbox) << "Created order" << orderId << "with" << request.items().size() << "items";

    QJsonObject data { { QStringLiteral("order"), *fetchOrderDetails(context, orderId, QString()) },
        { QStringLiteral("order_id"), orderId },
        { QStringLiteral("total"), Commerce::money(request.total()) },
        { QStringLiteral("currency"), currency } };
    if (processor)
        data.insert(QStringLiteral("payment_request"),
            createPaymentRequest(context, orderId, request.total(), currency, *processor));
    return Commerce::successWithMessage(data, QStringLiteral("order_create_success"));
}

// order-update changes the contact and invoice properties that the request sends and keeps the
// others. When the request sends items, they become the order's items: an item whose item_id
// is a stored item's id updates it, other items are appended, and stored items left out are
// deleted. Without items the stored items stay as they are.
// NOTE: a currency sent without items is checked but not applied, because the stored item
// prices stay in the currency they were made in.
CommandResult orderUpdate(const CommandContext &context)
{
    const QString orderId = context.payload.text(QStringLiteral("order_id")).trimmed();
    if (orderId.isEmpty())
        return CommandResult::error(QStringLiteral("required:order_id"));
    QString storeId;
    if (auto error = Commerce::resolveStore(context, true, &storeId))
        return *error;
    const QVariantHash order = storedOrder(context, orderId, storeId);
    if (order.isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:order_id"), { { QStringLiteral("value"), orderId } });
    if (auto error = rejectProcessed(order))
        return *error;

    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    const QString storeCurrency = order.value(QStringLiteral("store_currency")).toString();
    QString currency;
    double rate = 1;
    if (auto error = readCurrency(context, rates, storeCurrency,
            order.value(QStringLiteral("currency")).toString(), &currency, &rate))
        return *error;

    const Catalog catalog = Catalog::load(context.database);
    OrderRequest request(context, catalog, storeId, rate);
    const QJsonObject contact = contactFromPayload(context, order);
    QJsonArray errors = request.validateContact(contact);
    const PayloadNode *items = context.payload.root().child(QStringLiteral("items"));
    if (items) {
        for (const QJsonValue &error : request.validateItems(items, contact))
            errors.append(error);
    }
    if (!errors.isEmpty())
        return failed(errors);

    QVariantHash row = contactColumns(context, contact);
    QSqlDatabase(context.database).transaction();
    bool ok = true;
    if (items) {
        QStringList storedIds;
        QSqlQuery query(context.database);
        query.prepare(QStringLiteral("SELECT item_id FROM order_items WHERE order_id = ?"));
        query.addBindValue(orderId);
        query.exec();
        while (query.next())
            storedIds.append(query.value(0).toString());
        ok = deleteItems(context, orderId)
            && saveItems(context, orderId, currency, request.items(), storedIds);
        row.insert(QStringLiteral("total"), Commerce::money(request.total()));
        row.insert(QStringLiteral("new"), QString::number(request.items().size()));
        row.insert(QStringLiteral("items"), itemSummary(request.items()));
        row.insert(QStringLiteral("currency"), currency);
        row.insert(QStringLiteral("rate"), QString::number(rate, 'f', 6));
    }
    QStringList assignments;
    QVariantList bindings;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        bindings.append(it.value());
    }
    bindings.append(orderId);
    ok = ok
        && execute(context,
            QStringLiteral("UPDATE orders SET ") + assignments.join(QStringLiteral(", "))
                + QStringLiteral(" WHERE order_id = ?"),
            bindings)
        && OrderBalance::store(context, orderId);
    if (!ok) {
        QSqlDatabase(context.database).rollback();
        return storeFailure();
    }
    QSqlDatabase(context.database).commit();
    qCInfo(lcSandbox) << "Updated order" << orderId;

    const QJsonObject details = *fetchOrderDetails(context, orderId, QString());
    return Commerce::successWithMessage(
        QJsonObject { { QStringLiteral("order_id"), orderId },
            { QStringLiteral("total"), details.value(QStringLiteral("total")) },
            { QStringLiteral("currency"), details.value(QStringLiteral("currency")) },
            { QStringLiteral("order"), details } },
        QStringLiteral("order_update_success"));
}

CommandResult orderDelete(const CommandContext &context)
{
    const QString orderId = context.payload.text(QStringLiteral("order_id")).trimmed();
    if (orderId.isEmpty())
        return CommandResult::error(QStringLiteral("required:order_id"));
    QString storeId;
    if (auto error = Commerce::resolveStore(context, true, &storeId))
        return *error;
    const QVariantHash order = storedOrder(context, orderId, storeId);
    if (order.isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:order_id"), { { QStringLiteral("value"), orderId } });
    if (auto error = rejectProcessed(order))
        return *error;
    QSqlDatabase(context.database).transaction();
    const bool ok = deleteItems(context, orderId)
        && execute(
            context, QStringLiteral("DELETE FROM order_payments WHERE order_id = ?"), { orderId })
        && execute(
            context, QStringLiteral("DELETE FROM payment_requests WHERE order_id = ?"), { orderId })
        && execute(context, QStringLiteral("DELETE FROM orders WHERE order_id = ?"), { orderId });
    if (!ok) {
        QSqlDatabase(context.database).rollback();
        return storeFailure();
    }
    QSqlDatabase(context.database).commit();
    qCInfo(lcSandbox) << "Deleted order" << orderId;
    return Commerce::successWithMessage(QJsonArray(), QStringLiteral("order_delete_success"));
}

} // namespace

void registerOrderWriteCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("order-create"), orderCreate);
    registry.add(QStringLiteral("order-update"), orderUpdate);
    registry.add(QStringLiteral("order-delete"), orderDelete);
}

} // namespace ResellerDesk::Sandbox
