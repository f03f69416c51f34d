#pragma once

#include <QString>

namespace ResellerDesk::Models {

// Application preferences kept in QSettings. Other parts read the keys directly, so the keys
// and defaults here are a shared interface.
struct Preferences
{
    // "en", "bg", or "" to follow the system locale. The app reads it once at start.
    static constexpr const char *languageKey = "ui/language";
    static constexpr const char *notificationsEnabledKey = "notifications/enabled";
    static constexpr const char *notificationIntervalKey = "notifications/intervalMinutes";
    static constexpr int defaultIntervalMinutes = 15;
    static constexpr int minIntervalMinutes = 1;
    static constexpr int maxIntervalMinutes = 1440;

    QString language;
    bool notificationsEnabled = true;
    int notificationIntervalMinutes = defaultIntervalMinutes;

    // Reads the stored values. An unknown language reads as "" and an interval outside
    // 1..1440 minutes as the default, so a hand-edited file never breaks the app.
    static Preferences load();
    void save() const;

    // Language codes offered besides "".
    static bool isSupportedLanguage(const QString &code);
};

} // namespace ResellerDesk::Models
