#pragma once

#include "ui/referencedatadialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class DomainCheckDialog;
class MainWindow;
class SplitDomainDialog;
class VideoRoomsDialog;

// The Tools menu of the main window: Demo Control Panel, video conference rooms, domain check,
// split domain and the reference data window (currency rates, countries, data centers, TLDs).
// Each window opens once and is raised when chosen again.
class ToolsMenu : public QObject
{
    Q_OBJECT

public:
    ToolsMenu(MainWindow *window, Api::ApiClient *client);
    ~ToolsMenu() override;

    QMenu *menu() const { return m_menu; }

    // Fetches a one-time login link with democp-url and opens it in the web browser. A failure
    // shows a message box naming what failed.
    void openDemoControlPanel();
    VideoRoomsDialog *showVideoRooms();
    DomainCheckDialog *showDomainCheck();
    SplitDomainDialog *showSplitDomain();
    ReferenceDataDialog *showReferenceData(ReferenceDataDialog::Page page);

signals:
    // Emitted after the browser was asked to open the link (which is not logged: it logs in).
    void demoControlPanelOpened();
    void demoControlPanelFailed(const QString &message);

private:
    void handleDemoControlPanel(Api::ApiReply *reply);
    void showError(const QString &title, const QString &message);
    template <typename Dialog> Dialog *raiseOrCreate(QPointer<Dialog> &dialog);

    MainWindow *m_window = nullptr;
    Api::ApiClient *m_client = nullptr;
    std::unique_ptr<Api::ApiCommands> m_commands;
    QMenu *m_menu = nullptr;
    QAction *m_demoAction = nullptr;
    QPointer<Api::ApiReply> m_demoReply;
    QPointer<VideoRoomsDialog> m_videoRooms;
    QPointer<DomainCheckDialog> m_domainCheck;
    QPointer<SplitDomainDialog> m_splitDomain;
    QPointer<ReferenceDataDialog> m_referenceData;
};

} // namespace ResellerDesk::Ui
