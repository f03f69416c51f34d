#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ResellerDesk::Api {

// One entry of the response's "messages" list. The service sends codes, not prose.
struct ApiMessage
{
    QString type; // "error", "success", "warning"
    QString code; // "unauthorized", "invalid:contact.email", ...
    // Extra values such as item_index. A JSON list from the service is stored with keys "0", "1".
    QJsonObject params;

    bool isError() const { return type == QLatin1String("error"); }
    // Returns a translated sentence for known codes and readable text for unknown ones
    // ("some_code" becomes "Some code").
    QString describe() const;

    static ApiMessage fromJson(const QJsonValue &value);
    friend bool operator==(const ApiMessage &a, const ApiMessage &b)
    {
        return a.type == b.type && a.code == b.code && a.params == b.params;
    }
};

// The response envelope {ttl, status, data, messages}.
struct Envelope
{
    // Reason the body is not a usable envelope; empty when it is one.
    QString error;
    int ttl = 0;
    bool status = false;
    QJsonValue data;
    QList<ApiMessage> messages;

    bool isValid() const { return error.isEmpty(); }
};

// Parses a response body. Bodies that are not a JSON object, are truncated, or have no
// "status" give an Envelope with error set.
Envelope parseEnvelope(const QByteArray &body);

} // namespace ResellerDesk::Api

Q_DECLARE_METATYPE(ResellerDesk::Api::ApiMessage)
