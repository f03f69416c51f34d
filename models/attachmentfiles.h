#pragma once

#include "api/commandrequests.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

// File handling for ticket attachments: safe names for saving, the MIME type from the content,
// and the blocking decode-and-write step that callers run on a worker thread.

namespace ResellerDesk::Models::AttachmentFiles {

// Turns a file name sent by the service into one that is safe to create in a chosen folder:
// the last path segment only, without control, format or bidirectional-override characters,
// without leading dots or trailing dots and spaces, not a Windows device name such as CON, at
// most 255 UTF-8 bytes. Returns "attachment" for a name with nothing left.
QString safeFileName(const QString &name);

// Returns a path in folder for safeFileName(name) that does not exist yet: "a.txt", then
// "a (2).txt", "a (3).txt" and so on.
QString uniqueFilePath(const QString &folder, const QString &name);

// Returns the MIME type name that QMimeDatabase finds in the content, with the file name as a
// hint only where the content matches no magic rule.
QString detectMimeType(const QByteArray &data, const QString &fileName);

// Returns whether the declared and detected types name different types, after aliases and
// the generic fallbacks (application/octet-stream, text/plain for any text type).
bool mimeTypesDiffer(const QString &declared, const QString &detected);

struct SaveResult
{
    QString filePath;
    qint64 size = 0;
    QString detectedMimeType;
    // Empty on success, otherwise a translated message that names the file.
    QString errorMessage;
};

// Decodes the data of one ticket-attachment response and writes it to a new file in folder,
// never replacing an existing file. Blocks for the decode and write, so run it on a worker
// thread: 20 MB decode and write take tens of milliseconds.
SaveResult saveAttachment(const QJsonValue &data, const QString &folder);

// Decodes the data of one ticket-attachment response in memory, for previews and for opening
// with the desktop's application. Blocks, so run it on a worker thread.
struct DecodeResult
{
    QByteArray data;
    QString fileName;
    QString detectedMimeType;
    QString errorMessage;
};
DecodeResult decodeAttachment(const QJsonValue &data);

// Reads a file for ticket-post or ticket-reply and checks the 20 MB limit before reading it
// all. The result names the file in its error. Blocks, so run it on a worker thread.
struct ReadResult
{
    Api::TicketAttachmentUpload upload;
    QString errorMessage;
};
ReadResult readUploadFile(const QString &filePath);

} // namespace ResellerDesk::Models::AttachmentFiles
