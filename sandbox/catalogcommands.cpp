// catalog and order-data.
#include "sandbox/catalog.h"
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/commercesupport.h"
#include "sandbox/listengine.h"
#include "sandbox/referencedata.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox {

namespace {

constexpr int CatalogTtlSeconds = 3600;

// Reads an optional 0|1 flag. A missing or empty value gives `fallback`.
std::optional<CommandResult> readFlag(
    const CommandContext &context, const QString &key, bool fallback, bool *value)
{
    const QString text = context.payload.text(key).trimmed();
    if (text.isEmpty()) {
        *value = fallback;
        return std::nullopt;
    }
    if (text != u"0" && text != u"1")
        return CommandResult::error(QStringLiteral("invalid:") + key,
            { { QStringLiteral("value"), text },
                { QStringLiteral("reason"), QStringLiteral("expected 0 or 1") } });
    *value = text == u"1";
    return std::nullopt;
}

// Builds {products, catalog} for the request's store and options, or an error result.
CommandResult catalogData(const CommandContext &context, QString *storeId)
{
    if (auto error = Commerce::resolveStore(context, true, storeId))
        return *error;
    Catalog::Options options;
    // NOTE: the reference states that flat=0 returns "a flat list", which contradicts the name and
    // the default tree of its example. The sandbox returns the tree for 0 and a flat object
    // keyed by catalog id, without children, for 1.
    if (auto error = readFlag(context, QStringLiteral("flat"), false, &options.flat))
        return *error;
    if (auto error = readFlag(context, QStringLiteral("active"), true, &options.activeOnly))
        return *error;
    if (auto error = readFlag(
            context, QStringLiteral("multiply_catalog_years"), false, &options.multiplyYears))
        return *error;
    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    options.currency = context.payload.text(QStringLiteral("currency")).trimmed().toUpper();
    if (!options.currency.isEmpty() && !rates.supports(options.currency))
        return CommandResult::error(QStringLiteral("invalid:currency"),
            { { QStringLiteral("value"), context.payload.text(QStringLiteral("currency")) },
                { QStringLiteral("reason"),
                    QString(QStringLiteral("unsupported currency; use one of: ")
                        + rates.currencies().join(QStringLiteral(", "))) } });
    const QString currency = Commerce::storeCurrency(context, *storeId);
    return CommandResult::success(Catalog::load(context.database).toJson(options, rates, currency));
}

CommandResult catalog(const CommandContext &context)
{
    QString storeId;
    CommandResult result = catalogData(context, &storeId);
    if (result.status)
        result.ttl = CatalogTtlSeconds;
    return result;
}

CommandResult orderData(const CommandContext &context)
{
    QString storeId;
    CommandResult result = catalogData(context, &storeId);
    if (!result.status)
        return result;
    QJsonObject data = result.data.toObject();
    const QJsonArray stores = ListEngine::fetchRows(
        context, QStringLiteral("SELECT * FROM store_profiles WHERE id = ?"), { storeId });
    data.insert(QStringLiteral("store"), stores.first());
    data.insert(QStringLiteral("datacenters"), ReferenceData::datacenters(context));
    data.insert(QStringLiteral("tlds"), ReferenceData::tlds(context));
    data.insert(QStringLiteral("countries"), ReferenceData::countries(context));
    result.data = data;
    result.ttl = CatalogTtlSeconds;
    return result;
}

} // namespace

void registerCatalogCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("catalog"), catalog);
    registry.add(QStringLiteral("order-data"), orderData);
}

} // namespace ResellerDesk::Sandbox
