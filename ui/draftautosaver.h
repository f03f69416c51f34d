#pragma once

#include "models/draftstore.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QTimer;

namespace ResellerDesk::Ui {

// Saves one draft while it is written: the text after a short typing pause, the attachments
// on a worker thread whenever they change. The destructor writes what is pending.
class DraftAutosaver : public QObject
{
    Q_OBJECT

public:
    using DraftSource = std::function<Models::Draft()>;

    // source returns the current draft. Text saves ignore its attachments.
    DraftAutosaver(const QString &key, DraftSource source, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    Models::DraftStore store() const { return m_store; }
    void setStore(const Models::DraftStore &store) { m_store = store; }
    QString key() const { return m_key; }
    // Returns the saved draft without its attachments, or std::nullopt if there is none.
    std::optional<Models::Draft> loadText() const { return m_store.loadText(m_key); }
    // Reads the saved attachments on a worker thread, then emits attachmentsRestored().
    // Attachment saves wait until then, so that the read never sees a file being replaced.
    void restoreAttachments();
    bool isRestoring() const { return m_restore.isRunning(); }

public slots:
    void scheduleTextSave();
    void saveAttachments();
    // Writes the text now. An empty draft removes the saved one.
    void flush();
    // Removes the draft, for example after the service confirmed the message.
    void discard();

signals:
    void saveFailed(const QString &message);
    void attachmentsRestored(const Models::DraftAttachments &restored);

private:
    QString m_key;
    DraftSource m_source;
    Models::DraftStore m_store;
    QTimer *m_timer = nullptr;
    QFuture<void> m_attachmentSave;
    QFuture<Models::DraftAttachments> m_restore;
    int m_restoreGeneration = 0;
    bool m_saveAgain = false;
    bool m_discarded = false;
};

} // namespace ResellerDesk::Ui
