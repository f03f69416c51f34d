#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ResellerDesk::Cli {

// Formats the items of a list command as CSV or as an aligned text table. Columns are the
// union of the items' properties: the leading columns that occur, then the others in
// alphabetical order, because QJsonObject does not keep the order the service sent.
class ItemFormatter
{
public:
    ItemFormatter(const QJsonArray &items, const QStringList &leadingColumns);

    QStringList columns() const { return m_columns; }

    // Returns UTF-8 CSV as RFC 4180 describes it: a header row, CRLF line ends, and fields
    // with a comma, quote, CR or LF in double quotes with quotes doubled. Objects and arrays
    // are compact JSON, null is an empty field. No items give empty output, because the
    // columns come from the items.
    QByteArray toCsv() const;

    // Returns a table with one header line, a rule and one line per item, at most maxWidth
    // characters wide (0: no limit). Long cells are cut with "…". Columns that do not fit even
    // at their minimum width are left out, and hiddenColumns (when not null) receives their
    // number. Line breaks and tabs in cells become spaces.
    // NOTE: widths count UTF-16 code units, so wide CJK characters and emoji misalign.
    QString toTable(int maxWidth, int *hiddenColumns = nullptr) const;

    // Returns the text of a value in one cell: strings as they are, numbers and booleans as
    // JSON writes them, objects and arrays as compact JSON, null and missing values empty.
    static QString cellText(const QJsonValue &value);

private:
    static QByteArray csvField(const QString &text);
    // Computes the width of each column for toTable(). Columns past the returned count are
    // hidden.
    qsizetype fitWidths(QList<qsizetype> &widths, int maxWidth) const;

    QJsonArray m_items;
    QStringList m_columns;
};

} // namespace ResellerDesk::Cli
