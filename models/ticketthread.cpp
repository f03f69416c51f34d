#include "models/ticketthread.h"

#include "models/modelslogging.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"

namespace ResellerDesk::Models {

namespace {

QSet<qlonglong> messageIds(const Api::Ticket &ticket)
{
    QSet<qlonglong> ids;
    for (const Api::TicketMessage &message : ticket.messages())
        ids.insert(message.id().value_or(0));
    return ids;
}

} // namespace

bool TicketThread::isOutcomeUnknown(const Api::ApiError &error)
{
    switch (error.kind) {
    case Api::ApiError::Kind::Timeout:
    case Api::ApiError::Kind::Transport:
    case Api::ApiError::Kind::Envelope:
        return true;
    case Api::ApiError::Kind::Http:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

TicketThread::TicketThread(Api::ApiClient *client, qlonglong ticketId, QObject *parent)
    : QObject(parent), m_client(client), m_ticketId(ticketId)
{
}

TicketThread::~TicketThread()
{
    // Aborting a ticket-reply does not undo it on the service, so the draft stays for the user.
    for (Api::ApiReply *reply : {m_loadReply, m_sendReply}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

bool TicketThread::canSend() const
{
    return sendBlockedReason().isEmpty();
}

QString TicketThread::sendBlockedReason() const
{
    if (m_sendState == SendState::Sending)
        return tr("The reply is being sent.");
    if (m_sendState == SendState::Checking || !m_pendingText.isEmpty())
        return tr("The last reply timed out. The thread is reloaded to see whether it arrived "
                  "before you can send again.");
    if (!m_ticket)
        return tr("The ticket is not loaded yet.");
    if (!m_ticket->canReply())
        return tr("You can reply once the support operator has answered the last message "
                  "(can_reply is false).");
    return {};
}

void TicketThread::reload()
{
    if (!m_client || m_loadReply)
        return;
    m_loadReply = Api::ApiCommands(m_client).ticketDetails(m_ticketId);
    connect(m_loadReply, &Api::ApiReply::finished, this, &TicketThread::handleLoaded);
}

void TicketThread::handleLoaded()
{
    Api::ApiReply *reply = m_loadReply;
    m_loadReply = nullptr;
    reply->deleteLater();
    QString problem;
    std::optional<Api::Ticket> ticket;
    if (reply->isOk())
        ticket = Api::RecordParsing::parseRecord<Api::Ticket>(reply->data(), QStringLiteral("ticket"), &problem);
    else
        problem = reply->error().userMessage();
    if (!ticket) {
        qCWarning(lcModels) << "Failed to load ticket" << m_ticketId << Api::ApiError::kindName(reply->error().kind);
        if (m_sendState == SendState::Checking) {
            setSendState(SendState::Idle);
            emit replyFailed(tr("The reply timed out, and reloading the thread to check "
                                "whether it arrived failed too. Reload the thread (F5) before "
                                "sending again."),
                             false);
        }
        emit loadFailed(problem);
        return;
    }
    m_ticket = ticket;
    // Views refresh first, so that a failure message from the check stays visible.
    emit loaded();
    if (!m_pendingText.isEmpty())
        checkPendingReply();
}

void TicketThread::sendReply(const QString &text,
                             const QList<Api::TicketAttachmentUpload> &attachments)
{
    if (!m_client || !canSend())
        return;
    Api::TicketReplyRequest request;
    request.ticketId = m_ticketId;
    request.question = text;
    request.attachments = attachments;
    m_idsBeforeSend = messageIds(*m_ticket);
    m_pendingText = text;
    m_sendReply = Api::ApiCommands(m_client).ticketReply(request);
    connect(m_sendReply, &Api::ApiReply::finished, this, &TicketThread::handleReplyFinished);
    setSendState(SendState::Sending);
}

void TicketThread::handleReplyFinished()
{
    Api::ApiReply *reply = m_sendReply;
    m_sendReply = nullptr;
    reply->deleteLater();
    if (reply->isOk()) {
        const auto created = Api::RecordParsing::parseRecord<Api::CreatedRecord>(reply->data());
        m_pendingText.clear();
        setSendState(SendState::Idle);
        qCInfo(lcModels) << "Replied to ticket" << m_ticketId;
        emit replyConfirmed(created ? created->id().value_or(0) : 0);
        reload();
        return;
    }
    const Api::ApiError &error = reply->error();
    if (isOutcomeUnknown(error)) {
        qCWarning(lcModels) << "Reply to ticket" << m_ticketId << "has an unknown outcome:"
                            << Api::ApiError::kindName(error.kind) << "- reloading the thread";
        setSendState(SendState::Checking);
        reload();
        return;
    }
    // The service rejected it, so nothing was stored and sending again is safe.
    m_pendingText.clear();
    setSendState(SendState::Idle);
    emit replyFailed(error.userMessage(), true);
}

// Decides a reply with unknown outcome from the reloaded thread: it arrived if a message that
// did not exist before the send has the same text. The service may trim the text, so the
// comparison ignores white space at either end.
void TicketThread::checkPendingReply()
{
    const QString expected = m_pendingText.trimmed();
    for (const Api::TicketMessage &message : m_ticket->messages()) {
        const qlonglong id = message.id().value_or(0);
        if (!m_idsBeforeSend.contains(id) && message.question().trimmed() == expected) {
            qCInfo(lcModels) << "Reply to ticket" << m_ticketId << "arrived as message" << id;
            m_pendingText.clear();
            setSendState(SendState::Idle);
            emit replyConfirmed(id);
            return;
        }
    }
    qCInfo(lcModels) << "Reply to ticket" << m_ticketId << "did not arrive";
    m_pendingText.clear();
    setSendState(SendState::Idle);
    emit replyFailed(tr("The reply timed out and the reloaded thread does not contain it, so "
                        "it was not stored. Send it again."),
                     true);
}

void TicketThread::setSendState(SendState state)
{
    if (m_sendState == state)
        return;
    m_sendState = state;
    emit sendStateChanged(state);
}

} // namespace ResellerDesk::Models
