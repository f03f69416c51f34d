#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace ResellerDesk::Sandbox {

// Start-up settings of a SandboxServer.
struct SandboxOptions
{
    // TCP port on 127.0.0.1. Port 0 picks a free port.
    quint16 port = 0;
    // SQLite database file. Empty keeps the database in memory. A new file is seeded, and
    // an existing one is used as it is.
    QString dataFile;
    // Reseller token that may use every store. Empty generates a random one.
    QString token;
    // Store tokens: store id (as in `store_id`) to the token that may use that store only.
    QHash<QString, QString> storeTokens;
    // HMAC secret. Empty means requests need no nonce, ts or signature.
    QString hmacSecret;
    // Number of generated domains on top of the demo data, with proportionate accounts,
    // orders and tickets. Zero seeds the demo data only.
    int scale = 0;
    // Date the demo data is placed around. An invalid date means today in UTC.
    QDate today;
    // Milliseconds after which the simulated support operator answers a new ticket question.
    int operatorReplyDelayMs = 20000;
};

} // namespace ResellerDesk::Sandbox
