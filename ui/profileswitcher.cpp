#include "ui/profileswitcher.h"

#include "ui/mainwindow.h"
#include "ui/profiledialog.h"
#include "ui/profilesession.h"
#include "ui/welcomedialog.h"

#include "api/profilestore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>

namespace ResellerDesk::Ui {

ProfileSwitcher::ProfileSwitcher(ProfileSession *session, QWidget *parent)
    : QToolBar(tr("Profile"), parent), m_session(session)
{
    setObjectName(QStringLiteral("profileToolBar"));
    setMovable(false);
    auto *label = new QLabel(tr("Profile: "), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumWidth(180);
    label->setBuddy(m_combo);
    m_keyLevelLabel = new QLabel(this);
    m_keyLevelLabel->setObjectName(QStringLiteral("keyLevel"));
    m_keyLevelLabel->setContentsMargins(8, 0, 8, 0);
    addWidget(label);
    addWidget(m_combo);
    addWidget(m_keyLevelLabel);
    addSeparator();
    QAction *addAction = this->addAction(tr("Add…"), this, &ProfileSwitcher::addProfile);
    addAction->setObjectName(QStringLiteral("addProfile"));
    QAction *editAction =
            this->addAction(tr("Edit…"), this, &ProfileSwitcher::editCurrentProfile);
    editAction->setObjectName(QStringLiteral("editProfile"));
    QAction *deleteAction =
            this->addAction(tr("Delete…"), this, &ProfileSwitcher::deleteCurrentProfile);
    deleteAction->setObjectName(QStringLiteral("deleteProfile"));

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && !selectedId().isEmpty() && selectedId() != m_session->currentId())
            m_session->activate(selectedId());
    });
    connect(m_session, &ProfileSession::profilesChanged, this, &ProfileSwitcher::reloadProfiles);
    connect(m_session, &ProfileSession::activated, this,
            [this](const Api::ConnectionProfile &profile) {
                reloadProfiles();
                showKeyLevel(profile.keyLevel);
            });
    connect(m_session, &ProfileSession::keyLevelDetected, this,
            [this](const QString &id, Api::KeyLevel level) {
                if (id == m_session->currentId())
                    showKeyLevel(level);
            });
    connect(m_session, &ProfileSession::activationFailed, this,
            &ProfileSwitcher::handleActivationFailed);
    connect(m_session, &ProfileSession::certificateRejected, this,
            &ProfileSwitcher::showRejectedCertificate);
    reloadProfiles();
}

bool ProfileSwitcher::attach(MainWindow *window, ProfileSession *session)
{
    Api::ProfileStore *store = session->store();
    QString firstId = store->currentId();
    const QList<Api::ConnectionProfile> profiles = store->profiles();
    if (profiles.isEmpty()) {
        WelcomeDialog welcome(session);
        if (welcome.exec() != QDialog::Accepted)
            return false;
        firstId = welcome.createdId();
    } else if (!store->profile(firstId)) {
        firstId = profiles.first().id;
    }
    window->addToolBar(Qt::TopToolBarArea, new ProfileSwitcher(session, window));
    connect(session, &ProfileSession::activated, window,
            [window](const Api::ConnectionProfile &, const Api::ConnectionSettings &settings) {
                window->applyConnectionSettings(settings);
            });
    session->activate(firstId);
    return true;
}

QString ProfileSwitcher::selectedId() const
{
    return m_combo->currentData().toString();
}

void ProfileSwitcher::reloadProfiles()
{
    m_filling = true;
    m_combo->clear();
    const QList<Api::ConnectionProfile> profiles = m_session->store()->profiles();
    for (const Api::ConnectionProfile &profile : profiles) {
        const QString where = profile.sandbox ? tr("sandbox") : profile.baseUrl.host();
        m_combo->addItem(tr("%1 (%2)").arg(profile.name, where), profile.id);
    }
    m_combo->setCurrentIndex(m_combo->findData(m_session->currentId()));
    m_filling = false;
}

void ProfileSwitcher::showKeyLevel(Api::KeyLevel level)
{
    m_keyLevelLabel->setText(Api::ConnectionProfile::keyLevelName(level));
}

void ProfileSwitcher::addProfile()
{
    openEditor(Api::ConnectionProfile(), Api::ProfileSecrets(), QString());
}

void ProfileSwitcher::editCurrentProfile()
{
    const std::optional<Api::ConnectionProfile> profile = m_session->currentProfile();
    if (!profile)
        return;
    QPointer<ProfileSwitcher> self(this);
    m_session->secretStore()->read(profile->id, [self, profile](const Api::SecretResult &result) {
        if (self)
            self->openEditor(*profile, result.secrets, result.isOk() ? QString() : result.message);
    });
}

void ProfileSwitcher::openEditor(const Api::ConnectionProfile &profile,
                                 const Api::ProfileSecrets &secrets, const QString &note)
{
    ProfileDialog dialog(m_session, window());
    dialog.setProfile(profile, secrets);
    dialog.setNote(note);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A new profile becomes the current one, and an edited one applies again.
    m_session->activate(dialog.savedId());
}

void ProfileSwitcher::deleteCurrentProfile()
{
    const std::optional<Api::ConnectionProfile> profile = m_session->currentProfile();
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
            window(), tr("Delete profile"),
            tr("Delete the profile \"%1\" and its token from the system keychain?")
                    .arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    QPointer<ProfileSwitcher> self(this);
    m_session->removeProfile(profile->id, [self](const Api::SecretResult &result) {
        if (self && !result.isOk())
            QMessageBox::warning(self->window(), tr("Delete profile"), result.message);
    });
    const QList<Api::ConnectionProfile> remaining = m_session->store()->profiles();
    if (!remaining.isEmpty()) {
        m_session->activate(remaining.first().id);
        return;
    }
    WelcomeDialog welcome(m_session, window());
    if (welcome.exec() == QDialog::Accepted)
        m_session->activate(welcome.createdId());
}

void ProfileSwitcher::showRejectedCertificate(const QString &host, const QString &description)
{
    // One box per host and run: every request to that host fails the same way.
    if (m_reportedHosts.contains(host))
        return;
    m_reportedHosts.insert(host);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Certificate rejected"),
                                tr("The secure connection to %1 was refused because its "
                                   "certificate is not trusted. Nothing was sent. Check the API "
                                   "address, and any proxy that intercepts https.")
                                        .arg(host),
                                QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("certificateRejected"));
    box->setDetailedText(description);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProfileSwitcher::handleActivationFailed(const QString &id, const Api::SecretResult &result)
{
    reloadProfiles();
    const std::optional<Api::ConnectionProfile> profile = m_session->store()->profile(id);
    if (!profile) {
        QMessageBox::warning(window(), tr("Switch profile"), result.message);
        return;
    }
    // Without its secrets the profile can still be used after the user enters them again.
    openEditor(*profile, Api::ProfileSecrets(),
               tr("The profile \"%1\" could not be opened: %2")
                       .arg(profile->name, result.message));
}

} // namespace ResellerDesk::Ui
