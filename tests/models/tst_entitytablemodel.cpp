// EntityTableModel and QuickFilterProxyModel on hand-made items: value quirks, typed sort
// roles, the quick filter, and the memory and time budgets for 100k domains.

#include "models/entitytablemodel.h"
#include "models/quickfilterproxymodel.h"
#include "models/valueformat.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

#include <time.h>

using namespace ResellerDesk::Models;

namespace {

QJsonObject domainItem(int i)
{
    const QDate end = QDate(2025, 1, 1).addDays(i % 900);
    return QJsonObject{
        { "domain_id", QString::number(100000 + i) },
        { "domain", QStringLiteral("site%1-example.%2").arg(i).arg(i % 3 ? "com" : "org") },
        { "status", "ok" },
        { "idn", "" },
        { "resource_id", QString::number(200000 + i) },
        { "start_date", "2017-12-05 05:28:33" },
        { "end_date", QString(end.toString(Qt::ISODate) + QStringLiteral(" 05:28:33")) },
        { "days_to_expire", QString::number(i % 900 - 100) },
        { "product", i % 3 ? "com" : "org" },
        { "parent_product", "bonus:domain" },
        { "account_id", QString::number(81314 + i / 10) },
        { "park_status", "standalone" },
    };
}

// Resident set size of this process in kB, from /proc/self/status (Linux only).
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of the calling thread in nanoseconds. Budgets are checked against it rather than
// wall-clock time, so that other processes on a busy machine do not fail the test.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

class TestEntityTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsMatchSpec();
    void quirkValues();
    void typedSortRoles();
    void amountShowsCurrency();
    void skipsNonObjectItems();
    void clearResets();
    void proxySortsByValue();
    void quickFilterMatchesWords();
    void quickFilterNarrowsAsTyped();
    void enumSortAcrossPages();
    void parseDateTimeCases_data();
    void parseDateTimeCases();
    void hundredThousandRows();
};

void TestEntityTableModel::columnsMatchSpec()
{
    for (Entity entity : { Entity::Accounts, Entity::Domains, Entity::Orders, Entity::Tickets }) {
        EntityTableModel model(entity);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &model);
        QCOMPARE(model.columnCount(), model.spec().columns.size());
        QVERIFY(model.columnCount() > 5);
        for (int i = 0; i < model.columnCount(); ++i)
            QVERIFY(!model.headerData(i, Qt::Horizontal).toString().isEmpty());
    }
}

