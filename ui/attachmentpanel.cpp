#include "ui/attachmentpanel.h"

#include "ui/uilogging.h"

#include "models/attachmentfiles.h"
#include "models/openedattachmentsfolder.h"

#include "api/apicommands.h"
#include "api/apireply.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ResellerDesk::Ui {

namespace AttachmentFiles = Models::AttachmentFiles;

namespace {

enum Column { NameColumn, MessageColumn, TypeColumn, SizeColumn, DetectedColumn };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SideRole = Qt::UserRole + 2;
constexpr int DeletedRole = Qt::UserRole + 3;
constexpr int DeclaredTypeRole = Qt::UserRole + 4;
// Text previews show the start of a file only, so a 20 MB log stays responsive.
constexpr qsizetype maxTextPreviewBytes = 256 * 1024;

// The outcome of the worker step for one attachment.
struct WorkResult
{
    QString filePath;
    QString detectedType;
    QString errorMessage;
    QImage image;
    QString text;
};

WorkResult decodeForPreview(const QJsonValue &data)
{
    AttachmentFiles::DecodeResult decoded = AttachmentFiles::decodeAttachment(data);
    WorkResult result{{}, decoded.detectedMimeType, decoded.errorMessage, {}, {}};
    if (!result.errorMessage.isEmpty())
        return result;
    const QMimeType type = QMimeDatabase().mimeTypeForName(decoded.detectedMimeType);
    if (type.name().startsWith(QLatin1String("image/")))
        result.image = QImage::fromData(decoded.data);
    else if (type.inherits(QStringLiteral("text/plain")))
        result.text = QString::fromUtf8(decoded.data.left(maxTextPreviewBytes));
    return result;
}

WorkResult saveToFolder(const QJsonValue &data, const QString &folder)
{
    const AttachmentFiles::SaveResult saved = AttachmentFiles::saveAttachment(data, folder);
    return WorkResult{saved.filePath, saved.detectedMimeType, saved.errorMessage, {}, {}};
}

} // namespace

AttachmentPanel::AttachmentPanel(Api::ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("attachmentTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({tr("Attachment"), tr("From"), tr("Declared type"), tr("Size"),
                             tr("Type in content")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    m_imagePreview = new QLabel(this);
    m_imagePreview->setAlignment(Qt::AlignCenter);
    m_textPreview = new QPlainTextEdit(this);
    m_textPreview->setReadOnly(true);
    m_preview = new QStackedWidget(this);
    m_preview->addWidget(new QLabel(tr("Select an attachment to preview it."), this));
    m_preview->addWidget(m_imagePreview);
    m_preview->addWidget(m_textPreview);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("attachmentStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setToolTip(tr("Open with the desktop's default application"));
    m_saveButton = new QPushButton(tr("Sa&ve…"), this);
    m_saveAllButton = new QPushButton(tr("Save a&ll…"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_saveAllButton);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 2);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AttachmentPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &AttachmentPanel::previewSelected);
    connect(m_previewButton, &QPushButton::clicked, this, &AttachmentPanel::previewSelected);
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentPanel::openSelected);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { chooseFolderAndSave(false); });
    connect(m_saveAllButton, &QPushButton::clicked, this, [this] { chooseFolderAndSave(true); });
    updateButtons();
}

AttachmentPanel::~AttachmentPanel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AttachmentPanel::showTicket(const Api::Ticket &ticket)
{
    m_tree->clear();
    const auto addRows = [this](const QList<Api::TicketAttachmentInfo> &attachments,
                                const QString &side, const QString &from) {
        for (const Api::TicketAttachmentInfo &attachment : attachments) {
            auto *item = new QTreeWidgetItem(m_tree);
            const bool deleted = attachment.isDeleted();
            item->setText(NameColumn, deleted ? tr("%1 (deleted)").arg(attachment.fileName())
                                              : attachment.fileName());
            item->setText(MessageColumn, from);
            item->setText(TypeColumn, attachment.mimeType());
            item->setText(SizeColumn,
                          QLocale().formattedDataSize(attachment.size().value_or(0)));
            item->setData(NameColumn, IdRole, attachment.id().value_or(0));
            item->setData(NameColumn, SideRole, side);
            item->setData(NameColumn, DeletedRole, deleted);
            item->setData(NameColumn, DeclaredTypeRole, attachment.mimeType());
            if (deleted)
                item->setForeground(NameColumn, palette().placeholderText());
        }
    };
    for (const Api::TicketMessage &message : ticket.messages()) {
        addRows(message.questionAttachments(), QStringLiteral("question"), message.name());
        addRows(message.answerAttachments(), QStringLiteral("answer"),
                tr("Support: %1").arg(message.supportNickname()));
    }
    updateButtons();
}

