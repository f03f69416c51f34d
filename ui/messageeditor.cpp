#include "ui/messageeditor.h"

#include "ui/uilogging.h"

#include "models/attachmentfiles.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ResellerDesk::Ui {

using Api::TicketAttachmentUpload;
using Api::TicketLimits;

void MessageTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers().testFlag(Qt::ControlModifier)) {
        emit sendRequested();
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        bool handled = false;
        emit shortcutCompletionRequested(&handled);
        if (handled)
            return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool MessageTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MessageTextEdit::insertFromMimeData(const QMimeData *source)
{
    QStringList files;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        emit imagePasted(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

MessageEditor::MessageEditor(QWidget *parent) : QWidget(parent)
{
    m_textEdit = new MessageTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("messageText"));
    m_textEdit->setPlaceholderText(tr("Write the message. Ctrl+Enter sends it. Type a canned "
                                      "reply's shortcut such as /thanks and press Tab."));
    m_textEdit->setTabChangesFocus(false);

    m_attachmentList = new QListWidget(this);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentList->setMaximumHeight(m_attachmentList->fontMetrics().height() * 4 + 8);
    m_attachmentList->setToolTip(tr("Attachments: at most %1 files of 20 MB each. Drop files "
                                    "here or paste an image into the text.")
                                         .arg(TicketLimits::maxAttachments));
    m_attachmentErrorLabel = new QLabel(this);
    m_attachmentErrorLabel->setObjectName(QStringLiteral("attachmentError"));
    m_attachmentErrorLabel->setWordWrap(true);
    m_attachmentErrorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_attachmentErrorLabel->hide();

    m_attachButton = new QPushButton(tr("&Attach files…"), this);
    m_removeButton = new QPushButton(tr("Remove attachment"), this);
    m_removeButton->setEnabled(false);
    m_cannedButton = new QToolButton(this);
    m_cannedButton->setText(tr("Canned &reply"));
    m_cannedButton->setPopupMode(QToolButton::InstantPopup);
    m_cannedButton->setMenu(new QMenu(m_cannedButton));
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("sendBlockedReason"));
    m_reasonLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_cannedButton);
    buttons->addWidget(m_reasonLabel, 1);
    buttons->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_textEdit, 1);
    layout->addWidget(m_attachmentList);
    layout->addWidget(m_attachmentErrorLabel);
    layout->addLayout(buttons);
    setAcceptDrops(true);

    rebuildCannedMenu();
    rebuildAttachmentList();

    // The library may change in the canned replies dialog while this editor is open.
    connect(m_cannedButton->menu(), &QMenu::aboutToShow, this, &MessageEditor::rebuildCannedMenu);
    connect(m_textEdit, &MessageTextEdit::sendRequested, this, [this] {
        if (m_sendButton->isEnabled())
            emit sendRequested();
    });
    connect(m_textEdit, &MessageTextEdit::shortcutCompletionRequested, this,
            &MessageEditor::completeShortcut);
    connect(m_textEdit, &MessageTextEdit::filesDropped, this, &MessageEditor::addFiles);
    connect(m_textEdit, &MessageTextEdit::imagePasted, this, &MessageEditor::addPastedImage);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &MessageEditor::textChanged);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &MessageEditor::updateSendButton);
    connect(m_attachButton, &QPushButton::clicked, this, &MessageEditor::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &MessageEditor::removeSelectedAttachment);
    connect(m_sendButton, &QPushButton::clicked, this, &MessageEditor::sendRequested);
    connect(m_attachmentList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeButton->setEnabled(row >= 0); });
    updateSendButton();
}

QString MessageEditor::text() const
{
    return m_textEdit->toPlainText();
}

void MessageEditor::setText(const QString &text)
{
    m_textEdit->setPlainText(text);
    m_textEdit->moveCursor(QTextCursor::End);
}

void MessageEditor::setAttachments(const QList<TicketAttachmentUpload> &attachments)
{
    m_attachments = attachments;
    rebuildAttachmentList();
    emit attachmentsChanged();
}

void MessageEditor::clear()
{
    m_textEdit->clear();
    m_attachments.clear();
    showAttachmentError({});
    rebuildAttachmentList();
    emit attachmentsChanged();
}

QString MessageEditor::attachmentError() const
{
    return m_attachmentErrorLabel->isHidden() ? QString() : m_attachmentErrorLabel->text();
}

void MessageEditor::setPlaceholderValues(const QHash<QString, QString> &values)
{
    m_placeholderValues = values;
}

void MessageEditor::setSendAllowed(bool allowed, const QString &reason)
{
    m_sendAllowed = allowed;
    m_reasonLabel->setText(allowed ? QString() : reason);
    updateSendButton();
}

void MessageEditor::updateSendButton()
{
    m_sendButton->setEnabled(m_sendAllowed && m_pendingReads == 0
                             && !text().trimmed().isEmpty());
}

QString MessageEditor::checkLimits(const QString &fileName, qint64 size) const
{
    if (m_restoring)
        return tr("\"%1\" was not attached: the draft's attachments are still being "
                  "restored. Attach it again in a moment.")
                .arg(fileName);
    if (m_attachments.size() + m_pendingReads >= TicketLimits::maxAttachments)
        return tr("\"%1\" was not attached: a message takes at most %2 attachments. Remove one "
                  "first.")
                .arg(fileName)
                .arg(TicketLimits::maxAttachments);
    if (size > TicketAttachmentUpload::maxDataSize)
        return tr("\"%1\" was not attached: it has %2, more than the maximum of 20 MB per "
                  "attachment. Attach a smaller file.")
                .arg(fileName, QLocale().formattedDataSize(size));
    return {};
}

