#pragma once

#include <QJsonObject>

namespace ResellerDesk::Sandbox {

struct CommandContext;

// The data of the reference commands, shared with order-data.
namespace ReferenceData {

// Countries keyed by ISO2 code.
QJsonObject countries(const CommandContext &context);
// Datacenters keyed by sku.
QJsonObject datacenters(const CommandContext &context);
// TLDs keyed by TLD, with extra_attributes as an object or "".
QJsonObject tlds(const CommandContext &context);
// Cross rates: rates[from][to] as strings with 6 decimals.
QJsonObject currencyRates(const CommandContext &context);

} // namespace ReferenceData

} // namespace ResellerDesk::Sandbox
