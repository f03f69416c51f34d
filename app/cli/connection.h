#pragma once

#include "api/connectionprofile.h"
#include "api/connectionsettings.h"
#include "exitcode.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace ResellerDesk::Sandbox {
class SandboxHost;
}

namespace ResellerDesk::Cli {

class CommandLine;
class Console;

// Connection settings of one resellerdesk-cli run, taken from the options, then the
// environment. With --sandbox it owns the embedded sandbox for the whole run.
class Connection
{
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Reads and validates the settings and starts the sandbox for --sandbox. On failure,
    // returns false and sets errorMessage and exitCode (ExitUsage for invalid values,
    // ExitTransport when the sandbox cannot start).
    bool open(const CommandLine &commandLine, const QProcessEnvironment &environment,
        QString *errorMessage, ExitCode *exitCode);

    // Runs open() and on failure prints the error: as a usage error for ExitUsage. Adds the
    // connection's secrets to the console's. Returns ExitSuccess or the failure's exit status.
    ExitCode openOrPrintError(const CommandLine &commandLine, Console &console);

    const Api::ConnectionSettings &settings() const { return m_settings; }
    // Token and HMAC secret in use, to be removed from anything printed.
    QStringList secrets() const;
    // Token and HMAC secret values given as options or environment variables, whether valid
    // or not, so that errors printed before open() can redact them too.
    static QStringList givenSecrets(
        const CommandLine &commandLine, const QProcessEnvironment &environment);

private:
    bool readTimeout(const CommandLine &commandLine, QString *errorMessage);
    static bool readSandboxScale(const CommandLine &commandLine, int *scale, QString *errorMessage);
    bool startSandbox(const CommandLine &commandLine, const Api::ProfileSecrets &profileSecrets,
        int scale, QString *errorMessage);

    Api::ConnectionSettings m_settings;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
};

} // namespace ResellerDesk::Cli
