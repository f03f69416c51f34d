#pragma once

#include "sandbox/commandresult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace ResellerDesk::Sandbox {

struct CommandContext;

using CommandHandler = std::function<CommandResult(const CommandContext &)>;

// Command name (the URL path without "/", such as "account-list") to its handler. Each entity
// registers its commands from its own file, see registerAccountCommands() and the others.
class CommandRegistry
{
public:
    // Adds or replaces the handler of `name`.
    void add(const QString &name, CommandHandler handler) { m_handlers.insert(name, std::move(handler)); }
    // Returns the handler of `name`, or null for an unknown command.
    const CommandHandler *find(const QString &name) const
    {
        const auto it = m_handlers.constFind(name);
        return it == m_handlers.cend() ? nullptr : &it.value();
    }
    QStringList names() const { return m_handlers.keys(); }

private:
    QHash<QString, CommandHandler> m_handlers;
};

// Registration functions, one per entity file.
void registerAccountCommands(CommandRegistry &registry);
void registerDomainCommands(CommandRegistry &registry);
void registerOrderCommands(CommandRegistry &registry);
void registerTicketCommands(CommandRegistry &registry);
void registerTicketWriteCommands(CommandRegistry &registry);
void registerCertificateCommands(CommandRegistry &registry);
void registerBillingCommands(CommandRegistry &registry);
void registerDomainToolCommands(CommandRegistry &registry);
void registerDemoCpCommands(CommandRegistry &registry);
void registerVideoCommands(CommandRegistry &registry);
void registerReferenceCommands(CommandRegistry &registry);
void registerStoreCommands(CommandRegistry &registry);
void registerCatalogCommands(CommandRegistry &registry);
void registerOrderWriteCommands(CommandRegistry &registry);
void registerPaymentCommands(CommandRegistry &registry);

} // namespace ResellerDesk::Sandbox
