#pragma once

#include "api/envelope.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ResellerDesk::Api {

// Description of a failed API call: the kind of failure and what the service sent.
struct ApiError
{
    enum class Kind {
        None,
        InvalidRequest, // rejected before sending: bad URL, plain http to another host, ...
        Transport, // connection refused, host not found, connection reset
        Timeout, // no data within the transfer timeout
        Tls, // certificate or handshake failure
        Http, // non-2xx status, or a body that is not JSON (an HTML error page)
        Envelope, // JSON that is malformed, truncated or has no "status"
        Api, // "status": false, see messages
        Aborted, // ApiReply::abort() or Pager::cancel()
    };

    Kind kind = Kind::None;
    QString command;
    int httpStatus = 0;
    QList<ApiMessage> messages;
    // Technical detail for logs and the details pane: Qt's error text, the parser's error.
    QString detail;

    bool isError() const { return kind != Kind::None; }
    // Returns one translated paragraph that names the command, what failed and what to do next.
    QString userMessage() const;
    // Returns true when any message has this code.
    bool hasCode(const QString &code) const;

    static QString kindName(Kind kind);
};

} // namespace ResellerDesk::Api

Q_DECLARE_METATYPE(ResellerDesk::Api::ApiError)
