#pragma once

#include "models/savedfilterstore.h"

#include <QToolButton>

namespace ResellerDesk::Ui {

class FilterPane;

// "Saved filters" button of a filter pane. Its menu applies a saved set of field values,
// saves the current fields under a name, and opens SavedFiltersDialog to rename or delete.
class SavedFilters : public QToolButton
{
    Q_OBJECT

public:
    SavedFilters(const QString &listCommand, FilterPane *pane, QWidget *parent = nullptr);

    Models::SavedFilterStore &store() { return m_store; }

    // Fills the pane with the saved values and applies them. Returns false with a message
    // when the name is not found.
    bool applyFilter(const QString &name, QString *errorMessage);
    // Saves the pane's current fields under name, replacing a filter of the same name.
    bool saveCurrent(const QString &name, QString *errorMessage);

public slots:
    // Prompts for a name and saves the current fields, with a confirmation before replacing
    // a saved filter of that name.
    void saveCurrentAs();
    void manage();

private:
    void rebuildMenu();

    Models::SavedFilterStore m_store;
    FilterPane *m_pane = nullptr;
};

} // namespace ResellerDesk::Ui
