#include "replywaiter.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "clilogging.h"
#include "console.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::ReplyWaiter", text);
}

} // namespace

qint64 ReplyWaiter::deadlineMs(const Api::ApiClient &client)
{
    qint64 total = qint64(client.settings().timeoutMs) * (1 + client.retryDelaysMs().size());
    for (const int delayMs : client.retryDelaysMs())
        total += delayMs;
    return total;
}

ExitCode ReplyWaiter::wait(Api::ApiClient &client, Api::ApiReply *reply, const Console &console)
{
    const QString command = reply->command();
    QObject::connect(reply, &Api::ApiReply::retrying, reply, [command](int attempt, int delayMs) {
        qCInfo(lcCli) << "Retrying" << command << "attempt" << attempt << "in" << delayMs << "ms";
    });

    // Qt's transfer timeout restarts whenever data arrives, so the CLI does not rely on it
    // alone against a server that sends a byte now and then. This deadline bounds the whole
    // call: every attempt's timeout plus the delays between retries.
    const qint64 deadline = deadlineMs(client);
    bool deadlinePassed = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, [&deadlinePassed, reply] {
        deadlinePassed = true;
        reply->abort();
    });

    QEventLoop loop;
    QObject::connect(reply, &Api::ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        timer.start(std::chrono::milliseconds(deadline));
        loop.exec();
    }

    if (deadlinePassed) {
        console.printError(tr("The command \"%1\" timed out: no complete response within %2 s. "
                              "Check the API address, or raise --timeout.")
                               .arg(command)
                               .arg(double(deadline) / 1000));
        return ExitTransport;
    }
    if (!reply->isOk())
        return console.printApiError(reply->error());

    for (const Api::ApiMessage &message : reply->messages()) {
        if (message.type == QLatin1String("warning"))
            console.printError(tr("Warning: %1 [%2]").arg(message.describe(), message.code));
    }
    return ExitSuccess;
}

} // namespace ResellerDesk::Cli
