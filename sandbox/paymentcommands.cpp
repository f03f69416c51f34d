// payment-processors, payment-list, payment-details, payment-add, payment-delete,
// payment-request-create and payment-request-details.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/commercesupport.h"
#include "sandbox/listengine.h"
#include "sandbox/orderbalance.h"
#include "sandbox/orderdetails.h"
#include "sandbox/paymentrequests.h"
#include "sandbox/requestpayload.h"
#include "sandbox/sandboxlogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace ResellerDesk::Sandbox {

namespace {

constexpr int ProcessorsTtlSeconds = 3600;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(StoredDateFormat.toString());
}

QList<FieldSpec> paymentFields(bool details)
{
    QList<FieldSpec> fields { { QStringLiteral("date"), FieldType::Date },
        { QStringLiteral("payment_id") },
        { QStringLiteral("payment_processor_id"), FieldType::Integer },
        { QStringLiteral("payment_type") }, { QStringLiteral("payment_method") },
        { QStringLiteral("transaction_id") }, { QStringLiteral("payment_date"), FieldType::Date },
        { QStringLiteral("merchant_id") }, { QStringLiteral("total"), FieldType::Float },
        { QStringLiteral("currency") },
        { QStringLiteral("client_reseller_id"), FieldType::Integer },
        { QStringLiteral("reseller_id"), FieldType::Integer }, { QStringLiteral("order_id") } };
    if (details) {
        fields.append(FieldSpec { QStringLiteral("buyer_id") });
        fields.append(FieldSpec { QStringLiteral("store_id"), FieldType::Integer });
    }
    return fields;
}

const EntitySpec &paymentSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("order_payments");
        entity.idField = QStringLiteral("payment_id");
        entity.fields = paymentFields(false);
        // The reference echoes {"id": "desc"}: the service sorts by its internal id, which
        // follows the creation date.
        entity.defaultOrder = { { QStringLiteral("date"), false } };
        entity.defaultOrderEcho = QJsonObject { { QStringLiteral("id"), QStringLiteral("desc") } };
        entity.defaultLimit = 50;
        entity.storeColumn = QStringLiteral("store_id");
        // The list does not show store_id, but a reseller token may still filter by store.
        entity.virtualFilters.insert(
            QStringLiteral("store_id"), VirtualFilter { QStringLiteral("store_id = ?"), 1, false });
        return entity;
    }();
    return spec;
}

// Returns one row of `sql` as column to text, or an empty object.
QJsonObject fetchFirst(
    const CommandContext &context, const QString &sql, const QVariantList &bindings)
{
    const QJsonArray rows = ListEngine::fetchRows(context, sql, bindings);
    return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
}

bool execute(const CommandContext &context, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(context.database);
    query.prepare(sql);
    for (const QVariant &value : bindings) {
        // A null QString is "" in the API, only an invalid QVariant is SQL NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        qCWarning(lcSandbox) << "Failed to run" << sql << query.lastError().text();
        return false;
    }
    return true;
}

QJsonObject processorJson(const QJsonObject &row)
{
    QJsonObject processor = row;
    processor.remove(QStringLiteral("store_id"));
    processor.insert(QStringLiteral("options"),
        QJsonDocument::fromJson(row.value(QStringLiteral("options")).toString().toUtf8()).object());
    return processor;
}

// Reads a positive amount such as payment-add's total. Returns nothing and sets *error when
// the text is missing or no positive number.
std::optional<double> readAmount(
    const CommandContext &context, const QString &key, CommandResult *error)
{
    const QString text = context.payload.text(key).trimmed();
    if (text.isEmpty()) {
        *error = CommandResult::error(QStringLiteral("required:") + key);
        return std::nullopt;
    }
    bool ok = false;
    const double amount = text.toDouble(&ok);
    if (!ok || amount <= 0 || amount > Commerce::MaxAmount) {
        *error = CommandResult::error(QStringLiteral("invalid:") + key,
            { { QStringLiteral("value"), text },
                { QStringLiteral("reason"),
                    QStringLiteral("expected an amount above 0 and up to 1000000000") } });
        return std::nullopt;
    }
    return amount;
}

