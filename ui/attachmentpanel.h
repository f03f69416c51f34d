#pragma once

#include "api/supportrecords.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ResellerDesk::Api {
class ApiClient;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// The attachments of a ticket thread: name, type and size, deleted ones marked. Previews
// images and plain text, opens a file with the desktop's default application, and saves one
// or all. Downloads run one at a time, and decoding and writing happen on a worker thread.
class AttachmentPanel : public QWidget
{
    Q_OBJECT

public:
    AttachmentPanel(Api::ApiClient *client, QWidget *parent = nullptr);
    ~AttachmentPanel() override;

    void showTicket(const Api::Ticket &ticket);
    QTreeWidget *tree() const { return m_tree; }
    bool isBusy() const { return m_reply != nullptr || m_working; }
    QString previewText() const;
    bool hasImagePreview() const;

public slots:
    // Selects the attachment and previews it.
    void selectAttachment(qlonglong attachmentId, const QString &side);
    void saveSelected(const QString &folder);
    void saveAll(const QString &folder);
    void openSelected();
    void previewSelected();

signals:
    // Emitted after a save or save-all finished: the files written and the errors, if any.
    void saveFinished(const QStringList &filePaths, const QStringList &errors);
    void previewReady();
    void failed(const QString &message);

private:
    enum class Action { Preview, Open, Save };
    struct Job
    {
        qlonglong id = 0;
        QString side;
        QTreeWidgetItem *item = nullptr;
    };

    QList<Job> jobsFor(const QList<QTreeWidgetItem *> &items) const;
    void start(const QList<Job> &jobs, Action action, const QString &folder = {});
    void startNext();
    void handleDownloaded();
    void finishJob(const QString &filePath, const QString &detectedType, const QString &error);
    void showPreview(const QByteArray &data, const QString &detectedType);
    void chooseFolderAndSave(bool all);
    void updateButtons();
    void setWorking(bool working, const QString &status = {});

    QPointer<Api::ApiClient> m_client;
    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_preview = nullptr;
    QLabel *m_imagePreview = nullptr;
    QPlainTextEdit *m_textPreview = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_saveAllButton = nullptr;

    Api::ApiReply *m_reply = nullptr;
    bool m_working = false;
    QList<Job> m_queue;
    Job m_current;
    Action m_action = Action::Preview;
    QString m_folder;
    int m_total = 0;
    QStringList m_savedPaths;
    QStringList m_errors;
};

} // namespace ResellerDesk::Ui
