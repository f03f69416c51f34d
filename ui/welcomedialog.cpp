#include "ui/welcomedialog.h"

#include "ui/profiledialog.h"
#include "ui/profilesession.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

WelcomeDialog::WelcomeDialog(ProfileSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Welcome to ResellerDesk"));
    auto *title = new QLabel(tr("<h2>Welcome to ResellerDesk</h2>"), this);
    auto *text = new QLabel(tr("Manage the hosting accounts, domains, orders and support "
                               "tickets of your ICDSoft reseller stores. Try the app with demo "
                               "data first, or connect with an API key from the reseller "
                               "Account Panel."),
                            this);
    text->setWordWrap(true);
    auto *sandboxButton = new QPushButton(tr("Try the &sandbox"), this);
    sandboxButton->setObjectName(QStringLiteral("trySandbox"));
    sandboxButton->setToolTip(tr("Starts a local copy of the API with demo data on this "
                                 "computer. Nothing is sent to ICDSoft."));
    auto *connectButton = new QPushButton(tr("&Connect to ICDSoft…"), this);
    connectButton->setObjectName(QStringLiteral("connectToService"));
    connectButton->setToolTip(tr("Creates a connection profile with your API token."));
    auto *quitButton = new QPushButton(tr("&Quit"), this);
    for (QPushButton *button : { sandboxButton, connectButton })
        button->setMinimumHeight(40);

    connect(sandboxButton, &QPushButton::clicked, this, &WelcomeDialog::trySandbox);
    connect(connectButton, &QPushButton::clicked, this, &WelcomeDialog::connectToService);
    connect(quitButton, &QPushButton::clicked, this, &WelcomeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(sandboxButton);
    layout->addWidget(connectButton);
    layout->addSpacing(12);
    layout->addWidget(quitButton, 0, Qt::AlignRight);
    setMinimumWidth(460);
}

void WelcomeDialog::trySandbox()
{
    ProfileDialog dialog(m_session, this);
    Api::ConnectionProfile profile;
    profile.name = tr("Sandbox");
    profile.sandbox = true;
    dialog.setProfile(profile, { ProfileSession::createSandboxToken(), QString() });
    dialog.setNote(tr("The sandbox accepts the random token below. Enter an HMAC secret to "
                      "try signed requests."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_createdId = dialog.savedId();
    accept();
}

void WelcomeDialog::connectToService()
{
    ProfileDialog dialog(m_session, this);
    Api::ConnectionProfile profile;
    profile.name = tr("ICDSoft");
    dialog.setProfile(profile, {});
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_createdId = dialog.savedId();
    accept();
}

} // namespace ResellerDesk::Ui
