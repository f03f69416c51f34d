#include "sandboxprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace ResellerDesk::Benchmarks {

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(
    const QString &program, const QStringList &arguments, int timeoutMs, QString *errorMessage)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    // The child's log stays visible, but its stdout is parsed for the URL and token.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The client here sends no signature, so the child must not pick up a secret from the
    // caller's environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RESELLERDESK_SANDBOX_HMAC_SECRET"));
    environment.insert(
        QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("resellerdesk.*.debug=false"));
    m_process.setProcessEnvironment(environment);
    // A crashed or killed benchmark must not leave a sandbox with 100k domains behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        m_output += m_process.readAllStandardOutput();
        if (parseOutput())
            loop.quit();
    });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);

    m_process.start();
    deadline.start(timeoutMs);
    loop.exec();
    QObject::disconnect(&m_process, nullptr, &loop, nullptr);

    if (!m_url.isEmpty() && !m_token.isEmpty())
        return true;

    if (m_process.state() == QProcess::NotRunning)
        *errorMessage = QStringLiteral("%1 exited before printing its URL and token (%2).")
                            .arg(program, m_process.errorString());
    else
        *errorMessage = QStringLiteral("%1 printed no URL and token within %2 s.")
                            .arg(program)
                            .arg(timeoutMs / 1000);
    stop();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::parseOutput()
{
    // Accepts either a JSON object line {"url": ..., "token": ...} or plain lines that
    // contain a loopback URL and "token: VALUE" (or "token=VALUE").
    static const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    static const QRegularExpression tokenPattern(
        QStringLiteral("token\\s*[:=]\\s*\"?([A-Za-z0-9_.~+/=-]+)"),
        QRegularExpression::CaseInsensitiveOption);

    for (const QByteArray &line : m_output.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(QStringLiteral("url")) && object.contains(QStringLiteral("token"))) {
            m_url = QUrl(object.value(QStringLiteral("url")).toString());
            m_token = object.value(QStringLiteral("token")).toString();
            continue;
        }
        const QString text = QString::fromUtf8(line);
        const QRegularExpressionMatch urlMatch = urlPattern.match(text);
        if (urlMatch.hasMatch() && m_url.isEmpty())
            m_url = QUrl(urlMatch.captured(1));
        const QRegularExpressionMatch tokenMatch = tokenPattern.match(text);
        if (tokenMatch.hasMatch() && m_token.isEmpty())
            m_token = tokenMatch.captured(1);
    }
    return !m_url.isEmpty() && !m_token.isEmpty();
}

} // namespace ResellerDesk::Benchmarks
