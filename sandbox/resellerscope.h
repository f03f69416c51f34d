#pragma once

#include "sandbox/commandcontext.h"
#include "sandbox/commandresult.h"

#include <optional>

namespace ResellerDesk::Sandbox {

// Rejects a store token for commands that the reference reserves for the reseller token, such
// as support tickets and video conferences. `commands` names the group in the message.
inline std::optional<CommandResult> requireResellerToken(const CommandContext &context,
                                                         const QString &commands)
{
    if (context.storeId.isEmpty())
        return std::nullopt;
    return CommandResult::error(QStringLiteral("unauthorized"),
                                {{QStringLiteral("reason"),
                                  QString(commands + QStringLiteral(" need the reseller token, "
                                                                    "not a store token"))}});
}

} // namespace ResellerDesk::Sandbox
