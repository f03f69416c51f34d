// resellerdesk-benchmark-thread: opens a ticket thread with three 20 MiB attachments in the
// ticket window and saves all of them, as a support person would, then sends a reply with
// three other 20 MiB attachments from the same window. It reports the time of each step, the
// maximum UI-thread stall of each and the peak RSS against the targets.
//
// The attachments are uploaded by a child process of this program (--seed), so building the
// 80 MB upload request does not count in the measured process's peak RSS.

#include "loadbenchmark.h"
#include "sandboxprocess.h"
#include "stallmonitor.h"

#include "ui/attachmentpanel.h"
#include "ui/messageeditor.h"
#include "ui/ticketwindow.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "models/draftstore.h"
#include "models/ticketthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace ResellerDesk;
using namespace ResellerDesk::Benchmarks;

namespace {

// The reference's example ticket, which the sandbox's demo data contains and which accepts a
// reply because the operator has answered it.
constexpr qlonglong ticketId = 935470;
constexpr int attachmentCount = 3;
constexpr qsizetype attachmentBytes = Api::TicketAttachmentUpload::maxDataSize;
// A stall over 50 ms is a visible hitch. Downloads run one at a time, but one 20 MiB download
// keeps the response body, its base64 text as UTF-16 and the decoded file in memory at once,
// about 5 times the file size. The RSS target is an estimate with room for that.
constexpr double maxStallTargetMs = 50;
constexpr double maxRssTargetMiB = 400;

void printLine(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

Api::ApiClient *makeClient(const QUrl &url, const QString &token, QObject *parent)
{
    Api::ConnectionSettings settings;
    settings.baseUrl = url;
    settings.token = token;
    settings.timeoutMs = 120000;
    return new Api::ApiClient(settings, parent);
}

// Returns three incompressible 20 MiB files named prefix-1.bin to prefix-3.bin.
QList<Api::TicketAttachmentUpload> largeAttachments(const QString &prefix, quint32 seedValue)
{
    QList<Api::TicketAttachmentUpload> attachments;
    QRandomGenerator generator(seedValue);
    for (int i = 0; i < attachmentCount; ++i) {
        QByteArray data(attachmentBytes, Qt::Uninitialized);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()),
                            data.size() / qsizetype(sizeof(quint32)));
        attachments.append({QStringLiteral("%1-%2.bin").arg(prefix).arg(i + 1),
                            QStringLiteral("application/octet-stream"), data});
    }
    return attachments;
}

// Reloads the thread until the simulated operator has answered, so that a reply is allowed.
bool waitUntilReplyAllowed(Models::TicketThread *thread)
{
    QElapsedTimer clock;
    clock.start();
    while (!thread->canSend() && clock.elapsed() < 60000) {
        QSignalSpy loaded(thread, &Models::TicketThread::loaded);
        thread->reload();
        if (!loaded.wait(10000))
            return false;
    }
    return thread->canSend();
}

// Uploads three incompressible 20 MiB files as one reply to the ticket.
int seed(const QUrl &url, const QString &token)
{
    Api::TicketReplyRequest request;
    request.ticketId = ticketId;
    request.question = QStringLiteral("Three large files for the thread benchmark.");
    request.attachments = largeAttachments(QStringLiteral("large"), 7);
    QObject owner;
    Api::ApiClient *client = makeClient(url, token, &owner);
    std::unique_ptr<Api::ApiReply> reply(Api::ApiCommands(client).ticketReply(request));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(300000) || !reply->isOk()) {
        std::fputs(qPrintable(QStringLiteral("Seeding failed: %1\n")
                                      .arg(reply->error().userMessage())),
                   stderr);
        return 1;
    }
    return 0;
}

