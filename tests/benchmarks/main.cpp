// resellerdesk-benchmark-load: loads every domain of a large sandbox into the domain table
// model and its quick-filter proxy on the GUI thread. It reports the load time, the maximum
// event loop stall, the quick filter time per keystroke and the peak RSS against the targets.

#include "loadbenchmark.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace ResellerDesk::Benchmarks;

namespace {

// Targets: a stall over 50 ms is a visible hitch, a keystroke must fit one 60 Hz frame, and
// the app should stay a small desktop program with 100k rows loaded.
constexpr double maxStallTargetMs = 50;
constexpr double maxKeystrokeTargetMs = 16;
constexpr double maxRssTargetMiB = 200;

void printLine(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

void printReport(const LoadResult &result, int scale, double sandboxStartMs, double sandboxRssMiB)
{
    const bool stallMet = result.maxStallMs <= maxStallTargetMs;
    const bool keystrokeMet = result.maxKeystrokeMs <= maxKeystrokeTargetMs;
    const bool rssMet = result.peakRssMiB <= maxRssTargetMiB;

    printLine(QStringLiteral("sandbox scale: %1, ready after %2 ms, sandbox peak RSS %3 MiB")
                  .arg(scale)
                  .arg(sandboxStartMs, 0, 'f', 0)
                  .arg(sandboxRssMiB, 0, 'f', 1));
    printLine(QStringLiteral("rows loaded: %1").arg(result.rows));
    printLine(QStringLiteral("total load time: %1 ms").arg(result.loadMs, 0, 'f', 0));
    printLine(QStringLiteral("max UI-thread stall: %1 ms (thread CPU %6 ms) at %2 ms, %3 stalls "
                             "over 50 ms (target <= %4 ms: %5)")
                  .arg(result.maxStallMs, 0, 'f', 1)
                  .arg(result.maxStallAtMs, 0, 'f', 0)
                  .arg(result.stallsOver50Ms)
                  .arg(maxStallTargetMs)
                  .arg(verdict(stallMet))
                  .arg(result.maxStallCpuMs, 0, 'f', 1));
    printLine(QStringLiteral("max GUI thread CPU time between two 5 ms ticks: %1 ms")
                  .arg(result.maxBusyMs, 0, 'f', 1));
    printLine(QStringLiteral("max rows insert (model + proxy, one page): %1 ms")
                  .arg(result.maxInsertMs, 0, 'f', 1));
    for (int i = 0; i < result.keystrokes.size(); ++i) {
        const double ms = result.keystrokes.at(i).second;
        const double setMs = result.keystrokeSetMs.at(i);
        printLine(QStringLiteral("quick filter \"%1\": %2 ms (setQuickFilter %3 ms, first "
                                 "rowCount %4 ms, thread CPU %6 ms, matching alone %7 ms), "
                                 "%5 rows")
                      .arg(result.keystrokes.at(i).first)
                      .arg(ms, 0, 'f', 2)
                      .arg(setMs, 0, 'f', 2)
                      .arg(ms - setMs, 0, 'f', 2)
                      .arg(result.keystrokeRows.at(i))
                      .arg(result.keystrokeCpuMs.at(i), 0, 'f', 2)
                      .arg(result.keystrokeMatchMs.at(i), 0, 'f', 2));
    }
    printLine(QStringLiteral("max quick filter keystroke: %1 ms (target <= %2 ms: %3)")
                  .arg(result.maxKeystrokeMs, 0, 'f', 2)
                  .arg(maxKeystrokeTargetMs)
                  .arg(verdict(keystrokeMet)));
    printLine(QStringLiteral("per page of %1 items (%5 KiB): JSON parse %2 ms (worker thread "
                             "above 64 KiB), row conversion %3 ms, conversion with sorted proxy "
                             "%4 ms")
                  .arg(result.pageSize)
                  .arg(result.pageParseMs, 0, 'f', 2)
                  .arg(result.pageConvertMs, 0, 'f', 2)
                  .arg(result.pageConvertWithProxyMs, 0, 'f', 2)
                  .arg(result.pageBodyBytes / 1024.0, 0, 'f', 0));
    printLine(QStringLiteral("peak RSS: %1 MiB (target <= %2 MiB: %3)")
                  .arg(result.peakRssMiB, 0, 'f', 1)
                  .arg(maxRssTargetMiB)
                  .arg(verdict(rssMet)));

    QJsonArray keystrokes;
    for (int i = 0; i < result.keystrokes.size(); ++i) {
        keystrokes.append(QJsonObject { { QStringLiteral("text"), result.keystrokes.at(i).first },
            { QStringLiteral("ms"), result.keystrokes.at(i).second },
            { QStringLiteral("set_ms"), result.keystrokeSetMs.at(i) },
            { QStringLiteral("cpu_ms"), result.keystrokeCpuMs.at(i) },
            { QStringLiteral("match_ms"), result.keystrokeMatchMs.at(i) },
            { QStringLiteral("rows"), result.keystrokeRows.at(i) } });
    }
    const QJsonObject json {
        { QStringLiteral("scale"), scale },
        { QStringLiteral("rows"), result.rows },
        { QStringLiteral("sandbox_ready_ms"), sandboxStartMs },
        { QStringLiteral("sandbox_peak_rss_mib"), sandboxRssMiB },
        { QStringLiteral("load_ms"), result.loadMs },
        { QStringLiteral("max_stall_ms"), result.maxStallMs },
        { QStringLiteral("stalls_over_50_ms"), result.stallsOver50Ms },
        { QStringLiteral("max_stall_cpu_ms"), result.maxStallCpuMs },
        { QStringLiteral("max_busy_ms"), result.maxBusyMs },
        { QStringLiteral("max_insert_ms"), result.maxInsertMs },
        { QStringLiteral("keystrokes"), keystrokes },
        { QStringLiteral("max_keystroke_ms"), result.maxKeystrokeMs },
        { QStringLiteral("page_size"), result.pageSize },
        { QStringLiteral("page_body_bytes"), result.pageBodyBytes },
        { QStringLiteral("page_parse_ms"), result.pageParseMs },
        { QStringLiteral("page_convert_ms"), result.pageConvertMs },
        { QStringLiteral("page_convert_with_proxy_ms"), result.pageConvertWithProxyMs },
        { QStringLiteral("peak_rss_mib"), result.peakRssMiB },
        { QStringLiteral("stall_target_met"), stallMet },
        { QStringLiteral("keystroke_target_met"), keystrokeMet },
        { QStringLiteral("rss_target_met"), rssMet },
    };
    printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("resellerdesk-benchmark-load"));
    QLoggingCategory::setFilterRules(QStringLiteral("resellerdesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads every domain of a resellerdesk-sandbox child process into the domain "
        "table model and reports load time, stalls, quick filter time and peak RSS."));
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QStringLiteral("Path of resellerdesk-sandbox."), QStringLiteral("path"),
        QStringLiteral(RESELLERDESK_SANDBOX_PATH));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("Number of generated domains."), QStringLiteral("count"),
        QStringLiteral("100000"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
        QStringLiteral("Text typed into the quick filter."), QStringLiteral("text"),
        QStringLiteral("greenleaf"));
    const QCommandLineOption sortOption(QStringLiteral("sort-column"),
        QStringLiteral("Column to sort by, as after a header click. Default -1: arrival order."),
        QStringLiteral("column"), QStringLiteral("-1"));
    parser.addOptions({ sandboxOption, scaleOption, filterOption, sortOption });
    parser.process(app);

