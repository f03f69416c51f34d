#include "ui/draftautosaver.h"

#include "ui/uilogging.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace ResellerDesk::Ui {

namespace {

// Pause after the last keystroke before the text is written, in milliseconds.
constexpr int typingPauseMs = 400;

bool isEmpty(const Models::Draft &draft)
{
    return draft.text.isEmpty() && draft.subject.isEmpty() && draft.attachments.isEmpty();
}

} // namespace

DraftAutosaver::DraftAutosaver(const QString &key, DraftSource source, QObject *parent)
    : QObject(parent), m_key(key), m_source(std::move(source))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(typingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    // The attachments must be complete on disk before the window goes away, including a save
    // that waited for a restore or a discard that waited for a save.
    m_attachmentSave.waitForFinished();
    if (m_discarded)
        m_store.remove(m_key);
    if (m_timer->isActive())
        flush();
    if (m_saveAgain) {
        m_restore.waitForFinished();
        QString problem;
        if (!m_store.saveAttachments(m_key, m_source().attachments, &problem))
            qCWarning(lcUi) << "Failed to save the draft's attachments:" << problem;
    }
}

void DraftAutosaver::restoreAttachments()
{
    // A restore started for another store (setStore()) is superseded by this one.
    const int generation = ++m_restoreGeneration;
    const Models::DraftStore store = m_store;
    const QString key = m_key;
    m_restore = QtConcurrent::run([store, key] { return store.loadAttachments(key); });
    auto *watcher = new QFutureWatcher<Models::DraftAttachments>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_restoreGeneration)
            return;
        const Models::DraftAttachments restored = watcher->result();
        if (!restored.missingFiles.isEmpty())
            qCWarning(lcUi) << "Draft" << m_key << "restored without" << restored.missingFiles;
        emit attachmentsRestored(restored);
        // Attachments added while the restore ran are saved together with the restored ones.
        if (m_saveAgain) {
            m_saveAgain = false;
            saveAttachments();
        }
    });
    watcher->setFuture(m_restore);
}

void DraftAutosaver::scheduleTextSave()
{
    m_timer->start();
}

void DraftAutosaver::flush()
{
    m_timer->stop();
    const Models::Draft draft = m_source();
    if (isEmpty(draft)) {
        // The restored attachments may still make the draft non-empty.
        if (m_restore.isRunning())
            return;
        m_attachmentSave.waitForFinished();
        m_store.remove(m_key);
        return;
    }
    QString problem;
    if (!m_store.saveText(m_key, draft, &problem))
        emit saveFailed(problem);
}

void DraftAutosaver::saveAttachments()
{
    // One write at a time per draft, and none while a restore reads the files. A change
    // meanwhile triggers one more write afterwards.
    if (m_attachmentSave.isRunning() || m_restore.isRunning()) {
        m_saveAgain = true;
        return;
    }
    const Models::DraftStore store = m_store;
    const QString key = m_key;
    const QList<Api::TicketAttachmentUpload> attachments = m_source().attachments;
    m_attachmentSave = QtConcurrent::run([store, key, attachments] {
        QString problem;
        if (!store.saveAttachments(key, attachments, &problem))
            qCWarning(lcUi) << "Failed to save the draft's attachments:" << problem;
    });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_discarded) {
            // The message was confirmed during the save. What was typed since is kept.
            m_discarded = false;
            m_store.remove(m_key);
            if (!m_saveAgain)
                flush();
        }
        if (m_saveAgain) {
            m_saveAgain = false;
            saveAttachments();
        }
    });
    watcher->setFuture(m_attachmentSave);
    flush();
}

void DraftAutosaver::discard()
{
    m_timer->stop();
    m_saveAgain = false;
    // A running attachment save would stall the UI thread, so its watcher or the destructor
    // removes the draft once the save is done.
    if (m_attachmentSave.isRunning())
        m_discarded = true;
    else
        m_store.remove(m_key);
}

} // namespace ResellerDesk::Ui
