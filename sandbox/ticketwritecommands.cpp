// Support ticket commands beyond list and details: posting, replying and attachments. Every
// rule the reference states for them is checked here.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/requestpayload.h"
#include "sandbox/resellerscope.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/supportusers.h"
#include "sandbox/ticketsupport.h"
#include "sandbox/ticketupload.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

namespace {

constexpr qsizetype MaxSubjectLength = 80;
constexpr qsizetype MaxQuestionLength = 1024000;

std::optional<CommandResult> requireReseller(const CommandContext &context)
{
    return requireResellerToken(context, QStringLiteral("ticket commands"));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(StoredDateFormat.toString());
}

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : value.toVariant().toString();
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "Ticket command failed to run" << sql << query.lastError().text();
    return false;
}

// The reference's examples nest the parameters in "ticket" while its tables list them at the
// top level. Both are accepted; error codes name the path the client used.
QJsonObject ticketParameters(const CommandContext &context, QString *prefix)
{
    const QJsonValue nested = context.payload.value(QStringLiteral("ticket"));
    if (nested.isObject()) {
        *prefix = QStringLiteral("ticket.");
        return nested.toObject();
    }
    prefix->clear();
    return context.payload.root().toJson().toObject();
}

std::optional<CommandResult> checkQuestion(const QString &question, const QString &prefix)
{
    if (question.trimmed().isEmpty())
        return CommandResult::error(QStringLiteral("required:") + prefix + QStringLiteral("question"));
    // Characters are Unicode code points, so an emoji counts once.
    const qsizetype length = question.toUcs4().size();
    if (length > MaxQuestionLength)
        return CommandResult::error(QStringLiteral("invalid:") + prefix + QStringLiteral("question"),
                                    {{QStringLiteral("length"), length},
                                     {QStringLiteral("max_length"), MaxQuestionLength},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("the question has more than 1024000 "
                                                     "characters")}});
    return std::nullopt;
}

