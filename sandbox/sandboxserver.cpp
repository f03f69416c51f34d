#include "sandbox/sandboxserver.h"

#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/commerceschema.h"
#include "sandbox/datagenerator.h"
#include "sandbox/democp.h"
#include "sandbox/errormessagetext.h"
#include "sandbox/requestauthenticator.h"
#include "sandbox/requestpayload.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxschema.h"
#include "sandbox/supportdata.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "resellerdesk.sandbox")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxServer", text);
}

QString randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

// Every envelope, errors included, goes out with HTTP 200 because the service reports failures
// in `status` and `messages`. Only requests that are not API calls at all get another status.
QHttpServerResponse envelopeResponse(const CommandResult &result)
{
    QJsonObject envelope = result.toEnvelope();
    envelope.insert(QStringLiteral("messages"), addErrorTexts(result.messages));
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(envelope).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode::Ok);
}

} // namespace

class SandboxServerImpl
{
public:
    bool openDatabase(QString *errorMessage);
    QHttpServerResponse handle(const QString &command, const QHttpServerRequest &request);
    bool readPayload(const QHttpServerRequest &request, RequestPayload *payload,
                     CommandResult *error) const;

    SandboxOptions options;
    QString connectionName;
    QSqlDatabase database;
    std::unique_ptr<QHttpServer> http;
    QUrl url;
    QString token;
    RequestAuthenticator authenticator;
    CommandRegistry registry;
};

