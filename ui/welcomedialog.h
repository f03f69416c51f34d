#pragma once

#include <QDialog>

namespace ResellerDesk::Ui {

class ProfileSession;

// First-run dialog: "Try the sandbox" creates a sandbox profile with a random token, and
// "Connect to ICDSoft" opens a ProfileDialog for the real service. Accepted once a profile
// is saved; createdId() names it.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(ProfileSession *session, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }

public slots:
    void trySandbox();
    void connectToService();

private:
    ProfileSession *m_session = nullptr;
    QString m_createdId;
};

} // namespace ResellerDesk::Ui
