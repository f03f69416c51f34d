#pragma once

#include "models/draftstore.h"
#include "models/ticketthread.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace ResellerDesk::Api {
class ApiClient;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class AttachmentPanel;
class DraftAutosaver;
class ErrorBanner;
class MessageEditor;
class ThreadBrowser;

// A window for one ticket: the thread as a conversation, its attachments and a reply editor.
// The reply is saved as a draft while it is typed and removed only once the service confirmed
// it. F5 reloads the thread.
class TicketWindow : public QWidget
{
    Q_OBJECT

public:
    TicketWindow(Api::ApiClient *client, qlonglong ticketId, QWidget *parent = nullptr);
    ~TicketWindow() override;

    Models::TicketThread *thread() const { return m_thread; }
    ThreadBrowser *browser() const { return m_browser; }
    AttachmentPanel *attachmentPanel() const { return m_attachments; }
    MessageEditor *editor() const { return m_editor; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    // Overrides the draft folder and restores the draft from there, for tests.
    void setDraftStore(const Models::DraftStore &store);

signals:
    // The thread was loaded. ticket-details marks the operator's responses read.
    void ticketRead(qlonglong ticketId);

private:
    void handleLoaded();
    void handleReplyFailed(const QString &message, bool mayResend);
    void handleReplyConfirmed();
    void send();
    void restoreDraft();
    void updateSendState();

    Api::ApiClient *m_client = nullptr;
    Models::TicketThread *m_thread = nullptr;
    DraftAutosaver *m_draft = nullptr;
    QLabel *m_header = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    ThreadBrowser *m_browser = nullptr;
    AttachmentPanel *m_attachments = nullptr;
    MessageEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_restoringDraft = false;
};

} // namespace ResellerDesk::Ui
