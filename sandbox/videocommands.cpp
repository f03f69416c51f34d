// Video conference commands. They need the reseller token, as the reference states.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/requestpayload.h"
#include "sandbox/resellerscope.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace ResellerDesk::Sandbox {

namespace {

constexpr qsizetype MaxRoomLength = 80;
// Reseller id in room URLs, as in the reference's example.
const QString ResellerId = QStringLiteral("21");
// Key of the sandbox's room tokens. It protects nothing: the rooms do not exist.
const QByteArray RoomTokenKey = QByteArrayLiteral("resellerdesk-sandbox-video-rooms");

QJsonObject locations()
{
    const auto location = [](const char *datacenter, const char *domain) {
        return QJsonObject{{QStringLiteral("datacenter"), QString::fromLatin1(datacenter)},
                           {QStringLiteral("domain"), QString::fromLatin1(domain)}};
    };
    return {{QStringLiteral("meet-us.icdsoft.com"), location("centurylink", "ICDSoft.com")},
            {QStringLiteral("meet-us.suresupport.com"), location("centurylink", "SureSupport.com")},
            {QStringLiteral("meet-bg.suresupport.com"), location("neterra", "SureSupport.com")},
            {QStringLiteral("meet-bg.icdsoft.com"), location("neterra", "ICDSoft.com")},
            {QStringLiteral("meet-hk.icdsoft.com"), location("iadvantage", "ICDSoft.com")},
            {QStringLiteral("meet-hk.suresupport.com"), location("iadvantage", "SureSupport.com")}};
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Builds an HS256 JSON Web Token like the ones the service's room links carry.
QString roomToken(const QString &location, const QString &room)
{
    const QByteArray header = base64Url(QJsonDocument(QJsonObject{
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("alg"), QStringLiteral("HS256")}}).toJson(QJsonDocument::Compact));
    const QJsonObject user{{QStringLiteral("name"), QString()},
                           {QStringLiteral("email"), QString()},
                           {QStringLiteral("id"), QString()}};
    const QByteArray claims = base64Url(QJsonDocument(QJsonObject{
        {QStringLiteral("context"), QJsonObject{{QStringLiteral("user"), user},
                                                {QStringLiteral("group"),
                                                 QString(QStringLiteral("rcp:") + ResellerId)}}},
        {QStringLiteral("room"), room},
        {QStringLiteral("sub"), location},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 24 * 3600}})
                                            .toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + claims;
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, RoomTokenKey,
                                                                  QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

CommandResult createRoom(const CommandContext &context)
{
    if (auto error = requireResellerToken(context, QStringLiteral("video conference commands")))
        return *error;
    const QString location = context.payload.text(QStringLiteral("location")).trimmed();
    if (location.isEmpty())
        return CommandResult::error(QStringLiteral("required:location"));
    const QJsonObject known = locations();
    if (!known.contains(location))
        return CommandResult::error(QStringLiteral("invalid:location"),
                                    {{QStringLiteral("value"), location},
                                     {QStringLiteral("reason"),
                                      QString(QStringLiteral("use one of: ")
                                              + known.keys().join(QStringLiteral(", ")))}});
    const QString room = context.payload.text(QStringLiteral("room"));
    if (room.isEmpty())
        return CommandResult::error(QStringLiteral("required:room"));
    if (room.size() > MaxRoomLength)
        return CommandResult::error(QStringLiteral("invalid:room"),
                                    {{QStringLiteral("value"), room},
                                     {QStringLiteral("length"), room.size()},
                                     {QStringLiteral("max_length"), MaxRoomLength}});
    // The reference allows "A-Z, 0-9 and underscore" but its own example creates "my-room25",
    // so lower-case letters and hyphens are accepted too. Anything else would need escaping in
    // the room URL and is rejected.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!allowed.match(room).hasMatch())
        return CommandResult::error(QStringLiteral("invalid:room"),
                                    {{QStringLiteral("value"), room},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("use letters A-Z, digits, underscores and "
                                                     "hyphens only")}});
    const QString url = QStringLiteral("https://") + location + u'/' + ResellerId + u'/' + room
                        + QStringLiteral("?jwt=") + roomToken(location, room);
    return CommandResult::success(url);
}

} // namespace

void registerVideoCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("video-list-locations"), [](const CommandContext &context) {
        if (auto error = requireResellerToken(context, QStringLiteral("video conference commands")))
            return *error;
        return CommandResult::success(locations());
    });
    registry.add(QStringLiteral("video-create-room"), createRoom);
}

} // namespace ResellerDesk::Sandbox
