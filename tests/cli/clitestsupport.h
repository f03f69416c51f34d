#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace CliTest {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the resellerdesk-cli binary and waits at most 60 s, keeping the event loop running so
// that loopback servers of the test can respond. stdinData, when not empty, is written to its
// standard input, which is then closed.
CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &stdinData = {});

// The system environment without the RESELLERDESK_* connection variables.
QProcessEnvironment cleanEnvironment();

// Converts a number or numeric string (the API sends both) to an int, or returns -1.
int toInt(const QJsonValue &value);

QByteArray httpResponse(
    const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body);

// Replies to every HTTP request on 127.0.0.1 with one fixed response, or never replies when
// the response is empty. In trickle mode it sends the response one byte every 50 ms.
class CannedServer : public QObject
{
public:
    explicit CannedServer(const QByteArray &response, bool trickle = false);

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const;

private:
    void accept();
    void respond(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_response;
    bool m_trickle = false;
    QHash<QTcpSocket *, QByteArray> m_requests;
    QHash<QTcpSocket *, qsizetype> m_sent;
};

} // namespace CliTest
