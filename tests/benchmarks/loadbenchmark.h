#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ResellerDesk::Benchmarks {

// Figures of one benchmark run. Times are in milliseconds, memory in MiB.
struct LoadResult
{
    int rows = 0;
    double loadMs = 0;
    double maxStallMs = 0;
    // Time since the load started at which the longest stall ended.
    double maxStallAtMs = 0;
    int stallsOver50Ms = 0;
    // CPU time of the GUI thread during the longest stall.
    double maxStallCpuMs = 0;
    // Maximum GUI thread CPU time between two ticks of the stall monitor.
    double maxBusyMs = 0;
    // Maximum time between rowsAboutToBeInserted and rowsInserted of one page, including the
    // proxy's handling of the new rows.
    double maxInsertMs = 0;
    // Quick filter text and the time setQuickFilter() took over all rows.
    QList<QPair<QString, double>> keystrokes;
    // Part of each keystroke spent in setQuickFilter() itself. The rest is the proxy's
    // mapping rebuild on the following rowCount().
    QList<double> keystrokeSetMs;
    // GUI thread CPU time of each keystroke, which excludes time spent waiting for a core.
    QList<double> keystrokeCpuMs;
    // Time of the string matching alone for the same text, measured outside the proxy.
    QList<double> keystrokeMatchMs;
    QList<int> keystrokeRows;
    double maxKeystrokeMs = 0;
    // Per page of pageSize items, averaged over several repetitions.
    int pageSize = 0;
    int pageBodyBytes = 0;
    double pageParseMs = 0;
    double pageConvertMs = 0;
    double pageConvertWithProxyMs = 0;
    double peakRssMiB = 0;
};

// Loads every domain of a running sandbox into an EntityTableModel behind a
// QuickFilterProxyModel on the calling (GUI) thread, and measures the load, the event loop
// stalls during it, the quick filter per keystroke and the per-page cost of each layer.
class LoadBenchmark
{
public:
    // Column to sort the proxy by, as after a click on a header; -1 leaves the rows in the
    // order they arrived, which is how the domain tab opens.
    int sortColumn = -1;
    // Text typed into the quick filter one character at a time.
    QString filterText = QStringLiteral("greenleaf");
    // Per-request transfer timeout in milliseconds. Pages of a large sandbox take longer than
    // usual to serve, but no page should take this long.
    int requestTimeoutMs = 120000;

    // Runs every phase. Returns false with errorMessage set when the load failed.
    bool run(
        const QUrl &url, const QString &token, LoadResult *result, QString *errorMessage) const;
};

// Returns VmHWM (peak resident set size) of a process from /proc, in MiB; 0 when unknown.
double peakRssMiB(const QString &pid = QStringLiteral("self"));

} // namespace ResellerDesk::Benchmarks
