#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/listengine.h"
#include "sandbox/requestpayload.h"
#include "sandbox/resellerscope.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/ticketsupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

namespace {

QList<FieldSpec> ticketFields()
{
    const QStringList text{QStringLiteral("like%"), QStringLiteral("%like%")};
    // The reference's table lists daterange for the dates, but its own example sends
    // response_date:range, so both are accepted.
    const QStringList dates{QStringLiteral(">"),  QStringLiteral("<"),
                            QStringLiteral(">="), QStringLiteral("<="),
                            QStringLiteral("daterange"), QStringLiteral("range")};
    return {
        {QStringLiteral("id"), FieldType::Integer},
        {QStringLiteral("status"), FieldType::Text, {QStringLiteral("in")}},
        {QStringLiteral("domain"), FieldType::Text, text},
        {QStringLiteral("username"), FieldType::Text, text},
        {QStringLiteral("subject"), FieldType::Text, text},
        {QStringLiteral("fromsite")},
        {QStringLiteral("lang")},
        {QStringLiteral("sort_status")},
        {QStringLiteral("response_date"), FieldType::Date, dates},
        {QStringLiteral("read_on"), FieldType::Date, dates},
        {QStringLiteral("is_read"), FieldType::Integer},
        {QStringLiteral("operator")},
        {QStringLiteral("attachment_count"), FieldType::Integer,
         {QStringLiteral(">"), QStringLiteral(">=")}},
    };
}

const EntitySpec &ticketSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec entity;
        entity.table = QStringLiteral("tickets");
        entity.idField = QStringLiteral("id");
        entity.fields = ticketFields();
        entity.defaultOrder = {{QStringLiteral("sort_status"), true}, {QStringLiteral("id"), false}};
        entity.defaultOrderEcho = QJsonObject{{QStringLiteral("sort_status"), QStringLiteral("asc")},
                                              {QStringLiteral("id"), QStringLiteral("desc")}};
        // The reference's example answers with limit 50 when no limit was sent.
        entity.defaultLimit = 50;
        entity.virtualFilters.insert(
            QStringLiteral("search"),
            VirtualFilter{QStringLiteral("subject LIKE ? ESCAPE '\\' OR id IN (SELECT "
                                         "CAST(ticket_id AS INTEGER) FROM ticket_messages WHERE "
                                         "question LIKE ? ESCAPE '\\' OR answer LIKE ? ESCAPE "
                                         "'\\')"),
                          3, true});
        return entity;
    }();
    return spec;
}

// Support tickets need the reseller token; store tokens are rejected.
std::optional<CommandResult> requireReseller(const CommandContext &context)
{
    return requireResellerToken(context, QStringLiteral("ticket commands"));
}

// Marks the operator's responses in a ticket as read, as opening a ticket does in the panel.
void markRead(const CommandContext &context, const QString &id)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(StoredDateFormat.toString());
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("UPDATE tickets SET is_read = '1', read_on = ? WHERE id = ? AND "
                                 "is_read = '0' AND response_date IS NOT NULL"));
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        qCWarning(lcSandbox) << "Failed to mark ticket" << id << "read:" << query.lastError().text();
    query.prepare(QStringLiteral("UPDATE ticket_messages SET is_read = '1' WHERE ticket_id = ? "
                                 "AND answer <> ''"));
    query.addBindValue(id);
    if (!query.exec())
        qCWarning(lcSandbox) << "Failed to mark the messages of ticket" << id
                             << "read:" << query.lastError().text();
}

CommandResult ticketDetails(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    const QString id = context.payload.text(QStringLiteral("id"));
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:id"));
    bool isNumber = false;
    id.toLongLong(&isNumber);
    if (!isNumber)
        return CommandResult::error(QStringLiteral("invalid:id"), {{QStringLiteral("value"), id}});

    TicketSupport::runSimulatedOperator(context);
    markRead(context, id);
    std::optional<QJsonObject> ticket =
        ListEngine(ticketSpec()).fetchOne(context, QStringLiteral("id = ?"), {id});
    if (!ticket)
        return CommandResult::error(QStringLiteral("not_found:id"), {{QStringLiteral("value"), id}});

    QJsonArray messages = ListEngine::fetchRows(
        context, QStringLiteral("SELECT * FROM ticket_messages WHERE ticket_id = ? ORDER BY id"),
        {id});
    for (QJsonValueRef value : messages) {
        QJsonObject message = value.toObject();
        const QString messageId = message.value(QStringLiteral("id")).toString();
        message.insert(QStringLiteral("question_attachment"),
                       TicketSupport::messageAttachments(context, messageId,
                                                         QStringLiteral("question")));
        message.insert(QStringLiteral("answer_attachment"),
                       TicketSupport::messageAttachments(context, messageId,
                                                         QStringLiteral("answer")));
        value = message;
    }
    ticket->insert(QStringLiteral("messages"), messages);
    // A client can post once the operator has responded. Until then the thread waits for them.
    ticket->insert(QStringLiteral("can_reply"),
                   ticket->value(QStringLiteral("status")).toString() == u"answered");
    return CommandResult::success(QJsonObject{{QStringLiteral("ticket"), *ticket}});
}

} // namespace

void registerTicketCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("ticket-list"), [](const CommandContext &context) {
        if (auto error = requireReseller(context))
            return *error;
        TicketSupport::runSimulatedOperator(context);
        return ListEngine(ticketSpec()).list(context);
    });
    registry.add(QStringLiteral("ticket-details"), ticketDetails);
}

} // namespace ResellerDesk::Sandbox
