#include "api/keylevelprobe.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"

namespace ResellerDesk::Api {

KeyLevelProbe::KeyLevelProbe(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

KeyLevelProbe::~KeyLevelProbe()
{
    cancel();
}

void KeyLevelProbe::start()
{
    cancel();
    m_reply = ApiCommands(m_client).catalog();
    connect(m_reply, &ApiReply::finished, this, &KeyLevelProbe::handleFinished);
}

void KeyLevelProbe::cancel()
{
    if (!m_reply)
        return;
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void KeyLevelProbe::handleFinished()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    ApiError error = reply->error();
    KeyLevel level = KeyLevel::Unknown;
    if (reply->isOk()) {
        level = KeyLevel::Store;
        error = ApiError();
    } else if (error.kind == ApiError::Kind::Api
               && error.hasCode(QStringLiteral("required:store_id"))) {
        level = KeyLevel::Reseller;
        error = ApiError();
    }
    emit finished(level, error);
}

} // namespace ResellerDesk::Api
