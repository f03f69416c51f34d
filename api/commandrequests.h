#pragma once

#include "api/payload.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Parameters of the write commands other than orders (see orderrequest.h) and of the lookup
// commands with options. Each builds its payload and checks the documented limits.

namespace ResellerDesk::Api {

// Options of catalog.
struct CatalogQuery
{
    // Required with a reseller-level token.
    std::optional<qlonglong> storeId;
    // false also returns disabled prices (active=0).
    std::optional<bool> activeOnly;
    std::optional<bool> flat;
    // Converts prices from the store currency, such as "EUR".
    QString currency;
    // Prices for every period up to the maximum instead of the two set in the Account Panel.
    std::optional<bool> multiplyCatalogYears;

    Payload toPayload() const;
};

// Filters of payment-processors.
struct PaymentProcessorQuery
{
    std::optional<qlonglong> storeId;
    std::optional<bool> active;
    // NOTE: the reference documents test=0 as "test processors" and test=1 as "live
    // processors", the opposite of the processor's own test flag. The value is sent as given.
    std::optional<int> test;
    std::optional<qlonglong> processorId;

    Payload toPayload() const;
};

// The payload of payment-add.
struct PaymentAddRequest
{
    // Optional when paymentRequestId is set.
    QString orderId;
    // "incoming", "refund" or "chargeback".
    QString paymentType = QStringLiteral("incoming");
    QString paymentMethod;
    QString transactionId;
    // Sent as "yyyy-MM-dd HH:mm:ss" in the request's time zone when valid.
    QDateTime paymentDate;
    QString merchantId;
    // Decimal text such as "123" or "72.50".
    QString total;
    // ISO 4217 code such as "USD".
    QString currency;
    std::optional<qlonglong> paymentProcessorId;
    std::optional<qlonglong> paymentRequestId;

    Payload toPayload() const;
    bool validate(QString *errorMessage = nullptr) const;
};

// The payload of payment-request-create.
struct PaymentRequestCreateRequest
{
    QString orderId;
    // Decimal text such as "100".
    QString amount;
    QString currency;
    // Processor slug such as "PayPal:663", see PaymentProcessor::slug().
    QString paymentMethod;

    Payload toPayload() const;
    bool validate(QString *errorMessage = nullptr) const;
};

// A file for ticket-post or ticket-reply.
struct TicketAttachmentUpload
{
    // At most 255 characters.
    QString fileName;
    // MIME type, at most 128 characters.
    QString mimeType;
    // The file itself (at most 20 MB); it is sent base64-encoded as data_file.
    QByteArray data;

    static constexpr qsizetype maxFileNameLength = 255;
    static constexpr qsizetype maxMimeTypeLength = 128;
    static constexpr qsizetype maxDataSize = 20 * 1024 * 1024;
};

// The limits that ticket-post and ticket-reply share.
struct TicketLimits
{
    static constexpr qsizetype maxSubjectLength = 80;
    static constexpr qsizetype maxQuestionLength = 1024000;
    static constexpr qsizetype maxAttachments = 3;
};

// The payload of ticket-post: {"ticket": {domain, subject, question, username, attachments,
// agent}}.
struct TicketPostRequest
{
    // One of ticket-account-domains for the support account.
    QString domain;
    QString subject;
    QString question;
    // Support account; empty posts as the reseller Account Panel's support account.
    QString username;
    QList<TicketAttachmentUpload> attachments;
    // Browser user agent, if any.
    QString agent;

    Payload toPayload() const;
    bool validate(QString *errorMessage = nullptr) const;
};

// The payload of ticket-reply: {"ticket": {question, attachments, id, agent}}.
struct TicketReplyRequest
{
    qlonglong ticketId = 0;
    QString question;
    QList<TicketAttachmentUpload> attachments;
    QString agent;

    Payload toPayload() const;
    bool validate(QString *errorMessage = nullptr) const;
};

} // namespace ResellerDesk::Api
