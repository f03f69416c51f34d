#include "ui/ticketauthdialog.h"

#include "ui/uilogging.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/supportrecords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

TicketAuthDialog::TicketAuthDialog(Api::ApiClient *client, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("Check support login"));
    m_usernameEdit = new QLineEdit(this);
    m_usernameEdit->setObjectName(QStringLiteral("authUsername"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("authPassword"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("authResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Support &username:"), m_usernameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_checkButton, &QPushButton::clicked, this, &TicketAuthDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &TicketAuthDialog::updateButton);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &TicketAuthDialog::updateButton);
    updateButton();
}

TicketAuthDialog::~TicketAuthDialog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TicketAuthDialog::check()
{
    if (m_reply || !m_client)
        return;
    // NOTE: the request payload inside ApiReply still contains the password until the reply
    // is deleted, which happens right after it finishes.
    m_reply = Api::ApiCommands(m_client).ticketAuth(m_usernameEdit->text(),
                                                    m_passwordEdit->text());
    m_passwordEdit->clear();
    m_result->setText(tr("Checking…"));
    connect(m_reply, &Api::ApiReply::finished, this, &TicketAuthDialog::handleReply);
    updateButton();
}

void TicketAuthDialog::handleReply()
{
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    updateButton();
    if (!reply->isOk()) {
        m_result->setText(reply->error().userMessage());
        emit checked(false);
        return;
    }
    QString problem;
    const auto result =
            Api::RecordParsing::parseRecord<Api::TicketAuthResult>(reply->data(), {}, &problem);
    if (!result) {
        m_result->setText(problem);
        emit checked(false);
        return;
    }
    const bool ok = result->isAuthenticated();
    const Api::SupportAccount user = result->user();
    m_result->setText(ok ? tr("The login is valid: %1 <%2>.").arg(user.name(), user.email())
                         : tr("The username or password is wrong for \"%1\". Check both and "
                              "try again.")
                                   .arg(m_usernameEdit->text().trimmed()));
    qCInfo(lcUi) << "ticket-auth for a support account:" << (ok ? "valid" : "rejected");
    emit checked(ok);
}

void TicketAuthDialog::updateButton()
{
    m_checkButton->setEnabled(!m_reply && !m_usernameEdit->text().trimmed().isEmpty()
                              && !m_passwordEdit->text().isEmpty());
}

} // namespace ResellerDesk::Ui
