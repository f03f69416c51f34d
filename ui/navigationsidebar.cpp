#include "ui/navigationsidebar.h"

#include <QCoreApplication>
#include <QHeaderView>

namespace ResellerDesk::Ui {

namespace {

// Untranslated names of the groups that MainWindow and addPage() callers use, in the order
// they are shown.
constexpr const char *knownGroups[] = {
    QT_TRANSLATE_NOOP("NavigationSidebar", "Overview"),
    QT_TRANSLATE_NOOP("NavigationSidebar", "Hosting"),
    QT_TRANSLATE_NOOP("NavigationSidebar", "Sales"),
    QT_TRANSLATE_NOOP("NavigationSidebar", "Support"),
};

constexpr int groupKeyRole = Qt::UserRole;
constexpr int pageRole = Qt::UserRole + 1;

} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    // Pages are indented under their group heading. Without root decoration, top-level
    // headings start at the left edge.
    setIndentation(2 * fontMetrics().averageCharWidth());
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Pages"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (QWidget *page = itemPage(item))
            emit pageSelected(page);
    });
}

QTreeWidgetItem *NavigationSidebar::groupItem(const QString &group)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(0, groupKeyRole).toString() == group || item->text(0) == group)
            return item;
    }
    QString key = group;
    QString title = group;
    int insertAt = topLevelItemCount();
    for (int known = 0; known < int(std::size(knownGroups)); ++known) {
        const QString translated = QCoreApplication::translate("NavigationSidebar",
                                                               knownGroups[known]);
        if (group != QLatin1String(knownGroups[known]) && group != translated)
            continue;
        key = QLatin1String(knownGroups[known]);
        title = translated;
        // Before the first group that comes later in the known order, or that is unknown.
        insertAt = 0;
        while (insertAt < topLevelItemCount()) {
            const QString other = topLevelItem(insertAt)->data(0, groupKeyRole).toString();
            const auto otherKnown = std::find_if(
                    std::begin(knownGroups), std::end(knownGroups),
                    [&other](const char *name) { return other == QLatin1String(name); });
            if (otherKnown == std::end(knownGroups) || otherKnown - std::begin(knownGroups) > known)
                break;
            ++insertAt;
        }
        break;
    }
    auto *item = new QTreeWidgetItem({ title });
    item->setData(0, groupKeyRole, key);
    // Enabled but not selectable, because a disabled group would disable its pages too.
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    insertTopLevelItem(insertAt, item);
    item->setExpanded(true);
    return item;
}

void NavigationSidebar::addPage(QWidget *page, const QString &title, const QString &group,
                                int position)
{
    QTreeWidgetItem *parent = groupItem(group);
    auto *item = new QTreeWidgetItem({ QString(title).remove(QLatin1Char('&')) });
    item->setData(0, pageRole, QVariant::fromValue(static_cast<QObject *>(page)));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (position < 0 || position > parent->childCount())
        position = parent->childCount();
    parent->insertChild(position, item);
    parent->setExpanded(true);
    // A splitter may give the sidebar less than its size hint, which would cut page titles.
    setMinimumWidth(sizeHint().width());
}

QList<QWidget *> NavigationSidebar::pages() const
{
    QList<QWidget *> result;
    for (int group = 0; group < topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child) {
            if (QWidget *page = itemPage(groupItem->child(child)))
                result.append(page);
        }
    }
    return result;
}

QWidget *NavigationSidebar::currentPage() const
{
    return itemPage(currentItem());
}

void NavigationSidebar::setCurrentPage(QWidget *page)
{
    if (QTreeWidgetItem *item = pageItem(page); item && item != currentItem())
        setCurrentItem(item);
}

QString NavigationSidebar::pageTitle(QWidget *page) const
{
    const QTreeWidgetItem *item = pageItem(page);
    return item ? item->text(0) : QString();
}

QSize NavigationSidebar::sizeHint() const
{
    int width = 0;
    for (int group = 0; group < topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = topLevelItem(group);
        width = qMax(width, QFontMetrics(groupItem->font(0)).horizontalAdvance(groupItem->text(0)));
        for (int child = 0; child < groupItem->childCount(); ++child)
            width = qMax(width, indentation()
                                        + fontMetrics().horizontalAdvance(
                                                groupItem->child(child)->text(0)));
    }
    return { width + 6 * fontMetrics().averageCharWidth(), QTreeWidget::sizeHint().height() };
}

QModelIndex NavigationSidebar::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Steps over group headings, which are not selectable, to the next page in the direction.
    const QModelIndex start = currentIndex();
    QModelIndex index = QTreeWidget::moveCursor(action, modifiers);
    while (index.isValid() && !itemPage(itemFromIndex(index))) {
        setCurrentIndex(index);
        const QModelIndex next = QTreeWidget::moveCursor(action, modifiers);
        if (next == index) {
            index = start;
            break;
        }
        index = next;
    }
    return index;
}

QTreeWidgetItem *NavigationSidebar::pageItem(QWidget *page) const
{
    for (int group = 0; group < topLevelItemCount(); ++group) {
        QTreeWidgetItem *groupItem = topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child) {
            if (itemPage(groupItem->child(child)) == page)
                return groupItem->child(child);
        }
    }
    return nullptr;
}

QWidget *NavigationSidebar::itemPage(const QTreeWidgetItem *item)
{
    if (!item)
        return nullptr;
    return qobject_cast<QWidget *>(item->data(0, pageRole).value<QObject *>());
}

} // namespace ResellerDesk::Ui
