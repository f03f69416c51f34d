#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using ResellerDesk::Sandbox::SandboxOptions;
using ResellerDesk::Sandbox::SandboxServer;

namespace {

// Environment variable that can carry the HMAC secret instead of the command line, where other
// users of the machine could read it.
constexpr char HmacSecretVariable[] = "RESELLERDESK_SANDBOX_HMAC_SECRET";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("resellerdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESELLERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Serves a local copy of the ICDSoft reseller API with demo data on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "TCP port to listen on (default 0: a free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("main", "SQLite file for the data. A new file is seeded, an "
                                            "existing one is reused (default: in memory)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QCoreApplication::translate("main", "API token that clients must send (default: random)."),
        QStringLiteral("T"));
    const QCommandLineOption secretOption(
        QStringLiteral("hmac-secret"),
        QCoreApplication::translate("main", "HMAC secret that requests must be signed with "
                                            "(default: %1, or no signing when unset).")
            .arg(QLatin1String(HmacSecretVariable)),
        QStringLiteral("S"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("main", "Number of generated domains on top of the demo "
                                            "data, with proportionate accounts, orders and "
                                            "tickets (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({portOption, dataOption, tokenOption, secretOption, scaleOption});
    parser.process(app);

    QTextStream err(stderr);
    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << QCoreApplication::translate("main", "The port %1 is invalid. Pass a number from 0 "
                                                   "to 65535.")
                   .arg(parser.value(portOption))
            << Qt::endl;
        return 2;
    }
    options.port = static_cast<quint16>(port);
    options.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || options.scale < 0) {
        err << QCoreApplication::translate("main", "The scale %1 is invalid. Pass 0 or a positive "
                                                   "number of domains.")
                   .arg(parser.value(scaleOption))
            << Qt::endl;
        return 2;
    }
    options.dataFile = parser.value(dataOption);
    options.token = parser.value(tokenOption);
    options.hmacSecret = parser.isSet(secretOption)
                             ? parser.value(secretOption)
                             : qEnvironmentVariable(HmacSecretVariable);

    SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    // The token is a test credential of the sandbox, so printing it is intended. The HMAC
    // secret is never printed.
    QTextStream out(stdout);
    out << "ResellerDesk sandbox listening on " << server.url().toString() << Qt::endl;
    out << "Token: " << server.token() << Qt::endl;
    return app.exec();
}
