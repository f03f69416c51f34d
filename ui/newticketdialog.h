#pragma once

#include "models/draftstore.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ResellerDesk::Api {
class ApiClient;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class DraftAutosaver;
class ErrorBanner;
class MessageEditor;

// Writes a new ticket: support account (ticket-account-list, with name and e-mail from
// ticket-user), domain (ticket-account-domains), subject of at most 80 characters, question
// and attachments. The text is kept as a draft until the service confirmed the ticket.
// ticket-post is never retried: before sending, the account's tickets with the same subject
// are listed, and after a timeout the list is fetched again to see whether the ticket arrived.
class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    NewTicketDialog(Api::ApiClient *client, QWidget *parent = nullptr);
    ~NewTicketDialog() override;

    QComboBox *accountBox() const { return m_accountBox; }
    QComboBox *domainBox() const { return m_domainBox; }
    QLineEdit *subjectEdit() const { return m_subjectEdit; }
    MessageEditor *editor() const { return m_editor; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    QLabel *userLabel() const { return m_userLabel; }
    // Id of the ticket that the service created, once accepted.
    qlonglong createdTicketId() const { return m_createdId; }
    bool isBusy() const { return m_reply != nullptr; }
    // Overrides the draft folder and restores the draft from there, for tests.
    void setDraftStore(const Models::DraftStore &store);

public slots:
    void send();

signals:
    // Emitted when account, domain or user requests finished.
    void accountsLoaded();
    void domainsLoaded();

private:
    enum class Step { None, Accounts, User, Domains, ListBefore, Post, ListAfter };

    void call(Step step, Api::ApiReply *reply);
    void handleReply();
    void handleAccounts(Api::ApiReply *reply);
    void handleUser(Api::ApiReply *reply);
    void handleDomains(Api::ApiReply *reply);
    void handleListBefore(Api::ApiReply *reply);
    void handlePost(Api::ApiReply *reply);
    void handleListAfter(Api::ApiReply *reply);
    void loadAccountDetails();
    void listSameSubject(Step step);
    void restoreDraft();
    void updateCounter();
    void updateSendState();
    void showError(const QString &message);

    QPointer<Api::ApiClient> m_client;
    DraftAutosaver *m_draft = nullptr;
    QComboBox *m_accountBox = nullptr;
    QLabel *m_userLabel = nullptr;
    QComboBox *m_domainBox = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QLabel *m_counter = nullptr;
    MessageEditor *m_editor = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    Api::ApiReply *m_reply = nullptr;
    Step m_step = Step::None;
    QSet<qlonglong> m_idsBefore;
    QString m_pendingDomain;
    qlonglong m_createdId = 0;
    bool m_restoring = false;
    // Set when a ticket-post's outcome could not be checked; sending again could duplicate it.
    bool m_sendBlocked = false;
};

} // namespace ResellerDesk::Ui
