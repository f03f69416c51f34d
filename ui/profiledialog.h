#pragma once

#include "api/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ResellerDesk::Api {
class ApiClient;
class CertificateErrorLog;
class KeyLevelProbe;
struct SecretResult;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class ProfileSession;

// Adds or edits a connection profile: name, sandbox or API URL, token, optional HMAC secret,
// token placement, time zone and timeout, with "Test connection". Save writes the settings
// and the secrets to the keychain. When the keychain is unavailable, the dialog offers to
// keep the secrets for this session only.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ProfileSession *session, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const Api::ConnectionProfile &profile, const Api::ProfileSecrets &secrets);
    Api::ConnectionProfile profile() const;
    Api::ProfileSecrets secrets() const;
    // Id of the saved profile once accepted.
    QString savedId() const { return m_profile.id; }

    // Shows a sentence above the form, such as why the dialog opened.
    void setNote(const QString &text);

public slots:
    void accept() override;
    // Sends one call with the entered values and shows the key level or the error.
    void testConnection();

private:
    bool checkInput();
    void showError(const QString &text);
    void handleSaved(const Api::SecretResult &result);
    void updateSandboxState();

    ProfileSession *m_session = nullptr;
    Api::ConnectionProfile m_profile;
    Api::ApiClient *m_testClient = nullptr;
    Api::CertificateErrorLog *m_certificateLog = nullptr;
    Api::KeyLevelProbe *m_probe = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QCheckBox *m_sandboxCheck = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QCheckBox *m_headerCheck = nullptr;
    QLineEdit *m_tzEdit = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QLabel *m_keyLevelLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ResellerDesk::Ui
