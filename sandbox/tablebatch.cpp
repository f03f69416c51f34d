#include "sandbox/tablebatch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

TableBatch::TableBatch(const QString &table, const QStringList &columns)
    : m_table(table), m_columns(columns), m_values(columns.size())
{
}

void TableBatch::addRow(const QVariantList &row)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QVariant value = i < row.size() ? row[i] : QVariant();
        // A null QString is an empty value, as "" in the API; only a null QVariant is SQL NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_values[i].append(QStringLiteral(""));
        else
            m_values[i].append(value);
    }
}

bool TableBatch::insert(QSqlDatabase &database, QString *errorMessage)
{
    if (m_values.isEmpty() || m_values.first().isEmpty())
        return true;
    QStringList placeholders;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(database);
    const QString sql = QStringLiteral("INSERT INTO ") + m_table + u'('
                        + m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                        + placeholders.join(QStringLiteral(", ")) + u')';
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariantList &column : std::as_const(m_values))
            query.addBindValue(column);
        ok = query.execBatch();
    }
    if (!ok) {
        *errorMessage = QCoreApplication::translate("TableBatch",
                                                    "Failed to insert demo data into %1: %2")
                            .arg(m_table, query.lastError().text());
    }
    for (QVariantList &column : m_values)
        column.clear();
    return ok;
}

} // namespace ResellerDesk::Sandbox
