#include "sandbox/orderbalance.h"

#include "sandbox/commandcontext.h"
#include "sandbox/commercesupport.h"

#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

OrderBalance OrderBalance::compute(const CommandContext &context, const QString &orderId)
{
    OrderBalance balance;
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("SELECT total, currency FROM orders WHERE order_id = ?"));
    query.addBindValue(orderId);
    if (!query.exec() || !query.next())
        return balance;
    const double total = query.value(0).toDouble();
    const QString orderCurrency = query.value(1).toString();

    const Commerce::CurrencyRates rates = Commerce::CurrencyRates::load(context.database);
    query.prepare(QStringLiteral("SELECT payment_type, total, currency FROM order_payments "
                                 "WHERE order_id = ?"));
    query.addBindValue(orderId);
    double paid = 0;
    if (query.exec()) {
        while (query.next()) {
            const QString currency = query.value(2).toString();
            double amount = query.value(1).toDouble();
            // A payment in another currency counts at today's rate, and one in an unknown
            // currency counts as sent.
            if (currency != orderCurrency && rates.supports(currency)
                && rates.supports(orderCurrency))
                amount = rates.convert(amount, currency, orderCurrency);
            paid += query.value(0).toString() == u"incoming" ? amount : -amount;
        }
    }
    balance.paid = Commerce::roundMoney(paid);
    balance.due = Commerce::roundMoney(total - balance.paid);
    // A cent of rounding from currency conversion still counts as paid in full.
    if (balance.paid < 0.005)
        balance.state = QStringLiteral("not_paid");
    else if (balance.due > 0.01)
        balance.state = QStringLiteral("partially_paid");
    else
        balance.state = QStringLiteral("fully_paid");
    return balance;
}

bool OrderBalance::store(const CommandContext &context, const QString &orderId)
{
    const OrderBalance balance = compute(context, orderId);
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("UPDATE orders SET paid = ? WHERE order_id = ?"));
    query.addBindValue(balance.state);
    query.addBindValue(orderId);
    return query.exec();
}

} // namespace ResellerDesk::Sandbox
