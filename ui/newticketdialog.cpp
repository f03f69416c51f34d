#include "ui/newticketdialog.h"

#include "ui/draftautosaver.h"
#include "ui/errorbanner.h"
#include "ui/messageeditor.h"
#include "ui/uilogging.h"

#include "models/ticketthread.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/supportrecords.h"

#include <QComboBox>
#include <QJsonArray>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace Parsing = Api::RecordParsing;

namespace {

// The service rejects a new ticket with invalid:ticket.user and the ids of earlier threads
// while those have unread operator responses. The generic text would not say that.
QString postErrorMessage(const Api::ApiError &error)
{
    for (const Api::ApiMessage &message : error.messages) {
        const QJsonValue ids = message.params.value(u"ticket_ids");
        if (!message.code.startsWith(u"invalid:ticket.user") || ids.isUndefined())
            continue;
        QStringList list;
        if (ids.isArray()) {
            for (const QJsonValue &id : ids.toArray())
                list.append(id.toVariant().toString());
        } else {
            for (const QJsonValue &id : ids.toObject())
                list.append(id.toVariant().toString());
        }
        return NewTicketDialog::tr("The support account has unread operator responses in "
                                   "tickets %1. Open and read them first, then send the new "
                                   "ticket.")
                .arg(list.join(QStringLiteral(", ")));
    }
    return error.userMessage();
}

} // namespace

NewTicketDialog::NewTicketDialog(Api::ApiClient *client, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("New ticket"));
    m_errorBanner = new ErrorBanner(this);
    m_accountBox = new QComboBox(this);
    m_accountBox->setObjectName(QStringLiteral("supportAccount"));
    m_userLabel = new QLabel(this);
    m_userLabel->setTextFormat(Qt::PlainText);
    m_domainBox = new QComboBox(this);
    m_domainBox->setObjectName(QStringLiteral("ticketDomain"));
    m_subjectEdit = new QLineEdit(this);
    m_subjectEdit->setObjectName(QStringLiteral("ticketSubject"));
    m_subjectEdit->setMaxLength(int(Api::TicketLimits::maxSubjectLength));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("subjectCounter"));
    m_editor = new MessageEditor(this);

    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectEdit, 1);
    subjectRow->addWidget(m_counter);
    auto *form = new QFormLayout;
    form->addRow(tr("Support &account:"), m_accountBox);
    form->addRow(QString(), m_userLabel);
    form->addRow(tr("&Domain:"), m_domainBox);
    auto *subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subjectEdit);
    form->addRow(subjectLabel, subjectRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorBanner);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);

    m_draft = new DraftAutosaver(
            Models::DraftStore::newTicketKey(),
            [this] {
                Models::Draft draft;
                draft.text = m_editor->text();
                draft.subject = m_subjectEdit->text();
                draft.username = m_accountBox->currentText();
                draft.domain = m_domainBox->currentText();
                draft.attachments = m_editor->attachments();
                return draft;
            },
            this);
    const auto scheduleSave = [this] {
        if (!m_restoring)
            m_draft->scheduleTextSave();
    };
    connect(m_editor, &MessageEditor::textChanged, this, scheduleSave);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, scheduleSave);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &NewTicketDialog::updateCounter);
    connect(m_domainBox, &QComboBox::currentTextChanged, this, scheduleSave);
    connect(m_editor, &MessageEditor::attachmentsChanged, this, [this] {
        if (!m_restoring)
            m_draft->saveAttachments();
    });
    connect(m_draft, &DraftAutosaver::saveFailed, this, &NewTicketDialog::showError);
    connect(m_draft, &DraftAutosaver::attachmentsRestored, this,
            [this](const Models::DraftAttachments &restored) {
                m_restoring = true;
                m_editor->finishRestore(restored.attachments, restored.missingFiles);
                m_restoring = false;
            });
    connect(m_editor, &MessageEditor::sendRequested, this, &NewTicketDialog::send);
    connect(m_accountBox, &QComboBox::currentTextChanged, this, scheduleSave);
    connect(m_accountBox, &QComboBox::currentTextChanged, this,
            &NewTicketDialog::loadAccountDetails);
    resize(760, 620);

    restoreDraft();
    updateCounter();
    updateSendState();
    call(Step::Accounts, Api::ApiCommands(m_client).ticketAccountList());
}

NewTicketDialog::~NewTicketDialog()
{
    // An aborted ticket-post may still create the ticket, so its draft stays.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_draft;
}

void NewTicketDialog::setDraftStore(const Models::DraftStore &store)
{
    m_draft->setStore(store);
    restoreDraft();
}

