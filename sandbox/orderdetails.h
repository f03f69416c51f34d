#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ResellerDesk::Sandbox {

struct CommandContext;

// Builds the order object of order-details: the order with items keyed by item id, payments,
// payments_total and payment_due. Returns nothing for an unknown order or, when `storeId` is
// not empty, an order of another store.
std::optional<QJsonObject> fetchOrderDetails(
    const CommandContext &context, const QString &orderId, const QString &storeId);

} // namespace ResellerDesk::Sandbox