qint64 nextId(QSqlQuery &query, const QString &table)
{
    if (!exec(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table, {})
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Inserts one question message with its attachments and queues it for the operator. Returns
// the message id, or 0 on a database error.
qint64 insertQuestion(const CommandContext &context, qint64 ticketId, const SupportUser &user,
                      const QString &question, const QList<TicketUpload> &uploads)
{
    QSqlQuery query(context.database);
    const qint64 messageId = nextId(query, QStringLiteral("ticket_messages"));
    const QString stamp = now();
    if (messageId == 0
        || !exec(query, QStringLiteral("UPDATE ticket_messages SET is_last = '0' WHERE ticket_id = ?"),
                 {QString::number(ticketId)})
        || !exec(query,
                 QStringLiteral("INSERT INTO ticket_messages VALUES (?, ?, ?, ?, ?, ?, '', NULL, "
                                "'0', '1', ?, ?, '')"),
                 {messageId, QString::number(ticketId), user.name, user.email, user.language,
                  question, stamp, stamp}))
        return 0;
    const qint64 firstAttachment = [&] {
        if (!exec(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ticket_attachments"), {})
            || !query.next())
            return qint64(0);
        return query.value(0).toLongLong();
    }();
    const QString path = QDateTime::currentDateTimeUtc().toString(u"yyyy/MM/dd");
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        const TicketUpload &upload = uploads[i];
        if (!exec(query,
                  QStringLiteral("INSERT INTO ticket_attachments VALUES ('question', ?, ?, ?, ?, ?, "
                                 "?, ?, 0, ?)"),
                  {firstAttachment + i, QString::number(messageId), QString::number(ticketId),
                   upload.file, upload.type, QString::number(upload.data.size()), path,
                   upload.data}))
            return 0;
    }
    if (!exec(query,
              QStringLiteral("UPDATE tickets SET attachment_count = CAST(CAST(attachment_count AS "
                             "INTEGER) + ? AS TEXT) WHERE id = ?"),
              {uploads.size(), ticketId})
        || !TicketSupport::queueForOperator(context, messageId, ticketId))
        return 0;
    return messageId;
}

CommandResult databaseError(const CommandContext &context)
{
    QSqlDatabase database = context.database;
    database.rollback();
    return CommandResult::error(QStringLiteral("system_error"));
}

CommandResult ticketPost(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    TicketSupport::runSimulatedOperator(context);
    QString prefix;
    const QJsonObject input = ticketParameters(context, &prefix);
    const auto code = [&prefix](const char *kind, const char *field) -> QString {
        return QString::fromLatin1(kind) + u':' + prefix + QString::fromLatin1(field);
    };

    // The reference's table calls the support account `user`, its example `username`.
    QString username = text(input, QStringLiteral("user"));
    if (username.isEmpty())
        username = text(input, QStringLiteral("username"));
    const std::optional<SupportUser> user = findSupportUser(context, username);
    if (!user)
        return CommandResult::error(code("not_found", "user"),
                                    {{QStringLiteral("value"), username},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("no such support account; ticket-account-list "
                                                     "returns the valid names")}});

    const QString domain = text(input, QStringLiteral("domain")).trimmed();
    if (domain.isEmpty())
        return CommandResult::error(code("required", "domain"));
    const QStringList domains = supportUserDomains(context, user->username);
    if (!domains.contains(domain, Qt::CaseInsensitive))
        return CommandResult::error(code("invalid", "domain"),
                                    {{QStringLiteral("value"), domain},
                                     {QStringLiteral("reason"),
                                      QString(QStringLiteral("use one of the domains that "
                                                             "ticket-account-domains returns "
                                                             "for ")
                                              + user->username)}});

    const QString subject = text(input, QStringLiteral("subject"));
    if (subject.trimmed().isEmpty())
        return CommandResult::error(code("required", "subject"));
    const qsizetype subjectLength = subject.toUcs4().size();
    if (subjectLength > MaxSubjectLength)
        return CommandResult::error(code("invalid", "subject"),
                                    {{QStringLiteral("length"), subjectLength},
                                     {QStringLiteral("max_length"), MaxSubjectLength},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("the subject has more than 80 characters")}});
    const QString question = text(input, QStringLiteral("question"));
    if (auto error = checkQuestion(question, prefix))
        return *error;
    QList<TicketUpload> uploads;
    if (auto error = readUploads(input.value(QStringLiteral("attachments")),
                                 prefix + QStringLiteral("attachments"), &uploads))
        return *error;

    // Threads waiting for the operator have nothing to read, so only an unread answer blocks.
    QSqlQuery query(context.database);
    QJsonArray unread;
    if (!exec(query,
              QStringLiteral("SELECT id FROM tickets WHERE username = ? AND response_date IS NOT "
                             "NULL AND is_read = '0' ORDER BY id"),
              {user->username}))
        return databaseError(context);
    while (query.next())
        unread.append(query.value(0).toString());
    if (!unread.isEmpty())
        return CommandResult::error(code("invalid", "user"),
                                    {{QStringLiteral("value"), user->username},
                                     {QStringLiteral("ticket_ids"), unread},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("earlier ticket threads of this support "
                                                     "account have unread operator responses; "
                                                     "read them with ticket-details first")}});

    QSqlDatabase database = context.database;
    database.transaction();
    const qint64 ticketId = nextId(query, QStringLiteral("tickets"));
    if (ticketId == 0
        || !exec(query,
                 QStringLiteral("INSERT INTO tickets VALUES (?, 'active', ?, ?, ?, 'api', ?, "
                                "'open_ticket', NULL, NULL, '0', '', '0')"),
                 {ticketId, domain, user->username, subject, user->language}))
        return databaseError(context);
    if (insertQuestion(context, ticketId, *user, question, uploads) == 0)
        return databaseError(context);
    database.commit();
    qCInfo(lcSandbox) << "Created ticket" << ticketId << "for support account" << user->username;
    // The reference's example returns the new id as a number, not a string.
    return CommandResult::success(QJsonObject{{QStringLiteral("id"), ticketId}});
}

