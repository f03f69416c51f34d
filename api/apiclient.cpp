#include "api/apiclient.h"

#include "api/apireply.h"
#include "api/logging.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

#include <cstring>
#include <utility>

namespace ResellerDesk::Api {

namespace {

// A request body that can be read once and never rewound. Qt 6.4's HTTP layer sends a request
// again by itself, POST included and up to 2 more times, when the server closes the connection
// before the first byte of the response. It rewinds the body first, and when that fails it
// ends the reply with QNetworkReply::ContentReSendError instead of sending it again.
class OneShotUploadDevice : public QIODevice
{
public:
    explicit OneShotUploadDevice(QByteArray data) : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // -1 marks the end: Qt's upload reader takes 0 from a sequential device as "wait".
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return -1;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Sends each request over HTTP/1.1 with "Connection: close", so the server closes the
// connection after the response and the next write opens a new one. The body cannot be
// rewound, so Qt fails the request instead of sending it a second time. A new
// connection per write also avoids the routine case of a server closing an idle keep-alive
// connection just as a request goes out, which would now fail the request.
// NOTE: a GET has no body to make one-shot, so a write command sent with RequestFormat::Get
// can still be resent by Qt. A redirect of a write fails as well, because following it would
// send the body again.
class WriteNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &original,
                                 QIODevice *outgoingData) override
    {
        QNetworkRequest request = original;
        request.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!outgoingData)
            return QNetworkAccessManager::createRequest(operation, request, outgoingData);
        // post(request, QByteArray) hands over a QBuffer around the body: take its data, which
        // is shared and not copied, rather than reading tens of MiB on the caller's thread.
        auto *buffer = qobject_cast<QBuffer *>(outgoingData);
        auto *upload = new OneShotUploadDevice(buffer && buffer->pos() == 0
                                                       ? buffer->data()
                                                       : outgoingData->readAll());
        request.setHeader(QNetworkRequest::ContentLengthHeader, upload->bytesAvailable());
        // Without this attribute Qt copies the body into a buffer that it can rewind.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, upload);
        upload->setParent(reply);
        return reply;
    }
};

} // namespace

ApiClient::ApiClient(QObject *parent) : ApiClient(ConnectionSettings(), parent) { }

ApiClient::ApiClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_network(new QNetworkAccessManager(this)),
      m_writeNetwork(new WriteNetworkAccessManager(this)),
      m_retryDelaysMs({500, 2000})
{
    // See buildRequest() for why redirects must stay on the same origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_writeNetwork->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    // Listeners such as CertificateErrorLog watch networkAccessManager() only.
    connect(m_writeNetwork, &QNetworkAccessManager::sslErrors, m_network,
            &QNetworkAccessManager::sslErrors);
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
    const bool read = isReadCommand(command);
    const bool retry = options.retry.value_or(read);
    // Write commands go through m_writeNetwork, so that neither this class nor Qt's HTTP layer
    // sends them twice: a connection closed before the response fails the call.
    auto *reply = new ApiReply(read ? m_network : m_writeNetwork, m_settings, command, payload,
                               options, retry, m_retryDelaysMs);
    reply->start();
    return reply;
}

ApiReply *ApiClient::callPrepared(const QString &command,
                                  std::function<Payload()> preparePayload,
                                  const CallOptions &options)
{
    const bool read = isReadCommand(command);
    const bool retry = options.retry.value_or(read);
    auto *reply = new ApiReply(read ? m_network : m_writeNetwork, m_settings, command,
                               Payload(), options, retry, m_retryDelaysMs);
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

QString ApiClient::closedConnectionDetail()
{
    return tr("the server closed the connection before it sent a response");
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
