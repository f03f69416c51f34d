#pragma once

#include <QString>

namespace ResellerDesk::Sandbox {

struct CommandContext;

// Payment state of an order: what its payments add up to and what is still due.
struct OrderBalance
{
    // Incoming payments minus refunds and chargebacks, in the order currency.
    double paid = 0;
    double due = 0;
    // not_paid, partially_paid or fully_paid.
    QString state;

    static OrderBalance compute(const CommandContext &context, const QString &orderId);
    // Recomputes the balance and stores its state in the order's `paid` column.
    static bool store(const CommandContext &context, const QString &orderId);
};

} // namespace ResellerDesk::Sandbox
