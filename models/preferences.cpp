#include "models/preferences.h"

#include "models/modelslogging.h"

#include <QSettings>

namespace ResellerDesk::Models {

bool Preferences::isSupportedLanguage(const QString &code)
{
    return code == u"en" || code == u"bg";
}

Preferences Preferences::load()
{
    QSettings settings;
    Preferences preferences;
    const QString language = settings.value(languageKey).toString();
    if (language.isEmpty() || isSupportedLanguage(language))
        preferences.language = language;
    else
        qCWarning(lcModels) << "ignoring unknown language" << language << "in" << languageKey;
    preferences.notificationsEnabled = settings.value(notificationsEnabledKey, true).toBool();
    bool isNumber = false;
    const int interval = settings.value(notificationIntervalKey).toInt(&isNumber);
    if (isNumber && interval >= minIntervalMinutes && interval <= maxIntervalMinutes)
        preferences.notificationIntervalMinutes = interval;
    else if (settings.contains(notificationIntervalKey))
        qCWarning(lcModels) << "ignoring invalid" << notificationIntervalKey
                            << settings.value(notificationIntervalKey).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(languageKey, language);
    settings.setValue(notificationsEnabledKey, notificationsEnabled);
    settings.setValue(notificationIntervalKey,
        qBound(minIntervalMinutes, notificationIntervalMinutes, maxIntervalMinutes));
}

} // namespace ResellerDesk::Models
