#include "sandbox/ticketupload.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ResellerDesk::Sandbox {

namespace {

CommandResult itemError(const QString &kind, const QString &path, const char *field,
                        qsizetype index, QJsonObject params = {})
{
    params.insert(QStringLiteral("item_index"), index);
    return CommandResult::error(kind + u':' + path + u'.' + QString::fromLatin1(field), params);
}

std::optional<CommandResult> readUpload(const QJsonValue &item, const QString &path,
                                        qsizetype index, TicketUpload *upload)
{
    if (!item.isObject())
        return CommandResult::error(
            QStringLiteral("invalid:") + path,
            {{QStringLiteral("item_index"), index},
             {QStringLiteral("reason"),
              QStringLiteral("expected an object with file, type and data_file")}});
    const QJsonObject object = item.toObject();
    upload->file = object.value(QStringLiteral("file")).toString();
    upload->type = object.value(QStringLiteral("type")).toString();
    const QString encoded = object.value(QStringLiteral("data_file")).toString();

    if (upload->file.trimmed().isEmpty())
        return itemError(QStringLiteral("required"), path, "file", index);
    if (upload->file.size() > TicketUpload::MaxFileNameLength)
        return itemError(QStringLiteral("invalid"), path, "file", index,
                         {{QStringLiteral("length"), upload->file.size()},
                          {QStringLiteral("max_length"), TicketUpload::MaxFileNameLength}});
    if (upload->type.trimmed().isEmpty())
        return itemError(QStringLiteral("required"), path, "type", index);
    if (upload->type.size() > TicketUpload::MaxTypeLength)
        return itemError(QStringLiteral("invalid"), path, "type", index,
                         {{QStringLiteral("length"), upload->type.size()},
                          {QStringLiteral("max_length"), TicketUpload::MaxTypeLength}});
    if (encoded.isEmpty())
        return itemError(QStringLiteral("required"), path, "data_file", index);

    // Line breaks and spaces are dropped first, because MIME-style encoders wrap base64 text.
    QByteArray compact = encoded.toLatin1();
    compact.removeIf([](char c) { return c == ' ' || c == '\r' || c == '\n' || c == '\t'; });
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || compact.size() % 4 != 0)
        return itemError(QStringLiteral("invalid"), path, "data_file", index,
                         {{QStringLiteral("reason"),
                           QStringLiteral("data_file is not valid base64 text")}});
    if (decoded.decoded.size() > TicketUpload::MaxSize)
        return itemError(QStringLiteral("invalid"), path, "data_file", index,
                         {{QStringLiteral("size"), decoded.decoded.size()},
                          {QStringLiteral("max_size"), TicketUpload::MaxSize},
                          {QStringLiteral("reason"),
                           QStringLiteral("the decoded file is larger than 20 MB")}});
    upload->data = decoded.decoded;
    return std::nullopt;
}

} // namespace

std::optional<CommandResult> readUploads(const QJsonValue &value, const QString &path,
                                         QList<TicketUpload> *uploads)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return std::nullopt;
    // A form body gives an object with the keys "0", "1", ... in place of an array.
    QJsonArray items;
    if (value.isArray()) {
        items = value.toArray();
    } else if (value.isObject()) {
        for (const QJsonValue &item : value.toObject())
            items.append(item);
    } else {
        return CommandResult::error(QStringLiteral("invalid:") + path,
                                    {{QStringLiteral("reason"),
                                      QStringLiteral("expected an array of objects with file, "
                                                     "type and data_file")}});
    }
    if (items.size() > TicketUpload::MaxCount)
        return CommandResult::error(QStringLiteral("invalid:") + path,
                                    {{QStringLiteral("count"), items.size()},
                                     {QStringLiteral("max_count"), TicketUpload::MaxCount},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("at most 3 attachments per message")}});
    for (qsizetype i = 0; i < items.size(); ++i) {
        TicketUpload upload;
        if (auto error = readUpload(items.at(i), path, i, &upload))
            return error;
        uploads->append(upload);
    }
    return std::nullopt;
}

} // namespace ResellerDesk::Sandbox