void TestEntityTableModel::quirkValues()
{
    EntityTableModel model(Entity::Accounts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject item{
        { "account_id", 81314 }, // a JSON number where the service usually sends a string
        { "username", "test2020" },
        { "billing_status", "active" },
        { "end_date", "" },
        { "main_domain_end_date", QJsonValue::Null },
        { "days_to_expire", "617" },
        { "storage_used", "not a number" },
        { "resources", QJsonArray{ QJsonObject{ { "name", "storage" } } } },
    };
    model.appendItems({ item });
    QCOMPARE(model.rowCount(), 1);
    const auto column = [&](const char *key) { return model.spec().columnIndex(QLatin1String(key)); };
    const auto index = [&](const char *key) { return model.index(0, column(key)); };

    QCOMPARE(index("account_id").data().toString(), QStringLiteral("81314"));
    QCOMPARE(index("account_id").data(EntityTableModel::SortRole).toLongLong(), 81314);
    QCOMPARE(index("end_date").data().toString(), QString());
    QVERIFY(!index("end_date").data(EntityTableModel::SortRole).isValid());
    QVERIFY(!index("main_domain_end_date").data(EntityTableModel::SortRole).isValid());
    QCOMPARE(index("storage_used").data().toString(), QStringLiteral("not a number"));
    QVERIFY(!index("storage_used").data(EntityTableModel::SortRole).isValid());
    QCOMPARE(index("billing_status").data().toString(), QStringLiteral("Active"));
    // A column the item does not have is empty in the table and absent from the raw item.
    QCOMPARE(index("hostname").data().toString(), QString());

    const QJsonObject raw = index("username").data(EntityTableModel::RawRole).toJsonObject();
    QCOMPARE(raw, item);
    QVERIFY(raw.value("main_domain_end_date").isNull());
    QVERIFY(!raw.contains("hostname"));
    QVERIFY(raw.value("account_id").isDouble());
}

void TestEntityTableModel::typedSortRoles()
{
    EntityTableModel model(Entity::Accounts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendItems({ QJsonObject{ { "account_id", "81314" },
                                     { "end_date", "2021-10-10 05:00:00" },
                                     { "days_to_expire", "-3" },
                                     { "storage_used", "2.33" },
                                     { "ssl_status", "1" },
                                     { "username", "test2020" } } });
    const EntitySpec &spec = model.spec();
    const auto sortValue = [&](const char *key) {
        return model.index(0, spec.columnIndex(QLatin1String(key))).data(EntityTableModel::SortRole);
    };
    QCOMPARE(sortValue("end_date").metaType(), QMetaType::fromType<QDateTime>());
    QCOMPARE(sortValue("end_date").toDateTime(),
             QDateTime(QDate(2021, 10, 10), QTime(5, 0), Qt::UTC));
    QCOMPARE(sortValue("days_to_expire").metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(sortValue("days_to_expire").toLongLong(), -3);
    QCOMPARE(sortValue("storage_used").metaType(), QMetaType::fromType<double>());
    QCOMPARE(sortValue("storage_used").toDouble(), 2.33);
    QCOMPARE(sortValue("ssl_status").metaType(), QMetaType::fromType<bool>());
    QCOMPARE(sortValue("username").metaType(), QMetaType::fromType<QString>());
    QCOMPARE(sortValue("account_id").metaType(), QMetaType::fromType<qlonglong>());
}

void TestEntityTableModel::amountShowsCurrency()
{
    EntityTableModel model(Entity::Orders);
    model.appendItems({ QJsonObject{ { "order_id", "TCSAG8WWYER4KKDF" },
                                     { "total", "12.5" },
                                     { "currency", "USD" },
                                     { "paid", "not_paid" } } });
    const EntitySpec &spec = model.spec();
    const QString total = model.index(0, spec.columnIndex("total")).data().toString();
    QCOMPARE(total, QLocale().toString(12.5, 'f', 2) + QStringLiteral(" USD"));
    QCOMPARE(model.index(0, spec.columnIndex("paid")).data().toString(),
             QStringLiteral("Not paid"));
    QCOMPARE(model.index(0, spec.columnIndex("total")).data(EntityTableModel::SortRole).toDouble(),
             12.5);
}

void TestEntityTableModel::skipsNonObjectItems()
{
    EntityTableModel model(Entity::Tickets);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipped 2 list items"));
    model.appendItems({ QJsonObject{ { "id", "1" } }, "text", QJsonValue::Null });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
}

void TestEntityTableModel::clearResets()
{
    EntityTableModel model(Entity::Domains);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendItems({ domainItem(1), domainItem(2) });
    model.appendItems({ domainItem(3) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, model.spec().columnIndex("domain")).data().toString(),
             QStringLiteral("site3-example.org"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
}

void TestEntityTableModel::proxySortsByValue()
{
    EntityTableModel model(Entity::Domains);
    QuickFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonObject a = domainItem(1);
    a["days_to_expire"] = "100";
    QJsonObject b = domainItem(2);
    b["days_to_expire"] = "9";
    QJsonObject c = domainItem(3);
    c["days_to_expire"] = QJsonValue::Null;
    QJsonObject d = domainItem(4);
    d["days_to_expire"] = "-5";
    model.appendItems({ a, b, c, d });
    const int column = model.spec().columnIndex("days_to_expire");
    proxy.sort(column, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, column).data().toString();
    // Numbers sort by value, not as text ("100" < "9"), and the null value goes last.
    QCOMPARE(order, QStringList({ "-5", "9", "100", "" }));

    const int dateColumn = model.spec().columnIndex("end_date");
    proxy.sort(dateColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, dateColumn).data(EntityTableModel::SortRole).toDateTime()
                >= proxy.index(row, dateColumn).data(EntityTableModel::SortRole).toDateTime());
    }
}

void TestEntityTableModel::enumSortAcrossPages()
{
    EntityTableModel model(Entity::Tickets);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int column = model.spec().columnIndex("status");
    const auto ticket = [](int id, const char *status) {
        return QJsonObject{ { "id", QString::number(id) }, { "status", status } };
    };
    model.appendItems({ ticket(1, "taken"), ticket(2, "answered"), ticket(3, "inprogress") });
    model.sort(column, Qt::AscendingOrder);
    // The second page brings a code the first ranking did not have, and an empty status.
    model.appendItems({ ticket(4, "active"), ticket(5, ""), ticket(6, "answered") });
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, column).data().toString();
    QCOMPARE(order, QStringList({ "Active", "Answered", "Answered", "In progress", "Taken", "" }));

    model.sort(column, Qt::DescendingOrder);
    order.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, column).data().toString();
    QCOMPARE(order, QStringList({ "Taken", "In progress", "Answered", "Answered", "Active", "" }));

    // A page with known codes only is merged by the existing ranks.
    model.appendItems({ ticket(7, "inprogress") });
    order.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, column).data().toString();
    QCOMPARE(order, QStringList({ "Taken", "In progress", "In progress", "Answered", "Answered",
                                  "Active", "" }));
}

