#include "ui/profiledialog.h"

#include "ui/profilesession.h"

#include "api/apiclient.h"
#include "api/certificateerrorlog.h"
#include "api/keylevelprobe.h"
#include "api/profilestore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

ProfileDialog::ProfileDialog(ProfileSession *session, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_testClient(new Api::ApiClient(this)),
      m_certificateLog(new Api::CertificateErrorLog(m_testClient->networkAccessManager(), this)),
      m_probe(new Api::KeyLevelProbe(m_testClient, this))
{
    setWindowTitle(tr("Connection profile"));
    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("profileName"));
    m_sandboxCheck = new QCheckBox(tr("Use the embedded sandbox with demo data"), this);
    m_sandboxCheck->setObjectName(QStringLiteral("profileSandbox"));
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("profileUrl"));
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("profileToken"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Store or reseller API key"));
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("profileHmacSecret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("Optional; leave empty if HMAC is not enabled"));
    m_headerCheck = new QCheckBox(tr("Send the token in the X-Auth-Token header"), this);
    m_headerCheck->setObjectName(QStringLiteral("profileTokenInHeader"));
    m_tzEdit = new QLineEdit(this);
    m_tzEdit->setObjectName(QStringLiteral("profileTimeZone"));
    m_tzEdit->setPlaceholderText(tr("UTC (the service's default), or a name such as "
                                    "Europe/Sofia"));
    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("profileTimeout"));
    m_timeoutSpin->setRange(Api::ConnectionProfile::minTimeoutMs / 1000,
                            Api::ConnectionProfile::maxTimeoutMs / 1000);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_keyLevelLabel = new QLabel(this);
    m_keyLevelLabel->setObjectName(QStringLiteral("profileKeyLevel"));
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testResultLabel = new QLabel(this);
    m_testResultLabel->setObjectName(QStringLiteral("testResult"));
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("profileError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    auto *keychainNote = new QLabel(tr("The token and HMAC secret are stored in the system "
                                       "keychain, never in a file."),
                                    this);
    keychainNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_sandboxCheck);
    form->addRow(tr("API &URL:"), m_urlEdit);
    form->addRow(tr("API &token:"), m_tokenEdit);
    form->addRow(tr("&HMAC secret:"), m_secretEdit);
    form->addRow(QString(), m_headerCheck);
    form->addRow(tr("Time &zone:"), m_tzEdit);
    form->addRow(tr("T&imeout:"), m_timeoutSpin);
    form->addRow(tr("Key level:"), m_keyLevelLabel);
    form->addRow(m_testButton, m_testResultLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_sandboxCheck, &QCheckBox::toggled, this, &ProfileDialog::updateSandboxState);
    connect(m_probe, &Api::KeyLevelProbe::finished, this,
            [this](Api::KeyLevel level, const Api::ApiError &error) {
                m_testButton->setEnabled(true);
                if (error.isError()) {
                    QString text = error.userMessage();
                    const QString certificate = m_certificateLog->description(
                            m_testClient->settings().baseUrl.host());
                    if (error.kind == Api::ApiError::Kind::Tls && !certificate.isEmpty())
                        text += u'\n' + tr("Rejected certificate:") + u'\n' + certificate;
                    m_testResultLabel->setText(text);
                    return;
                }
                m_profile.keyLevel = level;
                m_keyLevelLabel->setText(Api::ConnectionProfile::keyLevelName(level));
                m_testResultLabel->setText(tr("Connected."));
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noteLabel);
    layout->addLayout(form);
    layout->addWidget(keychainNote);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    setProfile(Api::ConnectionProfile(), Api::ProfileSecrets());
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const Api::ConnectionProfile &profile,
                               const Api::ProfileSecrets &secrets)
{
    m_profile = profile;
    m_nameEdit->setText(profile.name);
    m_sandboxCheck->setChecked(profile.sandbox);
    m_urlEdit->setText(profile.baseUrl.toString());
    m_tokenEdit->setText(secrets.token);
    m_secretEdit->setText(secrets.hmacSecret);
    m_headerCheck->setChecked(profile.tokenInHeader);
    m_tzEdit->setText(profile.tz);
    m_timeoutSpin->setValue(profile.timeoutMs / 1000);
    m_keyLevelLabel->setText(Api::ConnectionProfile::keyLevelName(profile.keyLevel));
    m_testResultLabel->clear();
    updateSandboxState();
}

