#include "ui/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to the ICDSoft API"));
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("apiUrl"));
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("apiToken"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Store or reseller API key"));
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("hmacSecret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("Optional; leave empty if HMAC is not enabled"));
    m_headerCheck = new QCheckBox(tr("Send the token in the X-Auth-Token header"), this);
    m_headerCheck->setObjectName(QStringLiteral("tokenInHeader"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("connectError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    auto *note = new QLabel(tr("The token and secret are kept in memory until the app quits."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("API &URL:"), m_urlEdit);
    form->addRow(tr("API &token:"), m_tokenEdit);
    form->addRow(tr("&HMAC secret:"), m_secretEdit);
    form->addRow(QString(), m_headerCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    setSettings(m_settings);
}

void ConnectDialog::setSettings(const Api::ConnectionSettings &settings)
{
    m_settings = settings;
    m_urlEdit->setText(settings.baseUrl.toString());
    m_tokenEdit->setText(settings.token);
    m_secretEdit->setText(settings.hmacSecret);
    m_headerCheck->setChecked(settings.tokenInHeader);
    if (settings.token.isEmpty())
        m_tokenEdit->setFocus();
}

Api::ConnectionSettings ConnectDialog::settings() const
{
    Api::ConnectionSettings settings = m_settings;
    settings.baseUrl = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    settings.token = m_tokenEdit->text().trimmed();
    settings.hmacSecret = m_secretEdit->text();
    settings.tokenInHeader = m_headerCheck->isChecked();
    return settings;
}

void ConnectDialog::accept()
{
    const Api::ConnectionSettings current = settings();
    QString problem;
    if (current.token.isEmpty()) {
        problem = tr("The API token is missing. Paste the key from the Account Panel "
                     "(Online Stores -> Management or My Accounts -> API Settings).");
        m_tokenEdit->setFocus();
    } else if (!current.validate(&problem)) {
        m_urlEdit->setFocus();
    }
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    QDialog::accept();
}

} // namespace ResellerDesk::Ui
