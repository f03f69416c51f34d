#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAbstractItemModel;
template <typename T> class QFutureWatcher;

namespace ResellerDesk::Models {

// Exports the rows of a model, usually a view's proxy, to a CSV file without blocking the
// UI thread for long. The display texts are copied on the model's thread, rowsPerChunk rows
// per event loop pass, and a Qt Concurrent worker writes the file. If rows are inserted,
// removed, moved or re-sorted before the copy is complete, the export fails instead of
// writing a mix of two states.
class CsvExporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int rowsPerChunk = 2000;

    // The export writes the model columns in `columns`, in that order.
    CsvExporter(QAbstractItemModel *model, const QList<int> &columns, const QString &path,
        QObject *parent = nullptr);
    ~CsvExporter() override;

    QString path() const { return m_path; }
    bool isRunning() const { return m_running; }

public slots:
    void start();
    // Stops copying rows. A file write already handed to the worker still completes, but
    // neither finished() nor failed() is emitted afterwards.
    void cancel();

signals:
    void progress(int rowsCopied, int rowsTotal);
    void finished(const QString &path, int rowCount);
    void failed(const QString &message);

private:
    void copyChunk();
    void handleModelChanged();
    void startWriting();
    void handleWritten();
    void stop();

    QPointer<QAbstractItemModel> m_model;
    QList<int> m_columns;
    QString m_path;
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_rowTotal = 0;
    bool m_running = false;
    QList<QMetaObject::Connection> m_modelConnections;
    QFutureWatcher<QString> *m_watcher = nullptr;
};

} // namespace ResellerDesk::Models