CommandResult ticketReply(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    TicketSupport::runSimulatedOperator(context);
    QString prefix;
    const QJsonObject input = ticketParameters(context, &prefix);
    const QString idCode = prefix + QStringLiteral("id");

    const QString id = text(input, QStringLiteral("id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:") + idCode);
    bool isNumber = false;
    const qint64 ticketId = id.toLongLong(&isNumber);
    if (!isNumber)
        return CommandResult::error(QStringLiteral("invalid:") + idCode,
                                    {{QStringLiteral("value"), id}});
    const QString question = text(input, QStringLiteral("question"));
    if (auto error = checkQuestion(question, prefix))
        return *error;
    QList<TicketUpload> uploads;
    if (auto error = readUploads(input.value(QStringLiteral("attachments")),
                                 prefix + QStringLiteral("attachments"), &uploads))
        return *error;

    QSqlQuery query(context.database);
    if (!exec(query, QStringLiteral("SELECT status, username FROM tickets WHERE id = ?"), {ticketId}))
        return databaseError(context);
    if (!query.next())
        return CommandResult::error(QStringLiteral("not_found:") + idCode,
                                    {{QStringLiteral("value"), id}});
    // Same rule as ticket-details' can_reply: only after an operator answered the last message.
    if (query.value(0).toString() != u"answered")
        return CommandResult::error(QStringLiteral("invalid:") + idCode,
                                    {{QStringLiteral("value"), id},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("the last message is waiting for a support "
                                                     "operator's response (can_reply is false)")}});
    const QString username = query.value(1).toString();
    SupportUser author = findSupportUser(context, username).value_or(SupportUser{username, {}, {}, {}});
    if (exec(query,
             QStringLiteral("SELECT name, email, language FROM ticket_messages WHERE ticket_id = "
                            "? ORDER BY id DESC LIMIT 1"),
             {id})
        && query.next())
        author = SupportUser{username, query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString()};

    QSqlDatabase database = context.database;
    database.transaction();
    const qint64 messageId = insertQuestion(context, ticketId, author, question, uploads);
    if (messageId == 0
        || !exec(query,
                 QStringLiteral("UPDATE tickets SET status = 'active', sort_status = "
                                "'open_ticket' WHERE id = ?"),
                 {ticketId}))
        return databaseError(context);
    database.commit();
    qCInfo(lcSandbox) << "Added message" << messageId << "to ticket" << ticketId;
    return CommandResult::success(QJsonObject{{QStringLiteral("id"), messageId}});
}

CommandResult ticketAttachment(const CommandContext &context)
{
    if (auto error = requireReseller(context))
        return *error;
    const QString id = context.payload.text(QStringLiteral("attachment_id")).trimmed();
    if (id.isEmpty())
        return CommandResult::error(QStringLiteral("required:attachment_id"));
    bool isNumber = false;
    id.toLongLong(&isNumber);
    if (!isNumber)
        return CommandResult::error(QStringLiteral("invalid:attachment_id"),
                                    {{QStringLiteral("value"), id}});
    const QString kind = context.payload.text(QStringLiteral("type")).trimmed();
    if (kind.isEmpty())
        return CommandResult::error(QStringLiteral("required:type"));
    if (kind != u"question" && kind != u"answer")
        return CommandResult::error(QStringLiteral("invalid:type"),
                                    {{QStringLiteral("value"), kind},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("expected question or answer")}});

    QSqlQuery query(context.database);
    if (!exec(query,
              QStringLiteral("SELECT id, message_id, path, file, type, size, ticket_id, "
                             "is_deleted, data FROM ticket_attachments WHERE kind = ? AND id = ?"),
              {kind, id}))
        return CommandResult::error(QStringLiteral("system_error"));
    if (!query.next())
        return CommandResult::error(QStringLiteral("not_found:attachment_id"),
                                    {{QStringLiteral("value"), id}, {QStringLiteral("type"), kind}});
    const bool deleted = query.value(7).toInt() != 0;
    return CommandResult::success(QJsonObject{
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("mid"), query.value(1).toString()},
        {QStringLiteral("path"), query.value(2).toString()},
        {QStringLiteral("file"), query.value(3).toString()},
        {QStringLiteral("type"), query.value(4).toString()},
        {QStringLiteral("size"), query.value(5).toString()},
        {QStringLiteral("ticket_id"), query.value(6).toString()},
        // The reference: "Empty if the attachment is deleted."
        {QStringLiteral("data_file"),
         deleted ? QString() : QString::fromLatin1(query.value(8).toByteArray().toBase64())}});
}

} // namespace

void registerTicketWriteCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("ticket-post"), ticketPost);
    registry.add(QStringLiteral("ticket-reply"), ticketReply);
    registry.add(QStringLiteral("ticket-attachment"), ticketAttachment);
    registerTicketAccountCommands(registry);
}

} // namespace ResellerDesk::Sandbox
