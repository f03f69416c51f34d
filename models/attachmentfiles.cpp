#include "models/attachmentfiles.h"

#include "api/recordparsing.h"
#include "api/supportrecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace ResellerDesk::Models::AttachmentFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Models::AttachmentFiles", text);
}

// Device names that Windows reserves in every folder, with or without an extension.
bool isReservedDeviceName(const QString &name)
{
    static const QStringList reserved{
            QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
            QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
            QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("COM5"),
            QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
            QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"),
            QStringLiteral("LPT3"), QStringLiteral("LPT4"), QStringLiteral("LPT5"),
            QStringLiteral("LPT6"), QStringLiteral("LPT7"), QStringLiteral("LPT8"),
            QStringLiteral("LPT9")};
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed();
    return reserved.contains(stem, Qt::CaseInsensitive);
}

bool isUnsafeCharacter(char32_t c)
{
    // Category Cf covers the bidirectional overrides (U+202A-U+202E, U+2066-U+2069) and
    // zero-width characters that make a name look like another one.
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
        return true;
    // Characters that Windows forbids in names. '/' and '\\' are path separators everywhere.
    return c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"'
            || c == u'<' || c == u'>' || c == u'|';
}

QString fallbackName()
{
    return QStringLiteral("attachment");
}

} // namespace

QString safeFileName(const QString &name)
{
    // Only the last segment survives, whichever separator the sender used.
    QString base = name;
    const qsizetype cut = qMax(base.lastIndexOf(QLatin1Char('/')),
                               base.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0)
        base = base.mid(cut + 1);

    QString cleaned;
    cleaned.reserve(base.size());
    for (char32_t c : base.toUcs4()) {
        if (!isUnsafeCharacter(c))
            cleaned += QString::fromUcs4(&c, 1);
    }
    cleaned = cleaned.simplified();
    while (cleaned.startsWith(QLatin1Char('.')))
        cleaned.remove(0, 1);
    while (cleaned.endsWith(QLatin1Char('.')) || cleaned.endsWith(QLatin1Char(' ')))
        cleaned.chop(1);
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty())
        return fallbackName();
    if (isReservedDeviceName(cleaned))
        cleaned.prepend(u'_');

    // 255 bytes is the name limit of ext4, NTFS (in UTF-16 units) and APFS. Cutting keeps the
    // extension so the desktop still recognizes the type.
    while (cleaned.toUtf8().size() > 255) {
        const QString suffix = QFileInfo(cleaned).suffix();
        const qsizetype keep = suffix.size() < 20 ? suffix.size() + 1 : 0;
        cleaned.remove(cleaned.size() - keep - 1, 1);
    }
    return cleaned;
}

QString uniqueFilePath(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    const QString safe = safeFileName(name);
    QString candidate = dir.filePath(safe);
    const QFileInfo info(safe);
    const QString stem = info.completeBaseName().isEmpty() ? safe : info.completeBaseName();
    const QString suffix = info.completeBaseName().isEmpty() ? QString() : info.suffix();
    for (int number = 2; QFileInfo::exists(candidate); ++number) {
        QString numbered = QStringLiteral("%1 (%2)").arg(stem).arg(number);
        if (!suffix.isEmpty())
            numbered += QLatin1Char('.') + suffix;
        candidate = dir.filePath(numbered);
    }
    return candidate;
}

QString detectMimeType(const QByteArray &data, const QString &fileName)
{
    const QMimeDatabase database;
    const QMimeType byContent = database.mimeTypeForData(data);
    // Content without magic falls back to text/plain or application/octet-stream. Then the
    // extension is the better hint, but only if the content is compatible with it.
    if (!byContent.isDefault() && byContent.name() != QLatin1String("text/plain"))
        return byContent.name();
    const QMimeType byName = database.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (!byName.isDefault() && byName.inherits(byContent.name()))
        return byName.name();
    return byContent.name();
}

bool mimeTypesDiffer(const QString &declared, const QString &detected)
{
    const QMimeDatabase database;
    const QMimeType declaredType = database.mimeTypeForName(declared.trimmed().toLower());
    const QMimeType detectedType = database.mimeTypeForName(detected);
    if (!declaredType.isValid() || !detectedType.isValid())
        return declared.trimmed().compare(detected, Qt::CaseInsensitive) != 0;
    if (declaredType == detectedType || declaredType.isDefault())
        return false;
    // A declared text/x-log is still plain text, and a declared text/plain may be any text.
    return !(detectedType.inherits(declaredType.name())
             || declaredType.inherits(detectedType.name()));
}

DecodeResult decodeAttachment(const QJsonValue &data)
{
    DecodeResult result;
    QString problem;
    const std::optional<Api::TicketAttachment> attachment =
            Api::RecordParsing::parseRecord<Api::TicketAttachment>(data, {}, &problem);
    if (!attachment) {
        result.errorMessage = problem;
        return result;
    }
    result.fileName = attachment->fileName();
    if (!attachment->hasData()) {
        result.errorMessage = tr("The attachment \"%1\" has no file data, because it was "
                                 "deleted.")
                                      .arg(result.fileName);
        return result;
    }
    std::optional<QByteArray> bytes = attachment->decodeData(&problem);
    if (!bytes) {
        result.errorMessage = problem;
        return result;
    }
    result.data = std::move(*bytes);
    result.detectedMimeType = detectMimeType(result.data, result.fileName);
    return result;
}

SaveResult saveAttachment(const QJsonValue &data, const QString &folder)
{
    SaveResult result;
    DecodeResult decoded = decodeAttachment(data);
    if (!decoded.errorMessage.isEmpty()) {
        result.errorMessage = decoded.errorMessage;
        return result;
    }
    result.detectedMimeType = decoded.detectedMimeType;
    result.size = decoded.data.size();
    result.filePath = uniqueFilePath(folder, decoded.fileName);

    // NewOnly fails instead of replacing a file that appeared after uniqueFilePath() looked.
    // A failed write removes the partial file, so no half file is left behind.
    QFile file(result.filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        result.errorMessage = tr("Failed to create \"%1\": %2. Choose another folder.")
                                      .arg(QDir::toNativeSeparators(result.filePath),
                                           file.errorString());
        return result;
    }
    if (file.write(decoded.data) != decoded.data.size() || !file.flush()) {
        result.errorMessage = tr("Failed to write \"%1\": %2. Check the free space.")
                                      .arg(QDir::toNativeSeparators(result.filePath),
                                           file.errorString());
        file.close();
        file.remove();
    }
    return result;
}

ReadResult readUploadFile(const QString &filePath)
{
    ReadResult result;
    const QFileInfo info(filePath);
    const QString shownPath = QDir::toNativeSeparators(filePath);
    if (!info.isFile()) {
        result.errorMessage = tr("\"%1\" is not a file. Attach a regular file.").arg(shownPath);
        return result;
    }
    if (info.size() > Api::TicketAttachmentUpload::maxDataSize) {
        result.errorMessage = tr("\"%1\" has %2 bytes, more than the maximum of 20 MB per "
                                 "attachment. Attach a smaller file.")
                                      .arg(info.fileName())
                                      .arg(info.size());
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorMessage =
                tr("Failed to read \"%1\": %2.").arg(shownPath, file.errorString());
        return result;
    }
    result.upload.data = file.readAll();
    result.upload.fileName = info.fileName();
    result.upload.mimeType = detectMimeType(result.upload.data, info.fileName());
    return result;
}

} // namespace ResellerDesk::Models::AttachmentFiles
