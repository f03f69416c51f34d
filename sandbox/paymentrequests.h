#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ResellerDesk::Sandbox {

struct CommandContext;

// A store's payment processor as payment requests use it.
struct PaymentProcessor
{
    QString id;
    QString name;
    QString slug;
    // Currency the processor charges in: its options' currency, or the store currency.
    QString currency;
};

// Finds a processor of `storeId` by its slug, such as "PayPal:663". Returns nothing for an
// unknown slug or a processor of another store.
std::optional<PaymentProcessor> findProcessorBySlug(
    const CommandContext &context, const QString &storeId, const QString &slug);

// Stores a payment request for `amount` in `currency`, converted into the processor's currency,
// and returns it as payment-request-create shows it.
QJsonObject createPaymentRequest(const CommandContext &context, const QString &orderId,
    double amount, const QString &currency, const PaymentProcessor &processor);

} // namespace ResellerDesk::Sandbox
