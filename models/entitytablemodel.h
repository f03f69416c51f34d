#pragma once

#include "models/entityspec.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QUtf8StringView>

#include <vector>

namespace ResellerDesk::Models {

// Rows of one list command, one column per ColumnSpec of the entity.
//
// Rows are stored compactly, so that 100k domains take about 52 MB (tst_models_entitytable).
// Each row has one UTF-8 string with all cell texts back to back, offsets into it, a numeric
// sort key per cell, and the lowercase UTF-8 text that the quick filter searches. Values that are not strings or null (nested
// relations, numbers sent as JSON numbers) are kept as compact JSON so RawRole can return
// the item as it arrived.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // Typed value: QDateTime for dates, qlonglong or double for numbers, bool for flags,
        // readable text for enums, invalid for null and "".
        SortRole = Qt::UserRole + 1,
        // The list item as a QJsonObject.
        RawRole,
        // Lowercase text of the whole row that the quick filter matches against.
        SearchTextRole,
    };
    Q_ENUM(Role)

    explicit EntityTableModel(Entity entity, QObject *parent = nullptr);

    const EntitySpec &spec() const { return m_spec; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Orders the rows by SortRole with empty values last in both orders; -1 restores the
    // order the rows arrived in. Pages appended later are merged in the same order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Appends the items of one list page. Items that are not JSON objects are skipped with
    // a warning, because one malformed item should not hide the rest of the page.
    void appendItems(const QJsonArray &items);
    // Replaces the item of one row, such as a ticket whose read state changed, and emits
    // dataChanged(). The row keeps its position until the next sort() or reload.
    void replaceItem(int row, const QJsonObject &item);
    // Returns the first row whose idProperty value equals id, or -1.
    int findRow(const QString &id) const;
    void clear();

    QJsonObject item(int row) const;
    // Raw text of one cell as the API sent it, "" for null.
    QString cellText(int row, int column) const;
    // Lowercase UTF-8 text of the row's cells, with enums in their readable form.
    const QByteArray &searchText(int row) const { return m_rows[storageRow(row)].searchText; }
    // Index of a model row in arrival order, and the search text of the row at that index.
    // Reading the search texts in arrival order walks memory sequentially, which is what
    // keeps a filter pass over 100k rows fast.
    int arrivalIndex(int row) const { return m_order[std::size_t(row)]; }
    int arrivalCount() const { return int(m_rows.size()); }
    const QByteArray &arrivalSearchText(int index) const
    {
        return m_rows[std::size_t(index)].searchText;
    }
    // Orders two rows by one column the same way as SortRole: numbers and dates by value,
    // text case-insensitively, and empty values after all others.
    bool lessThan(int leftRow, int rightRow, int column) const;

private:
    struct Row
    {
        QByteArray text;
        QByteArray searchText;
        // Compact JSON object of the values that are not strings (null, numbers, nested
        // relations) and of keys without a column. Empty when there are none.
        QByteArray extra;
        // Bit n is set when column n arrived as a JSON string.
        quint64 stringColumns = 0;
    };

    std::size_t storageRow(int row) const { return std::size_t(m_order[std::size_t(row)]); }
    void appendItem(const QJsonObject &object);
    QString storedCellText(std::size_t storage, int column) const;
    QUtf8StringView storedCellView(std::size_t storage, int column) const;
    double storedSortKey(std::size_t storage, int column) const;
    QJsonObject storedItem(std::size_t storage) const;
    bool storedLessThan(std::size_t left, std::size_t right, int column) const;
    // Whether the stored row `left` comes before `right` in the current sort order.
    bool rowBefore(int left, int right) const;
    void mergeSortedTail(int first);
    void rankEnumCodes();
    bool extendEnumRanks();
    void updatePersistentIndexes(const QModelIndexList &persistent,
                                 const std::vector<int> &storages);
    const QString &cachedEnumText(const QString &code) const;

    const EntitySpec &m_spec;
    int m_currencyColumn = -1;
    QHash<QString, int> m_columnByKey;
    // Readable enum texts by code, so a page does not translate the same codes per row.
    mutable QHash<QString, QString> m_enumTexts;
    // When sorted by an enum column: the rank of each code by readable text, and the rank of
    // each row in arrival order. Empty otherwise.
    QHash<QString, int> m_enumRankByCode;
    std::vector<int> m_enumRanks;
    // Rows in arrival order; m_order maps a model row to its index here.
    std::vector<Row> m_rows;
    std::vector<int> m_order;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Per row, columnCount() + 1 byte offsets into Row::text. A cell whose length is zero
    // is "", null or missing.
    std::vector<quint32> m_offsets;
    // Per row and column, see ValueFormat::sortKey().
    std::vector<double> m_sortKeys;
};

} // namespace ResellerDesk::Models
