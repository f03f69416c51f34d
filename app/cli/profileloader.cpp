#include "profileloader.h"

#include "api/profilestore.h"
#include "api/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>

namespace ResellerDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::ProfileLoader", text);
}

} // namespace

bool loadProfile(const QString &name, Api::ConnectionProfile *profile,
                 Api::ProfileSecrets *secrets, QString *errorMessage, int timeoutMs)
{
    const Api::ProfileStore store;
    const std::optional<Api::ConnectionProfile> found = store.profileByName(name);
    if (!found) {
        QStringList names;
        for (const Api::ConnectionProfile &known : store.profiles())
            names.append(known.name);
        *errorMessage = names.isEmpty()
                ? tr("No connection profile named \"%1\": there are no saved profiles. Add one "
                     "in the ResellerDesk app first.")
                          .arg(name)
                : tr("No connection profile named \"%1\". Saved profiles: %2.")
                          .arg(name, names.join(QStringLiteral(", ")));
        return false;
    }
    *profile = *found;

    // The keychain replies asynchronously, and may first ask the user to unlock it.
    Api::SecretStore secretStore;
    std::optional<Api::SecretResult> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    secretStore.read(profile->id, [&result, &loop](const Api::SecretResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    if (!result) {
        *errorMessage = tr("Reading the token of profile \"%1\" from the system keychain timed "
                           "out after %2 s. Unlock the keychain and try again, or set "
                           "RESELLERDESK_TOKEN.")
                                .arg(name)
                                .arg(timeoutMs / 1000);
        return false;
    }
    if (!result->isOk()) {
        *errorMessage = tr("Profile \"%1\": %2 For scripts, set RESELLERDESK_TOKEN instead.")
                                .arg(name, result->message);
        return false;
    }
    *secrets = result->secrets;
    return true;
}

} // namespace ResellerDesk::Cli