QString AttachmentPanel::previewText() const
{
    return m_preview->currentWidget() == m_textPreview ? m_textPreview->toPlainText() : QString();
}

bool AttachmentPanel::hasImagePreview() const
{
    return m_preview->currentWidget() == m_imagePreview;
}

void AttachmentPanel::selectAttachment(qlonglong attachmentId, const QString &side)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, IdRole).toLongLong() == attachmentId
            && item->data(NameColumn, SideRole).toString() == side) {
            m_tree->setCurrentItem(item);
            previewSelected();
            return;
        }
    }
}

QList<AttachmentPanel::Job> AttachmentPanel::jobsFor(const QList<QTreeWidgetItem *> &items) const
{
    QList<Job> jobs;
    for (QTreeWidgetItem *item : items) {
        if (!item->data(NameColumn, DeletedRole).toBool())
            jobs.append({item->data(NameColumn, IdRole).toLongLong(),
                         item->data(NameColumn, SideRole).toString(), item});
    }
    return jobs;
}

void AttachmentPanel::previewSelected()
{
    start(jobsFor(m_tree->selectedItems()).mid(0, 1), Action::Preview);
}

void AttachmentPanel::openSelected()
{
    start(jobsFor(m_tree->selectedItems()), Action::Open);
}

void AttachmentPanel::saveSelected(const QString &folder)
{
    start(jobsFor(m_tree->selectedItems()), Action::Save, folder);
}

void AttachmentPanel::saveAll(const QString &folder)
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        items.append(m_tree->topLevelItem(i));
    start(jobsFor(items), Action::Save, folder);
}

