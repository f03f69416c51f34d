#include "models/draftstore.h"

#include "models/modelslogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ResellerDesk::Models {

namespace {

const QString textFileName = QStringLiteral("draft.json");
const QString attachmentListName = QStringLiteral("attachments.json");

// lupdate files each tr() call under the class or namespace of the function that makes it,
// so only calls in this context's own member functions use this function, and the others
// name the context in QCoreApplication::translate().
QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Models::DraftStore", text);
}

bool writeFile(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    const QString message = QCoreApplication::translate("ResellerDesk::Models::DraftStore",
        "Failed to save the draft to \"%1\": %2. Check that the folder "
        "is writable.")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
    qCWarning(lcModels) << "Failed to save draft file" << path << file.errorString();
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

DraftStore::DraftStore(const QString &folder) : m_folder(folder)
{
    if (m_folder.isEmpty()) {
        m_folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .filePath(QStringLiteral("drafts"));
    }
}

QString DraftStore::replyKey(qlonglong ticketId)
{
    return QStringLiteral("reply-%1").arg(ticketId);
}

QString DraftStore::newTicketKey()
{
    return QStringLiteral("new-ticket");
}

QString DraftStore::keyFolder(const QString &key) const
{
    return QDir(m_folder).filePath(key);
}

bool DraftStore::contains(const QString &key) const
{
    return QFile::exists(QDir(keyFolder(key)).filePath(textFileName));
}

std::optional<Draft> DraftStore::load(const QString &key) const
{
    std::optional<Draft> draft = loadText(key);
    if (draft)
        draft->attachments = loadAttachments(key).attachments;
    return draft;
}

std::optional<Draft> DraftStore::loadText(const QString &key) const
{
    const QDir dir(keyFolder(key));
    if (!dir.exists(textFileName) && !dir.exists(attachmentListName))
        return std::nullopt;
    Draft draft;
    const QJsonObject text = readJson(dir.filePath(textFileName));
    draft.text = text.value(u"text").toString();
    draft.subject = text.value(u"subject").toString();
    draft.username = text.value(u"username").toString();
    draft.domain = text.value(u"domain").toString();
    return draft;
}

DraftAttachments DraftStore::loadAttachments(const QString &key) const
{
    const QDir dir(keyFolder(key));
    DraftAttachments result;
    const QJsonArray list = readJson(dir.filePath(attachmentListName)).value(u"files").toArray();
    for (const QJsonValue &entry : list) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(u"file").toString();
        QFile file(dir.filePath(object.value(u"stored").toString()));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcModels) << "Draft" << key << "lost the attachment" << name << ":"
                                << file.errorString();
            result.missingFiles.append(name);
            continue;
        }
        result.attachments.append({name, object.value(u"type").toString(), file.readAll()});
    }
    return result;
}

bool DraftStore::saveText(const QString &key, const Draft &draft, QString *errorMessage) const
{
    const QDir dir(keyFolder(key));
    if (!dir.mkpath(QStringLiteral("."))) {
        if (errorMessage)
            *errorMessage = tr("Failed to create the draft folder \"%1\". Check that it is "
                               "writable.")
                                    .arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    const QJsonObject object{{QStringLiteral("text"), draft.text},
                             {QStringLiteral("subject"), draft.subject},
                             {QStringLiteral("username"), draft.username},
                             {QStringLiteral("domain"), draft.domain}};
    return writeFile(dir.filePath(textFileName), QJsonDocument(object).toJson(), errorMessage);
}

bool DraftStore::saveAttachments(const QString &key,
                                 const QList<Api::TicketAttachmentUpload> &attachments,
                                 QString *errorMessage) const
{
    QDir dir(keyFolder(key));
    if (!dir.mkpath(QStringLiteral("."))) {
        if (errorMessage)
            *errorMessage = tr("Failed to create the draft folder \"%1\". Check that it is "
                               "writable.")
                                    .arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    // Stored names are generated, so a file name from a message never becomes a path.
    QJsonArray list;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString stored = QStringLiteral("attachment-%1.bin").arg(i);
        if (!writeFile(dir.filePath(stored), attachments.at(i).data, errorMessage))
            return false;
        list.append(QJsonObject{{QStringLiteral("file"), attachments.at(i).fileName},
                                {QStringLiteral("type"), attachments.at(i).mimeType},
                                {QStringLiteral("stored"), stored}});
    }
    if (!writeFile(dir.filePath(attachmentListName),
                   QJsonDocument(QJsonObject{{QStringLiteral("files"), list}}).toJson(),
                   errorMessage))
        return false;
    for (qsizetype i = attachments.size();
         dir.exists(QStringLiteral("attachment-%1.bin").arg(i)); ++i)
        dir.remove(QStringLiteral("attachment-%1.bin").arg(i));
    return true;
}

void DraftStore::remove(const QString &key) const
{
    QDir dir(keyFolder(key));
    if (dir.exists() && !dir.removeRecursively())
        qCWarning(lcModels) << "Failed to remove draft" << key;
}

} // namespace ResellerDesk::Models
