#include "api/apireply.h"

#include "api/logging.h"
#include "api/requestbuilder.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ResellerDesk::Api {

namespace {

// Bodies from this size on are parsed on a Qt Concurrent thread. Smaller ones are parsed in
// place, because the thread hop would cost about as much as parsing them (an estimate).
constexpr qsizetype offThreadParseBytes = 64 * 1024;
// Max number of body bytes written to the trace log per response.
constexpr qsizetype traceBodyChars = 2000;

bool isRetryableHttpStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

// Returns Qt's error text without the URL's query, which for GET requests contains the token.
QString errorTextWithoutQuery(const QNetworkReply *reply)
{
    QString text = reply->errorString();
    const QUrl url = reply->url();
    if (!url.hasQuery())
        return text;
    QUrl withoutQuery = url;
    withoutQuery.setQuery(QString());
    const QString replacement = withoutQuery.toDisplayString();
    text.replace(url.toString(), replacement);
    text.replace(url.toDisplayString(), replacement);
    text.replace(QString::fromLatin1(url.toEncoded()), replacement);
    // A query in a form not foreseen above is cut out as a whole.
    for (const QString &query : {url.query(QUrl::FullyDecoded), url.query(QUrl::FullyEncoded)})
        text.replace(query, QStringLiteral("<query>"));
    return text;
}

bool looksLikeJson(const QByteArray &body)
{
    const QByteArray start = body.trimmed().left(1);
    return start == "{" || start == "[";
}

} // namespace

ApiReply::ApiReply(QNetworkAccessManager *network, const ConnectionSettings &settings,
                   const QString &command, const Payload &payload, const CallOptions &options,
                   bool retry, const QList<int> &retryDelaysMs, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_settings(settings),
      m_command(command),
      m_payload(payload),
      m_options(options),
      m_retry(retry),
      m_retryDelaysMs(retryDelaysMs)
{
    m_error.command = command;
}

void ApiReply::reject(const QString &detail)
{
    m_elapsed.start();
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.command = m_command;
    error.detail = detail;
    finishLater(error);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::start()
{
    m_elapsed.start();
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.command = m_command;

    static const QRegularExpression commandPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const int timeoutMs = m_options.timeoutMs.value_or(m_settings.timeoutMs);
    QString problem;
    if (!commandPattern.match(m_command).hasMatch()) {
        error.detail = tr("\"%1\" is not a command name. Command names are lowercase words "
                          "joined by hyphens, such as \"account-list\".")
                               .arg(m_command);
    } else if (!m_settings.validate(&problem)) {
        error.detail = problem;
    } else if (timeoutMs <= 0) {
        error.detail = tr("the timeout %1 ms is not positive.").arg(timeoutMs);
    } else if (!m_network) {
        error.detail = tr("the API client was deleted.");
    }
    if (!error.detail.isEmpty()) {
        finishLater(error);
        return;
    }
    // Deleting the client deletes its network replies without a finished() signal, so the
    // reply ends here instead of waiting forever.
    connect(m_network, &QObject::destroyed, this, [this] {
        ApiError aborted;
        aborted.kind = ApiError::Kind::Aborted;
        aborted.command = m_command;
        aborted.detail = tr("the API client was deleted.");
        if (m_retryTimer)
            m_retryTimer->stop();
        finish(aborted);
    });
    sendAttempt();
}

void ApiReply::sendAttempt()
{
    if (!m_network) {
        ApiError error;
        error.kind = ApiError::Kind::Aborted;
        error.command = m_command;
        error.detail = tr("the API client was deleted.");
        finish(error);
        return;
    }
    ++m_attempts;
    const int timeoutMs = m_options.timeoutMs.value_or(m_settings.timeoutMs);
    if (m_prepareOffThread) {
        prepareOffThread(timeoutMs);
        return;
    }
    sendPrepared(buildRequest(m_settings, m_command, m_payload, m_options.format, timeoutMs));
}

void ApiReply::prepareOffThread(int timeoutMs)
{
    struct Prepared
    {
        Payload payload;
        PreparedRequest request;
    };
    // The payload is built once. A retry (only if the caller asked for retries) signs the
    // same payload again with a fresh nonce and ts.
    std::function<Payload()> preparePayload = std::exchange(m_preparePayload, {});
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher] {
        watcher->deleteLater();
        // abort() or a deleted client finished the reply while the worker was busy.
        if (m_finished || m_aborting)
            return;
        const Prepared prepared = watcher->result();
        // Only a retry needs the payload again, and a write with attachments is never retried.
        if (m_retry)
            m_payload = prepared.payload;
        if (!m_network) {
            ApiError error;
            error.kind = ApiError::Kind::Aborted;
            error.command = m_command;
            error.detail = tr("the API client was deleted.");
            finish(error);
            return;
        }
        sendPrepared(prepared.request);
    });
    watcher->setFuture(QtConcurrent::run(
            [settings = m_settings, command = m_command, payload = m_payload,
             format = m_options.format, timeoutMs, preparePayload]() -> Prepared {
                QElapsedTimer timer;
                timer.start();
                Prepared prepared;
                prepared.payload = preparePayload ? preparePayload() : payload;
                prepared.request = buildRequest(settings, command, prepared.payload, format,
                                                timeoutMs);
                qCDebug(lcApi) << "prepared" << command << "with" << prepared.request.body.size()
                               << "body bytes on a worker thread in" << timer.elapsed() << "ms";
                return prepared;
            }));
}

