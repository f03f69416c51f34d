#pragma once

#include "sandbox/commandcontext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ResellerDesk::Sandbox {

class CommandRegistry;

// A support account that tickets are filed under.
struct SupportUser
{
    QString username;
    QString name;
    QString email;
    QString language;
};

// Finds a support user; an empty name means the account linked to the reseller Account Panel.
std::optional<SupportUser> findSupportUser(const CommandContext &context, const QString &username);

// Returns the user as ticket-user shows it: name, email and username.
QJsonObject supportUserObject(const SupportUser &user);

// Returns the domains a support user may file tickets under, ending with general.support.enq.
QStringList supportUserDomains(const CommandContext &context, const QString &username);

// Registers ticket-account-list, ticket-account-domains, ticket-user and ticket-auth.
void registerTicketAccountCommands(CommandRegistry &registry);

} // namespace ResellerDesk::Sandbox
