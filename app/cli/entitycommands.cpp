#include "entitycommands.h"

#include "api/apicommands.h"

#include <algorithm>

namespace ResellerDesk::Cli {

namespace {

using Api::ApiCommands;
using Api::ApiReply;

// Reads a numeric id. Text that is not a number becomes 0, which the typed calls reject.
// ShowCommand checks ids before, so that its message names the text.
qlonglong numericId(const QString &id)
{
    bool ok = false;
    const qlonglong number = id.trimmed().toLongLong(&ok);
    return ok ? number : 0;
}

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

// Builds the entity of a details command that takes a numeric id and `with`.
template <typename Call>
EntityCommand numbered(
    const QString &entity, const QString &idProperty, const QStringList &leadingColumns, Call call)
{
    return { entity, entity + QStringLiteral("-list"), entity + QStringLiteral("-details"),
        idProperty, leadingColumns, true, true,
        [call](ApiCommands &commands, const QString &id, const QStringList &with) {
            return (commands.*call)(numericId(id), with);
        } };
}

QList<EntityCommand> buildEntities()
{
    QList<EntityCommand> entities;
    entities.append({ QStringLiteral("account"), QStringLiteral("account-list"),
        QStringLiteral("account-details"), QStringLiteral("account_id"),
        columns({ "username", "hostname", "plan", "billing_status", "end_date", "days_to_expire" }),
        true, true, [](ApiCommands &commands, const QString &id, const QStringList &with) {
            return commands.accountDetails(numericId(id), with);
        } });
    // A domain can be shown by its name as well as by its id.
    entities.append({ QStringLiteral("domain"), QStringLiteral("domain-list"),
        QStringLiteral("domain-details"), QStringLiteral("domain_id"),
        columns({ "domain", "status", "end_date", "days_to_expire" }), true, false,
        [](ApiCommands &commands, const QString &id, const QStringList &with) {
            bool isNumber = false;
            id.trimmed().toLongLong(&isNumber);
            return isNumber ? commands.domainDetails(numericId(id), with)
                            : commands.domainDetailsByName(id, with);
        } });
    entities.append(numbered(QStringLiteral("certificate"), QStringLiteral("certificate_id"),
        columns({ "hostname", "certificate_type", "registration_status", "end_date",
            "days_to_expire" }),
        &ApiCommands::certificateDetails));
    entities.append(numbered(QStringLiteral("resource"), QStringLiteral("id"),
        columns({ "display_name", "product", "end_date" }), &ApiCommands::resourceDetails));
    entities.append(numbered(QStringLiteral("client"), QStringLiteral("id"),
        columns({ "name", "email", "organization", "status" }), &ApiCommands::clientDetails));
    entities.append(numbered(QStringLiteral("service"), QStringLiteral("id"),
        columns({ "type", "product", "account_hostname", "status", "end_date" }),
        &ApiCommands::serviceDetails));
    entities.append(
        { QStringLiteral("store"), QStringLiteral("store-list"), QStringLiteral("store-details"),
            QStringLiteral("id"), columns({ "name", "title", "hostname", "currency" }), false, true,
            [](ApiCommands &commands, const QString &id, const QStringList &) {
                return commands.storeDetails(numericId(id));
            } });
    entities.append({ QStringLiteral("product"), QStringLiteral("product-list"),
        QStringLiteral("product-details"), QStringLiteral("product_id"),
        columns({ "product", "label", "type", "periodicity" }), false, true,
        [](ApiCommands &commands, const QString &id, const QStringList &) {
            return commands.productDetails(numericId(id));
        } });
    entities.append({ QStringLiteral("order"), QStringLiteral("order-list"),
        QStringLiteral("order-details"), QStringLiteral("order_id"),
        columns({ "date", "status", "paid", "total", "currency", "email", "store_title" }), false,
        false, [](ApiCommands &commands, const QString &id, const QStringList &) {
            return commands.orderDetails(id);
        } });
    entities.append({ QStringLiteral("payment"), QStringLiteral("payment-list"),
        QStringLiteral("payment-details"), QStringLiteral("payment_id"),
        columns({ "date", "order_id", "payment_type", "total", "currency", "payment_method" }),
        false, false, [](ApiCommands &commands, const QString &id, const QStringList &) {
            return commands.paymentDetails(id);
        } });
    entities.append({ QStringLiteral("ticket"), QStringLiteral("ticket-list"),
        QStringLiteral("ticket-details"), QStringLiteral("id"),
        columns({ "subject", "status", "username", "domain", "response_date", "is_read" }), false,
        true, [](ApiCommands &commands, const QString &id, const QStringList &) {
            return commands.ticketDetails(numericId(id));
        } });
    entities.append({ QStringLiteral("payment-request"), QString(),
        QStringLiteral("payment-request-details"), QStringLiteral("id"), {}, false, true,
        [](ApiCommands &commands, const QString &id, const QStringList &) {
            return commands.paymentRequestDetails(numericId(id));
        } });
    return entities;
}

QStringList namesWhere(bool (*predicate)(const EntityCommand &))
{
    QStringList names;
    for (const EntityCommand &entity : EntityCommands::all()) {
        if (predicate(entity))
            names.append(entity.entity);
    }
    names.sort();
    return names;
}

} // namespace

const QList<EntityCommand> &EntityCommands::all()
{
    static const QList<EntityCommand> entities = buildEntities();
    return entities;
}

std::optional<EntityCommand> EntityCommands::find(const QString &entity)
{
    const QList<EntityCommand> &entities = all();
    const auto found = std::find_if(entities.cbegin(), entities.cend(),
        [&entity](const EntityCommand &candidate) { return candidate.entity == entity; });
    if (found == entities.cend())
        return std::nullopt;
    return *found;
}

QStringList EntityCommands::listEntities()
{
    return namesWhere([](const EntityCommand &entity) { return !entity.listCommand.isEmpty(); });
}

QStringList EntityCommands::detailsEntities()
{
    return namesWhere([](const EntityCommand &entity) { return !entity.detailsCommand.isEmpty(); });
}

} // namespace ResellerDesk::Cli
