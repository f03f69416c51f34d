#pragma once

#include "models/entityspec.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ResellerDesk::Api {
class ApiClient;
struct ConnectionSettings;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class EntityTab;

// Main window with the Accounts, Domains, Orders and Tickets tabs. F5 refreshes the current
// tab and Esc cancels its load. Window, splitter and column layouts persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Api::ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    EntityTab *tab(Models::Entity entity) const;
    EntityTab *currentTab() const;
    QTabWidget *tabWidget() const { return m_tabs; }

    void restoreLayout();
    void saveLayout() const;

public slots:
    // Asks for new connection settings; on OK applies them and reloads the current tab.
    void showConnectDialog();
    // Applies new connection settings and drops every loaded row, so that data of one
    // connection never shows under another; then reloads the current tab.
    void applyConnectionSettings(const ResellerDesk::Api::ConnectionSettings &settings);
    void refreshCurrentTab();
    void cancelCurrentTab();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateStatus();
    void updateTitle();

    Api::ApiClient *m_client = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<EntityTab *> m_entityTabs;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace ResellerDesk::Ui
