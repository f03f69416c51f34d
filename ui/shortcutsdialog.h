#pragma once

#include <QDialog>

class QTreeWidget;

namespace ResellerDesk::Ui {

// Help > Keyboard shortcuts: every action of a window that has a shortcut, read from the
// window's actions when the dialog opens, so the list follows the menus as they change.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

    // One row per action text and shortcut: the action without its & marker, its shortcuts
    // in the platform's notation, and where it is found (a menu title or "Table").
    struct Entry
    {
        QString action;
        QString shortcuts;
        QString place;
    };
    static QList<Entry> collect(const QWidget *window);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace ResellerDesk::Ui
