#include "ui/everydayactions.h"

#include "ui/aboutdialog.h"
#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/tableactions.h"
#include "ui/uilogging.h"

#include "models/csvexporter.h"
#include "models/entitytablemodel.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace ResellerDesk::Ui {

namespace {

const QString lastDirectoryKey = QStringLiteral("export/lastDirectory");
// How long the status bar shows the result of an export, in milliseconds.
constexpr int resultMessageMs = 8000;

} // namespace

EverydayActions::EverydayActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void EverydayActions::addFileActions(QMenu *fileMenu)
{
    QAction *exportAction = fileMenu->addAction(tr("&Export View…"));
    exportAction->setObjectName(QStringLiteral("exportViewAction"));
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setToolTip(tr("Save the rows of the current table as they are shown to a "
                                "CSV file"));
    connect(exportAction, &QAction::triggered, this, &EverydayActions::exportCurrentView);
    QAction *preferencesAction = fileMenu->addAction(tr("&Preferences…"));
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    // QKeySequence::Preferences is empty on Linux desktops; Ctrl+, is what GNOME and KDE
    // applications use there.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setShortcuts(preferencesKeys);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction, &QAction::triggered, this, &EverydayActions::showPreferences);
}

void EverydayActions::addViewActions(QMenu *viewMenu)
{
    QAction *columnsAction = viewMenu->addAction(tr("C&olumns…"));
    columnsAction->setObjectName(QStringLiteral("columnsAction"));
    connect(columnsAction, &QAction::triggered, this, &EverydayActions::chooseColumns);
}

void EverydayActions::addHelpMenu()
{
    QMenu *helpMenu = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction = helpMenu->addAction(tr("&Keyboard Shortcuts"));
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, &EverydayActions::showShortcuts);
    QAction *aboutAction = helpMenu->addAction(tr("&About ResellerDesk"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &EverydayActions::showAbout);
}

void EverydayActions::exportCurrentView()
{
    EntityTab *tab = m_window->currentTab();
    if (!tab) {
        m_window->statusBar()->showMessage(
            tr("This page has no table to export. Open a list such as Accounts first."),
            resultMessageMs);
        return;
    }
    if (m_exporter) {
        m_window->statusBar()->showMessage(
            tr("An export is still running. Wait until it has finished."), resultMessageMs);
        return;
    }
    QSettings settings;
    const QString directory
        = settings
              .value(lastDirectoryKey,
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString suggested = tab->model()->spec().listCommand + u'-'
        + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export View"),
        QDir(directory).filePath(suggested), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    exportView(tab, path);
}

Models::CsvExporter *EverydayActions::exportView(EntityTab *tab, const QString &path)
{
    if (m_exporter || !tab)
        return nullptr;
    QTableView *view = tab->tableView();
    auto *exporter
        = new Models::CsvExporter(view->model(), TableActions::visibleColumns(view), path, this);
    m_exporter = exporter;
    QStatusBar *status = m_window->statusBar();
    connect(exporter, &Models::CsvExporter::progress, this, [status](int done, int total) {
        status->showMessage(tr("Exporting… %1 of %n rows", nullptr, total).arg(done));
    });
    connect(exporter, &Models::CsvExporter::finished, this,
        [this, exporter, status](const QString &written, int rowCount) {
            status->showMessage(tr("Exported %n rows to %1", nullptr, rowCount)
                                    .arg(QDir::toNativeSeparators(written)),
                resultMessageMs);
            exporter->deleteLater();
        });
    connect(exporter, &Models::CsvExporter::failed, this, [this, exporter](const QString &message) {
        showExportError(message);
        exporter->deleteLater();
    });
    qCInfo(lcUi) << "exporting" << tab->model()->spec().listCommand << "view";
    exporter->start();
    return exporter;
}

void EverydayActions::showExportError(const QString &message)
{
    m_window->statusBar()->clearMessage();
    // Window-modal through open() instead of exec(), so the event loop keeps running.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Export failed"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EverydayActions::chooseColumns()
{
    EntityTab *tab = m_window->currentTab();
    if (!tab) {
        m_window->statusBar()->showMessage(
            tr("This page has no table columns to choose."), resultMessageMs);
        return;
    }
    if (auto *actions = tab->findChild<TableActions *>())
        actions->chooseColumns();
}

void EverydayActions::showPreferences()
{
    PreferencesDialog dialog(m_window);
    dialog.exec();
}

void EverydayActions::showShortcuts()
{
    ShortcutsDialog dialog(m_window, m_window);
    dialog.exec();
}

void EverydayActions::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

} // namespace ResellerDesk::Ui