bool SandboxServerImpl::openDatabase(QString *errorMessage)
{
    static QAtomicInt serial;
    connectionName = QStringLiteral("resellerdesk-sandbox-%1").arg(serial.fetchAndAddRelaxed(1));
    const bool inMemory = options.dataFile.isEmpty();
    const bool isNew = inMemory || !QFileInfo::exists(options.dataFile);
    database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    database.setDatabaseName(inMemory ? QStringLiteral(":memory:") : options.dataFile);
    if (!database.open()) {
        *errorMessage = tr("Failed to open the sandbox database %1: %2. Check that the folder "
                           "exists and is writable.")
                            .arg(inMemory ? QStringLiteral(":memory:") : options.dataFile,
                                 database.lastError().text());
        return false;
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    if (!isNew) {
        QSqlQuery probe(database);
        if (!probe.exec(QStringLiteral("SELECT today FROM sandbox_clock"))) {
            *errorMessage = tr("The file %1 is not a sandbox database. Pass a new file name or a "
                               "file that the sandbox created.")
                                .arg(options.dataFile);
            return false;
        }
        // days_to_expire counts from today, not from the day the file was seeded.
        Schema::setToday(database, today.toString(Qt::ISODate));
        qCInfo(lcSandbox) << "Opened existing sandbox database" << options.dataFile;
        return true;
    }

    QElapsedTimer timer;
    timer.start();
    if (!Schema::create(database, errorMessage) || !CommerceSchema::create(database, errorMessage)
        || !DataGenerator(today).seed(database, options.scale, errorMessage))
        return false;
    qCInfo(lcSandbox) << "Seeded the sandbox database with scale" << options.scale << "in"
                      << timer.elapsed() << "ms";
    return true;
}

bool SandboxServerImpl::readPayload(const QHttpServerRequest &request, RequestPayload *payload,
                                    CommandResult *error) const
{
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toUtf8();
    if (request.method() == QHttpServerRequest::Method::Get || request.body().isEmpty()) {
        payload->parseForm(query);
        return true;
    }
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type")).toLower();
    const QByteArray body = request.body();
    const bool isForm = contentType.startsWith("application/x-www-form-urlencoded");
    if (isForm || (contentType.isEmpty() && !body.trimmed().startsWith('{'))) {
        payload->parseForm(body);
        return true;
    }
    if (!contentType.isEmpty() && !contentType.contains("json")) {
        // NOTE: the service also takes multipart/form-data, which the sandbox does not.
        *error = CommandResult::error(
            QStringLiteral("invalid:content_type"),
            {{QStringLiteral("value"), QString::fromLatin1(contentType)},
             {QStringLiteral("reason"),
              QStringLiteral("send application/json or application/x-www-form-urlencoded")}});
        return false;
    }
    QString message;
    if (!payload->parseJson(body, &message)) {
        *error = CommandResult::error(QStringLiteral("invalid_json"),
                                      {{QStringLiteral("reason"), message}});
        return false;
    }
    return true;
}

QHttpServerResponse SandboxServerImpl::handle(const QString &command,
                                              const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const CommandHandler *handler = registry.find(command);
    if (!handler) {
        qCInfo(lcSandbox) << "Rejected unknown command" << command;
        return envelopeResponse(CommandResult::error(QStringLiteral("invalid_command"),
                                                     {{QStringLiteral("command"), command}}));
    }

    RequestPayload payload;
    CommandResult error;
    if (!readPayload(request, &payload, &error)) {
        qCInfo(lcSandbox) << "Rejected" << command << "with an unreadable body:"
                          << error.messages.first()[QStringLiteral("code")].toString();
        return envelopeResponse(error);
    }

    QString storeId;
    const std::optional<CommandResult> rejection = authenticator.authenticate(
        command, payload, request.value(QByteArrayLiteral("X-Auth-Token")),
        request.value(QByteArrayLiteral("X-Auth-Signature")),
        QDateTime::currentSecsSinceEpoch(), &storeId);
    if (rejection)
        return envelopeResponse(*rejection);

    QTimeZone zone = QTimeZone::utc();
    const QString tz = payload.text(QStringLiteral("tz"));
    if (!tz.isEmpty()) {
        zone = QTimeZone(tz.toUtf8());
        if (!zone.isValid()) {
            qCInfo(lcSandbox) << "Rejected" << command << "with the unknown time zone" << tz;
            return envelopeResponse(CommandResult::error(
                QStringLiteral("invalid:tz"),
                {{QStringLiteral("value"), tz},
                 {QStringLiteral("reason"),
                  QStringLiteral("expected an IANA time zone such as Europe/Sofia")}}));
        }
    }

    const CommandContext context{payload, database, zone, storeId};
    const CommandResult result = (*handler)(context);
    qCDebug(lcSandbox) << command << (result.status ? "succeeded" : "failed") << "in"
                       << timer.elapsed() << "ms";
    return envelopeResponse(result);
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent), m_impl(std::make_unique<SandboxServerImpl>())
{
    registerAccountCommands(m_impl->registry);
    registerDomainCommands(m_impl->registry);
    registerOrderCommands(m_impl->registry);
    registerTicketCommands(m_impl->registry);
    registerTicketWriteCommands(m_impl->registry);
    registerCertificateCommands(m_impl->registry);
    registerBillingCommands(m_impl->registry);
    registerDomainToolCommands(m_impl->registry);
    registerDemoCpCommands(m_impl->registry);
    registerVideoCommands(m_impl->registry);
    registerReferenceCommands(m_impl->registry);
    registerStoreCommands(m_impl->registry);
    registerCatalogCommands(m_impl->registry);
    registerOrderWriteCommands(m_impl->registry);
    registerPaymentCommands(m_impl->registry);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const SandboxOptions &options, QString *errorMessage)
{
    stop();
    QString error;
    m_impl->options = options;
    if (options.scale < 0) {
        error = tr("The scale %1 is invalid. Pass 0 or a positive number of domains.")
                    .arg(options.scale);
    } else if (m_impl->openDatabase(&error)) {
        m_impl->token = options.token.isEmpty() ? randomToken() : options.token;
        m_impl->authenticator.configure(m_impl->token, options.storeTokens, options.hmacSecret);

        m_impl->http = std::make_unique<QHttpServer>();
        SandboxServerImpl *impl = m_impl.get();
        m_impl->http->route(QStringLiteral("/<arg>"),
                            QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post,
                            [impl](const QString &command, const QHttpServerRequest &request) {
                                return impl->handle(command, request);
                            });
        m_impl->http->route(QString::fromLatin1(DemoCp::LoginPath), QHttpServerRequest::Method::Get,
                            [impl](const QHttpServerRequest &request) {
                                return DemoCp::serveLogin(impl->database, request);
                            });
        const quint16 port = m_impl->http->listen(QHostAddress::LocalHost, options.port);
        if (port == 0) {
            error = tr("Failed to listen on 127.0.0.1 port %1. Pick another port, or 0 for a "
                       "free one.")
                        .arg(options.port);
        } else {
            m_impl->url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
            if (SupportData::prepare(m_impl->database, today, m_impl->url,
                                     options.operatorReplyDelayMs, &error)) {
                qCInfo(lcSandbox) << "Sandbox listening on" << m_impl->url.toString()
                                  << (options.hmacSecret.isEmpty() ? "without" : "with")
                                  << "HMAC signatures";
                return true;
            }
            m_impl->url.clear();
        }
    }
    qCWarning(lcSandbox).noquote() << "Sandbox failed to start:" << error;
    if (errorMessage)
        *errorMessage = error;
    stop();
    return false;
}

void SandboxServer::stop()
{
    const bool wasListening = m_impl->http != nullptr && !m_impl->url.isEmpty();
    m_impl->http.reset();
    m_impl->url.clear();
    if (m_impl->database.isValid()) {
        m_impl->database.close();
        m_impl->database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_impl->connectionName);
    }
    if (wasListening)
        qCInfo(lcSandbox) << "Sandbox stopped";
}

bool SandboxServer::isListening() const
{
    return !m_impl->url.isEmpty();
}

QUrl SandboxServer::url() const
{
    return m_impl->url;
}

QString SandboxServer::token() const
{
    return m_impl->token;
}

} // namespace ResellerDesk::Sandbox
