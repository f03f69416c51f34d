#pragma once

#include "api/connectionprofile.h"

#include <QString>

namespace ResellerDesk::Cli {

// Reads the saved connection profile called name (the app's profiles, same settings file)
// and its secrets from the system keychain, waiting at most timeoutMs for the keychain. On
// failure, returns false and sets errorMessage; the message never contains a secret.
bool loadProfile(const QString &name, Api::ConnectionProfile *profile,
                 Api::ProfileSecrets *secrets, QString *errorMessage, int timeoutMs = 60000);

} // namespace ResellerDesk::Cli