void TestEntityTableModel::quickFilterMatchesWords()
{
    EntityTableModel model(Entity::Domains);
    QuickFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray items;
    for (int i = 0; i < 30; ++i)
        items.append(domainItem(i));
    model.appendItems(items);

    proxy.setQuickFilter(QStringLiteral("SITE1"));
    QCOMPARE(proxy.rowCount(), 11); // site1 and site10 to site19
    proxy.setQuickFilter(QStringLiteral("site1 .org"));
    QCOMPARE(proxy.rowCount(), 3); // site12, site15 and site18
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString domain = proxy.index(row, model.spec().columnIndex("domain")).data().toString();
        QVERIFY2(domain.startsWith("site1") && domain.endsWith(".org"), qPrintable(domain));
    }
    // Enum columns match their readable text.
    proxy.setQuickFilter(QStringLiteral("standalone"));
    QCOMPARE(proxy.rowCount(), 30);
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 30);
    proxy.setQuickFilter(QStringLiteral("no-such-domain"));
    QCOMPARE(proxy.rowCount(), 0);
}

// Each keystroke reuses the previous matches where it can. Whatever the path, the rows must
// be those a fresh proxy with the same filter shows, also for rows that arrive in between.
void TestEntityTableModel::quickFilterNarrowsAsTyped()
{
    EntityTableModel model(Entity::Domains);
    QuickFilterProxyModel typed;
    typed.setSourceModel(&model);
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray first;
    for (int i = 0; i < 40; ++i)
        first.append(domainItem(i));
    model.appendItems(first);

    const QStringList steps = { "s", "si", "site", "site2", "site2 org", "site2 or", "2 site",
                                "site2", "site", "e", "e x", "3", "" };
    int next = 40;
    for (const QString &text : steps) {
        typed.setQuickFilter(text);
        // More rows arrive after every keystroke, as pages do while the user types.
        model.appendItems({ domainItem(next), domainItem(next + 1) });
        next += 2;

        QuickFilterProxyModel fresh;
        fresh.setSourceModel(&model);
        fresh.setQuickFilter(text);
        QCOMPARE(typed.rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row)
            QCOMPARE(typed.mapToSource(typed.index(row, 0)).row(),
                     fresh.mapToSource(fresh.index(row, 0)).row());
    }
    typed.setQuickFilter(QStringLiteral("site2 org"));
    QCOMPARE(typed.rowCount(), 3); // site21, site24 and site27 end in .org
}