int run(const QString &sandboxPath)
{
    SandboxProcess sandbox;
    QString error;
    // The simulated operator answers the seeded reply at once, so the measured process may
    // reply again.
    if (!sandbox.start(sandboxPath, {QStringLiteral("--operator-delay"), QStringLiteral("0.1")},
                       60000, &error)) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const int seeded = QProcess::execute(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--seed"), sandbox.url().toString(),
                                          sandbox.token()});
    if (seeded != 0)
        return 1;
    const double seedMs = clock.nsecsElapsed() / 1e6;
    const double rssBeforeMiB = peakRssMiB();

    QObject owner;
    Api::ApiClient *client = makeClient(sandbox.url(), sandbox.token(), &owner);
    QTemporaryDir folder;
    StallMonitor monitor;
    monitor.start();
    clock.restart();
    auto *window = new Ui::TicketWindow(client, ticketId);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->setDraftStore(Models::DraftStore(folder.filePath(QStringLiteral("drafts"))));
    window->show();
    QSignalSpy loaded(window->thread(), &Models::TicketThread::loaded);
    if (!loaded.wait(60000)) {
        std::fputs("Opening the thread failed or timed out.\n", stderr);
        return 1;
    }
    const double openMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    QSignalSpy saved(window->attachmentPanel(), &Ui::AttachmentPanel::saveFinished);
    window->attachmentPanel()->saveAll(folder.path());
    if (!saved.wait(300000)) {
        std::fputs("Saving the attachments timed out.\n", stderr);
        return 1;
    }
    const double saveMs = clock.nsecsElapsed() / 1e6;
    monitor.stop();
    const double rssAfterSaveMiB = peakRssMiB();

    // Sending: the same window sends a reply with three other 20 MiB files, through the
    // editor and its draft like a user would, until the service confirms it.
    if (!waitUntilReplyAllowed(window->thread())) {
        std::fputs("The thread does not allow a reply.\n", stderr);
        return 1;
    }
    const QList<Api::TicketAttachmentUpload> outgoing =
            largeAttachments(QStringLiteral("outgoing"), 11);
    StallMonitor sendMonitor;
    sendMonitor.start();
    clock.restart();
    window->editor()->setText(QStringLiteral("Three large files sent by the thread benchmark."));
    window->editor()->setAttachments(outgoing);
    QSignalSpy confirmed(window->thread(), &Models::TicketThread::replyConfirmed);
    QSignalSpy failed(window->thread(), &Models::TicketThread::replyFailed);
    emit window->editor()->sendRequested();
    if (!confirmed.wait(300000)) {
        std::fprintf(stderr, "Sending the reply failed: %s\n",
                     failed.isEmpty() ? "timed out" : qPrintable(failed.first().at(0).toString()));
        return 1;
    }
    const double sendMs = clock.nsecsElapsed() / 1e6;
    sendMonitor.stop();
    const QStringList paths = saved.first().at(0).toStringList();
    const QStringList errors = saved.first().at(1).toStringList();
    qint64 largeBytes = 0;
    for (const QString &path : paths) {
        if (QFileInfo(path).fileName().startsWith(u"large-"))
            largeBytes += QFileInfo(path).size();
    }
    delete window;
    sandbox.stop();

    const double rssMiB = peakRssMiB();
    printLine(QStringLiteral("seeding (child process, not measured): %1 ms")
                      .arg(seedMs, 0, 'f', 0));
    printLine(QStringLiteral("thread opened in %1 ms; %2 files saved (%3 MiB of the large "
                             "ones) in %4 ms, %5 errors")
                      .arg(openMs, 0, 'f', 0)
                      .arg(paths.size())
                      .arg(largeBytes / 1048576.0, 0, 'f', 1)
                      .arg(saveMs, 0, 'f', 0)
                      .arg(errors.size()));
    for (const QString &message : errors)
        printLine(QStringLiteral("  error: ") + message);
    printLine(QStringLiteral("max UI-thread stall: %1 ms (thread CPU %2 ms), %3 stalls over 50 "
                             "ms (target <= %4 ms: %5)")
                      .arg(monitor.maxGapMs(), 0, 'f', 1)
                      .arg(monitor.maxGapCpuMs(), 0, 'f', 1)
                      .arg(monitor.gapsOver(50))
                      .arg(maxStallTargetMs)
                      .arg(monitor.maxGapMs() <= maxStallTargetMs ? u"met" : u"MISSED"));
    printLine(QStringLiteral("max GUI thread CPU time between two 5 ms ticks: %1 ms")
                      .arg(monitor.maxBusyMs(), 0, 'f', 1));
    printLine(QStringLiteral("reply with %1 x 20 MiB sent and confirmed in %2 ms")
                      .arg(attachmentCount)
                      .arg(sendMs, 0, 'f', 0));
    printLine(QStringLiteral("max UI-thread stall while sending: %1 ms (thread CPU %2 ms), %3 "
                             "stalls over 50 ms (target <= %4 ms: %5)")
                      .arg(sendMonitor.maxGapMs(), 0, 'f', 1)
                      .arg(sendMonitor.maxGapCpuMs(), 0, 'f', 1)
                      .arg(sendMonitor.gapsOver(50))
                      .arg(maxStallTargetMs)
                      .arg(sendMonitor.maxGapMs() <= maxStallTargetMs ? u"met" : u"MISSED"));
    printLine(QStringLiteral("max GUI thread CPU time between two 5 ms ticks while sending: %1 "
                             "ms")
                      .arg(sendMonitor.maxBusyMs(), 0, 'f', 1));
    printLine(QStringLiteral("peak RSS: %1 MiB (%2 MiB before opening, %3 MiB after saving; "
                             "target <= %4 MiB: %5)")
                      .arg(rssMiB, 0, 'f', 1)
                      .arg(rssBeforeMiB, 0, 'f', 1)
                      .arg(rssAfterSaveMiB, 0, 'f', 1)
                      .arg(maxRssTargetMiB)
                      .arg(rssMiB <= maxRssTargetMiB ? u"met" : u"MISSED"));
    return errors.isEmpty() && largeBytes == attachmentCount * attachmentBytes ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("resellerdesk-benchmark-thread"));
    QLoggingCategory::setFilterRules(QStringLiteral("resellerdesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Opens a ticket thread with three 20 MiB attachments from a resellerdesk-sandbox "
            "child process, saves them all, sends a reply with three 20 MiB attachments and "
            "reports stalls and peak RSS."));
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QStringLiteral("Path of resellerdesk-sandbox."),
                                           QStringLiteral("path"),
                                           QStringLiteral(RESELLERDESK_SANDBOX_PATH));
    const QCommandLineOption seedOption(
            QStringLiteral("seed"),
            QStringLiteral("Internal: upload the attachments to the sandbox at <url> and exit. "
                           "The token is the first positional argument."),
            QStringLiteral("url"));
    parser.addOptions({sandboxOption, seedOption});
    parser.process(app);
    if (parser.isSet(seedOption)) {
        if (parser.positionalArguments().size() != 1) {
            std::fputs("--seed needs the sandbox token as the only positional argument.\n",
                       stderr);
            return 2;
        }
        return seed(QUrl(parser.value(seedOption)), parser.positionalArguments().first());
    }
    return run(parser.value(sandboxOption));
}
