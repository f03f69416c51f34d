#pragma once

#include "api/commandrequests.h"

#include "models/cannedreplies.h"

#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace ResellerDesk::Ui {

// The text field of a MessageEditor: Ctrl+Enter sends, Tab after a canned reply's shortcut
// inserts it, and pasted or dropped files and images become attachments.
class MessageTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    using QPlainTextEdit::QPlainTextEdit;

signals:
    void sendRequested();
    void shortcutCompletionRequested(bool *handled);
    void filesDropped(const QStringList &paths);
    void imagePasted(const QImage &image);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

// A message being written, for ticket-reply and ticket-post: the text, up to three
// attachments of at most 20 MB each, canned replies and a Send button. Limits are checked when
// a file is added, with a message that names the file.
class MessageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MessageEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    const QList<Api::TicketAttachmentUpload> &attachments() const { return m_attachments; }
    void setAttachments(const QList<Api::TicketAttachmentUpload> &attachments);
    void clear();

    MessageTextEdit *textEdit() const { return m_textEdit; }
    QPushButton *sendButton() const { return m_sendButton; }
    QListWidget *attachmentList() const { return m_attachmentList; }
    // The last message about a rejected file. It stays until clear() or a removed attachment.
    QString attachmentError() const;
    // Number of files being read on a worker thread, counting a draft restore as one.
    int pendingReads() const { return m_pendingReads; }
    // Marks the start of a draft restore: until finishRestore(), sending and adding files
    // wait, so that the restored attachments keep their order and the limits hold.
    void beginRestore();
    // Adds the restored attachments before any others and names each missing file.
    void finishRestore(const QList<Api::TicketAttachmentUpload> &attachments,
                       const QStringList &missingFiles);
    bool isRestoring() const { return m_restoring; }

    // Values for the canned replies' placeholders, such as "name" and "domain".
    void setPlaceholderValues(const QHash<QString, QString> &values);
    // Enables or disables sending and shows reason next to the button when disabled.
    void setSendAllowed(bool allowed, const QString &reason = {});

public slots:
    // Reads the files on a worker thread and attaches them, rejecting files over the limits.
    void addFiles(const QStringList &paths);
    void addAttachment(const Api::TicketAttachmentUpload &attachment);
    void insertCannedReply(const Models::CannedReply &reply);

signals:
    void sendRequested();
    void textChanged();
    void attachmentsChanged();

private:
    void chooseFiles();
    void addPastedImage(const QImage &image);
    void removeSelectedAttachment();
    void completeShortcut(bool *handled);
    void rebuildAttachmentList();
    void rebuildCannedMenu();
    void showAttachmentError(const QString &message);
    void updateSendButton();
    // Returns a message naming the file if one more attachment of size bytes is over a limit.
    QString checkLimits(const QString &fileName, qint64 size) const;

    MessageTextEdit *m_textEdit = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QToolButton *m_cannedButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_attachmentErrorLabel = nullptr;
    QList<Api::TicketAttachmentUpload> m_attachments;
    QList<Models::CannedReply> m_cannedReplies;
    QHash<QString, QString> m_placeholderValues;
    int m_pendingReads = 0;
    bool m_sendAllowed = true;
    bool m_restoring = false;
};

} // namespace ResellerDesk::Ui
