#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace ResellerDesk::Benchmarks {

// The resellerdesk-sandbox executable as a child process. It reads the base URL and the
// token from the child's stdout, so the benchmark's own process contains none of the
// sandbox's database.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts program with arguments and runs the event loop until the child printed its URL
    // and token, exited, or timeoutMs passed. Returns false with errorMessage set on failure.
    bool start(
        const QString &program, const QStringList &arguments, int timeoutMs, QString *errorMessage);
    // Terminates the child and waits for it to exit.
    void stop();

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    qint64 processId() const { return m_process.processId(); }

private:
    // Looks for the URL and token in the output read so far. Returns true once both are known.
    bool parseOutput();

    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
    QString m_token;
};

} // namespace ResellerDesk::Benchmarks
