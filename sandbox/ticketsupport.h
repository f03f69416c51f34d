#pragma once

#include <QJsonArray>
#include <QString>

namespace ResellerDesk::Sandbox {

struct CommandContext;

namespace TicketSupport {

// Name the simulated operator signs answers with.
inline constexpr QStringView OperatorName = u"Support123";

// Answers every queued question whose reply delay has passed, as an operator would have done
// at that time. The ticket commands call it first, so threads move without a timer.
void runSimulatedOperator(const CommandContext &context);

// Queues the question `messageId` of `ticketId` for the simulated operator.
bool queueForOperator(const CommandContext &context, qint64 messageId, qint64 ticketId);

// Returns the attachments of one message as ticket-details lists them; `kind` is "question"
// or "answer".
QJsonArray messageAttachments(const CommandContext &context, const QString &messageId,
                              const QString &kind);

} // namespace TicketSupport

} // namespace ResellerDesk::Sandbox
