#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ResellerDesk::Sandbox {

// Collects rows for one table column by column and inserts them with one prepared statement
// and QSqlQuery::execBatch().
class TableBatch
{
public:
    TableBatch(const QString &table, const QStringList &columns);

    // Appends one row with values in column order. Missing trailing values are null.
    void addRow(const QVariantList &row);
    bool insert(QSqlDatabase &database, QString *errorMessage);

private:
    QString m_table;
    QStringList m_columns;
    QList<QVariantList> m_values;
};

} // namespace ResellerDesk::Sandbox
