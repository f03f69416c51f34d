#include "loadbenchmark.h"

#include "api/apiclient.h"
#include "api/envelope.h"
#include "api/listquery.h"
#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/quickfilterproxymodel.h"
#include "stallmonitor.h"

#include <QByteArrayMatcher>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ResellerDesk::Benchmarks {

namespace {

using Models::EntityTableModel;
using Models::QuickFilterProxyModel;

// Repetitions of each per-page measurement; the average is reported.
constexpr int pageRepetitions = 20;

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Times the string matching that the quick filter does for text over every row, without the
// proxy: one QByteArrayMatcher per word over each row's lowercase UTF-8 search text.
double measureMatching(const EntityTableModel &model, const QString &text)
{
    QList<QByteArrayMatcher> matchers;
    for (const QString &word : text.toLower().split(u' ', Qt::SkipEmptyParts))
        matchers.append(QByteArrayMatcher(word.toUtf8()));

    QElapsedTimer timer;
    timer.start();
    int matched = 0;
    for (int index = 0; index < model.arrivalCount(); ++index) {
        const QByteArray &searchText = model.arrivalSearchText(index);
        bool allFound = true;
        for (const QByteArrayMatcher &matcher : std::as_const(matchers)) {
            if (matcher.indexIn(searchText.constData(), searchText.size()) < 0) {
                allFound = false;
                break;
            }
        }
        matched += allFound ? 1 : 0;
    }
    const double ms = elapsedMs(timer);
    // Keeps the loop from being optimized away.
    Q_ASSERT(matched >= 0);
    return ms;
}

// Types filterText one character at a time, then deletes it back to empty, and times each
// setQuickFilter() call over all loaded rows.
void measureKeystrokes(const EntityTableModel &model, QuickFilterProxyModel *proxy,
    const QString &filterText, LoadResult *result)
{
    QStringList texts;
    for (int length = 1; length <= filterText.size(); ++length)
        texts.append(filterText.left(length));
    for (int length = filterText.size() - 1; length >= 0; --length)
        texts.append(filterText.left(length));

    for (const QString &text : std::as_const(texts)) {
        const qint64 cpuStart = StallMonitor::threadCpuNs();
        QElapsedTimer timer;
        timer.start();
        proxy->setQuickFilter(text);
        const double setMs = elapsedMs(timer);
        // QSortFilterProxyModel::invalidate() rebuilds its mapping lazily, on the first
        // rowCount() or index() that a view makes right after the change, so that call is
        // part of the keystroke.
        const int rows = proxy->rowCount();
        const double ms = elapsedMs(timer);
        result->keystrokeCpuMs.append((StallMonitor::threadCpuNs() - cpuStart) / 1e6);
        result->keystrokes.append({ text, ms });
        result->keystrokeSetMs.append(setMs);
        result->keystrokeRows.append(rows);
        result->keystrokeMatchMs.append(measureMatching(model, text));
        result->maxKeystrokeMs = std::max(result->maxKeystrokeMs, ms);
    }
}

// Times the layers that handle one page, with items copied from the loaded model. The layers
// are parsing the response body, converting items to rows, and converting them with a sorted
// proxy attached. The api layer parses bodies over 64 KiB on a worker thread.
void measurePageCosts(
    const EntityTableModel &loaded, int pageSize, int sortColumn, LoadResult *result)
{
    QJsonArray items;
    for (int row = 0; row < std::min(pageSize, loaded.rowCount()); ++row)
        items.append(loaded.item(row));
    result->pageSize = int(items.size());
    if (items.isEmpty())
        return;

    const QJsonObject data { { QStringLiteral("limit"), pageSize }, { QStringLiteral("page"), 1 },
        { QStringLiteral("count"), QString::number(loaded.rowCount()) },
        { QStringLiteral("pages"), 1 }, { QStringLiteral("data"), items } };
    const QJsonObject envelope { { QStringLiteral("ttl"), 0 }, { QStringLiteral("status"), true },
        { QStringLiteral("data"), data }, { QStringLiteral("messages"), QJsonArray() } };
    const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    result->pageBodyBytes = int(body.size());

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < pageRepetitions; ++i) {
        const Api::Envelope parsed = Api::parseEnvelope(body);
        Q_ASSERT(parsed.isValid());
    }
    result->pageParseMs = elapsedMs(timer) / pageRepetitions;

    EntityTableModel plain(loaded.spec().entity);
    timer.restart();
    for (int i = 0; i < pageRepetitions; ++i)
        plain.appendItems(items);
    result->pageConvertMs = elapsedMs(timer) / pageRepetitions;

    EntityTableModel withProxy(loaded.spec().entity);
    QuickFilterProxyModel proxy;
    proxy.setSourceModel(&withProxy);
    if (sortColumn >= 0)
        proxy.sort(sortColumn);
    timer.restart();
    for (int i = 0; i < pageRepetitions; ++i)
        withProxy.appendItems(items);
    result->pageConvertWithProxyMs = elapsedMs(timer) / pageRepetitions;
}

} // namespace

bool LoadBenchmark::run(
    const QUrl &url, const QString &token, LoadResult *result, QString *errorMessage) const
{
    Api::ConnectionSettings settings;
    settings.baseUrl = url;
    settings.token = token;
    settings.timeoutMs = requestTimeoutMs;
    Api::ApiClient client(settings);

    EntityTableModel model(Models::Entity::Domains);
    QuickFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    if (sortColumn >= 0)
        proxy.sort(sortColumn);
    Models::ListLoader loader(&client, &model);

    // Connected after the proxy's own connections, so the interval includes the proxy's
    // handling of the inserted rows.
    QElapsedTimer insertTimer;
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
        [&insertTimer] { insertTimer.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&insertTimer, result] {
        result->maxInsertMs = std::max(result->maxInsertMs, elapsedMs(insertTimer));
    });

    QEventLoop loop;
    bool failed = false;
    QObject::connect(&loader, &Models::ListLoader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&loader, &Models::ListLoader::failed, &loop, [&](const Api::ApiError &error) {
        failed = true;
        *errorMessage = error.userMessage();
        loop.quit();
    });

    StallMonitor monitor;
    QElapsedTimer loadTimer;
    loadTimer.start();
    monitor.start();
    loader.start(Api::ListQuery());
    loop.exec();
    monitor.stop();
    result->loadMs = elapsedMs(loadTimer);
    if (failed)
        return false;

    result->rows = model.rowCount();
    result->maxStallMs = monitor.maxGapMs();
    result->maxStallAtMs = monitor.maxGapAtMs();
    result->maxStallCpuMs = monitor.maxGapCpuMs();
    result->maxBusyMs = monitor.maxBusyMs();
    result->stallsOver50Ms = monitor.gapsOver(50);

    measureKeystrokes(model, &proxy, filterText, result);
    // Read before the per-page measurements, whose extra models are not part of the load.
    result->peakRssMiB = peakRssMiB();
    measurePageCosts(model, loader.pageSize(), sortColumn, result);
    return true;
}

double peakRssMiB(const QString &pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression pattern(
        QStringLiteral("^VmHWM:\\s+(\\d+)\\s+kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024 : 0;
}

} // namespace ResellerDesk::Benchmarks
