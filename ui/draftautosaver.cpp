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
    if (m_timer->isActive())
        flush();
    // The attachments must be complete on disk before the window goes away.
    m_attachmentSave.waitForFinished();
}

void DraftAutosaver::scheduleTextSave()
{
    m_discarded = false;
    m_timer->start();
}

void DraftAutosaver::flush()
{
    m_timer->stop();
    const Models::Draft draft = m_source();
    if (isEmpty(draft)) {
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
    m_discarded = false;
    // One write at a time per draft. A change during a write triggers one more write.
    if (m_attachmentSave.isRunning()) {
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
            m_store.remove(m_key);
        } else if (m_saveAgain) {
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
    m_discarded = true;
    m_attachmentSave.waitForFinished();
    m_store.remove(m_key);
}

} // namespace ResellerDesk::Ui
