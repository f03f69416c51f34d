#include "api/supportrecords.h"

#include <QCoreApplication>

namespace ResellerDesk::Api {

namespace {

QList<TicketAttachmentInfo> attachmentsOf(const QJsonArray &items)
{
    QList<TicketAttachmentInfo> attachments;
    for (const QJsonValue &item : items)
        attachments.append(TicketAttachmentInfo(item.toObject()));
    return attachments;
}

} // namespace

QList<TicketAttachmentInfo> TicketMessage::questionAttachments() const
{
    return attachmentsOf(array(u"question_attachment"));
}

QList<TicketAttachmentInfo> TicketMessage::answerAttachments() const
{
    return attachmentsOf(array(u"answer_attachment"));
}

std::optional<int> Ticket::attachmentCount() const
{
    return JsonValues::toInt(value(u"attachment_count"));
}

QList<TicketMessage> Ticket::messages() const
{
    QList<TicketMessage> messages;
    const QJsonArray items = array(u"messages");
    for (const QJsonValue &item : items)
        messages.append(TicketMessage(item.toObject()));
    return messages;
}

std::optional<QByteArray> TicketAttachment::decodeData(QString *errorMessage) const
{
    const QByteArray text = Record::text(u"data_file").toLatin1();
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate("ResellerDesk::Api::TicketAttachment",
                "The data of attachment \"%1\" is not valid base64 text. "
                "Download the attachment again.")
                                .arg(fileName());
        }
        return std::nullopt;
    }
    return *decoded;
}

} // namespace ResellerDesk::Api
