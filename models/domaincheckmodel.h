#pragma once

#include "api/hostingrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ResellerDesk::Api {
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

// Rows of a batch of domain-check calls, one row per name, filled in as each reply arrives.
// At most MaxInFlight calls run at once, so a long list does not flood the service. SortRole
// (Qt::UserRole + 1, as in EntityTableModel) gives typed sort keys and SearchTextRole the
// row's text for QuickFilterProxyModel.
class DomainCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        AvailableColumn,
        TransferColumn,
        EppColumn,
        OfferedColumn,
        HostedColumn,
        PriceColumn,
        ResultColumn,
        ColumnCount
    };
    enum class State { Waiting, Checking, Done, Failed };

    static constexpr int MaxInFlight = 3;
    // Maximum number of names in one batch. It is this application's limit, chosen to keep one
    // click from sending thousands of requests, because the service documents none.
    static constexpr int MaxNames = 200;

    explicit DomainCheckModel(QObject *parent = nullptr);
    ~DomainCheckModel() override;

    // Parses text with one domain name per line. Blank lines and repeated names are skipped and
    // names are lowercased. Returns std::nullopt and stores a translated message naming the
    // line and the bad value when a line is not a domain name such as example.com or
    // bücher.de, or when there are no names or more than MaxNames.
    static std::optional<QStringList> parseNames(const QString &text, QString *errorMessage);

    // Replaces the rows with names and checks them. The commands object must outlive the run.
    void check(Api::ApiCommands *commands, const QStringList &names);
    // Aborts the calls in flight; rows not checked yet show as cancelled.
    void cancel();
    bool isRunning() const { return !m_inFlight.isEmpty(); }
    int doneCount() const { return m_doneCount; }

    State state(int row) const { return m_rows.at(row).state; }
    std::optional<Api::DomainCheckResult> result(int row) const { return m_rows.at(row).result; }
    QString errorMessage(int row) const { return m_rows.at(row).error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void progress(int done, int total);
    void finished();

private:
    struct Row
    {
        QString name;
        State state = State::Waiting;
        std::optional<Api::DomainCheckResult> result;
        QString error;
    };

    void abortReplies();
    void sendNext();
    void handleReply(Api::ApiReply *reply);
    void finishRow(int row);
    QString summary(const Row &row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<Api::ApiReply *, int> m_inFlight;
    Api::ApiCommands *m_commands = nullptr;
    int m_nextRow = 0;
    int m_doneCount = 0;
};

} // namespace ResellerDesk::Models
