#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ResellerDesk::Api {
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Cli {

// One entity of the API as the list and show subcommands name it: "domain" for domain-list and
// domain-details.
struct EntityCommand
{
    QString entity;
    // Empty when the entity has no list command (payment-request).
    QString listCommand;
    // Empty when the entity has no details command.
    QString detailsCommand;
    // Property that identifies an item in list results, shown as the first column.
    QString idProperty;
    // Properties shown right after the id in tables and CSV, because people look for them
    // first. The other properties follow in alphabetical order.
    QStringList leadingColumns;
    // Whether the details command takes `with` relations.
    bool detailsTakesWith = false;
    // Whether show takes only a positive number as the id (order and payment ids are text, and
    // a domain can be given by name).
    bool numericId = true;
    // Sends the details command through the typed call, which checks the id first.
    std::function<Api::ApiReply *(Api::ApiCommands &, const QString &id, const QStringList &with)>
        sendDetails;
};

// The entities of the reference's list and details commands.
class EntityCommands
{
public:
    static const QList<EntityCommand> &all();
    static std::optional<EntityCommand> find(const QString &entity);
    // Names of the entities that have a list command, or a details command, sorted.
    static QStringList listEntities();
    static QStringList detailsEntities();
};

} // namespace ResellerDesk::Cli