void AttachmentPanel::chooseFolderAndSave(bool all)
{
    const QString folder = QFileDialog::getExistingDirectory(
            this, all ? tr("Save all attachments to") : tr("Save attachments to"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (folder.isEmpty())
        return;
    all ? saveAll(folder) : saveSelected(folder);
}

void AttachmentPanel::start(const QList<Job> &jobs, Action action, const QString &folder)
{
    if (isBusy() || jobs.isEmpty() || !m_client)
        return;
    m_action = action;
    m_folder = folder;
    if (action == Action::Open) {
        // Copies for the default application live in a folder of this run, removed at exit.
        const Models::OpenedAttachmentsFolder *opened = Models::OpenedAttachmentsFolder::instance();
        if (!opened->isValid()) {
            m_status->setText(tr("Failed to create a temporary folder for opening attachments: "
                                 "%1. Save the attachment instead.")
                                      .arg(opened->errorString()));
            return;
        }
        m_folder = opened->path();
    }
    m_queue = jobs;
    m_total = int(jobs.size());
    m_savedPaths.clear();
    m_errors.clear();
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->setVisible(m_total > 1 || action != Action::Preview);
    startNext();
}

void AttachmentPanel::startNext()
{
    if (m_queue.isEmpty()) {
        setWorking(false);
        if (m_action == Action::Save) {
            m_status->setText(m_errors.isEmpty()
                                      ? tr("Saved %n file(s) to %1.", nullptr,
                                           int(m_savedPaths.size()))
                                                .arg(QDir::toNativeSeparators(m_folder))
                                      : m_errors.join(u'\n'));
            emit saveFinished(m_savedPaths, m_errors);
        }
        return;
    }
    m_current = m_queue.takeFirst();
    setWorking(true, tr("Downloading %1…").arg(m_current.item->text(NameColumn)));
    const Api::AttachmentSide side = m_current.side == u"answer" ? Api::AttachmentSide::Answer
                                                                 : Api::AttachmentSide::Question;
    m_reply = Api::ApiCommands(m_client).ticketAttachment(m_current.id, side);
    connect(m_reply, &Api::ApiReply::finished, this, &AttachmentPanel::handleDownloaded);
}

void AttachmentPanel::handleDownloaded()
{
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->isOk()) {
        finishJob({}, {}, reply->error().userMessage());
        return;
    }
    m_working = true;
    m_status->setText(tr("Decoding %1…").arg(m_current.item->text(NameColumn)));
    auto *watcher = new QFutureWatcher<WorkResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const WorkResult result = watcher->result();
        if (m_action == Action::Preview && result.errorMessage.isEmpty()) {
            if (!result.image.isNull()) {
                m_imagePreview->setPixmap(QPixmap::fromImage(result.image).scaled(
                        m_preview->size().boundedTo(result.image.size()), Qt::KeepAspectRatio,
                        Qt::SmoothTransformation));
                m_preview->setCurrentWidget(m_imagePreview);
            } else if (!result.text.isNull()) {
                m_textPreview->setPlainText(result.text);
                m_preview->setCurrentWidget(m_textPreview);
            } else {
                auto *label = qobject_cast<QLabel *>(m_preview->widget(0));
                label->setText(tr("No preview for %1. Open or save the file.")
                                       .arg(result.detectedType));
                m_preview->setCurrentIndex(0);
            }
            emit previewReady();
        }
        QString error = result.errorMessage;
        if (m_action == Action::Open && error.isEmpty()
            && !QDesktopServices::openUrl(QUrl::fromLocalFile(result.filePath)))
            error = tr("No application could open \"%1\". Save the attachment and open it "
                       "from its folder.")
                            .arg(QDir::toNativeSeparators(result.filePath));
        finishJob(result.filePath, result.detectedType, error);
    });
    const QJsonValue data = reply->data();
    if (m_action == Action::Preview)
        watcher->setFuture(QtConcurrent::run(&decodeForPreview, data));
    else
        watcher->setFuture(QtConcurrent::run(&saveToFolder, data, m_folder));
}

void AttachmentPanel::finishJob(const QString &filePath, const QString &detectedType,
                                const QString &error)
{
    m_working = false;
    QTreeWidgetItem *item = m_current.item;
    if (!detectedType.isEmpty()) {
        const QString declared = item->data(NameColumn, DeclaredTypeRole).toString();
        const bool differs = AttachmentFiles::mimeTypesDiffer(declared, detectedType);
        item->setText(DetectedColumn,
                      differs ? tr("%1 (declared %2)").arg(detectedType, declared) : detectedType);
        item->setToolTip(DetectedColumn,
                         differs ? tr("The content is %1 but the sender declared %2. Open the "
                                      "file with care.")
                                           .arg(detectedType, declared)
                                 : QString());
        if (differs)
            item->setForeground(DetectedColumn, QColor(0xb0, 0x00, 0x20));
    }
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "Attachment" << m_current.id << "failed:" << error;
        m_errors.append(error);
        emit failed(error);
    } else if (!filePath.isEmpty()) {
        m_savedPaths.append(filePath);
    }
    m_progress->setValue(m_total - int(m_queue.size()));
    if (m_action != Action::Save)
        m_status->setText(error);
    startNext();
}

void AttachmentPanel::setWorking(bool working, const QString &status)
{
    if (!working)
        m_progress->hide();
    if (!status.isEmpty())
        m_status->setText(status);
    updateButtons();
}

void AttachmentPanel::updateButtons()
{
    const bool busy = isBusy();
    const bool selected = !jobsFor(m_tree->selectedItems()).isEmpty();
    m_previewButton->setEnabled(!busy && selected);
    m_openButton->setEnabled(!busy && selected);
    m_saveButton->setEnabled(!busy && selected);
    m_saveAllButton->setEnabled(!busy && m_tree->topLevelItemCount() > 0);
}

} // namespace ResellerDesk::Ui
