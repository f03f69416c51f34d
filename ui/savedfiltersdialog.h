#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace ResellerDesk::Models {
class SavedFilterStore;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

// Lists the saved filters of one list, with Apply, Rename and Delete.
class SavedFiltersDialog : public QDialog
{
    Q_OBJECT

public:
    SavedFiltersDialog(Models::SavedFilterStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

    // Renames the selected filter. Returns false with a message for an invalid or taken name.
    bool renameSelected(const QString &newName, QString *errorMessage);
    void deleteSelected();

signals:
    void applyRequested(const QString &name);

private:
    void reload(const QString &selectName = {});
    void updateButtons();
    QString selectedName() const;
    void askRename();

    Models::SavedFilterStore *m_store = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace ResellerDesk::Ui
