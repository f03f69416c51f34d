#include "ui/shortcutsdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ResellerDesk::Ui {

namespace {

// Removes the mnemonic marker: "&Refresh" becomes "Refresh" and "&&" stays one "&".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString placeOf(const QAction *action)
{
    const QList<QObject *> owners = action->associatedObjects();
    for (const QObject *owner : owners) {
        if (const auto *menu = qobject_cast<const QMenu *>(owner)) {
            if (!menu->title().isEmpty())
                return plainText(menu->title());
        }
    }
    for (const QObject *owner : owners) {
        if (qobject_cast<const QAbstractItemView *>(owner))
            return ShortcutsDialog::tr("Table");
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (shortcuts.isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &shortcut : shortcuts)
            keys.append(shortcut.toString(QKeySequence::NativeText));
        Entry entry { plainText(action->text()), keys.join(QStringLiteral(", ")), placeOf(action) };
        // Each table of a window has its own Copy Rows action, which is listed once.
        const QString key = entry.action + u'\n' + entry.shortcuts + u'\n' + entry.place;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        entries.append(entry);
    }
    // Within a menu, the actions keep their creation order, which is the menu's order.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &left, const Entry &right) {
        return left.place.localeAwareCompare(right.place) < 0;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setHeaderLabels({ tr("Action"), tr("Shortcut"), tr("Where") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<Entry> entries = collect(window);
    for (const Entry &entry : entries)
        new QTreeWidgetItem(m_tree, { entry.action, entry.shortcuts, entry.place });
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace ResellerDesk::Ui
