// countries, datacenters, tlds and currencyrates: reference data that takes no parameters.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/commercesupport.h"
#include "sandbox/listengine.h"
#include "sandbox/referencedata.h"

#include <QJsonDocument>

namespace ResellerDesk::Sandbox {

namespace {

// The service lets clients cache reference data for an hour.
constexpr int ReferenceTtlSeconds = 3600;

CommandResult cached(const QJsonObject &data)
{
    CommandResult result = CommandResult::success(data);
    result.ttl = ReferenceTtlSeconds;
    return result;
}

} // namespace

namespace ReferenceData {

QJsonObject countries(const CommandContext &context)
{
    QJsonObject byCode;
    const QJsonArray rows = ListEngine::fetchRows(
        context, QStringLiteral("SELECT * FROM countries ORDER BY CAST(seq AS INTEGER)"), {});
    for (const QJsonValue &row : rows)
        byCode.insert(row[QStringLiteral("iso2")].toString(), row);
    return byCode;
}

QJsonObject datacenters(const CommandContext &context)
{
    QJsonObject bySku;
    const QJsonArray rows = ListEngine::fetchRows(
        context, QStringLiteral("SELECT name, country_iso2, sku FROM datacenters"), {});
    for (const QJsonValue &row : rows)
        bySku.insert(row[QStringLiteral("sku")].toString(), row);
    return bySku;
}

QJsonObject tlds(const CommandContext &context)
{
    QJsonObject byTld;
    const QJsonArray rows
        = ListEngine::fetchRows(context, QStringLiteral("SELECT * FROM tlds"), {});
    for (const QJsonValue &row : rows) {
        QJsonObject tld = row.toObject();
        const QString extra = tld.value(QStringLiteral("extra_attributes")).toString();
        if (!extra.isEmpty())
            tld.insert(QStringLiteral("extra_attributes"),
                QJsonDocument::fromJson(extra.toUtf8()).object());
        byTld.insert(tld.value(QStringLiteral("tld")).toString(), tld);
    }
    return byTld;
}

QJsonObject currencyRates(const CommandContext &context)
{
    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    QJsonObject table;
    for (const QString &from : rates.currencies()) {
        QJsonObject row;
        for (const QString &to : rates.currencies())
            row.insert(to, QString::number(rates.rate(from, to), 'f', 6));
        table.insert(from, row);
    }
    return table;
}

} // namespace ReferenceData

void registerReferenceCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("countries"), [](const CommandContext &context) {
        return cached({ { QStringLiteral("countries"), ReferenceData::countries(context) } });
    });
    registry.add(QStringLiteral("datacenters"), [](const CommandContext &context) {
        return cached({ { QStringLiteral("datacenters"), ReferenceData::datacenters(context) } });
    });
    registry.add(QStringLiteral("tlds"), [](const CommandContext &context) {
        return cached({ { QStringLiteral("tlds"), ReferenceData::tlds(context) } });
    });
    registry.add(QStringLiteral("currencyrates"), [](const CommandContext &context) {
        return cached({ { QStringLiteral("rates"), ReferenceData::currencyRates(context) } });
    });
}

} // namespace ResellerDesk::Sandbox
