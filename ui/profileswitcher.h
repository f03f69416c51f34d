#pragma once

#include "api/connectionprofile.h"
#include "api/secretstore.h"

#include <QSet>
#include <QToolBar>

class QComboBox;
class QLabel;

namespace ResellerDesk::Ui {

class MainWindow;
class ProfileSession;

// Tool bar of the main window that lists the connection profiles, switches between them
// without a restart, shows the key level, and adds, edits and deletes profiles.
class ProfileSwitcher : public QToolBar
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileSession *session, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }

    // Adds a switcher to the window, applies each activated profile to it, and activates the
    // last used profile. On first run the welcome dialog creates that profile, and false is
    // returned when the user quits it.
    static bool attach(MainWindow *window, ProfileSession *session);

public slots:
    void addProfile();
    void editCurrentProfile();
    void deleteCurrentProfile();
    void reloadProfiles();

private:
    void handleActivationFailed(const QString &id, const Api::SecretResult &result);
    void showRejectedCertificate(const QString &host, const QString &description);
    void openEditor(const Api::ConnectionProfile &profile, const Api::ProfileSecrets &secrets,
                    const QString &note);
    void showKeyLevel(Api::KeyLevel level);
    QString selectedId() const;

    ProfileSession *m_session = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_keyLevelLabel = nullptr;
    // Set while the combo box is filled, so that the change is not taken for a switch.
    bool m_filling = false;
    QSet<QString> m_reportedHosts;
};

} // namespace ResellerDesk::Ui