    bool scaleOk = false;
    const int scale = parser.value(scaleOption).toInt(&scaleOk);
    bool sortOk = false;
    const int sortColumn = parser.value(sortOption).toInt(&sortOk);
    if (!scaleOk || scale < 0 || !sortOk || sortColumn < -1) {
        std::fputs("Invalid --scale or --sort-column value. Pass a count >= 0 and a column "
                   ">= -1.\n",
            stderr);
        return 2;
    }

    SandboxProcess sandbox;
    QString error;
    QElapsedTimer sandboxTimer;
    sandboxTimer.start();
    // Seeding 100k domains takes a while on a slow machine, so allow 10 minutes.
    if (!sandbox.start(parser.value(sandboxOption),
            { QStringLiteral("--scale"), QString::number(scale) }, 600000, &error)) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    const double sandboxStartMs = sandboxTimer.nsecsElapsed() / 1e6;

    LoadBenchmark benchmark;
    benchmark.sortColumn = sortColumn;
    benchmark.filterText = parser.value(filterOption);
    LoadResult result;
    if (!benchmark.run(sandbox.url(), sandbox.token(), &result, &error)) {
        std::fputs(qPrintable(QStringLiteral("Load failed: ") + error + u'\n'), stderr);
        return 1;
    }
    const double sandboxRssMiB = peakRssMiB(QString::number(sandbox.processId()));
    sandbox.stop();

    printReport(result, scale, sandboxStartMs, sandboxRssMiB);
    return 0;
}
