#include "ui/savedfilters.h"

#include "ui/filterpane.h"
#include "ui/savedfiltersdialog.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace ResellerDesk::Ui {

SavedFilters::SavedFilters(const QString &listCommand, FilterPane *pane, QWidget *parent)
    : QToolButton(parent)
    , m_store(listCommand)
    , m_pane(pane)
{
    setObjectName(QStringLiteral("savedFilters"));
    setText(tr("Saved"));
    setToolTip(tr("Apply, save, rename or delete named sets of these filters"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &SavedFilters::rebuildMenu);
}

// Rebuilt on every show, because another window or tab of the same list may have changed
// the saved filters in QSettings.
void SavedFilters::rebuildMenu()
{
    QMenu *menu = this->menu();
    menu->clear();
    const QStringList names = m_store.names();
    for (const QString &name : names) {
        QAction *action = menu->addAction(name);
        connect(action, &QAction::triggered, this, [this, name] {
            QString problem;
            if (!applyFilter(name, &problem))
                QMessageBox::warning(window(), tr("Saved filters"), problem);
        });
    }
    if (names.isEmpty())
        menu->addAction(tr("No saved filters yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Save current filters…"), this, &SavedFilters::saveCurrentAs);
    QAction *manageAction = menu->addAction(tr("&Manage…"), this, &SavedFilters::manage);
    manageAction->setEnabled(!names.isEmpty());
}

bool SavedFilters::applyFilter(const QString &name, QString *errorMessage)
{
    const std::optional<QVariantMap> values = m_store.values(name);
    if (!values) {
        *errorMessage = tr("The saved filter \"%1\" was not found. It may have been deleted "
                           "in another window.")
                            .arg(name);
        return false;
    }
    m_pane->setFieldValues(*values);
    m_pane->apply();
    return true;
}

bool SavedFilters::saveCurrent(const QString &name, QString *errorMessage)
{
    return m_store.save(name, m_pane->fieldValues(), errorMessage);
}

void SavedFilters::saveCurrentAs()
{
    QString name;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(window(), tr("Save filters"),
            tr("Name for the current filters:"), QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        name = name.trimmed();
        if (m_store.contains(name)) {
            const auto answer = QMessageBox::question(window(), tr("Save filters"),
                tr("A saved filter named \"%1\" already exists. Replace it?").arg(name));
            if (answer != QMessageBox::Yes)
                continue;
        }
        QString problem;
        if (saveCurrent(name, &problem))
            return;
        QMessageBox::warning(window(), tr("Save filters"), problem);
    }
}

void SavedFilters::manage()
{
    SavedFiltersDialog dialog(&m_store, window());
    connect(&dialog, &SavedFiltersDialog::applyRequested, this, [this](const QString &name) {
        QString problem;
        if (!applyFilter(name, &problem))
            QMessageBox::warning(window(), tr("Saved filters"), problem);
    });
    dialog.exec();
}

} // namespace ResellerDesk::Ui
