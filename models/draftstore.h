#pragma once

#include "api/commandrequests.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ResellerDesk::Models {

// A reply or new ticket being written. Fields that the message kind does not use stay empty.
struct Draft
{
    QString text;
    QString subject;
    QString username;
    QString domain;
    QList<Api::TicketAttachmentUpload> attachments;
};

// The attachments of a saved draft, read by DraftStore::loadAttachments().
struct DraftAttachments
{
    QList<Api::TicketAttachmentUpload> attachments;
    // Names of listed attachments whose stored copy is missing or unreadable.
    QStringList missingFiles;
};

// Drafts on disk, one folder per key, so that a crash or restart loses no typed text. The
// text and the attachments are saved separately because the text changes on every keystroke
// and the attachments (up to 60 MB) rarely. Every write goes through a temporary file and a
// rename, so a crash during a write keeps the previous draft.
class DraftStore
{
public:
    // folder empty: "drafts" under QStandardPaths::AppDataLocation.
    explicit DraftStore(const QString &folder = {});

    QString folder() const { return m_folder; }

    static QString replyKey(qlonglong ticketId);
    static QString newTicketKey();

    // Returns the draft with its attachments, or std::nullopt if there is none. Reads up to
    // 60 MB, so on the UI thread use loadText() and loadAttachments() on a worker thread.
    std::optional<Draft> load(const QString &key) const;
    // Returns the draft without its attachments, or std::nullopt if there is none.
    std::optional<Draft> loadText(const QString &key) const;
    // Reads the saved attachments. Call it on a worker thread.
    DraftAttachments loadAttachments(const QString &key) const;
    bool contains(const QString &key) const;
    // Saves everything but the attachments. Cheap enough for the UI thread.
    bool saveText(const QString &key, const Draft &draft, QString *errorMessage = nullptr) const;
    // Replaces the saved attachments. Writes up to 60 MB, so call it on a worker thread, and
    // not for the same key from two threads at once.
    bool saveAttachments(const QString &key, const QList<Api::TicketAttachmentUpload> &attachments,
                         QString *errorMessage = nullptr) const;
    // Deletes the draft. Call it only after the service confirmed the message.
    void remove(const QString &key) const;

private:
    QString keyFolder(const QString &key) const;

    QString m_folder;
};

} // namespace ResellerDesk::Models
