#include "models/csvexporter.h"

#include "models/csvexport.h"
#include "models/modelslogging.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace ResellerDesk::Models {

CsvExporter::CsvExporter(
    QAbstractItemModel *model, const QList<int> &columns, const QString &path, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_columns(columns)
    , m_path(path)
{
}

CsvExporter::~CsvExporter()
{
    stop();
}

void CsvExporter::start()
{
    if (m_running)
        return;
    if (!m_model) {
        emit failed(tr("The table to export no longer exists."));
        return;
    }
    if (m_columns.isEmpty()) {
        emit failed(tr("The table shows no columns, so there is nothing to export. Show at "
                       "least one column with View > Columns and export again."));
        return;
    }
    m_running = true;
    m_header = Csv::headerTexts(m_model, m_columns);
    m_rowTotal = m_model->rowCount();
    m_rows.clear();
    m_rows.reserve(m_rowTotal);
    const auto changed = &CsvExporter::handleModelChanged;
    m_modelConnections = {
        connect(m_model, &QAbstractItemModel::rowsInserted, this, changed),
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed),
        connect(m_model, &QAbstractItemModel::rowsMoved, this, changed),
        connect(m_model, &QAbstractItemModel::modelReset, this, changed),
        connect(m_model, &QAbstractItemModel::layoutChanged, this, changed),
    };
    qCInfo(lcModels) << "exporting" << m_rowTotal << "rows to CSV";
    copyChunk();
}

void CsvExporter::copyChunk()
{
    if (!m_running)
        return;
    if (!m_model) {
        stop();
        emit failed(tr("The table to export was closed before the export finished."));
        return;
    }
    const int end = qMin(int(m_rows.size()) + rowsPerChunk, m_rowTotal);
    for (int row = int(m_rows.size()); row < end; ++row)
        m_rows.append(Csv::rowTexts(m_model, row, m_columns));
    emit progress(int(m_rows.size()), m_rowTotal);
    if (m_rows.size() < m_rowTotal) {
        QTimer::singleShot(0, this, &CsvExporter::copyChunk);
        return;
    }
    startWriting();
}

void CsvExporter::handleModelChanged()
{
    if (!m_running || m_watcher)
        return;
    stop();
    qCWarning(lcModels) << "CSV export stopped because the table changed";
    emit failed(tr("The table changed while it was being exported, because rows were loaded "
                   "or the sort order or quick filter changed. Nothing was written to %1. "
                   "Export again once the table has finished loading.")
                    .arg(QDir::toNativeSeparators(m_path)));
}

void CsvExporter::startWriting()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &CsvExporter::handleWritten);
    // The worker gets its own copies, so deleting this object never leaves it dangling.
    m_watcher->setFuture(
        QtConcurrent::run([path = m_path, header = m_header, rows = std::move(m_rows)] {
            QString message;
            Csv::writeFile(path, header, rows, &message);
            return message;
        }));
    m_rows.clear();
}

void CsvExporter::handleWritten()
{
    const QString message = m_watcher->result();
    const int rowCount = m_rowTotal;
    stop();
    if (!message.isEmpty()) {
        qCWarning(lcModels) << "CSV export failed:" << message;
        emit failed(message);
        return;
    }
    qCInfo(lcModels) << "exported" << rowCount << "rows to CSV";
    emit finished(m_path, rowCount);
}

void CsvExporter::cancel()
{
    if (m_running)
        qCInfo(lcModels) << "CSV export cancelled";
    stop();
}

void CsvExporter::stop()
{
    m_running = false;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_rows.clear();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

} // namespace ResellerDesk::Models
