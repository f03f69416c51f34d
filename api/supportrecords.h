#pragma once

#include "api/record.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Records of the support ticket and video conference commands.

namespace ResellerDesk::Api {

// An attachment's metadata in a ticket message (question_attachment, answer_attachment).
class TicketAttachmentInfo : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    std::optional<qlonglong> messageId() const { return integer(u"message_id"); }
    std::optional<qlonglong> ticketId() const { return integer(u"ticket_id"); }
    QString fileName() const { return text(u"file"); }
    QString mimeType() const { return text(u"type"); }
    // Size in bytes.
    std::optional<qlonglong> size() const { return integer(u"size"); }
    // Storage folder such as "2019/04/11".
    QString path() const { return text(u"path"); }
    bool isDeleted() const { return flag(u"is_deleted").value_or(false); }
};

// One message of a ticket thread: the customer's question and the operator's answer.
class TicketMessage : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    std::optional<qlonglong> ticketId() const { return integer(u"ticket_id"); }
    // Name, e-mail and language of the support account when the ticket was created.
    QString name() const { return text(u"name"); }
    QString email() const { return text(u"email"); }
    QString language() const { return text(u"language"); }
    QString question() const { return text(u"question"); }
    QString answer() const { return text(u"answer"); }
    std::optional<QDateTime> responseDate() const { return dateTime(u"response_date"); }
    bool isRead() const { return flag(u"is_read").value_or(false); }
    bool isLast() const { return flag(u"is_last").value_or(false); }
    std::optional<QDateTime> updatedAt() const { return dateTime(u"updated_at"); }
    std::optional<QDateTime> postDate() const { return dateTime(u"post_date"); }
    QString supportNickname() const { return text(u"support_nickname"); }
    QList<TicketAttachmentInfo> questionAttachments() const;
    QList<TicketAttachmentInfo> answerAttachments() const;
};

// A support ticket of ticket-list and ticket-details (data["ticket"]).
class Ticket : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    // "active", "inprogress", "taken" or "answered".
    QString status() const { return text(u"status"); }
    QString domain() const { return text(u"domain"); }
    // Support account username.
    QString username() const { return text(u"username"); }
    QString subject() const { return text(u"subject"); }
    // "ss", "rcp", "billingrcp" or "api".
    QString source() const { return text(u"fromsite"); }
    QString language() const { return text(u"lang"); }
    QString sortStatus() const { return text(u"sort_status"); }
    std::optional<QDateTime> responseDate() const { return dateTime(u"response_date"); }
    std::optional<QDateTime> readOn() const { return dateTime(u"read_on"); }
    bool isRead() const { return flag(u"is_read").value_or(false); }
    QString operatorName() const { return text(u"operator"); }
    std::optional<int> attachmentCount() const;
    // The thread, in ticket-details only.
    QList<TicketMessage> messages() const;
    // False while the thread waits for an operator's response.
    bool canReply() const { return flag(u"can_reply").value_or(false); }
};

// The data of ticket-attachment: one attachment with its file as base64 text.
class TicketAttachment : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    std::optional<qlonglong> messageId() const { return integer(u"mid"); }
    std::optional<qlonglong> ticketId() const { return integer(u"ticket_id"); }
    QString fileName() const { return text(u"file"); }
    QString mimeType() const { return text(u"type"); }
    std::optional<qlonglong> size() const { return integer(u"size"); }
    QString path() const { return text(u"path"); }
    // The service sends an empty data_file for a deleted attachment.
    bool hasData() const { return !text(u"data_file").isEmpty(); }
    // Decodes data_file. Files can be 20 MB, so call it off the UI thread. Returns
    // std::nullopt and stores a translated message in errorMessage (when not null) if the
    // text is not valid base64.
    std::optional<QByteArray> decodeData(QString *errorMessage = nullptr) const;
};

// A support account of ticket-user and ticket-auth (data["user"]).
class SupportAccount : public Record
{
public:
    using Record::Record;
    QString username() const { return text(u"username"); }
    QString name() const { return text(u"name"); }
    QString email() const { return text(u"email"); }
};

// The data of ticket-auth.
class TicketAuthResult : public Record
{
public:
    using Record::Record;
    bool isAuthenticated() const { return flag(u"auth").value_or(false); }
    SupportAccount user() const { return SupportAccount(object(u"user")); }
};

// The data of ticket-post (the new ticket's id) and ticket-reply (the new message's id).
class CreatedRecord : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
};

// A video conference server of video-list-locations, keyed by its host name.
class VideoLocation : public Record
{
public:
    using Record::Record;
    QString hostname() const { return key(); }
    QString datacenter() const { return text(u"datacenter"); }
    // Brand domain such as "ICDSoft.com".
    QString brand() const { return text(u"domain"); }
};

// The data of video-create-room: the room's address, with a JSON web token that admits the
// holder. Do not log it.
struct VideoRoom
{
    QUrl url;

    QString location() const { return url.host(); }
    // The last path segment, which is the room name.
    QString room() const { return url.path().section(QLatin1Char('/'), -1); }
};

} // namespace ResellerDesk::Api
