#include "sandbox/democp.h"

#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/supportdata.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace ResellerDesk::Sandbox {

namespace {

QHttpServerResponse page(const char *title, const char *text, QHttpServerResponse::StatusCode status)
{
    const QByteArray html = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                              "<title>")
                            + title + QByteArrayLiteral("</title></head><body><h1>") + title
                            + QByteArrayLiteral("</h1><p>") + text
                            + QByteArrayLiteral("</p></body></html>");
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html, status);
}

CommandResult democpUrl(const CommandContext &context)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    const QString key = QString::fromLatin1(bytes.toHex());
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("INSERT INTO democp_links(key, created_ms) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        qCWarning(lcSandbox) << "Failed to store a Demo CP link:" << query.lastError().text();
        return CommandResult::error(QStringLiteral("system_error"));
    }
    QUrl url(SupportData::setting(context.database, QStringLiteral("server_url")));
    url.setPath(QString::fromLatin1(DemoCp::LoginPath));
    url.setQuery(QStringLiteral("myuser=democp&autologin=") + key);
    return CommandResult::success(url.toString());
}

} // namespace

QHttpServerResponse DemoCp::serveLogin(QSqlDatabase database, const QHttpServerRequest &request)
{
    const QString key = QUrlQuery(request.url()).queryItemValue(QStringLiteral("autologin"));
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT used_ms FROM democp_links WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return page("Unknown login link",
                    "This Demo Control Panel link is unknown. Request a new one with democp-url.",
                    QHttpServerResponse::StatusCode::NotFound);
    if (!query.value(0).isNull())
        return page("Login link already used",
                    "This Demo Control Panel link worked once and has expired. Request a new one "
                    "with democp-url.",
                    QHttpServerResponse::StatusCode::Gone);
    query.prepare(QStringLiteral("UPDATE democp_links SET used_ms = ? WHERE key = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(key);
    if (!query.exec())
        qCWarning(lcSandbox) << "Failed to mark a Demo CP link used:" << query.lastError().text();
    return page("Demo Control Panel",
                "You are logged in to the ResellerDesk sandbox's Demo Control Panel as democp.",
                QHttpServerResponse::StatusCode::Ok);
}

void registerDemoCpCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("democp-url"), democpUrl);
}

} // namespace ResellerDesk::Sandbox
