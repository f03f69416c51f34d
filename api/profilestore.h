#pragma once

#include "api/connectionprofile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace ResellerDesk::Api {

// Reads and writes the non-secret parts of connection profiles in QSettings, under the
// "profiles" group, one subgroup per profile id. Secrets are never written here: see
// SecretStore. The app and resellerdesk-cli share the same settings file.
class ProfileStore
{
public:
    // settingsFile empty: the user's native settings of the ResellerDesk application, the same
    // for the app and resellerdesk-cli. Otherwise an INI file (used by tests).
    explicit ProfileStore(const QString &settingsFile = QString());
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    // Returns all profiles sorted by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // Looks a profile up by its exact name.
    std::optional<ConnectionProfile> profileByName(const QString &name) const;
    // Returns true when another profile than exceptId already has this name (case-insensitive).
    bool isNameTaken(const QString &name, const QString &exceptId = QString()) const;

    // Adds or replaces the profile with profile.id; an empty id gets a new one. Returns the id.
    QString save(const ConnectionProfile &profile);
    void remove(const QString &id);

    // Id of the profile used last, empty when none.
    QString currentId() const;
    void setCurrentId(const QString &id);

    // Writes pending changes to disk and returns the path of the settings file.
    QString sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ResellerDesk::Api
