#pragma once

#include "sandbox/commandresult.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ResellerDesk::Sandbox {

struct CommandContext;

// Helpers shared by the store, catalog, order and payment commands.
namespace Commerce {

// Largest amount a price or payment may have. The reference names no limit, and the cap keeps
// totals finite and exact to the cent in a double.
inline constexpr double MaxAmount = 1e9;

// Formats an amount with two decimals, as the service sends prices and totals.
QString money(double amount);
// Rounds an amount to cents.
double roundMoney(double amount);

// Builds a successful result with one {type: "success", code} message, as order-create and the
// payment commands send.
CommandResult successWithMessage(const QJsonValue &data, const QString &code);

// Builds one {type: "error", code, params} message.
QJsonObject errorMessage(const QString &code, const QJsonObject &params = {});

// Reads the request's store_id and checks it against the token. A store token may leave it out
// and may name its own store only. A reseller token must name an existing store when
// `requiredForReseller`, and otherwise gets an empty id meaning every store.
std::optional<CommandResult> resolveStore(
    const CommandContext &context, bool requiredForReseller, QString *storeId);

// Returns the currency of a store, or an empty string for an unknown store.
QString storeCurrency(const CommandContext &context, const QString &storeId);

// Cross rates of the supported currencies, as currencyrates returns them.
class CurrencyRates
{
public:
    static CurrencyRates load(const QSqlDatabase &database);

    bool supports(const QString &currency) const { return m_rates.contains(currency); }
    QStringList currencies() const;
    // Returns how many units of `to` one unit of `from` buys, or 0 for an unsupported pair.
    double rate(const QString &from, const QString &to) const;
    // Converts an amount and rounds it to cents.
    double convert(double amount, const QString &from, const QString &to) const;

private:
    QHash<QString, QHash<QString, double>> m_rates;
};

} // namespace Commerce

} // namespace ResellerDesk::Sandbox
