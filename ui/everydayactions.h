#pragma once

#include <QObject>
#include <QPointer>

class QMenu;

namespace ResellerDesk::Models {
class CsvExporter;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

class EntityTab;
class MainWindow;

// Main window actions that work on the current table or the whole application: File >
// Export view (Ctrl+E) and Preferences, View > Columns, and the Help menu with Keyboard
// shortcuts and About.
class EverydayActions : public QObject
{
    Q_OBJECT

public:
    explicit EverydayActions(MainWindow *window);

    void addFileActions(QMenu *fileMenu);
    void addViewActions(QMenu *viewMenu);
    // Appends the Help menu. Call it after every other menu was added, so that it comes last.
    void addHelpMenu();

    // Starts writing the tab's current view (quick filter, sort order, visible columns in
    // header order) to path. Returns the running export, which reports in the status bar and
    // deletes itself when done. Returns null when another export is running or tab is null.
    Models::CsvExporter *exportView(EntityTab *tab, const QString &path);

public slots:
    // Asks for a file name and exports the current tab's view.
    void exportCurrentView();
    void chooseColumns();
    void showPreferences();
    void showShortcuts();
    void showAbout();

private:
    void showExportError(const QString &message);

    MainWindow *m_window = nullptr;
    QPointer<Models::CsvExporter> m_exporter;
};

} // namespace ResellerDesk::Ui
