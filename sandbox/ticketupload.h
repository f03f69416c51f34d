#pragma once

#include "sandbox/commandresult.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ResellerDesk::Sandbox {

// One attachment of ticket-post or ticket-reply, decoded and checked.
struct TicketUpload
{
    // Limits stated by the reference for each attachment of a ticket message.
    static constexpr qsizetype MaxCount = 3;
    static constexpr qsizetype MaxFileNameLength = 255;
    static constexpr qsizetype MaxTypeLength = 128;
    // "20MB" of decoded data, read as 20 MiB.
    static constexpr qsizetype MaxSize = 20 * 1024 * 1024;

    QString file;
    QString type;
    QByteArray data;
};

// Reads the `attachments` array (`path` is its name in error codes, such as
// "ticket.attachments"). Missing, null and empty values mean no attachments. Returns an error
// result with `item_index` in its params for the first invalid attachment.
std::optional<CommandResult> readUploads(const QJsonValue &value, const QString &path,
                                         QList<TicketUpload> *uploads);

} // namespace ResellerDesk::Sandbox