std::optional<CommandResult> checkCurrency(
    const Commerce::CurrencyRates &rates, const QString &currency)
{
    if (rates.supports(currency))
        return std::nullopt;
    return CommandResult::error(QStringLiteral("invalid:currency"),
        { { QStringLiteral("value"), currency },
            { QStringLiteral("reason"),
                QString(QStringLiteral("unsupported currency; use one of: ")
                    + rates.currencies().join(QStringLiteral(", "))) } });
}

CommandResult paymentProcessors(const CommandContext &context)
{
    QString storeId;
    if (auto error = Commerce::resolveStore(context, true, &storeId))
        return *error;
    QString sql = QStringLiteral("SELECT * FROM payment_processors WHERE store_id = ?");
    QVariantList bindings { storeId };
    // NOTE: the reference describes the test filter as "0 - test processors, 1 - live", the
    // opposite of the test property it filters. The sandbox compares with the property, so
    // test=1 lists processors in test mode.
    for (const char *key : { "active", "test" }) {
        const QString value = context.payload.text(QLatin1String(key)).trimmed();
        if (value.isEmpty())
            continue;
        if (value != u"0" && value != u"1")
            return CommandResult::error(QStringLiteral("invalid:") + QLatin1String(key),
                { { QStringLiteral("value"), value },
                    { QStringLiteral("reason"), QStringLiteral("expected 0 or 1") } });
        sql += QStringLiteral(" AND ") + QLatin1String(key) + QStringLiteral(" = ?");
        bindings.append(value);
    }
    const QString processorId = context.payload.text(QStringLiteral("processor_id")).trimmed();
    if (!processorId.isEmpty()) {
        sql += QStringLiteral(" AND processor_id = ?");
        bindings.append(processorId);
    }
    QJsonObject processors;
    for (const QJsonValue &row : ListEngine::fetchRows(
             context, sql + QStringLiteral(" ORDER BY CAST(seq AS INTEGER)"), bindings))
        processors.insert(
            row[QStringLiteral("processor_id")].toString(), processorJson(row.toObject()));
    CommandResult result
        = CommandResult::success(QJsonObject { { QStringLiteral("processors"), processors } });
    result.ttl = ProcessorsTtlSeconds;
    return result;
}

CommandResult paymentDetails(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("payment_id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:payment_id"));
    QString where = QStringLiteral("payment_id = ?");
    QVariantList bindings { id };
    if (!context.storeId.isEmpty()) {
        where += QStringLiteral(" AND store_id = ?");
        bindings.append(context.storeId);
    }
    const std::optional<QJsonObject> payment
        = ListEngine(paymentSpec()).fetchOne(context, where, bindings, paymentFields(true));
    if (!payment)
        return CommandResult::error(
            QStringLiteral("not_found:payment_id"), { { QStringLiteral("value"), id } });
    return CommandResult::success(*payment);
}

QJsonObject storedOrder(const CommandContext &context, const QString &orderId)
{
    return fetchFirst(context,
        QStringLiteral("SELECT order_id, store_id, reseller_id, client_reseller_id, "
                       "currency, rowid AS api_order_id FROM orders WHERE order_id = ?")
            + (context.storeId.isEmpty() ? QString() : QStringLiteral(" AND store_id = ?")),
        context.storeId.isEmpty() ? QVariantList { orderId }
                                  : QVariantList { orderId, context.storeId });
}