void NewTicketDialog::restoreDraft()
{
    const std::optional<Models::Draft> draft = m_draft->loadText();
    // A restore still running for another store must end, even without a draft here.
    if (!draft && !m_editor->isRestoring())
        return;
    const Models::Draft text = draft.value_or(Models::Draft());
    m_restoring = true;
    m_subjectEdit->setText(text.subject);
    m_editor->setText(text.text);
    // Account and domain are selected once their lists arrive.
    if (m_accountBox->findText(text.username) >= 0)
        m_accountBox->setCurrentText(text.username);
    m_pendingDomain = text.domain;
    m_restoring = false;
    // Up to 60 MB of attachments are read on a worker thread, see restoreAttachments().
    m_editor->beginRestore();
    m_draft->restoreAttachments();
}

void NewTicketDialog::call(Step step, Api::ApiReply *reply)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_step = step;
    m_reply = reply;
    connect(m_reply, &Api::ApiReply::finished, this, &NewTicketDialog::handleReply);
    updateSendState();
}

void NewTicketDialog::handleReply()
{
    Api::ApiReply *reply = m_reply;
    const Step step = m_step;
    m_reply = nullptr;
    m_step = Step::None;
    reply->deleteLater();
    switch (step) {
    case Step::Accounts:
        handleAccounts(reply);
        break;
    case Step::User:
        handleUser(reply);
        break;
    case Step::Domains:
        handleDomains(reply);
        break;
    case Step::ListBefore:
        handleListBefore(reply);
        break;
    case Step::Post:
        handlePost(reply);
        break;
    case Step::ListAfter:
        handleListAfter(reply);
        break;
    case Step::None:
        break;
    }
    updateSendState();
}

void NewTicketDialog::handleAccounts(Api::ApiReply *reply)
{
    QString problem = reply->isOk() ? QString() : reply->error().userMessage();
    const auto accounts = reply->isOk() ? Parsing::parseStringList(reply->data(), {}, &problem)
                                        : std::nullopt;
    if (!accounts) {
        showError(problem);
        return;
    }
    const std::optional<Models::Draft> draft = m_draft->loadText();
    m_restoring = true;
    m_accountBox->clear();
    m_accountBox->addItems(*accounts);
    if (draft && accounts->contains(draft->username))
        m_accountBox->setCurrentText(draft->username);
    m_restoring = false;
    emit accountsLoaded();
    loadAccountDetails();
}

void NewTicketDialog::loadAccountDetails()
{
    if (m_restoring || !m_client || m_accountBox->currentText().isEmpty())
        return;
    // A send in progress must finish, so the account details wait for the next change.
    if (m_step == Step::ListBefore || m_step == Step::Post || m_step == Step::ListAfter)
        return;
    m_userLabel->setText(tr("Loading the support account…"));
    call(Step::User, Api::ApiCommands(m_client).ticketUser(m_accountBox->currentText()));
}

void NewTicketDialog::handleUser(Api::ApiReply *reply)
{
    QString problem = reply->isOk() ? QString() : reply->error().userMessage();
    const auto user = reply->isOk() ? Parsing::parseRecord<Api::SupportAccount>(
                                              reply->data(), QStringLiteral("user"), &problem)
                                    : std::nullopt;
    m_userLabel->setText(user ? tr("%1 <%2>").arg(user->name(), user->email()) : problem);
    call(Step::Domains,
         Api::ApiCommands(m_client).ticketAccountDomains(m_accountBox->currentText()));
}

void NewTicketDialog::handleDomains(Api::ApiReply *reply)
{
    QString problem = reply->isOk() ? QString() : reply->error().userMessage();
    const auto domains = reply->isOk() ? Parsing::parseStringList(reply->data(), {}, &problem)
                                       : std::nullopt;
    if (!domains) {
        showError(problem);
        return;
    }
    const QString wanted =
            m_pendingDomain.isEmpty() ? m_domainBox->currentText() : m_pendingDomain;
    m_restoring = true;
    m_domainBox->clear();
    m_domainBox->addItems(*domains);
    if (domains->contains(wanted))
        m_domainBox->setCurrentText(wanted);
    m_restoring = false;
    m_pendingDomain.clear();
    emit domainsLoaded();
}

void NewTicketDialog::send()
{
    if (m_reply || !m_client)
        return;
    Api::TicketPostRequest request;
    request.username = m_accountBox->currentText();
    request.domain = m_domainBox->currentText();
    request.subject = m_subjectEdit->text();
    request.question = m_editor->text();
    request.attachments = m_editor->attachments();
    QString problem;
    if (!request.validate(&problem)) {
        showError(problem);
        return;
    }
    m_errorBanner->hide();
    m_draft->flush();
    listSameSubject(Step::ListBefore);
}