Api::ConnectionProfile ProfileDialog::profile() const
{
    Api::ConnectionProfile profile = m_profile;
    profile.name = m_nameEdit->text().trimmed();
    profile.sandbox = m_sandboxCheck->isChecked();
    if (!profile.sandbox)
        profile.baseUrl = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    profile.tokenInHeader = m_headerCheck->isChecked();
    profile.tz = m_tzEdit->text().trimmed();
    profile.timeoutMs = m_timeoutSpin->value() * 1000;
    profile.hmacEnabled = !m_secretEdit->text().isEmpty();
    return profile;
}

Api::ProfileSecrets ProfileDialog::secrets() const
{
    return { m_tokenEdit->text().trimmed(), m_secretEdit->text() };
}

void ProfileDialog::setNote(const QString &text)
{
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

void ProfileDialog::updateSandboxState()
{
    const bool sandbox = m_sandboxCheck->isChecked();
    m_urlEdit->setEnabled(!sandbox);
    if (sandbox) {
        // The sandbox gets a free 127.0.0.1 port each time the app starts it.
        m_urlEdit->clear();
        m_urlEdit->setPlaceholderText(tr("Chosen by the app: the sandbox runs on 127.0.0.1"));
        if (m_tokenEdit->text().isEmpty())
            m_tokenEdit->setText(ProfileSession::createSandboxToken());
    } else if (m_urlEdit->text().isEmpty()) {
        m_urlEdit->setText(m_profile.baseUrl.toString());
    }
}

bool ProfileDialog::checkInput()
{
    const Api::ConnectionProfile current = profile();
    QString problem;
    if (!current.validate(&problem)) {
        if (current.name.isEmpty())
            m_nameEdit->setFocus();
        else
            m_urlEdit->setFocus();
    } else if (m_session->store()->isNameTaken(current.name, current.id)) {
        problem = tr("A profile named \"%1\" exists already. Enter another name.")
                          .arg(current.name);
        m_nameEdit->setFocus();
    } else if (secrets().token.isEmpty()) {
        problem = tr("The API token is missing. Paste the key from the Account Panel "
                     "(Online Stores -> Management or My Accounts -> API Settings).");
        m_tokenEdit->setFocus();
    }
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    m_errorLabel->hide();
    return true;
}

void ProfileDialog::testConnection()
{
    if (!checkInput())
        return;
    QString problem;
    const std::optional<Api::ConnectionSettings> settings
            = m_session->settingsFor(profile(), secrets(), &problem);
    if (!settings) {
        m_testResultLabel->setText(problem);
        return;
    }
    m_testClient->setSettings(*settings);
    m_testButton->setEnabled(false);
    m_testResultLabel->setText(tr("Connecting…"));
    m_probe->start();
}

void ProfileDialog::accept()
{
    if (!checkInput())
        return;
    m_buttons->setEnabled(false);
    m_profile = profile();
    // The keychain may reply after the dialog was closed.
    QPointer<ProfileDialog> self(this);
    m_profile.id = m_session->saveProfile(m_profile, secrets(),
                                          [self](const Api::SecretResult &result) {
                                              if (self)
                                                  self->handleSaved(result);
                                          });
}

void ProfileDialog::handleSaved(const Api::SecretResult &result)
{
    m_buttons->setEnabled(true);
    if (result.isOk()) {
        QDialog::accept();
        return;
    }
    const auto answer = QMessageBox::question(
            this, tr("Keychain not available"),
            result.message + u"\n\n"
                    + tr("Keep the token for this session only? You will have to enter it "
                         "again after the app restarts. The other settings of the profile "
                         "are saved."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_session->keepForSession(m_profile.id, secrets());
        QDialog::accept();
        return;
    }
    showError(result.message);
}

void ProfileDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

} // namespace ResellerDesk::Ui