void ApiReply::sendPrepared(const PreparedRequest &prepared)
{
    if (lcApiHttp().isDebugEnabled()) {
        QUrl shownUrl = prepared.request.url();
        shownUrl.setQuery(QString());
        QByteArrayList headers;
        for (const QByteArray &name : prepared.request.rawHeaderList())
            headers.append(name + ": "
                           + (isSecretHeader(name) ? QByteArrayLiteral("<redacted>")
                                                   : prepared.request.rawHeader(name)));
        qCDebug(lcApiHttp).noquote() << prepared.verb << shownUrl.toDisplayString()
                                     << "attempt" << m_attempts << "headers [" << headers.join("; ")
                                     << "] payload" << prepared.traceText;
    }

    if (prepared.verb == "GET")
        m_reply = m_network->get(prepared.request);
    else
        m_reply = m_network->post(prepared.request, prepared.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::handleNetworkFinished);
}

void ApiReply::handleNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_finished || m_aborting)
        return;

    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    // A reply closed by its transfer timeout is no longer open, and reading it would only
    // print a QIODevice warning that reaches the CLI's standard error.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (lcApiHttp().isDebugEnabled()) {
        qCDebug(lcApiHttp).noquote()
                << "response to" << m_command << "status" << httpStatus << "error"
                << networkError << "bytes" << body.size() << "body"
                << QString::fromUtf8(redactJson(body.left(traceBodyChars)));
    }

    // Codes below 100 are failures of the connection itself, also when they cut off a body
    // after the status line arrived. Redirect errors come with the 3xx status instead.
    const bool connectionFailed = networkError > QNetworkReply::NoError
            && networkError <= QNetworkReply::UnknownNetworkError
            && networkError != QNetworkReply::InsecureRedirectError
            && networkError != QNetworkReply::TooManyRedirectsError;
    if (connectionFailed || (httpStatus == 0 && networkError != QNetworkReply::NoError)) {
        ApiError error;
        error.command = m_command;
        error.detail = errorTextWithoutQuery(reply);
        switch (networkError) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            // Without abort() from us, a cancelled operation is the transfer timeout firing.
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            // ContentReSendError: Qt would send the request again after the closed connection,
            // but a write's body cannot be rewound (see ApiClient).
            error.kind = ApiError::Kind::Transport;
            error.detail = ApiClient::closedConnectionDetail();
            break;
        default:
            error.kind = ApiError::Kind::Transport;
            break;
        }
        if (!retryIfAllowed(error))
            finish(error);
        return;
    }

    if (isRetryableHttpStatus(httpStatus)) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.command = m_command;
        error.httpStatus = httpStatus;
        error.detail = errorTextWithoutQuery(reply);
        if (retryIfAllowed(error))
            return;
    }
    handleBody(httpStatus, body);
}

