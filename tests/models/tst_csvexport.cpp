// CSV export on hand-made models: RFC 4180 quoting, formula neutralizing, the file as
// written by QSaveFile, the chunked copy of a big model, and the failures that must name
// the path.

#include "models/csvexport.h"
#include "models/csvexporter.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace ResellerDesk::Models;

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void escapeField_data();
    void escapeField();
    void neutralizeFormula_data();
    void neutralizeFormula();
    void recordEndsInCrLf();
    void tabSeparatedFlattens();
    void writeFileBytes();
    void writeFileBadPath();
    void exporterChunks();
    void exporterColumnOrder();
    void exporterModelChanged();
    void exporterNoColumns();
};

void TestCsvExport::escapeField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "example.com"
                           << "example.com";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "Sofia, Bulgaria"
                           << "\"Sofia, Bulgaria\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "line1\nline2"
                             << "\"line1\nline2\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("only quote") << "\""
                                << "\"\"\"\"";
    QTest::newRow("spaces kept") << "  padded  "
                                 << "  padded  ";
    QTest::newRow("cyrillic") << "Иван Петров"
                              << "Иван Петров";
    QTest::newRow("semicolon") << "a;b"
                               << "a;b";
}

void TestCsvExport::escapeField()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Csv::escapeField(text), expected);
}

void TestCsvExport::neutralizeFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << "=1+2"
                             << "'=1+2";
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\")"
                               << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("plus text") << "+cmd"
                               << "'+cmd";
    QTest::newRow("minus text") << "-2+3"
                                << "'-2+3";
    QTest::newRow("negative number") << "-12.50"
                                     << "-12.50";
    QTest::newRow("phone") << "+359.888123456"
                           << "+359.888123456";
    QTest::newRow("dash") << "-"
                          << "'-";
    QTest::newRow("plain") << "example.com"
                           << "example.com";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("inner equals") << "a=b"
                                  << "a=b";
}

void TestCsvExport::neutralizeFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Csv::neutralizeFormula(text), expected);
}

void TestCsvExport::recordEndsInCrLf()
{
    QCOMPARE(Csv::formatRecord({ "a", "b,c", "=x" }), QStringLiteral("a,\"b,c\",'=x\r\n"));
    QCOMPARE(Csv::formatRecord({ "" }), QStringLiteral("\r\n"));
    QCOMPARE(Csv::formatRecord({ "", "" }), QStringLiteral(",\r\n"));
}

void TestCsvExport::tabSeparatedFlattens()
{
    QCOMPARE(Csv::formatTabSeparated({ "a\tb", "line1\nline2", "c\r\nd" }),
        QStringLiteral("a b\tline1 line2\tc  d\n"));
}

void TestCsvExport::writeFileBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("out.csv");
    QString problem;
    QVERIFY2(Csv::writeFile(path, { "Name", "City" },
                 { { "Иван", "Sofia, BG" }, { "Ann \"A\"", "" } }, &problem),
        qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
        + QStringLiteral("Name,City\r\nИван,\"Sofia, BG\"\r\n\"Ann \"\"A\"\"\",\r\n").toUtf8();
    QCOMPARE(file.readAll(), expected);
}

void TestCsvExport::writeFileBadPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("missing-folder/out.csv");
    QString problem;
    QVERIFY(!Csv::writeFile(path, { "A" }, { { "1" } }, &problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
    QVERIFY(!QFile::exists(path));
}

void TestCsvExport::exporterChunks()
{
    // More rows than one chunk, so the copy spans several event loop passes.
    const int rowCount = CsvExporter::rowsPerChunk * 2 + 7;
    QStandardItemModel model(rowCount, 2);
    model.setHorizontalHeaderLabels({ "Id", "Domain" });
    for (int row = 0; row < rowCount; ++row) {
        model.setItem(row, 0, new QStandardItem(QString::number(row)));
        model.setItem(row, 1, new QStandardItem(QStringLiteral("d%1.com").arg(row)));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("big.csv");
    CsvExporter exporter(&model, { 0, 1 }, path);
    QSignalSpy progress(&exporter, &CsvExporter::progress);
    QSignalSpy finished(&exporter, &CsvExporter::finished);
    QSignalSpy failed(&exporter, &CsvExporter::failed);
    exporter.start();
    // The first chunk is copied at once, the rest on later event loop passes.
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.at(0).at(0).toInt(), CsvExporter::rowsPerChunk);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(finished.at(0).at(1).toInt(), rowCount);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header, rows, and the empty piece after the last CRLF.
    QCOMPARE(lines.size(), rowCount + 2);
    QCOMPARE(lines.at(0), QByteArray("\xEF\xBB\xBFId,Domain\r"));
    QCOMPARE(lines.at(rowCount),
        QByteArray::number(rowCount - 1) + ",d" + QByteArray::number(rowCount - 1) + ".com\r");
}

void TestCsvExport::exporterColumnOrder()
{
    QStandardItemModel model(1, 3);
    model.setHorizontalHeaderLabels({ "A", "B", "C" });
    model.setItem(0, 0, new QStandardItem("a"));
    model.setItem(0, 1, new QStandardItem("b"));
    model.setItem(0, 2, new QStandardItem("c"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CsvExporter exporter(&model, { 2, 0 }, dir.filePath("order.csv"));
    QSignalSpy finished(&exporter, &CsvExporter::finished);
    exporter.start();
    QVERIFY(finished.wait(10000));
    QFile file(dir.filePath("order.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray("\xEF\xBB\xBF"
                   "C,A\r\nc,a\r\n"));
}

void TestCsvExport::exporterModelChanged()
{
    const int rowCount = CsvExporter::rowsPerChunk + 10;
    QStandardItemModel model(rowCount, 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("changed.csv");
    CsvExporter exporter(&model, { 0 }, path);
    QSignalSpy finished(&exporter, &CsvExporter::finished);
    QSignalSpy failed(&exporter, &CsvExporter::failed);
    exporter.start();
    QVERIFY(exporter.isRunning());
    // Rows arrive from a load while the first chunk waits for the next pass.
    model.appendRow(new QStandardItem("late"));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!exporter.isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestCsvExport::exporterNoColumns()
{
    QStandardItemModel model(3, 2);
    CsvExporter exporter(&model, {}, QStringLiteral("unused.csv"));
    QSignalSpy failed(&exporter, &CsvExporter::failed);
    exporter.start();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains("Columns"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
