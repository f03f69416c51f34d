#include "models/csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ResellerDesk::Models::Csv {

namespace {

// Rows formatted per write() call, so that a big export keeps only this many formatted rows
// in memory besides the copied cell texts.
constexpr int rowsPerWrite = 1000;

QString failureMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Csv",
        "Could not write the CSV file %1: %2. Choose another "
        "folder or file name, or free some disk space.")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString escapeField(const QString &text)
{
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
        || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString neutralizeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool trigger = first == u'=' || first == u'+' || first == u'-' || first == u'@'
        || first == u'\t' || first == u'\r';
    if (!trigger)
        return text;
    // Negative amounts such as "-12.50" stay numbers in the spreadsheet.
    bool isNumber = false;
    text.toDouble(&isNumber);
    if (isNumber && first != u'=' && first != u'@')
        return text;
    return u'\'' + text;
}

QString formatRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeField(neutralizeFormula(fields.at(i)));
    }
    line += QStringLiteral("\r\n");
    return line;
}

QString formatTabSeparated(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u'\t';
        QString field = fields.at(i);
        field.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        line += field;
    }
    line += u'\n';
    return line;
}

QStringList rowTexts(const QAbstractItemModel *model, int row, const QList<int> &columns)
{
    QStringList texts;
    texts.reserve(columns.size());
    for (int column : columns)
        texts.append(model->index(row, column).data(Qt::DisplayRole).toString());
    return texts;
}

QStringList headerTexts(const QAbstractItemModel *model, const QList<int> &columns)
{
    QStringList texts;
    texts.reserve(columns.size());
    for (int column : columns)
        texts.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return texts;
}

bool writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
    QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = failureMessage(path, file.errorString());
        return false;
    }
    // Excel reads a CSV file without a byte order mark in the system's legacy code page, which
    // garbles Cyrillic names. LibreOffice and Python's "utf-8-sig" codec accept the mark.
    QByteArray chunk("\xEF\xBB\xBF");
    chunk += formatRecord(header).toUtf8();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        chunk += formatRecord(rows.at(i)).toUtf8();
        if ((i + 1) % rowsPerWrite == 0) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    // QSaveFile remembers the first failed write() and commit() reports it.
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = failureMessage(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ResellerDesk::Models::Csv