// Lists the account's tickets with the subject being sent. The ids before and after an
// uncertain ticket-post show whether it created a ticket. The list is one page of 100, which
// is enough, because a support account rarely repeats one subject that often.
void NewTicketDialog::listSameSubject(Step step)
{
    Api::ListQuery query;
    query.addFilter(QStringLiteral("username"), Api::FilterCondition::Equal,
                    m_accountBox->currentText());
    query.addFilter(QStringLiteral("subject"), Api::FilterCondition::Equal,
                    m_subjectEdit->text());
    query.limit = 100;
    call(step, Api::ApiCommands(m_client).ticketList(query));
}

void NewTicketDialog::handleListBefore(Api::ApiReply *reply)
{
    QString problem = reply->isOk() ? QString() : reply->error().userMessage();
    const auto page = reply->isOk() ? Parsing::parsePage<Api::Ticket>(reply->data(), &problem)
                                    : std::nullopt;
    if (!page) {
        showError(tr("The ticket was not sent, because listing the account's tickets failed: "
                     "%1")
                          .arg(problem));
        return;
    }
    m_idsBefore.clear();
    for (const Api::Ticket &ticket : page->items)
        m_idsBefore.insert(ticket.id().value_or(0));

    Api::TicketPostRequest request;
    request.username = m_accountBox->currentText();
    request.domain = m_domainBox->currentText();
    request.subject = m_subjectEdit->text();
    request.question = m_editor->text();
    request.attachments = m_editor->attachments();
    call(Step::Post, Api::ApiCommands(m_client).ticketPost(request));
}

void NewTicketDialog::handlePost(Api::ApiReply *reply)
{
    if (reply->isOk()) {
        const auto created = Parsing::parseRecord<Api::CreatedRecord>(reply->data());
        m_createdId = created ? created->id().value_or(0) : 0;
        qCInfo(lcUi) << "Created ticket" << m_createdId;
        m_draft->discard();
        accept();
        return;
    }
    if (Models::TicketThread::isOutcomeUnknown(reply->error())) {
        qCWarning(lcUi) << "ticket-post has an unknown outcome:" << Api::ApiError::kindName(reply->error().kind);
        m_errorBanner->showMessage(tr("Sending timed out. Checking whether the ticket "
                                      "arrived…"),
                                   false);
        listSameSubject(Step::ListAfter);
        return;
    }
    showError(postErrorMessage(reply->error()));
}

void NewTicketDialog::handleListAfter(Api::ApiReply *reply)
{
    const auto page = reply->isOk() ? Parsing::parsePage<Api::Ticket>(reply->data())
                                    : std::nullopt;
    if (!page) {
        // Sending is offered again only when it is known that the ticket did not arrive.
        showError(tr("Sending timed out, and checking whether the ticket arrived failed too. "
                     "Look for the ticket in the Tickets tab before you send it again."));
        m_sendBlocked = true;
        return;
    }
    for (const Api::Ticket &ticket : page->items) {
        const qlonglong id = ticket.id().value_or(0);
        if (!m_idsBefore.contains(id)) {
            m_createdId = id;
            qCInfo(lcUi) << "ticket-post arrived as ticket" << id << "despite the timeout";
            m_draft->discard();
            accept();
            return;
        }
    }
    showError(tr("Sending timed out and the ticket did not arrive. Send it again."));
}

void NewTicketDialog::updateCounter()
{
    m_counter->setText(tr("%1/%2")
                               .arg(m_subjectEdit->text().size())
                               .arg(Api::TicketLimits::maxSubjectLength));
}

void NewTicketDialog::updateSendState()
{
    const bool sending =
            m_step == Step::ListBefore || m_step == Step::Post || m_step == Step::ListAfter;
    if (sending)
        m_editor->setSendAllowed(false, tr("Sending…"));
    else if (m_sendBlocked)
        m_editor->setSendAllowed(false, tr("Check the Tickets tab for the ticket first."));
    else if (m_domainBox->count() == 0)
        m_editor->setSendAllowed(false, tr("Loading the support account's domains…"));
    else
        m_editor->setSendAllowed(true);
}

void NewTicketDialog::showError(const QString &message)
{
    qCInfo(lcUi) << "New ticket:" << message;
    m_errorBanner->showMessage(message, false);
}

} // namespace ResellerDesk::Ui