void TestEntityTableModel::parseDateTimeCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("date and time") << "2021-10-10 05:00:00"
                                   << QDateTime(QDate(2021, 10, 10), QTime(5, 0), Qt::UTC);
    QTest::newRow("date only") << "2021-10-10" << QDateTime(QDate(2021, 10, 10), QTime(0, 0), Qt::UTC);
    QTest::newRow("zero date") << "0000-00-00 00:00:00" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("month 13") << "2021-13-10 05:00:00" << QDateTime();
    QTest::newRow("letters") << "2021-1x-10 05:00:00" << QDateTime();
    QTest::newRow("hour 25") << "2021-10-10 25:00:00" << QDateTime();
}

void TestEntityTableModel::parseDateTimeCases()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(ValueFormat::parseDateTime(text), expected);
}

// 100k rows: paging in, quick filter keystrokes and header sorts give the right rows. The
// figures are printed for a quick look. The time and memory targets are checked by
// scripts/benchmark instead, because timings fail at random on a busy machine.
void TestEntityTableModel::hundredThousandRows()
{
    constexpr int rows = 100000;
    constexpr int pageSize = 250;
    QList<QJsonArray> pages;
    for (int first = 0; first < rows; first += pageSize) {
        QJsonArray page;
        for (int i = first; i < first + pageSize; ++i)
            page.append(domainItem(i));
        pages.append(page);
    }
    const qint64 before = residentKb();
    EntityTableModel model(Entity::Domains);
    QuickFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(model.spec().columnIndex("end_date"));
    qint64 slowestPageNs = 0;
    qint64 totalNs = 0;
    for (const QJsonArray &page : std::as_const(pages)) {
        const qint64 start = threadCpuNs();
        model.appendItems(page);
        // A view asks the proxy for its rows after every page, which rebuilds its mapping.
        proxy.rowCount();
        const qint64 elapsed = threadCpuNs() - start;
        slowestPageNs = qMax(slowestPageNs, elapsed);
        totalNs += elapsed;
    }
    pages.clear();
    const qint64 after = residentKb();
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(proxy.rowCount(), rows);
    const qint64 growthMb = (after - before) / 1024;
    const qint64 averagePageUs = totalNs / (rows / pageSize) / 1000;
    qInfo() << "RSS growth for" << rows << "domain rows:" << growthMb << "MB; average page"
            << averagePageUs << "us, slowest" << slowestPageNs / 1000 << "us";

    // Typing narrows the rows and Backspace or clearing widens them again, with the table
    // sorted. The best of three runs is printed.
    const QStringList keystrokes = { "", "s", "si", "site", "site12", "site123", "site12", "" };
    for (int i = 1; i < keystrokes.size(); ++i) {
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int attempt = 0; attempt < 3; ++attempt) {
            proxy.setQuickFilter(keystrokes.at(i - 1));
            const qint64 start = threadCpuNs();
            proxy.setQuickFilter(keystrokes.at(i));
            proxy.rowCount();
            bestNs = qMin(bestNs, threadCpuNs() - start);
        }
        const QString step = keystrokes.at(i - 1) + QStringLiteral(" -> ") + keystrokes.at(i);
        qInfo() << "quick filter" << step << bestNs / 1000 << "us";
    }
    proxy.setQuickFilter(QStringLiteral("site12345-"));
    QCOMPARE(proxy.rowCount(), 1);

    // A click on a column header sorts every row once.
    proxy.setQuickFilter(QString());
    for (const char *key : { "domain", "status", "days_to_expire" }) {
        const qint64 start = threadCpuNs();
        proxy.sort(model.spec().columnIndex(QLatin1String(key)), Qt::DescendingOrder);
        const qint64 sortNs = threadCpuNs() - start;
        qInfo() << "sorting by" << key << sortNs / 1000 << "us";
    }
    const int domainColumn = model.spec().columnIndex("domain");
    proxy.sort(domainColumn, Qt::AscendingOrder);
    for (int row = 1; row < 1000; ++row) {
        const QString previous = proxy.index(row - 1, domainColumn).data().toString();
        const QString current = proxy.index(row, domainColumn).data().toString();
        QVERIFY2(previous.compare(current, Qt::CaseInsensitive) <= 0, qPrintable(current));
    }
}

QTEST_GUILESS_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
