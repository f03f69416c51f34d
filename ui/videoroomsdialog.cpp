#include "ui/videoroomsdialog.h"

#include "ui/uilogging.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/supportrecords.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

VideoRoomsDialog::VideoRoomsDialog(Api::ApiClient *client, QWidget *parent)
    : ToolDialog(QStringLiteral("videoRooms"), QSize(720, 460), parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
{
    setWindowTitle(tr("Video Conference Rooms"));
    m_locationCombo = new QComboBox(this);
    m_locationCombo->setObjectName(QStringLiteral("videoLocation"));
    m_roomEdit = new QLineEdit(this);
    m_roomEdit->setObjectName(QStringLiteral("videoRoom"));
    m_roomEdit->setMaxLength(80);
    m_roomEdit->setPlaceholderText(tr("Letters, digits, '_' and '-', such as team-meeting"));
    m_createButton = new QPushButton(tr("C&reate room"), this);
    m_createButton->setObjectName(QStringLiteral("createRoom"));
    m_createButton->setDefault(true);

    m_linkEdit = new QLineEdit(this);
    m_linkEdit->setObjectName(QStringLiteral("videoLink"));
    m_linkEdit->setReadOnly(true);
    m_linkEdit->setPlaceholderText(tr("The new room's link appears here"));
    m_copyButton = new QPushButton(tr("&Copy link"), this);
    m_copyButton->setObjectName(QStringLiteral("copyLink"));
    m_openButton = new QPushButton(tr("&Open in browser"), this);
    m_openButton->setObjectName(QStringLiteral("openLink"));
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkEdit, 1);
    linkRow->addWidget(m_copyButton);
    linkRow->addWidget(m_openButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Location:"), m_locationCombo);
    form->addRow(tr("&Room name:"), m_roomEdit);
    form->addRow(QString(), m_createButton);
    form->addRow(tr("Link:"), linkRow);

    m_roomList = new QTreeWidget(this);
    m_roomList->setObjectName(QStringLiteral("createdRooms"));
    m_roomList->setRootIsDecorated(false);
    m_roomList->setHeaderLabels({ tr("Room"), tr("Location") });
    m_roomList->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("videoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rooms created in this window:"), this));
    layout->addWidget(m_roomList, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, [this] {
        createRoom(m_locationCombo->currentData().toString(), m_roomEdit->text().trimmed());
    });
    connect(m_roomEdit, &QLineEdit::returnPressed, m_createButton, &QPushButton::click);
    connect(m_copyButton, &QPushButton::clicked, this, &VideoRoomsDialog::copyLink);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(m_link))
            setStatus(tr("No web browser could be started for the room link. Copy the link and "
                         "open it in a browser yourself."),
                true);
    });
    connect(m_roomList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showLink(item->data(0, Qt::UserRole).toUrl());
    });
    connect(m_roomEdit, &QLineEdit::textChanged, this, &VideoRoomsDialog::updateButtons);

    showLink({});
    refresh();
}

VideoRoomsDialog::~VideoRoomsDialog()
{
    dropReply(m_locationsReply);
    dropReply(m_roomReply);
}

QString VideoRoomsDialog::statusText() const
{
    return m_status->text();
}

void VideoRoomsDialog::refresh()
{
    if (m_locationsReply)
        return;
    setStatus(tr("Loading the video conference locations…"), false);
    m_locationsReply = m_commands->videoListLocations();
    Api::ApiReply *reply = m_locationsReply;
    connect(reply, &Api::ApiReply::finished, this, [this, reply] { handleLocations(reply); });
    updateButtons();
}

void VideoRoomsDialog::handleLocations(Api::ApiReply *reply)
{
    reply->deleteLater();
    m_locationsReply = nullptr;
    QString problem;
    std::optional<QList<Api::VideoLocation>> locations;
    if (reply->isOk())
        locations = Api::RecordParsing::parseKeyedRecords<Api::VideoLocation>(
            reply->data(), {}, &problem);
    else
        problem = reply->error().userMessage();
    if (!locations) {
        qCWarning(lcUi) << "Loading the video conference locations failed:" << problem;
        setStatus(problem, true);
        updateButtons();
        emit requestFailed(problem);
        return;
    }
    const QString previous = m_locationCombo->currentData().toString();
    m_locationCombo->clear();
    for (const Api::VideoLocation &location : std::as_const(*locations)) {
        const QString text = tr("%1 (%2, data center %3)")
                                 .arg(location.hostname(), location.brand(), location.datacenter());
        m_locationCombo->addItem(text, location.hostname());
    }
    const int index = m_locationCombo->findData(previous);
    if (index >= 0)
        m_locationCombo->setCurrentIndex(index);
    setStatus(locations->isEmpty() ? tr("The service lists no video conference locations.")
                                   : tr("Choose a location and a room name, then Create room."),
        locations->isEmpty());
    updateButtons();
    emit locationsLoaded();
}

void VideoRoomsDialog::createRoom(const QString &location, const QString &room)
{
    if (m_roomReply)
        return;
    setStatus(tr("Creating the room \"%1\"…").arg(room), false);
    m_roomReply = m_commands->videoCreateRoom(location, room);
    Api::ApiReply *reply = m_roomReply;
    connect(reply, &Api::ApiReply::finished, this,
        [this, reply, location, room] { handleRoom(reply, location, room); });
    updateButtons();
}

void VideoRoomsDialog::handleRoom(
    Api::ApiReply *reply, const QString &location, const QString &room)
{
    reply->deleteLater();
    m_roomReply = nullptr;
    QString problem;
    std::optional<QUrl> url;
    if (reply->isOk())
        url = Api::RecordParsing::parseUrl(reply->data(), &problem);
    else
        problem = reply->error().userMessage();
    updateButtons();
    if (!url) {
        problem = tr("Could not create the room \"%1\" at the location \"%2\". %3")
                      .arg(room, location, problem);
        qCWarning(lcUi) << "Creating a video conference room failed:" << reply->error().detail;
        setStatus(problem, true);
        emit requestFailed(problem);
        return;
    }
    const Api::VideoRoom created { *url };
    auto *item = new QTreeWidgetItem(m_roomList, { created.room(), created.location() });
    item->setData(0, Qt::UserRole, *url);
    m_roomList->setCurrentItem(item);
    showLink(*url);
    setStatus(tr("The room \"%1\" is ready. Anyone with the link can join it.").arg(created.room()),
        false);
    emit roomCreated(*url);
}

void VideoRoomsDialog::showLink(const QUrl &link)
{
    m_link = link;
    m_linkEdit->setText(link.toString());
    m_linkEdit->setCursorPosition(0);
    updateButtons();
}

void VideoRoomsDialog::copyLink()
{
    if (m_link.isEmpty())
        return;
    QApplication::clipboard()->setText(m_link.toString());
    setStatus(tr("The link is on the clipboard."), false);
}

void VideoRoomsDialog::setStatus(const QString &text, bool error)
{
    showStatus(m_status, text, error);
}

void VideoRoomsDialog::updateButtons()
{
    m_createButton->setEnabled(
        !m_roomReply && m_locationCombo->count() > 0 && !m_roomEdit->text().trimmed().isEmpty());
    m_copyButton->setEnabled(!m_link.isEmpty());
    m_openButton->setEnabled(!m_link.isEmpty());
}

} // namespace ResellerDesk::Ui
