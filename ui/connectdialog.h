#pragma once

#include "api/connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ResellerDesk::Ui {

// Asks for the API URL, the token, an optional HMAC secret and where the token goes.
// The values stay in memory only and are never written to QSettings.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields; timeout, tz and user_ip are kept and returned unchanged.
    void setSettings(const Api::ConnectionSettings &settings);
    Api::ConnectionSettings settings() const;

public slots:
    // Accepts only valid settings; otherwise shows what to fix.
    void accept() override;

private:
    Api::ConnectionSettings m_settings;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QCheckBox *m_headerCheck = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace ResellerDesk::Ui
