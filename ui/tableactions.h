#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class QAction;
class QJsonObject;
class QPoint;
class QTableView;

namespace ResellerDesk::Ui {

class EntityTab;

// Row and column actions of one entity table: Copy (Ctrl+C) and Open in Browser in the
// table's context menu, and the header's context menu for showing and hiding columns.
class TableActions : public QObject
{
    Q_OBJECT

public:
    explicit TableActions(EntityTab *tab);

    QAction *copyAction() const { return m_copyAction; }
    QAction *openUrlAction() const { return m_openUrlAction; }

    // Logical indexes of the columns that are not hidden, in the order the header shows them.
    static QList<int> visibleColumns(const QTableView *view);
    // Tab-separated text of the selected rows in view order, with a header line, over the
    // visible columns. Empty when no row is selected.
    static QString selectedRowsText(const QTableView *view);
    // Web address of a list item: the first http or https URL among the properties that the
    // reference documents as URLs. Invalid when the item has none.
    static QUrl webAddress(const QJsonObject &item);

public slots:
    void copySelectedRows();
    void openCurrentUrl();
    // Opens the column chooser for the tab's table.
    void chooseColumns();

private:
    void showHeaderMenu(const QPoint &position);
    void updateOpenUrlAction();
    QUrl currentUrl() const;

    EntityTab *m_tab = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_openUrlAction = nullptr;
};

} // namespace ResellerDesk::Ui
