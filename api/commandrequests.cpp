#include "api/commandrequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ResellerDesk::Api {

namespace {

// Each message names its context, ResellerDesk::Api::CommandRequests, because lupdate would file
// tr() calls under the class or namespace of the calling function.

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QString flagText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return pattern.match(text).hasMatch();
}

bool isCurrencyCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(text).hasMatch();
}

QJsonArray attachmentsToJson(const QList<TicketAttachmentUpload> &attachments)
{
    QJsonArray array;
    for (const TicketAttachmentUpload &attachment : attachments) {
        array.append(QJsonObject {
            { QStringLiteral("file"), attachment.fileName },
            { QStringLiteral("type"), attachment.mimeType },
            { QStringLiteral("data_file"), QString::fromLatin1(attachment.data.toBase64()) },
        });
    }
    return array;
}

bool validateQuestion(const QString &question, QString *errorMessage)
{
    if (question.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The ticket message is empty. Write the question."));
    if (question.size() > TicketLimits::maxQuestionLength)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The ticket message has %1 characters, more than the "
                "maximum of %2. Shorten it or attach the text as a file.")
                .arg(question.size())
                .arg(TicketLimits::maxQuestionLength));
    return true;
}

bool validateAttachments(const QList<TicketAttachmentUpload> &attachments, QString *errorMessage)
{
    if (attachments.size() > TicketLimits::maxAttachments)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The ticket message has %1 attachments, more than the "
                "maximum of %2. Remove some.")
                .arg(attachments.size())
                .arg(TicketLimits::maxAttachments));
    for (const TicketAttachmentUpload &attachment : attachments) {
        if (attachment.fileName.trimmed().isEmpty())
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                    "An attachment has no file name. Name the file."));
        if (attachment.fileName.size() > TicketAttachmentUpload::maxFileNameLength)
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                    "The attachment name \"%1\" is longer than %2 "
                    "characters. Rename the file.")
                    .arg(attachment.fileName)
                    .arg(TicketAttachmentUpload::maxFileNameLength));
        if (attachment.mimeType.trimmed().isEmpty()
            || attachment.mimeType.size() > TicketAttachmentUpload::maxMimeTypeLength)
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                    "The attachment \"%1\" has the MIME type \"%2\". Give "
                    "a type of 1 to %3 characters, such as image/png.")
                    .arg(attachment.fileName, attachment.mimeType)
                    .arg(TicketAttachmentUpload::maxMimeTypeLength));
        if (attachment.data.size() > TicketAttachmentUpload::maxDataSize)
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                    "The attachment \"%1\" has %2 bytes, more than the "
                    "maximum of 20 MB. Attach a smaller file.")
                    .arg(attachment.fileName)
                    .arg(attachment.data.size()));
    }
    return true;
}

} // namespace

Payload CatalogQuery::toPayload() const
{
    Payload payload;
    if (storeId)
        payload.insert(QStringLiteral("store_id"), QString::number(*storeId));
    if (activeOnly)
        payload.insert(QStringLiteral("active"), flagText(*activeOnly));
    if (flat)
        payload.insert(QStringLiteral("flat"), flagText(*flat));
    if (!currency.isEmpty())
        payload.insert(QStringLiteral("currency"), currency);
    if (multiplyCatalogYears)
        payload.insert(QStringLiteral("multiply_catalog_years"), flagText(*multiplyCatalogYears));
    return payload;
}

Payload PaymentProcessorQuery::toPayload() const
{
    Payload payload;
    if (storeId)
        payload.insert(QStringLiteral("store_id"), QString::number(*storeId));
    if (active)
        payload.insert(QStringLiteral("active"), flagText(*active));
    if (test)
        payload.insert(QStringLiteral("test"), QString::number(*test));
    if (processorId)
        payload.insert(QStringLiteral("processor_id"), QString::number(*processorId));
    return payload;
}

