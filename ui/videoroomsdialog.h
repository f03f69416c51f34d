#pragma once

#include "ui/tooldialog.h"

#include <QPointer>
#include <QUrl>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// Video conference rooms window. It lists the server locations (video-list-locations), creates
// a room in the chosen one (video-create-room) and shows its link, which Copy link puts on the
// clipboard. Rooms created while the window is open stay listed, and selecting one shows its
// link. The link carries a token that admits its holder, so it is never logged.
class VideoRoomsDialog : public ToolDialog
{
    Q_OBJECT

public:
    explicit VideoRoomsDialog(Api::ApiClient *client, QWidget *parent = nullptr);
    ~VideoRoomsDialog() override;

    // Returns the link shown, or an empty URL.
    QUrl link() const { return m_link; }
    QString statusText() const;

public slots:
    // Loads the locations again.
    void refresh() override;
    // Sends video-create-room. The Create button passes the chosen location and entered name.
    void createRoom(const QString &location, const QString &room);
    void copyLink();

signals:
    void locationsLoaded();
    void roomCreated(const QUrl &link);
    void requestFailed(const QString &message);

private:
    void handleLocations(Api::ApiReply *reply);
    void handleRoom(Api::ApiReply *reply, const QString &location, const QString &room);
    void showLink(const QUrl &link);
    void setStatus(const QString &text, bool error);
    void updateButtons();

    std::unique_ptr<Api::ApiCommands> m_commands;
    QPointer<Api::ApiReply> m_locationsReply;
    QPointer<Api::ApiReply> m_roomReply;
    QComboBox *m_locationCombo = nullptr;
    QLineEdit *m_roomEdit = nullptr;
    QPushButton *m_createButton = nullptr;
    QLineEdit *m_linkEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QTreeWidget *m_roomList = nullptr;
    QLabel *m_status = nullptr;
    QUrl m_link;
};

} // namespace ResellerDesk::Ui
