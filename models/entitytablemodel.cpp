#include "models/entitytablemodel.h"

#include "models/modelslogging.h"
#include "models/valueformat.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ResellerDesk::Models {

namespace {

// Separates cells in the search text so that a query never matches across two cells.
constexpr char searchSeparator = '\x1f';

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(value.isArray()
                                         ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

EntityTableModel::EntityTableModel(Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_spec(entitySpec(entity))
{
    m_currencyColumn = m_spec.columnIndex(QStringLiteral("currency"));
    // Row::stringColumns has one bit per column.
    Q_ASSERT(m_spec.columns.size() <= 64);
    for (int i = 0; i < m_spec.columns.size(); ++i)
        m_columnByKey.insert(m_spec.columns.at(i).key, i);
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QString EntityTableModel::cellText(int row, int column) const
{
    return storedCellText(storageRow(row), column);
}

QString EntityTableModel::storedCellText(std::size_t storage, int column) const
{
    const std::size_t base = storage * std::size_t(m_spec.columns.size() + 1);
    const quint32 begin = m_offsets[base + std::size_t(column)];
    const quint32 end = m_offsets[base + std::size_t(column) + 1];
    return QString::fromUtf8(m_rows[storage].text.constData() + begin, end - begin);
}

QUtf8StringView EntityTableModel::storedCellView(std::size_t storage, int column) const
{
    const std::size_t base = storage * std::size_t(m_spec.columns.size() + 1);
    const quint32 begin = m_offsets[base + std::size_t(column)];
    const quint32 end = m_offsets[base + std::size_t(column) + 1];
    return QUtf8StringView(m_rows[storage].text.constData() + begin, qsizetype(end - begin));
}

double EntityTableModel::storedSortKey(std::size_t storage, int column) const
{
    return m_sortKeys[storage * std::size_t(m_spec.columns.size()) + std::size_t(column)];
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const std::size_t storage = storageRow(index.row());
    const ColumnSpec &column = m_spec.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString currency = m_currencyColumn >= 0
                ? storedCellText(storage, m_currencyColumn)
                : storedItem(storage).value(u"currency").toString();
        return ValueFormat::displayText(column.type, storedCellText(storage, index.column()),
                                        currency);
    }
    case Qt::ToolTipRole:
        // Dates show without seconds (or without the time), so the tooltip has the full value.
        if (column.type == ValueType::Text || column.type == ValueType::DateTime
            || column.type == ValueType::Date)
            return storedCellText(storage, index.column());
        return {};
    case Qt::TextAlignmentRole:
        switch (column.type) {
        case ValueType::Integer:
        case ValueType::Decimal:
        case ValueType::Amount:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case SortRole:
        return ValueFormat::sortValue(column.type, storedSortKey(storage, index.column()),
                                      storedCellText(storage, index.column()));
    case RawRole:
        return storedItem(storage);
    case SearchTextRole:
        return QString::fromUtf8(m_rows[storage].searchText);
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec &column = m_spec.columns.at(section);
    if (role == Qt::DisplayRole)
        return translatedHeader(column);
    if (role == Qt::ToolTipRole)
        return column.key;
    return {};
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(RawRole, "raw");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void EntityTableModel::appendItems(const QJsonArray &items)
{
    if (items.isEmpty())
        return;
    int valid = 0;
    for (const QJsonValue &value : items) {
        if (value.isObject())
            ++valid;
    }
    if (valid < items.size())
        qCWarning(lcModels) << m_spec.listCommand << "skipped" << items.size() - valid
                            << "list items that are not JSON objects";
    if (valid == 0)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + valid - 1);
    for (const QJsonValue &value : items) {
        if (value.isObject()) {
            appendItem(value.toObject());
            m_order.push_back(int(m_rows.size() - 1));
        }
    }
    endInsertRows();
    if (m_sortColumn >= 0)
        mergeSortedTail(first);
}

void EntityTableModel::appendItem(const QJsonObject &object)
{
    Row row;
    QJsonObject extra;
    int present = 0;
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        const ColumnSpec &column = m_spec.columns.at(i);
        const QJsonValue value = object.value(column.key);
        if (value.isUndefined()) {
            m_offsets.push_back(quint32(row.text.size()));
            m_sortKeys.push_back(ValueFormat::sortKey(column.type, {}));
            row.searchText += searchSeparator;
            continue;
        }
        ++present;
        const QString text = scalarText(value);
        if (value.isString())
            row.stringColumns |= quint64(1) << i;
        else
            extra.insert(column.key, value);
        m_offsets.push_back(quint32(row.text.size()));
        row.text += text.toUtf8();
        m_sortKeys.push_back(ValueFormat::sortKey(column.type, text));
        row.searchText += column.type == ValueType::Enum ? cachedEnumText(text).toUtf8()
                                                         : text.toUtf8();
        row.searchText += searchSeparator;
    }
    m_offsets.push_back(quint32(row.text.size()));
    // Keys without a column are rare in list items, so only then is every key looked up.
    if (present < object.size()) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!m_columnByKey.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
    }
    if (!extra.isEmpty())
        row.extra = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    row.text.squeeze();
    row.searchText = row.searchText.toLower();
    m_rows.push_back(std::move(row));
}

void EntityTableModel::replaceItem(int row, const QJsonObject &item)
{
    if (row < 0 || row >= rowCount())
        return;
    // appendItem() builds the new row at the end of the storage, and it is moved into place.
    const std::size_t storage = storageRow(row);
    const std::size_t columns = std::size_t(m_spec.columns.size());
    appendItem(item);
    m_rows[storage] = std::move(m_rows.back());
    m_rows.pop_back();
    std::copy(m_offsets.end() - std::ptrdiff_t(columns + 1), m_offsets.end(),
              m_offsets.begin() + std::ptrdiff_t(storage * (columns + 1)));
    m_offsets.resize(m_offsets.size() - (columns + 1));
    std::copy(m_sortKeys.end() - std::ptrdiff_t(columns), m_sortKeys.end(),
              m_sortKeys.begin() + std::ptrdiff_t(storage * columns));
    m_sortKeys.resize(m_sortKeys.size() - columns);
    if (!m_enumRanks.empty()) {
        const auto rank = m_enumRankByCode.constFind(storedCellText(storage, m_sortColumn));
        if (rank == m_enumRankByCode.constEnd())
            rankEnumCodes();
        else
            m_enumRanks[storage] = rank.value();
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int EntityTableModel::findRow(const QString &id) const
{
    const int column = m_columnByKey.value(m_spec.idProperty, -1);
    if (column < 0)
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (storedCellText(storageRow(row), column) == id)
            return row;
    }
    return -1;
}

const QString &EntityTableModel::cachedEnumText(const QString &code) const
{
    auto it = m_enumTexts.find(code);
    if (it == m_enumTexts.end())
        it = m_enumTexts.insert(code, ValueFormat::enumText(code));
    return it.value();
}

QJsonObject EntityTableModel::item(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return storedItem(storageRow(row));
}

QJsonObject EntityTableModel::storedItem(std::size_t storage) const
{
    const Row &stored = m_rows[storage];
    QJsonObject object;
    for (int column = 0; column < m_spec.columns.size(); ++column) {
        if (stored.stringColumns & (quint64(1) << column))
            object.insert(m_spec.columns.at(column).key, storedCellText(storage, column));
    }
    const QByteArray &extra = stored.extra;
    if (!extra.isEmpty()) {
        const QJsonObject overlay = QJsonDocument::fromJson(extra).object();
        for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

bool EntityTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    return storedLessThan(storageRow(leftRow), storageRow(rightRow), column);
}

bool EntityTableModel::storedLessThan(std::size_t left, std::size_t right, int column) const
{
    const ValueType type = m_spec.columns.at(column).type;
    if (type == ValueType::Text || type == ValueType::Enum) {
        // Compares the stored UTF-8 in place, because a QString per comparison made sorting
        // 100k rows by a text column several times slower.
        const QUtf8StringView leftText = storedCellView(left, column);
        const QUtf8StringView rightText = storedCellView(right, column);
        if (leftText.isEmpty() || rightText.isEmpty())
            return !leftText.isEmpty();
        if (type == ValueType::Enum) {
            if (column == m_sortColumn && std::max(left, right) < m_enumRanks.size())
                return m_enumRanks[left] < m_enumRanks[right];
            return QString::compare(cachedEnumText(leftText.toString()),
                                    cachedEnumText(rightText.toString()), Qt::CaseInsensitive)
                    < 0;
        }
        return QAnyStringView::compare(leftText, rightText, Qt::CaseInsensitive) < 0;
    }
    const double leftKey = storedSortKey(left, column);
    const double rightKey = storedSortKey(right, column);
    if (std::isnan(leftKey) || std::isnan(rightKey))
        return !std::isnan(leftKey);
    return leftKey < rightKey;
}

bool EntityTableModel::rowBefore(int leftStorage, int rightStorage) const
{
    const std::size_t left = std::size_t(leftStorage);
    const std::size_t right = std::size_t(rightStorage);
    if (m_sortOrder == Qt::AscendingOrder)
        return storedLessThan(left, right, m_sortColumn);
    // Descending order still puts empty values last.
    const bool leftEmpty = storedCellView(left, m_sortColumn).isEmpty();
    const bool rightEmpty = storedCellView(right, m_sortColumn).isEmpty();
    if (leftEmpty || rightEmpty)
        return !leftEmpty && rightEmpty;
    return storedLessThan(right, left, m_sortColumn);
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_enumRanks.clear();
    m_enumRankByCode.clear();
    if (m_order.size() < 2)
        return;
    rankEnumCodes();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> storages;
    storages.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        storages.push_back(m_order[std::size_t(index.row())]);
    if (column < 0) {
        std::sort(m_order.begin(), m_order.end());
    } else {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](int left, int right) { return rowBefore(left, right); });
    }
    updatePersistentIndexes(persistent, storages);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Sorts the rows appended from `first` on and merges them into the sorted rows before. Each
// new row finds its place by binary search and the rows in between are copied in runs, so a
// page costs one sequential copy instead of a comparison per loaded row.
void EntityTableModel::mergeSortedTail(int first)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> storages;
    storages.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        storages.push_back(m_order[std::size_t(index.row())]);

    if (!m_enumRankByCode.isEmpty() && !extendEnumRanks()) {
        // A code that was not there at the last ranking changes the ranks of the others.
        rankEnumCodes();
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](int left, int right) { return rowBefore(left, right); });
        updatePersistentIndexes(persistent, storages);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    const auto before = [this](int left, int right) { return rowBefore(left, right); };
    std::vector<int> tail(m_order.begin() + first, m_order.end());
    std::stable_sort(tail.begin(), tail.end(), before);
    std::vector<int> merged;
    merged.reserve(m_order.size());
    auto position = m_order.begin();
    const auto headEnd = m_order.begin() + first;
    for (int row : tail) {
        // upper_bound keeps rows that compare equal in arrival order.
        const auto insertAt = std::upper_bound(position, headEnd, row, before);
        merged.insert(merged.end(), position, insertAt);
        merged.push_back(row);
        position = insertAt;
    }
    merged.insert(merged.end(), position, headEnd);
    m_order.swap(merged);

    updatePersistentIndexes(persistent, storages);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Ranks the codes of an enum sort column by their readable text once, so that comparisons
// during the sort read two integers instead of looking up two translated texts.
void EntityTableModel::rankEnumCodes()
{
    m_enumRanks.clear();
    m_enumRankByCode.clear();
    if (m_sortColumn < 0 || m_spec.columns.at(m_sortColumn).type != ValueType::Enum)
        return;
    QStringList codes;
    QHash<QString, int> codeIndex;
    std::vector<int> codeOfRow(m_rows.size());
    for (std::size_t storage = 0; storage < m_rows.size(); ++storage) {
        const QString code = storedCellText(storage, m_sortColumn);
        auto it = codeIndex.find(code);
        if (it == codeIndex.end()) {
            it = codeIndex.insert(code, int(codes.size()));
            codes.append(code);
        }
        codeOfRow[storage] = it.value();
    }
    std::vector<int> byText(std::size_t(codes.size()));
    std::iota(byText.begin(), byText.end(), 0);
    std::sort(byText.begin(), byText.end(), [&](int left, int right) {
        return QString::compare(cachedEnumText(codes.at(left)), cachedEnumText(codes.at(right)),
                                Qt::CaseInsensitive)
                < 0;
    });
    std::vector<int> rankOfCode(byText.size());
    for (std::size_t rank = 0; rank < byText.size(); ++rank)
        rankOfCode[std::size_t(byText[rank])] = int(rank);
    for (int i = 0; i < codes.size(); ++i)
        m_enumRankByCode.insert(codes.at(i), rankOfCode[std::size_t(i)]);
    m_enumRanks.resize(m_rows.size());
    for (std::size_t storage = 0; storage < m_rows.size(); ++storage)
        m_enumRanks[storage] = rankOfCode[std::size_t(codeOfRow[storage])];
}

// Ranks the rows appended since the last ranking. Returns false when one of them has a
// code without a rank.
bool EntityTableModel::extendEnumRanks()
{
    for (std::size_t storage = m_enumRanks.size(); storage < m_rows.size(); ++storage) {
        const auto it = m_enumRankByCode.constFind(storedCellText(storage, m_sortColumn));
        if (it == m_enumRankByCode.constEnd())
            return false;
        m_enumRanks.push_back(it.value());
    }
    return true;
}

void EntityTableModel::updatePersistentIndexes(const QModelIndexList &persistent,
                                               const std::vector<int> &storages)
{
    if (persistent.isEmpty())
        return;
    // Views keep few persistent indexes (current, selection), so one pass over the rows to
    // find their new positions is enough.
    QHash<int, int> newRowByStorage;
    for (int storage : storages)
        newRowByStorage.insert(storage, -1);
    for (std::size_t row = 0; row < m_order.size(); ++row) {
        const auto it = newRowByStorage.find(m_order[row]);
        if (it != newRowByStorage.end())
            it.value() = int(row);
    }
    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        updated.append(index(newRowByStorage.value(storages[std::size_t(i)]),
                             persistent.at(i).column()));
    changePersistentIndexList(persistent, updated);
}

void EntityTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows = {};
    m_order = {};
    m_enumRanks = {};
    m_offsets = {};
    m_sortKeys = {};
    endResetModel();
}

} // namespace ResellerDesk::Models
