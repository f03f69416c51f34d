#include "sandbox/ticketsupport.h"

#include "sandbox/commandcontext.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/supportdata.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace ResellerDesk::Sandbox::TicketSupport {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "Simulated operator failed to run" << sql << query.lastError().text();
    return false;
}

} // namespace

void runSimulatedOperator(const CommandContext &context)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery due(context.database);
    if (!run(due, QStringLiteral("SELECT message_id, ticket_id, due_ms FROM operator_queue "
                                 "WHERE due_ms <= ? ORDER BY due_ms"),
             {now}))
        return;
    QSqlQuery update(context.database);
    while (due.next()) {
        const qint64 messageId = due.value(0).toLongLong();
        const QString ticketId = due.value(1).toString();
        const QString answeredAt = QDateTime::fromMSecsSinceEpoch(due.value(2).toLongLong(),
                                                                  QTimeZone::utc())
                                       .toString(StoredDateFormat.toString());
        const QString answer = QStringLiteral(
            "Hello,\r\n\r\nThank you for your message. This is the ResellerDesk sandbox's "
            "simulated operator: your question was received and answered.\r\n\r\nBest "
            "Regards,\r\n")
                               + OperatorName.toString();
        run(update,
            QStringLiteral("UPDATE ticket_messages SET answer = ?, response_date = ?, is_read = "
                           "'0', updated_at = ?, support_nickname = ? WHERE id = ?"),
            {answer, answeredAt, answeredAt, OperatorName.toString(), messageId});
        // A new answer is unread again, so the support account must open it before posting.
        run(update,
            QStringLiteral("UPDATE tickets SET status = 'answered', sort_status = "
                           "'closed_ticket', response_date = ?, read_on = NULL, is_read = '0', "
                           "operator = ? WHERE id = ?"),
            {answeredAt, OperatorName.toString(), ticketId});
        run(update, QStringLiteral("DELETE FROM operator_queue WHERE message_id = ?"),
            {messageId});
        qCInfo(lcSandbox) << "Simulated operator answered message" << messageId << "of ticket"
                          << ticketId;
    }
}

bool queueForOperator(const CommandContext &context, qint64 messageId, qint64 ticketId)
{
    const qint64 delay =
        SupportData::setting(context.database, QStringLiteral("operator_reply_delay_ms"))
            .toLongLong();
    QSqlQuery query(context.database);
    return run(query,
               QStringLiteral("INSERT OR REPLACE INTO operator_queue(message_id, ticket_id, "
                              "due_ms) VALUES (?, ?, ?)"),
               {messageId, QString::number(ticketId),
                QDateTime::currentMSecsSinceEpoch() + delay});
}

QJsonArray messageAttachments(const CommandContext &context, const QString &messageId,
                              const QString &kind)
{
    QSqlQuery query(context.database);
    QJsonArray attachments;
    if (!run(query,
             QStringLiteral("SELECT id, message_id, file, type, size, path, ticket_id, "
                            "is_deleted FROM ticket_attachments WHERE message_id = ? AND kind = "
                            "? ORDER BY id"),
             {messageId, kind}))
        return attachments;
    while (query.next()) {
        // Every value is a string except is_deleted, a boolean as in the reference.
        attachments.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("message_id"), query.value(1).toString()},
            {QStringLiteral("file"), query.value(2).toString()},
            {QStringLiteral("type"), query.value(3).toString()},
            {QStringLiteral("size"), query.value(4).toString()},
            {QStringLiteral("path"), query.value(5).toString()},
            {QStringLiteral("ticket_id"), query.value(6).toString()},
            {QStringLiteral("is_deleted"), query.value(7).toInt() != 0}});
    }
    return attachments;
}

} // namespace ResellerDesk::Sandbox::TicketSupport
