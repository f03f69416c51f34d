#include "clitestsupport.h"

#include <QJsonValue>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>

namespace CliTest {

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(RESELLERDESK_CLI_PATH), arguments);
    if (!stdinData.isEmpty() && process.waitForStarted()) {
        process.write(stdinData);
        process.closeWriteChannel();
    }
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }

    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RESELLERDESK_API_URL"));
    environment.remove(QStringLiteral("RESELLERDESK_TOKEN"));
    environment.remove(QStringLiteral("RESELLERDESK_HMAC_SECRET"));
    environment.remove(QStringLiteral("COLUMNS"));
    return environment;
}

int toInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    bool ok = false;
    const int number = value.toString().toInt(&ok);
    return ok ? number : -1;
}

QByteArray httpResponse(
    const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body)
{
    return statusLine + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

CannedServer::CannedServer(const QByteArray &response, bool trickle)
    : m_response(response)
    , m_trickle(trickle)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedServer::accept);
}

QString CannedServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void CannedServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { respond(socket); });
    }
}

// Waits for the whole request, so that closing the socket never discards unread bytes (which
// would reset the connection instead of delivering the response).
void CannedServer::respond(QTcpSocket *socket)
{
    QByteArray &request = m_requests[socket];
    request += socket->readAll();
    const qsizetype headerEnd = request.indexOf("\r\n\r\n");
    if (headerEnd < 0 || m_response.isEmpty())
        return;
    qsizetype contentLength = 0;
    for (const QByteArray &line : request.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (request.size() < headerEnd + 4 + contentLength)
        return;
    if (!m_trickle) {
        socket->write(m_response);
        socket->disconnectFromHost();
        return;
    }
    if (m_sent.contains(socket))
        return;
    m_sent.insert(socket, 0);
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [this, socket] {
        qsizetype &sent = m_sent[socket];
        if (sent < m_response.size())
            socket->write(m_response.mid(sent++, 1));
    });
    timer->start(50);
}

} // namespace CliTest
