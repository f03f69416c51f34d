// Support accounts: the list, their ticket domains, their details and password checks.
#include "sandbox/supportusers.h"

#include "sandbox/commandregistry.h"
#include "sandbox/requestpayload.h"
#include "sandbox/resellerscope.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/supportdata.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

namespace {

// Domain that every support account may file tickets under, as in the reference's example.
const QString GeneralDomain = QStringLiteral("general.support.enq");

std::optional<CommandResult> requireReseller(const CommandContext &context)
{
    return requireResellerToken(context, QStringLiteral("ticket commands"));
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "Support account command failed to run" << sql
                         << query.lastError().text();
    return false;
}

} // namespace

std::optional<SupportUser> findSupportUser(const CommandContext &context, const QString &username)
{
    QSqlQuery query(context.database);
    const bool byName = !username.isEmpty();
    if (!exec(query,
              QStringLiteral("SELECT username, name, email, language FROM support_users WHERE ")
                  + (byName ? QStringLiteral("username = ?") : QStringLiteral("is_default = '1'")),
              byName ? QVariantList{username} : QVariantList{})
        || !query.next())
        return std::nullopt;
    return SupportUser{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString()};
}

QJsonObject supportUserObject(const SupportUser &user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("username"), user.username}};
}

QStringList supportUserDomains(const CommandContext &context, const QString &username)
{
    QSqlQuery query(context.database);
    QStringList domains;
    if (exec(query,
             QStringLiteral("SELECT domain FROM support_user_domains WHERE username = ? ORDER BY "
                            "domain"),
             {username})) {
        while (query.next())
            domains.append(query.value(0).toString());
    }
    domains.append(GeneralDomain);
    return domains;
}

namespace {

CommandResult ticketAccountList(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    QSqlQuery query(context.database);
    QJsonArray names;
    if (!exec(query, QStringLiteral("SELECT username FROM support_users ORDER BY username"), {}))
        return CommandResult::error(QStringLiteral("system_error"));
    while (query.next())
        names.append(query.value(0).toString());
    return CommandResult::success(names);
}

// Returns the support user named by the request's `username`; `required` rejects an empty
// name, otherwise an empty name means the reseller Account Panel's account.
std::optional<CommandResult> requestedUser(const CommandContext &context, bool required,
                                           SupportUser *user)
{
    const QString username = context.payload.text(QStringLiteral("username")).trimmed();
    if (required && username.isEmpty())
        return CommandResult::error(QStringLiteral("required:username"));
    const std::optional<SupportUser> found = findSupportUser(context, username);
    if (!found)
        return CommandResult::error(QStringLiteral("not_found:username"),
                                    {{QStringLiteral("value"), username}});
    *user = *found;
    return std::nullopt;
}

CommandResult ticketAccountDomains(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    SupportUser user;
    if (auto error = requestedUser(context, false, &user))
        return *error;
    return CommandResult::success(QJsonArray::fromStringList(supportUserDomains(context, user.username)));
}

CommandResult ticketUser(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    SupportUser user;
    if (auto error = requestedUser(context, true, &user))
        return *error;
    return CommandResult::success(QJsonObject{{QStringLiteral("user"), supportUserObject(user)}});
}

CommandResult ticketAuth(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    const QString username = context.payload.text(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return CommandResult::error(QStringLiteral("required:username"));
    const QString password = context.payload.text(QStringLiteral("password"));
    if (password.isEmpty())
        return CommandResult::error(QStringLiteral("required:password"));

    QSqlQuery query(context.database);
    if (!exec(query,
              QStringLiteral("SELECT password_salt, password_digest FROM support_users WHERE "
                             "username = ?"),
              {username}))
        return CommandResult::error(QStringLiteral("system_error"));
    const bool matches = query.next()
                         && SupportData::passwordDigest(query.value(0).toString(), password)
                                == query.value(1).toString();
    // Unknown users get the same response as a wrong password, without the
    // user details, so the command does not reveal which support accounts exist.
    if (!matches) {
        qCInfo(lcSandbox) << "ticket-auth rejected the credentials of" << username;
        return CommandResult::success(QJsonObject{{QStringLiteral("auth"), false}});
    }
    return CommandResult::success(
        QJsonObject{{QStringLiteral("auth"), true},
                    {QStringLiteral("user"), supportUserObject(*findSupportUser(context, username))}});
}

} // namespace

void registerTicketAccountCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("ticket-account-list"), ticketAccountList);
    registry.add(QStringLiteral("ticket-account-domains"), ticketAccountDomains);
    registry.add(QStringLiteral("ticket-user"), ticketUser);
    registry.add(QStringLiteral("ticket-auth"), ticketAuth);
}

} // namespace ResellerDesk::Sandbox