void ApiReply::handleBody(int httpStatus, const QByteArray &body)
{
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (!looksLikeJson(body)) {
        ApiError error;
        error.command = m_command;
        error.httpStatus = httpStatus;
        const QByteArray trimmed = body.trimmed();
        if (trimmed.isEmpty()) {
            // A 2xx with no body is an API response cut off before it began.
            error.kind = success ? ApiError::Kind::Envelope : ApiError::Kind::Http;
            error.detail = tr("the response body is empty");
        } else {
            // Text that is not JSON (an HTML error page from a proxy or web server) is not a
            // response from the API at all, whatever the status.
            error.kind = ApiError::Kind::Http;
            error.detail = tr("the response is not JSON but starts with \"%1\"")
                                   .arg(QString::fromUtf8(trimmed.left(40)).simplified());
        }
        finish(error);
        return;
    }

    if (body.size() < offThreadParseBytes) {
        handleEnvelope(httpStatus, parseEnvelope(body));
        return;
    }
    m_parsing = true;
    auto *watcher = new QFutureWatcher<Envelope>(this);
    connect(watcher, &QFutureWatcher<Envelope>::finished, this, [this, watcher, httpStatus] {
        watcher->deleteLater();
        m_parsing = false;
        if (!m_finished)
            handleEnvelope(httpStatus, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body] {
        const Envelope envelope = parseEnvelope(body);
        qCDebug(lcApiHttp) << "parsed" << body.size() << "bytes on a worker thread";
        return envelope;
    }));
}

void ApiReply::handleEnvelope(int httpStatus, const Envelope &envelope)
{
    const bool success = httpStatus >= 200 && httpStatus < 300;
    ApiError error;
    error.command = m_command;
    error.httpStatus = httpStatus;
    if (!envelope.isValid()) {
        error.kind = success ? ApiError::Kind::Envelope : ApiError::Kind::Http;
        error.detail = envelope.error;
    } else if (!envelope.status) {
        // An envelope with status false carries the reason, also with a non-2xx status.
        error.kind = ApiError::Kind::Api;
        error.messages = envelope.messages;
        QStringList codes;
        for (const ApiMessage &message : envelope.messages)
            codes.append(message.code);
        error.detail = codes.join(QLatin1String(", "));
    } else if (!success) {
        error.kind = ApiError::Kind::Http;
        error.detail = tr("HTTP status %1 with a successful envelope").arg(httpStatus);
    } else {
        m_envelope = envelope;
    }
    finish(error);
}

bool ApiReply::retryIfAllowed(const ApiError &error)
{
    const int retryIndex = m_attempts - 1;
    if (!m_retry || retryIndex >= m_retryDelaysMs.size())
        return false;
    const int delayMs = m_retryDelaysMs.at(retryIndex);
    qCWarning(lcApi).noquote() << "Retrying" << m_command << "in" << delayMs << "ms after"
                               << ApiError::kindName(error.kind) << "error on attempt"
                               << m_attempts << "(" << error.detail << ")";
    emit retrying(m_attempts, delayMs);
    if (m_finished)
        return true; // a slot connected to retrying() called abort()
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::sendAttempt);
    }
    m_retryTimer->start(delayMs);
    return true;
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborting = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiError error;
    error.kind = ApiError::Kind::Aborted;
    error.command = m_command;
    finish(error);
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError())
        qCInfo(lcApi).noquote() << m_command << "failed after" << m_elapsed.elapsed() << "ms and"
                                << m_attempts << "attempts:" << ApiError::kindName(error.kind)
                                << error.httpStatus << error.detail;
    else
        qCDebug(lcApi).noquote() << m_command << "succeeded in" << m_elapsed.elapsed() << "ms";
    emit finished();
}

void ApiReply::finishLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

} // namespace ResellerDesk::Api