void MessageEditor::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    addFiles(paths);
}

void MessageEditor::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString problem = checkLimits(info.fileName(), info.size());
        if (!problem.isEmpty()) {
            showAttachmentError(problem);
            continue;
        }
        // Reading 20 MB and sniffing its type would stall the UI, so a worker does it.
        ++m_pendingReads;
        updateSendButton();
        auto *watcher = new QFutureWatcher<Models::AttachmentFiles::ReadResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            --m_pendingReads;
            const Models::AttachmentFiles::ReadResult result = watcher->result();
            if (result.errorMessage.isEmpty())
                addAttachment(result.upload);
            else
                showAttachmentError(result.errorMessage);
            updateSendButton();
        });
        watcher->setFuture(QtConcurrent::run(&Models::AttachmentFiles::readUploadFile, path));
    }
}

void MessageEditor::beginRestore()
{
    if (m_restoring)
        return;
    m_restoring = true;
    ++m_pendingReads;
    m_attachButton->setEnabled(false);
    updateSendButton();
}

void MessageEditor::finishRestore(const QList<TicketAttachmentUpload> &attachments,
                                  const QStringList &missingFiles)
{
    if (m_restoring) {
        m_restoring = false;
        --m_pendingReads;
        m_attachButton->setEnabled(true);
    }
    // A draft was saved from this editor, so it contains at most maxAttachments files, unless
    // the folder was edited by hand.
    QList<TicketAttachmentUpload> merged = attachments + m_attachments;
    if (merged.size() > TicketLimits::maxAttachments)
        merged.resize(TicketLimits::maxAttachments);
    m_attachments = merged;
    QStringList messages;
    for (const QString &name : missingFiles)
        messages.append(tr("The draft's attachment \"%1\" was not found in the draft folder, "
                           "so it was left out. The text was kept. Attach the file again.")
                                .arg(name));
    if (!messages.isEmpty())
        showAttachmentError(messages.join(u'\n'));
    rebuildAttachmentList();
    updateSendButton();
    emit attachmentsChanged();
}

void MessageEditor::addAttachment(const TicketAttachmentUpload &attachment)
{
    // pendingReads already reserved a place for a file read on a worker thread.
    if (m_restoring || m_attachments.size() >= TicketLimits::maxAttachments
        || attachment.data.size() > TicketAttachmentUpload::maxDataSize) {
        showAttachmentError(checkLimits(attachment.fileName, attachment.data.size()));
        return;
    }
    // A rejected file's message stays until the user removes an attachment, so it is not
    // hidden by a file from the same drop that was accepted.
    m_attachments.append(attachment);
    rebuildAttachmentList();
    emit attachmentsChanged();
}

void MessageEditor::addPastedImage(const QImage &image)
{
    if (image.isNull())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name = tr("pasted-image-%1.png").arg(m_attachments.size() + 1);
    const QString problem = checkLimits(name, png.size());
    if (!problem.isEmpty()) {
        showAttachmentError(problem);
        return;
    }
    addAttachment({name, QStringLiteral("image/png"), png});
}

void MessageEditor::removeSelectedAttachment()
{
    const int row = m_attachmentList->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    showAttachmentError({});
    rebuildAttachmentList();
    emit attachmentsChanged();
}

void MessageEditor::rebuildAttachmentList()
{
    m_attachmentList->clear();
    for (const TicketAttachmentUpload &attachment : std::as_const(m_attachments)) {
        m_attachmentList->addItem(tr("%1 (%2, %3)")
                                          .arg(attachment.fileName, attachment.mimeType,
                                               QLocale().formattedDataSize(
                                                       attachment.data.size())));
    }
    m_attachmentList->setVisible(!m_attachments.isEmpty());
    m_removeButton->setEnabled(false);
}

void MessageEditor::showAttachmentError(const QString &message)
{
    if (!message.isEmpty())
        qCInfo(lcUi) << "Attachment rejected:" << message;
    m_attachmentErrorLabel->setText(message);
    m_attachmentErrorLabel->setVisible(!message.isEmpty());
}

void MessageEditor::rebuildCannedMenu()
{
    m_cannedReplies = Models::CannedReplies::load();
    QMenu *menu = m_cannedButton->menu();
    menu->clear();
    for (const Models::CannedReply &reply : std::as_const(m_cannedReplies)) {
        QAction *action = menu->addAction(
                reply.shortcut.isEmpty() ? reply.title
                                         : tr("%1\t%2").arg(reply.title, reply.shortcut));
        connect(action, &QAction::triggered, this,
                [this, reply] { insertCannedReply(reply); });
    }
}

void MessageEditor::insertCannedReply(const Models::CannedReply &reply)
{
    m_textEdit->insertPlainText(Models::CannedReplies::expand(reply.text, m_placeholderValues));
    m_textEdit->setFocus();
}

void MessageEditor::completeShortcut(bool *handled)
{
    QTextCursor cursor = m_textEdit->textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const QString word = line.section(QLatin1Char(' '), -1);
    m_cannedReplies = Models::CannedReplies::load();
    const Models::CannedReply *reply =
            Models::CannedReplies::findByShortcut(m_cannedReplies, word);
    if (!reply)
        return;
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(word.size()));
    cursor.removeSelectedText();
    m_textEdit->setTextCursor(cursor);
    insertCannedReply(*reply);
    *handled = true;
}

} // namespace ResellerDesk::Ui