CommandResult paymentAdd(const CommandContext &context)
{
    QString orderId = context.payload.text(QStringLiteral("order_id")).trimmed();
    const QString requestId = context.payload.text(QStringLiteral("payment_request_id")).trimmed();
    if (!requestId.isEmpty()) {
        const QJsonObject paymentRequest = fetchFirst(context,
            QStringLiteral("SELECT order_id FROM payment_requests WHERE id = ?"), { requestId });
        if (paymentRequest.isEmpty())
            return CommandResult::error(QStringLiteral("not_found:payment_request_id"),
                { { QStringLiteral("value"), requestId } });
        const QString requestOrder = paymentRequest.value(QStringLiteral("order_id")).toString();
        if (!orderId.isEmpty() && orderId != requestOrder)
            return CommandResult::error(QStringLiteral("invalid:payment_request_id"),
                { { QStringLiteral("value"), requestId },
                    { QStringLiteral("reason"),
                        QStringLiteral("the payment request belongs to order %1")
                            .arg(requestOrder) } });
        orderId = requestOrder;
    }
    QJsonArray missing;
    for (const char *key : { "order_id", "payment_type", "payment_method", "transaction_id",
             "merchant_id", "total", "currency" }) {
        const bool present = key == QByteArrayView("order_id")
            ? !orderId.isEmpty()
            : !context.payload.text(QLatin1String(key)).trimmed().isEmpty();
        if (!present)
            missing.append(
                Commerce::errorMessage(QStringLiteral("required:") + QLatin1String(key)));
    }
    if (!missing.isEmpty())
        return CommandResult { false, QJsonArray(), missing };

    const QJsonObject order = storedOrder(context, orderId);
    if (order.isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:order_id"), { { QStringLiteral("value"), orderId } });
    const QString type = context.payload.text(QStringLiteral("payment_type")).trimmed();
    if (type != u"incoming" && type != u"refund" && type != u"chargeback")
        return CommandResult::error(QStringLiteral("invalid:payment_type"),
            { { QStringLiteral("value"), type },
                { QStringLiteral("reason"),
                    QStringLiteral("expected incoming, refund or chargeback") } });
    CommandResult error;
    const std::optional<double> total = readAmount(context, QStringLiteral("total"), &error);
    if (!total)
        return error;
    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    const QString currency = context.payload.text(QStringLiteral("currency")).trimmed().toUpper();
    if (auto rejection = checkCurrency(rates, currency))
        return *rejection;

    QString paymentDate = nowUtc();
    const QString sentDate = context.payload.text(QStringLiteral("payment_date")).trimmed();
    if (!sentDate.isEmpty()) {
        paymentDate = context.inputDateToUtc(sentDate);
        if (paymentDate.isEmpty())
            return CommandResult::error(QStringLiteral("invalid:payment_date"),
                { { QStringLiteral("value"), sentDate },
                    { QStringLiteral("reason"), QStringLiteral("expected yyyy-MM-dd HH:mm:ss") } });
    }
    const QString storeId = order.value(QStringLiteral("store_id")).toString();
    const QString processorId
        = context.payload.text(QStringLiteral("payment_processor_id")).trimmed();
    if (!processorId.isEmpty()
        && fetchFirst(context,
            QStringLiteral("SELECT processor_id FROM payment_processors WHERE "
                           "processor_id = ? AND store_id = ?"),
            { processorId, storeId })
               .isEmpty())
        return CommandResult::error(QStringLiteral("not_found:payment_processor_id"),
            { { QStringLiteral("value"), processorId }, { QStringLiteral("store_id"), storeId } });

    // A refund or chargeback cannot return more than the order's payments brought in.
    const QString orderCurrency = order.value(QStringLiteral("currency")).toString();
    if (type != u"incoming") {
        const OrderBalance balance = OrderBalance::compute(context, orderId);
        const double amount = rates.supports(orderCurrency)
            ? rates.convert(*total, currency, orderCurrency)
            : *total;
        if (amount > balance.paid + 0.005)
            return CommandResult::error(QStringLiteral("invalid:total"),
                { { QStringLiteral("value"), context.payload.text(QStringLiteral("total")) },
                    { QStringLiteral("max"), balance.paid },
                    { QStringLiteral("reason"),
                        QStringLiteral("a %1 cannot exceed the %2 %3 paid")
                            .arg(type, Commerce::money(balance.paid), orderCurrency) } });
    }

    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString paymentId;
    for (int i = 0; i < 16; ++i)
        paymentId.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
    const QVariant client = order.value(QStringLiteral("client_reseller_id")).toVariant();
    QSqlDatabase(context.database).transaction();
    const bool ok
        = execute(context,
              QStringLiteral("INSERT INTO order_payments(payment_id, order_id, date, "
                             "payment_processor_id, payment_type, payment_method, transaction_id, "
                             "payment_date, merchant_id, total, currency, buyer_id, store_id, "
                             "reseller_id, client_reseller_id) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              { paymentId, orderId, nowUtc(), processorId.isEmpty() ? QVariant() : processorId,
                  type, context.payload.text(QStringLiteral("payment_method")).trimmed(),
                  context.payload.text(QStringLiteral("transaction_id")).trimmed(), paymentDate,
                  context.payload.text(QStringLiteral("merchant_id")).trimmed(),
                  Commerce::money(*total), currency,
                  context.payload.text(QStringLiteral("buyer_id")).trimmed(), storeId,
                  order.value(QStringLiteral("reseller_id")).toString(), client })
        && OrderBalance::store(context, orderId);
    if (!ok) {
        QSqlDatabase(context.database).rollback();
        return CommandResult::error(QStringLiteral("system_error"));
    }
    QSqlDatabase(context.database).commit();
    qCInfo(lcSandbox) << "Added payment" << paymentId << "of type" << type << "to order" << orderId;
    return Commerce::successWithMessage(QJsonObject { { QStringLiteral("payment_id"), paymentId },
                                            { QStringLiteral("order_id"), orderId } },
        QStringLiteral("add_payment_success"));
}

CommandResult paymentDelete(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("payment_id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:payment_id"));
    const QJsonObject payment = fetchFirst(context,
        QStringLiteral("SELECT order_id FROM order_payments WHERE payment_id = ?")
            + (context.storeId.isEmpty() ? QString() : QStringLiteral(" AND store_id = ?")),
        context.storeId.isEmpty() ? QVariantList { id } : QVariantList { id, context.storeId });
    if (payment.isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:payment_id"), { { QStringLiteral("value"), id } });
    const QString orderId = payment.value(QStringLiteral("order_id")).toString();
    if (!execute(context, QStringLiteral("DELETE FROM order_payments WHERE payment_id = ?"), { id })
        || !OrderBalance::store(context, orderId))
        return CommandResult::error(QStringLiteral("system_error"));
    qCInfo(lcSandbox) << "Deleted payment" << id << "of order" << orderId;
    return Commerce::successWithMessage(QJsonArray(), QStringLiteral("delete_payment_success"));
}

QJsonObject paymentRequestJson(const CommandContext &context, const QJsonObject &row)
{
    QJsonObject request = row;
    request.insert(QStringLiteral("created_at"),
        context.outputDate(row.value(QStringLiteral("created_at")).toVariant()));
    return request;
}

CommandResult paymentRequestCreate(const CommandContext &context)
{
    QJsonArray missing;
    for (const char *key : { "order_id", "amount", "payment_method", "currency" }) {
        if (context.payload.text(QLatin1String(key)).trimmed().isEmpty())
            missing.append(
                Commerce::errorMessage(QStringLiteral("required:") + QLatin1String(key)));
    }
    if (!missing.isEmpty())
        return CommandResult { false, QJsonArray(), missing };
    const QString orderId = context.payload.text(QStringLiteral("order_id")).trimmed();
    const QJsonObject order = storedOrder(context, orderId);
    if (order.isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:order_id"), { { QStringLiteral("value"), orderId } });
    CommandResult error;
    // NOTE: the amount is not compared with the order's payment_due, because the reference
    // names no such limit. A request for more than is due is accepted.
    const std::optional<double> amount = readAmount(context, QStringLiteral("amount"), &error);
    if (!amount)
        return error;
    const QString currency = context.payload.text(QStringLiteral("currency")).trimmed().toUpper();
    if (auto rejection = checkCurrency(Commerce::CurrencyRates::load(context.database), currency))
        return *rejection;
    const QString slug = context.payload.text(QStringLiteral("payment_method")).trimmed();
    const std::optional<PaymentProcessor> processor
        = findProcessorBySlug(context, order.value(QStringLiteral("store_id")).toString(), slug);
    if (!processor)
        return CommandResult::error(QStringLiteral("invalid:payment_method"),
            { { QStringLiteral("value"), slug },
                { QStringLiteral("reason"),
                    QStringLiteral("expected a processor slug of the order's store; see "
                                   "payment-processors") } });
    return CommandResult::success(QJsonObject { { QStringLiteral("payment_request"),
        createPaymentRequest(context, orderId, *amount, currency, *processor) } });
}

CommandResult paymentRequestDetails(const CommandContext &context)
{
    const QString id = context.payload.text(QStringLiteral("id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:id"));
    QJsonObject row = fetchFirst(context,
        QStringLiteral("SELECT * FROM payment_requests WHERE id = ?")
            + (context.storeId.isEmpty() ? QString() : QStringLiteral(" AND store_id = ?")),
        context.storeId.isEmpty() ? QVariantList { id } : QVariantList { id, context.storeId });
    if (row.isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:id"), { { QStringLiteral("value"), id } });
    // The details show the order object in place of order_id, as the reference's example does.
    const QString orderId = row.take(QStringLiteral("order_id")).toString();
    QJsonObject request = paymentRequestJson(context, row);
    const std::optional<QJsonObject> order = fetchOrderDetails(context, orderId, QString());
    request.insert(
        QStringLiteral("order"), order ? QJsonValue(*order) : QJsonValue(QJsonValue::Null));
    return CommandResult::success(QJsonObject { { QStringLiteral("payment_request"), request } });
}

} // namespace

std::optional<PaymentProcessor> findProcessorBySlug(
    const CommandContext &context, const QString &storeId, const QString &slug)
{
    const QJsonObject row = fetchFirst(context,
        QStringLiteral("SELECT processor_id, name, slug, options FROM payment_processors WHERE "
                       "slug = ? AND store_id = ?"),
        { slug, storeId });
    if (row.isEmpty())
        return std::nullopt;
    PaymentProcessor processor;
    processor.id = row.value(QStringLiteral("processor_id")).toString();
    processor.name = row.value(QStringLiteral("name")).toString();
    processor.slug = slug;
    processor.currency
        = QJsonDocument::fromJson(row.value(QStringLiteral("options")).toString().toUtf8())
              .object()
              .value(QStringLiteral("currency"))
              .toString();
    if (processor.currency.isEmpty())
        processor.currency = Commerce::storeCurrency(context, storeId);
    return processor;
}

QJsonObject createPaymentRequest(const CommandContext &context, const QString &orderId,
    double amount, const QString &currency, const PaymentProcessor &processor)
{
    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    const QJsonObject order = fetchFirst(context,
        QStringLiteral("SELECT store_id, rowid AS api_order_id FROM orders WHERE order_id = ?"),
        { orderId });
    const QJsonObject last = fetchFirst(
        context, QStringLiteral("SELECT MAX(CAST(id AS INTEGER)) AS id FROM payment_requests"), {});
    // Ids continue from the reference's example request 8713.
    const qlonglong id = qMax(8712LL, last.value(QStringLiteral("id")).toString().toLongLong()) + 1;
    const double rate = rates.rate(currency, processor.currency);
    const QVariantList values { QString::number(id),
        order.value(QStringLiteral("api_order_id")).toString(), orderId, processor.name,
        Commerce::money(amount * rate), processor.currency, QString::number(amount, 'f', 6),
        currency, QString::number(rate, 'f', 6), nowUtc(), processor.id, QVariant(), QVariant(),
        QVariant(), order.value(QStringLiteral("store_id")).toString() };
    execute(context,
        QStringLiteral("INSERT INTO payment_requests(id, api_order_id, order_id, payment_method, "
                       "amount, currency, original_amount, original_currency, exchange_rate, "
                       "created_at, payment_processor_id, lang, return_url, cancel_url, store_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    QJsonObject row = fetchFirst(context,
        QStringLiteral("SELECT * FROM payment_requests WHERE id = ?"), { QString::number(id) });
    // payment-request-create shows order_id but no api_order_id.
    row.remove(QStringLiteral("api_order_id"));
    return paymentRequestJson(context, row);
}

void registerPaymentCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("payment-processors"), paymentProcessors);
    registry.add(QStringLiteral("payment-list"),
        [](const CommandContext &context) { return ListEngine(paymentSpec()).list(context); });
    registry.add(QStringLiteral("payment-details"), paymentDetails);
    registry.add(QStringLiteral("payment-add"), paymentAdd);
    registry.add(QStringLiteral("payment-delete"), paymentDelete);
    registry.add(QStringLiteral("payment-request-create"), paymentRequestCreate);
    registry.add(QStringLiteral("payment-request-details"), paymentRequestDetails);
}

} // namespace ResellerDesk::Sandbox
