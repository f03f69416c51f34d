#include "ui/ticketwindow.h"

#include "ui/attachmentpanel.h"
#include "ui/draftautosaver.h"
#include "ui/errorbanner.h"
#include "ui/messageeditor.h"
#include "ui/threadbrowser.h"
#include "ui/uilogging.h"

#include "api/apiclient.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

// The zone of the tz sent with every request. The service then sends dates in that zone, and
// in UTC without a tz.
QTimeZone serviceZone(const Api::ApiClient *client)
{
    const QTimeZone zone(client->settings().tz.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The zone that dates are shown in: the tz sent to the service, or the system's zone.
QTimeZone displayZone(const Api::ApiClient *client)
{
    const QTimeZone zone(client->settings().tz.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

} // namespace

TicketWindow::TicketWindow(Api::ApiClient *client, qlonglong ticketId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Ticket %1").arg(ticketId));
    m_thread = new Models::TicketThread(client, ticketId, this);

    m_header = new QLabel(tr("Loading ticket %1…").arg(ticketId), this);
    m_header->setObjectName(QStringLiteral("ticketHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_errorBanner = new ErrorBanner(this);
    m_browser = new ThreadBrowser(this);
    m_attachments = new AttachmentPanel(client, this);
    m_editor = new MessageEditor(this);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_browser);
    top->addWidget(m_attachments);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({520, 240});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_splitter, 1);

    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    addAction(reloadAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    addAction(closeAction);

    m_draft = new DraftAutosaver(
            Models::DraftStore::replyKey(ticketId),
            [this] {
                Models::Draft draft;
                draft.text = m_editor->text();
                draft.attachments = m_editor->attachments();
                return draft;
            },
            this);

    connect(reloadAction, &QAction::triggered, m_thread, &Models::TicketThread::reload);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_errorBanner, &ErrorBanner::retryRequested, m_thread,
            &Models::TicketThread::reload);
    connect(m_thread, &Models::TicketThread::loaded, this, &TicketWindow::handleLoaded);
    connect(m_thread, &Models::TicketThread::loadFailed, this,
            [this](const QString &message) { m_errorBanner->showMessage(message); });
    connect(m_thread, &Models::TicketThread::sendStateChanged, this,
            &TicketWindow::updateSendState);
    connect(m_thread, &Models::TicketThread::replyConfirmed, this,
            &TicketWindow::handleReplyConfirmed);
    connect(m_thread, &Models::TicketThread::replyFailed, this,
            &TicketWindow::handleReplyFailed);
    connect(m_browser, &ThreadBrowser::attachmentActivated, m_attachments,
            &AttachmentPanel::selectAttachment);
    connect(m_editor, &MessageEditor::sendRequested, this, &TicketWindow::send);
    connect(m_editor, &MessageEditor::textChanged, this, [this] {
        if (!m_restoringDraft)
            m_draft->scheduleTextSave();
    });
    connect(m_editor, &MessageEditor::attachmentsChanged, this, [this] {
        if (!m_restoringDraft)
            m_draft->saveAttachments();
    });
    connect(m_draft, &DraftAutosaver::attachmentsRestored, this,
            [this](const Models::DraftAttachments &restored) {
                m_restoringDraft = true;
                m_editor->finishRestore(restored.attachments, restored.missingFiles);
                m_restoringDraft = false;
            });
    connect(m_draft, &DraftAutosaver::saveFailed, this,
            [this](const QString &message) { m_errorBanner->showMessage(message, false); });

    restoreDraft();
    updateSendState();
    m_thread->reload();
    resize(1100, 800);
}

TicketWindow::~TicketWindow()
{
    // The autosaver writes the pending text while the editor still exists.
    delete m_draft;
}

void TicketWindow::setDraftStore(const Models::DraftStore &store)
{
    m_draft->setStore(store);
    restoreDraft();
}

void TicketWindow::restoreDraft()
{
    const std::optional<Models::Draft> draft = m_draft->loadText();
    // A restore still running for another store must end, even without a draft here.
    if (!draft && !m_editor->isRestoring())
        return;
    m_restoringDraft = true;
    m_editor->setText(draft ? draft->text : QString());
    m_restoringDraft = false;
    // Up to 60 MB of attachments are read on a worker thread, see restoreAttachments().
    m_editor->beginRestore();
    m_draft->restoreAttachments();
    qCInfo(lcUi) << "Restoring the reply draft of ticket" << m_thread->ticketId();
}

void TicketWindow::handleLoaded()
{
    const Api::Ticket &ticket = *m_thread->ticket();
    setWindowTitle(tr("Ticket %1: %2").arg(m_thread->ticketId()).arg(ticket.subject()));
    m_header->setText(tr("%1\nTicket %2 · %3 · %4 · support account %5")
                              .arg(ticket.subject())
                              .arg(m_thread->ticketId())
                              .arg(ticket.status(), ticket.domain(), ticket.username()));
    m_errorBanner->hide();
    m_browser->showTicket(ticket, serviceZone(m_client), displayZone(m_client));
    m_browser->moveCursor(QTextCursor::End);
    m_attachments->showTicket(ticket);
    const QList<Api::TicketMessage> messages = ticket.messages();
    m_editor->setPlaceholderValues({
            {QStringLiteral("name"), messages.isEmpty() ? QString() : messages.first().name()},
            {QStringLiteral("username"), ticket.username()},
            {QStringLiteral("domain"), ticket.domain()},
            {QStringLiteral("subject"), ticket.subject()},
            {QStringLiteral("ticket"), QString::number(m_thread->ticketId())},
    });
    updateSendState();
    emit ticketRead(m_thread->ticketId());
}

void TicketWindow::send()
{
    if (!m_thread->canSend() || m_editor->pendingReads() > 0)
        return;
    m_errorBanner->hide();
    m_draft->flush();
    m_thread->sendReply(m_editor->text(), m_editor->attachments());
}

void TicketWindow::handleReplyConfirmed()
{
    // Only now may the draft go: the service has the message.
    m_draft->discard();
    m_restoringDraft = true;
    m_editor->clear();
    m_restoringDraft = false;
}

void TicketWindow::handleReplyFailed(const QString &message, bool mayResend)
{
    // The text and attachments stay in the editor and in the draft.
    m_errorBanner->showMessage(message, !mayResend);
    updateSendState();
}

void TicketWindow::updateSendState()
{
    m_editor->setSendAllowed(m_thread->canSend(), m_thread->sendBlockedReason());
    m_editor->textEdit()->setReadOnly(m_thread->sendState()
                                      != Models::TicketThread::SendState::Idle);
}

} // namespace ResellerDesk::Ui
