#pragma once

#include "models/entityspec.h"

#include "api/listquery.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace ResellerDesk::Api {
class ApiClient;
struct ConnectionSettings;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class EntityTab;
class EverydayActions;
class NavigationSidebar;

// Main window: a sidebar of pages grouped as Overview, Hosting, Sales and Support beside a
// stack with one page per entity list (EntityTab) and pages that others add with addPage().
// Ctrl+1 to Ctrl+9 open the first nine pages, F5 refreshes the current list and Esc cancels
// its load. Window, splitter, column layouts and the current page persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Api::ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    EntityTab *tab(Models::Entity entity) const;
    // The current page if it is an entity list, otherwise nullptr.
    EntityTab *currentTab() const;
    QWidget *currentPage() const;
    QStackedWidget *pageStack() const { return m_pages; }
    NavigationSidebar *sidebar() const { return m_sidebar; }

    // Adds a page that is not an entity list, such as the dashboard, under `group`
    // ("Overview", "Hosting", "Sales", "Support" or a new one) at `position` within the group
    // (-1 appends). The window takes ownership. A page whose objectName is set keeps being
    // the current page across restarts.
    void addPage(QWidget *page, const QString &title, const QString &group, int position = -1);

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
    void showPage(QWidget *page);
    void showEntity(ResellerDesk::Models::Entity entity);
    // Shows the entity's page loaded with exactly `query`, naming it with `description`
    // ("Domains expiring in 30 days") above the table until the user clears it.
    void openFiltered(ResellerDesk::Models::Entity entity,
                      const ResellerDesk::Api::ListQuery &query, const QString &description);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void addEntityPage(Models::Entity entity, const QString &title, const QString &group);
    void handlePageChanged();
    void updatePageActions();
    void updateStatus();
    void updateTitle();

    Api::ApiClient *m_client = nullptr;
    NavigationSidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_pagesMenu = nullptr;
    QList<EntityTab *> m_entityTabs;
    EverydayActions *m_everydayActions = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace ResellerDesk::Ui
