#pragma once

#include <QList>
#include <QTreeWidget>

namespace ResellerDesk::Ui {

// Grouped list of the main window's pages ("Hosting", "Sales", ...). Group headings cannot
// be selected, so the arrow keys move from page to page.
class NavigationSidebar : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    // Adds `page` under `group` at `position` within the group (-1 appends). Known groups
    // keep the order Overview, Hosting, Sales, Support. Other groups follow in the order
    // they first appear. `group` may be the English name or its translation.
    void addPage(QWidget *page, const QString &title, const QString &group, int position = -1);
    // Pages in the order shown, top to bottom.
    QList<QWidget *> pages() const;
    QWidget *currentPage() const;
    void setCurrentPage(QWidget *page);
    QString pageTitle(QWidget *page) const;

    QSize sizeHint() const override;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

signals:
    void pageSelected(QWidget *page);

private:
    QTreeWidgetItem *groupItem(const QString &group);
    QTreeWidgetItem *pageItem(QWidget *page) const;
    static QWidget *itemPage(const QTreeWidgetItem *item);
};

} // namespace ResellerDesk::Ui
