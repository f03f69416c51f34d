#include "api/apiclient.h"

#include "api/apireply.h"
#include "api/logging.h"

#include <QNetworkAccessManager>
#include <QSet>

namespace ResellerDesk::Api {

ApiClient::ApiClient(QObject *parent) : ApiClient(ConnectionSettings(), parent) { }

ApiClient::ApiClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_network(new QNetworkAccessManager(this)),
      m_retryDelaysMs({500, 2000})
{
    // See buildRequest() for why redirects must stay on the same origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    qCInfo(lcApi) << "API address set to" << settings.baseUrl.toDisplayString();
}

void ApiClient::setRetryDelaysMs(const QList<int> &delaysMs)
{
    m_retryDelaysMs = delaysMs;
}

ApiReply *ApiClient::call(const QString &command, const Payload &payload,
                          const CallOptions &options)
{
    const bool retry = options.retry.value_or(isReadCommand(command));
    // NOTE: "never retried" covers this class only. Qt 6.4's HTTP layer itself sends a request
    // again, POST included, up to 2 more times when the server closes the connection before
    // any byte of the response (seen with a loopback proxy in tst_models_orderplacer). A
    // write command can therefore reach the service more than once in that case.
    auto *reply = new ApiReply(m_network, m_settings, command, payload, options, retry,
                               m_retryDelaysMs);
    reply->start();
    return reply;
}

ApiReply *ApiClient::callPrepared(const QString &command,
                                  std::function<Payload()> preparePayload,
                                  const CallOptions &options)
{
    const bool retry = options.retry.value_or(isReadCommand(command));
    auto *reply = new ApiReply(m_network, m_settings, command, Payload(), options, retry,
                               m_retryDelaysMs);
    reply->m_preparePayload = std::move(preparePayload);
    reply->m_prepareOffThread = true;
    reply->start();
    return reply;
}

ApiReply *ApiClient::rejectCall(const QString &command, const QString &detail)
{
    auto *reply = new ApiReply(m_network, m_settings, command, Payload(), CallOptions(), false,
                               m_retryDelaysMs);
    reply->reject(detail);
    return reply;
}

bool ApiClient::isReadCommand(const QString &command)
{
    static const QStringList readSuffixes = {
        QStringLiteral("-list"),  QStringLiteral("-details"), QStringLiteral("-enums"),
        QStringLiteral("-check"), QStringLiteral("-tldsld"),
    };
    // Lookup commands of the reference that return data and change nothing.
    static const QSet<QString> lookupCommands = {
        QStringLiteral("countries"),           QStringLiteral("datacenters"),
        QStringLiteral("tlds"),                QStringLiteral("currencyrates"),
        QStringLiteral("catalog"),             QStringLiteral("payment-processors"),
        QStringLiteral("ssl-approver-emails"), QStringLiteral("order-data"),
        QStringLiteral("ticket-attachment"),   QStringLiteral("ticket-account-domains"),
        QStringLiteral("video-list-locations"),
    };
    if (lookupCommands.contains(command))
        return true;
    return std::any_of(readSuffixes.cbegin(), readSuffixes.cend(),
                       [&command](const QString &suffix) { return command.endsWith(suffix); });
}

} // namespace ResellerDesk::Api