Payload PaymentAddRequest::toPayload() const
{
    Payload payload;
    if (!orderId.isEmpty())
        payload.insert(QStringLiteral("order_id"), orderId);
    payload.insert(QStringLiteral("payment_type"), paymentType);
    payload.insert(QStringLiteral("payment_method"), paymentMethod);
    payload.insert(QStringLiteral("transaction_id"), transactionId);
    if (paymentDate.isValid())
        payload.insert(QStringLiteral("payment_date"),
            paymentDate.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    payload.insert(QStringLiteral("merchant_id"), merchantId);
    payload.insert(QStringLiteral("total"), total);
    payload.insert(QStringLiteral("currency"), currency);
    if (paymentProcessorId)
        payload.insert(
            QStringLiteral("payment_processor_id"), QString::number(*paymentProcessorId));
    if (paymentRequestId)
        payload.insert(QStringLiteral("payment_request_id"), QString::number(*paymentRequestId));
    return payload;
}

bool PaymentAddRequest::validate(QString *errorMessage) const
{
    static const QStringList types
        = { QStringLiteral("incoming"), QStringLiteral("refund"), QStringLiteral("chargeback") };
    if (orderId.trimmed().isEmpty() && !paymentRequestId)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment names no order. Give the order id or the "
                "payment request id."));
    if (!types.contains(paymentType))
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment type \"%1\" is not valid. Use incoming, "
                "refund or chargeback.")
                .arg(paymentType));
    if (paymentMethod.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment has no payment method, such as PayPal."));
    if (transactionId.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment has no transaction id. Give the processor's "
                "transaction id."));
    if (merchantId.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment has no merchant id. Give the processor's "
                "merchant id, or \"manual\"."));
    if (!isDecimal(total))
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment total \"%1\" is not a decimal number. Use a "
                "number such as 72.50.")
                .arg(total));
    if (!isCurrencyCode(currency))
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The currency \"%1\" is not a three-letter code. Use a "
                "code such as USD.")
                .arg(currency));
    return true;
}

Payload PaymentRequestCreateRequest::toPayload() const
{
    return Payload {
        { QStringLiteral("order_id"), orderId },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("payment_method"), paymentMethod },
    };
}

bool PaymentRequestCreateRequest::validate(QString *errorMessage) const
{
    if (orderId.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment request names no order. Give the order id."));
    if (!isDecimal(amount) || amount.toDouble() <= 0)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The amount \"%1\" is not a positive decimal number. Use "
                "a number such as 100.")
                .arg(amount));
    if (!isCurrencyCode(currency))
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The currency \"%1\" is not a three-letter code. Use a "
                "code such as USD.")
                .arg(currency));
    if (paymentMethod.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The payment request has no payment method. Give a "
                "processor slug such as PayPal:663."));
    return true;
}

Payload TicketPostRequest::toPayload() const
{
    // The reference's parameter table calls the support account "user", but its example
    // request sends "username", as do ticket-user, ticket-auth, ticket-account-domains and
    // the ticket objects. The example is a literal request, so "username" is sent.
    QJsonObject ticket {
        { QStringLiteral("domain"), domain },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("question"), question },
        { QStringLiteral("username"), username },
    };
    if (!attachments.isEmpty())
        ticket.insert(QStringLiteral("attachments"), attachmentsToJson(attachments));
    if (!agent.isEmpty())
        ticket.insert(QStringLiteral("agent"), agent);
    return Payload { { QStringLiteral("ticket"), ticket } };
}

bool TicketPostRequest::validate(QString *errorMessage) const
{
    if (domain.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The ticket has no domain. Pick one of the support "
                "account's ticket domains."));
    if (subject.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The ticket has no subject. Write a subject line."));
    if (subject.size() > TicketLimits::maxSubjectLength)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The ticket subject has %1 characters, more than the "
                "maximum of %2. Shorten it.")
                .arg(subject.size())
                .arg(TicketLimits::maxSubjectLength));
    return validateQuestion(question, errorMessage)
        && validateAttachments(attachments, errorMessage);
}

Payload TicketReplyRequest::toPayload() const
{
    QJsonObject ticket { { QStringLiteral("question"), question } };
    if (!attachments.isEmpty())
        ticket.insert(QStringLiteral("attachments"), attachmentsToJson(attachments));
    ticket.insert(QStringLiteral("id"), QString::number(ticketId));
    if (!agent.isEmpty())
        ticket.insert(QStringLiteral("agent"), agent);
    return Payload { { QStringLiteral("ticket"), ticket } };
}

bool TicketReplyRequest::validate(QString *errorMessage) const
{
    if (ticketId <= 0)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::CommandRequests",
                "The reply names the ticket id %1. Give the id of the "
                "ticket to reply to.")
                .arg(ticketId));
    return validateQuestion(question, errorMessage)
        && validateAttachments(attachments, errorMessage);
}

} // namespace ResellerDesk::Api
