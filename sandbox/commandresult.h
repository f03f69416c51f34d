#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ResellerDesk::Sandbox {

// Outcome of one command, written out as the API envelope {ttl, status, data, messages}.
struct CommandResult
{
    bool status = true;
    QJsonValue data;
    QJsonArray messages;
    // Seconds a client may cache the data; the service sends 3600 for reference data.
    int ttl = 0;

    static CommandResult success(const QJsonValue &data)
    {
        return CommandResult{true, data, {}};
    }

    // Builds a failed result with one error message such as {type: "error", code:
    // "invalid:filter.username", params: {...}}. The real service sends `data: []` with errors.
    static CommandResult error(const QString &code, const QJsonObject &params = {})
    {
        QJsonObject message{{QStringLiteral("type"), QStringLiteral("error")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("params"), params}};
        return CommandResult{false, QJsonArray(), QJsonArray{message}};
    }

    QJsonObject toEnvelope() const
    {
        return QJsonObject{{QStringLiteral("ttl"), ttl},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("data"), data},
                           {QStringLiteral("messages"), messages}};
    }
};

} // namespace ResellerDesk::Sandbox
