#include "sandbox/commercesupport.h"

#include "sandbox/commandcontext.h"
#include "sandbox/requestpayload.h"

#include <QSqlQuery>

#include <cmath>

namespace ResellerDesk::Sandbox::Commerce {

QString money(double amount)
{
    return QString::number(roundMoney(amount), 'f', 2);
}

double roundMoney(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

CommandResult successWithMessage(const QJsonValue &data, const QString &code)
{
    CommandResult result = CommandResult::success(data);
    result.messages.append(QJsonObject {
        { QStringLiteral("type"), QStringLiteral("success") }, { QStringLiteral("code"), code } });
    return result;
}

QJsonObject errorMessage(const QString &code, const QJsonObject &params)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
        { QStringLiteral("code"), code }, { QStringLiteral("params"), params } };
}

std::optional<CommandResult> resolveStore(
    const CommandContext &context, bool requiredForReseller, QString *storeId)
{
    const QString requested = context.payload.text(QStringLiteral("store_id")).trimmed();
    if (!context.storeId.isEmpty()) {
        // The service treats another store's id under a store token as a permission failure.
        if (!requested.isEmpty() && requested != context.storeId)
            return CommandResult::error(
                QStringLiteral("unauthorized"), { { QStringLiteral("store_id"), requested } });
        *storeId = context.storeId;
        return std::nullopt;
    }
    if (requested.isEmpty()) {
        if (requiredForReseller)
            return CommandResult::error(QStringLiteral("required:store_id"),
                { { QStringLiteral("reason"),
                    QStringLiteral("a reseller token must name the store; see store-list") } });
        storeId->clear();
        return std::nullopt;
    }
    if (storeCurrency(context, requested).isEmpty())
        return CommandResult::error(
            QStringLiteral("not_found:store_id"), { { QStringLiteral("value"), requested } });
    *storeId = requested;
    return std::nullopt;
}

QString storeCurrency(const CommandContext &context, const QString &storeId)
{
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("SELECT currency FROM store_profiles WHERE id = ?"));
    query.addBindValue(storeId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

CurrencyRates CurrencyRates::load(const QSqlDatabase &database)
{
    CurrencyRates rates;
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("SELECT base, quote, rate FROM currency_rates"))) {
        while (query.next())
            rates.m_rates[query.value(0).toString()].insert(
                query.value(1).toString(), query.value(2).toDouble());
    }
    return rates;
}

QStringList CurrencyRates::currencies() const
{
    QStringList codes = m_rates.keys();
    codes.sort();
    return codes;
}

double CurrencyRates::rate(const QString &from, const QString &to) const
{
    if (from == to)
        return 1.0;
    return m_rates.value(from).value(to);
}

double CurrencyRates::convert(double amount, const QString &from, const QString &to) const
{
    return roundMoney(amount * rate(from, to));
}

} // namespace ResellerDesk::Sandbox::Commerce
