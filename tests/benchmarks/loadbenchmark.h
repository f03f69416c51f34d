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
    // Maximum time between rowsAboutToBeInserted and rowsInserted of one page, including the
    // proxy's handling of the new rows.
    double maxInsertMs = 0;
    // Quick filter text and the time setQuickFilter() took over all rows.
    QList<QPair<QString, double>> keystrokes;
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
    // Column to sort the proxy by, as a table view with sorting enabled does; -1 leaves the
    // proxy unsorted.
    int sortColumn = 0;
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
