#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace ResellerDesk::Models::Csv {

// Returns the text of one field as RFC 4180 writes it: quoted, with inner quotes doubled,
// when it contains a comma, a quote, CR or LF; unchanged otherwise.
QString escapeField(const QString &text);

// Returns text that a spreadsheet shows as text instead of evaluating it as a formula. Cells
// that start with =, +, -, @, a tab or CR and are not plain numbers get a leading apostrophe,
// because ticket subjects and contact fields come from clients and must not run as formulas
// when a reseller opens the export (OWASP "CSV injection").
QString neutralizeFormula(const QString &text);

// Returns one CSV record of escaped, formula-neutralized fields, ending in CRLF.
QString formatRecord(const QStringList &fields);

// Returns one line of tab-separated fields for the clipboard, ending in LF. Tabs and line
// breaks inside a field become spaces, so each row stays one line when pasted.
QString formatTabSeparated(const QStringList &fields);

// Returns the DisplayRole texts of the given columns of one row, in the given order.
QStringList rowTexts(const QAbstractItemModel *model, int row, const QList<int> &columns);
// Returns the horizontal header texts of the given columns, in the given order.
QStringList headerTexts(const QAbstractItemModel *model, const QList<int> &columns);

// Writes a header and rows as a UTF-8 CSV file with a byte order mark through QSaveFile, so
// an existing file is replaced only when every byte was written. Returns false and a
// translated message that names the path on failure. Safe to run on any thread.
bool writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
    QString *errorMessage);

} // namespace ResellerDesk::Models::Csv
