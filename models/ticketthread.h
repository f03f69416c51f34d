#pragma once

#include "api/apierror.h"
#include "api/commandrequests.h"
#include "api/supportrecords.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace ResellerDesk::Api {
class ApiClient;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

// One ticket thread: loads ticket-details (which marks the operator's responses read) and sends
// replies. This class never sends a reply twice, because ticket-reply is not retried. When a
// reply's outcome is unknown (timeout, dropped connection, HTTP 5xx), the thread is reloaded to
// see whether the message arrived before another send is allowed.
class TicketThread : public QObject
{
    Q_OBJECT

public:
    enum class SendState {
        Idle,
        Sending,
        // The reply's outcome is unknown and the reloaded thread decides it.
        Checking,
    };
    Q_ENUM(SendState)

    TicketThread(Api::ApiClient *client, qlonglong ticketId, QObject *parent = nullptr);
    ~TicketThread() override;

    qlonglong ticketId() const { return m_ticketId; }
    const std::optional<Api::Ticket> &ticket() const { return m_ticket; }
    bool isLoading() const { return m_loadReply != nullptr; }
    SendState sendState() const { return m_sendState; }
    // True when the ticket is loaded, allows replies and no send or check is in progress.
    bool canSend() const;
    // Returns a translated reason why canSend() is false, or an empty string.
    QString sendBlockedReason() const;
    // Returns whether a write command that failed with error may still have been stored:
    // timeouts, transport errors, broken envelopes and HTTP 5xx.
    static bool isOutcomeUnknown(const Api::ApiError &error);

public slots:
    void reload();
    // Sends a reply unless canSend() is false. The outcome arrives as replyConfirmed() or
    // replyFailed().
    void sendReply(const QString &text, const QList<Api::TicketAttachmentUpload> &attachments);

signals:
    void loaded();
    void loadFailed(const QString &message);
    void sendStateChanged(Models::TicketThread::SendState state);
    // The service confirmed the reply, directly or through the reloaded thread.
    void replyConfirmed(qlonglong messageId);
    // The reply was not stored. The caller keeps the text and attachments. mayResend is false
    // while the outcome could not be checked, and a successful reload() decides it then.
    void replyFailed(const QString &message, bool mayResend);

private:
    void handleLoaded();
    void handleReplyFinished();
    void checkPendingReply();
    void setSendState(SendState state);

    QPointer<Api::ApiClient> m_client;
    qlonglong m_ticketId = 0;
    std::optional<Api::Ticket> m_ticket;
    Api::ApiReply *m_loadReply = nullptr;
    Api::ApiReply *m_sendReply = nullptr;
    SendState m_sendState = SendState::Idle;
    // Text of a reply with unknown outcome and the message ids known before it was sent.
    QString m_pendingText;
    QSet<qlonglong> m_idsBeforeSend;
};

} // namespace ResellerDesk::Models
