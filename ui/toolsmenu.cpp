#include "ui/toolsmenu.h"

#include "ui/domaincheckdialog.h"
#include "ui/mainwindow.h"
#include "ui/splitdomaindialog.h"
#include "ui/uilogging.h"
#include "ui/videoroomsdialog.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace ResellerDesk::Ui {

ToolsMenu::ToolsMenu(MainWindow *window, Api::ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
{
    m_menu = window->menuBar()->addMenu(tr("T&ools"));
    m_menu->setObjectName(QStringLiteral("toolsMenu"));
    m_demoAction = m_menu->addAction(tr("&Demo Control Panel"));
    m_demoAction->setObjectName(QStringLiteral("demoControlPanelAction"));
    m_demoAction->setToolTip(tr("Log in to the Demo Control Panel in the web browser"));
    connect(m_demoAction, &QAction::triggered, this, &ToolsMenu::openDemoControlPanel);
    QAction *videoAction = m_menu->addAction(tr("&Video conference rooms…"));
    videoAction->setObjectName(QStringLiteral("videoRoomsAction"));
    connect(videoAction, &QAction::triggered, this, &ToolsMenu::showVideoRooms);
    m_menu->addSeparator();
    QAction *checkAction = m_menu->addAction(tr("Domain &check…"));
    checkAction->setObjectName(QStringLiteral("domainCheckAction"));
    connect(checkAction, &QAction::triggered, this, &ToolsMenu::showDomainCheck);
    QAction *splitAction = m_menu->addAction(tr("&Split domain…"));
    splitAction->setObjectName(QStringLiteral("splitDomainAction"));
    connect(splitAction, &QAction::triggered, this, &ToolsMenu::showSplitDomain);
    m_menu->addSeparator();

    using Page = ReferenceDataDialog::Page;
    const QList<std::pair<Page, QString>> pages {
        { Page::CurrencyRates, tr("C&urrency rates") },
        { Page::Countries, tr("C&ountries") },
        { Page::Datacenters, tr("Data cen&ters") },
        { Page::Tlds, tr("&TLDs and their attributes") },
    };
    for (const auto &[page, title] : pages) {
        QAction *action = m_menu->addAction(title);
        connect(
            action, &QAction::triggered, this, [this, page = page] { showReferenceData(page); });
    }
}

ToolsMenu::~ToolsMenu()
{
    if (m_demoReply) {
        m_demoReply->disconnect(this);
        m_demoReply->abort();
        m_demoReply->deleteLater();
    }
}

void ToolsMenu::openDemoControlPanel()
{
    if (m_demoReply)
        return;
    m_demoAction->setEnabled(false);
    m_demoReply = m_commands->democpUrl();
    Api::ApiReply *reply = m_demoReply;
    connect(
        reply, &Api::ApiReply::finished, this, [this, reply] { handleDemoControlPanel(reply); });
}

void ToolsMenu::handleDemoControlPanel(Api::ApiReply *reply)
{
    reply->deleteLater();
    m_demoReply = nullptr;
    m_demoAction->setEnabled(true);
    QString problem;
    std::optional<QUrl> url;
    if (reply->isOk())
        url = Api::RecordParsing::parseUrl(reply->data(), &problem);
    else
        problem = reply->error().userMessage();
    if (url && (!url->isValid() || url->isRelative())) {
        problem = tr("The service returned a Demo Control Panel link that is not a web address.");
        url.reset();
    }
    if (!url) {
        qCWarning(lcUi) << "Getting the Demo Control Panel link failed:" << reply->error().detail;
        showError(tr("Demo Control Panel"),
            tr("Could not get a login link for the Demo Control Panel. %1").arg(problem));
        emit demoControlPanelFailed(problem);
        return;
    }
    if (!QDesktopServices::openUrl(*url)) {
        const QString message = tr("No web browser could be started for the Demo Control Panel "
                                   "link. Set a default web browser in the desktop settings and "
                                   "try again.");
        qCWarning(lcUi) << "QDesktopServices::openUrl failed for the Demo Control Panel link";
        showError(tr("Demo Control Panel"), message);
        emit demoControlPanelFailed(message);
        return;
    }
    qCInfo(lcUi) << "Opened the Demo Control Panel in the web browser";
    emit demoControlPanelOpened();
}

void ToolsMenu::showError(const QString &title, const QString &message)
{
    // Window-modal and opened asynchronously, so that no nested event loop runs here.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("toolsError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

template <typename Dialog> Dialog *ToolsMenu::raiseOrCreate(QPointer<Dialog> &dialog)
{
    if (!dialog)
        dialog = new Dialog(m_client, m_window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

VideoRoomsDialog *ToolsMenu::showVideoRooms()
{
    return raiseOrCreate(m_videoRooms);
}

DomainCheckDialog *ToolsMenu::showDomainCheck()
{
    return raiseOrCreate(m_domainCheck);
}

SplitDomainDialog *ToolsMenu::showSplitDomain()
{
    return raiseOrCreate(m_splitDomain);
}

ReferenceDataDialog *ToolsMenu::showReferenceData(ReferenceDataDialog::Page page)
{
    // The page is chosen before the window shows, so that only that page loads.
    if (!m_referenceData)
        m_referenceData = new ReferenceDataDialog(m_client, m_window);
    m_referenceData->showPage(page);
    return raiseOrCreate(m_referenceData);
}

} // namespace ResellerDesk::Ui
