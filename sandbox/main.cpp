#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using ResellerDesk::Sandbox::SandboxOptions;
using ResellerDesk::Sandbox::SandboxServer;

namespace {

// Environment variable that can carry the HMAC secret instead of the command line, where other
// users of the machine could read it.
constexpr char HmacSecretVariable[] = "RESELLERDESK_SANDBOX_HMAC_SECRET";

// Store of the demo store token that is added when no --store-token is given.
constexpr char DemoStoreId[] = "6";

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
    const QCommandLineOption storeTokenOption(
        QStringLiteral("store-token"),
        QCoreApplication::translate("main", "Store token that may use one store only, as "
                                            "STORE_ID=TOKEN; repeat for more stores (default: a "
                                            "random token for store %1).")
            .arg(QLatin1String(DemoStoreId)),
        QStringLiteral("STORE_ID=TOKEN"));
    const QCommandLineOption operatorDelayOption(
        QStringLiteral("operator-delay"),
        QCoreApplication::translate("main", "Seconds after which the simulated support operator "
                                            "answers a new ticket question (default 20)."),
        QStringLiteral("SECONDS"), QStringLiteral("20"));
    parser.addOptions({portOption, dataOption, tokenOption, secretOption, scaleOption,
                       storeTokenOption, operatorDelayOption});
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
    const double operatorDelay = parser.value(operatorDelayOption).toDouble(&ok);
    if (!ok || operatorDelay < 0 || operatorDelay > 86400) {
        err << QCoreApplication::translate("main", "The operator delay %1 is invalid. Pass a "
                                                   "number of seconds from 0 to 86400.")
                   .arg(parser.value(operatorDelayOption))
            << Qt::endl;
        return 2;
    }
    options.operatorReplyDelayMs = qRound(operatorDelay * 1000);
    for (const QString &pair : parser.values(storeTokenOption)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString storeId = pair.left(equals);
        bool isNumber = false;
        storeId.toUInt(&isNumber);
        // The message names the store only, because the rest of the value is a credential.
        if (equals < 1 || !isNumber || equals == pair.size() - 1) {
            err << QCoreApplication::translate("main", "The --store-token value for store \"%1\" "
                                                       "is invalid. Pass STORE_ID=TOKEN, such "
                                                       "as 6=my-store-token.")
                       .arg(equals < 0 ? QString() : storeId)
                << Qt::endl;
            return 2;
        }
        options.storeTokens.insert(storeId, pair.mid(equals + 1));
    }
    if (options.storeTokens.isEmpty()) {
        QByteArray bytes(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        options.storeTokens.insert(QLatin1String(DemoStoreId), QString::fromLatin1(bytes.toHex()));
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
    // The tokens are test credentials of the sandbox, so printing them is intended. The HMAC
    // secret is never printed.
    QTextStream out(stdout);
    out << "ResellerDesk sandbox listening on " << server.url().toString() << Qt::endl;
    out << "Token: " << server.token() << Qt::endl;
    for (auto it = options.storeTokens.cbegin(); it != options.storeTokens.cend(); ++it)
        out << "Store token (store " << it.key() << "): " << it.value() << Qt::endl;
    return app.exec();
}
