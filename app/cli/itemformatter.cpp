#include "itemformatter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace ResellerDesk::Cli {

namespace {

// Width below which a column is never cut, so that dates (19 characters) and most names stay
// whole. A column that needs more room than is left is hidden instead.
constexpr qsizetype minimumCutWidth = 20;
// Natural width of a column before fitting, so that one long description cannot take the
// whole line.
constexpr qsizetype maximumNaturalWidth = 40;
const QString columnGap = QStringLiteral("  ");

QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

QString fitCell(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text + QString(width - text.size(), u' ');
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace

ItemFormatter::ItemFormatter(const QJsonArray &items, const QStringList &leadingColumns)
    : m_items(items)
{
    QSet<QString> present;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            present.insert(it.key());
    }
    QStringList others;
    for (const QString &property : std::as_const(present)) {
        if (!leadingColumns.contains(property))
            others.append(property);
    }
    others.sort();
    for (const QString &property : leadingColumns) {
        if (present.contains(property))
            m_columns.append(property);
    }
    m_columns += others;
}

QString ItemFormatter::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    // QJsonDocument writes numbers and booleans the way the service sent them.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QByteArray ItemFormatter::csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r')
        && !bytes.contains('\n'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray ItemFormatter::toCsv() const
{
    QByteArray csv;
    QByteArrayList header;
    for (const QString &column : m_columns)
        header.append(csvField(column));
    csv += header.join(',') + "\r\n";

    for (const QJsonValue &item : m_items) {
        const QJsonObject object = item.toObject();
        QByteArrayList fields;
        for (const QString &column : m_columns)
            fields.append(csvField(cellText(object.value(column))));
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

QString ItemFormatter::toTable(int maxWidth, int *hiddenColumns) const
{
    QList<QStringList> rows;
    QList<qsizetype> widths;
    for (const QString &column : m_columns)
        widths.append(column.size());
    for (const QJsonValue &item : m_items) {
        const QJsonObject object = item.toObject();
        QStringList cells;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            cells.append(singleLine(cellText(object.value(m_columns.at(i)))));
            widths[i] = std::max(widths[i], cells.last().size());
        }
        rows.append(cells);
    }

    const qsizetype shown = fitWidths(widths, maxWidth);
    if (hiddenColumns)
        *hiddenColumns = int(m_columns.size() - shown);

    const auto formatLine = [&](const QStringList &cells) -> QString {
        QStringList parts;
        for (qsizetype i = 0; i < shown; ++i)
            parts.append(fitCell(cells.at(i), widths.at(i)));
        // Trailing spaces of the last column only make lines wrap on narrow terminals.
        QString line = parts.join(columnGap);
        while (line.endsWith(u' '))
            line.chop(1);
        return line + u'\n';
    };
    QString table = formatLine(m_columns);
    QStringList rules;
    for (qsizetype i = 0; i < shown; ++i)
        rules.append(QString(widths.at(i), u'-'));
    table += formatLine(rules);
    for (const QStringList &cells : rows)
        table += formatLine(cells);
    return table;
}

qsizetype ItemFormatter::fitWidths(QList<qsizetype> &widths, int maxWidth) const
{
    for (qsizetype &width : widths)
        width = std::min(width, maximumNaturalWidth);
    if (maxWidth <= 0)
        return widths.size();

    // A cut column keeps at least its header (or minimumCutWidth), so that it stays readable.
    QList<qsizetype> minimums;
    for (qsizetype i = 0; i < widths.size(); ++i)
        minimums.append(std::min(widths.at(i), std::max(minimumCutWidth, m_columns.at(i).size())));
    const auto lineWidth = [](const QList<qsizetype> &cells, qsizetype count) {
        const qsizetype sum = std::accumulate(cells.cbegin(), cells.cbegin() + count, qsizetype(0));
        return sum + (count > 0 ? (count - 1) * columnGap.size() : 0);
    };

    // Leave out columns from the right until the rest fit at their minimums. The first
    // column always stays.
    qsizetype shown = widths.size();
    while (shown > 1 && lineWidth(minimums, shown) > maxWidth)
        --shown;

    // Then cut the widest column by one character until the line fits.
    while (lineWidth(widths, shown) > maxWidth) {
        qsizetype widest = -1;
        for (qsizetype i = 0; i < shown; ++i) {
            if (widths.at(i) > minimums.at(i) && (widest < 0 || widths.at(i) > widths.at(widest)))
                widest = i;
        }
        if (widest < 0)
            break;
        --widths[widest];
    }
    return shown;
}

} // namespace ResellerDesk::Cli
