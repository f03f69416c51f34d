#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ResellerDesk::Api {
class ApiClient;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// Checks a support account's username and password with ticket-auth. The password field is
// cleared as soon as the request is built, and the password is kept nowhere else.
class TicketAuthDialog : public QDialog
{
    Q_OBJECT

public:
    TicketAuthDialog(Api::ApiClient *client, QWidget *parent = nullptr);
    ~TicketAuthDialog() override;

    QLineEdit *usernameEdit() const { return m_usernameEdit; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }
    QLabel *resultLabel() const { return m_result; }

public slots:
    void check();

signals:
    void checked(bool authenticated);

private:
    void handleReply();
    void updateButton();

    QPointer<Api::ApiClient> m_client;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_result = nullptr;
    Api::ApiReply *m_reply = nullptr;
};

} // namespace ResellerDesk::Ui
