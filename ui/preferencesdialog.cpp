#include "ui/preferencesdialog.h"

#include "ui/uilogging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    const QLocale system = QLocale::system();
    // The C locale of a bare session has no native name, so the English name is used.
    QString systemName = system.nativeLanguageName();
    if (systemName.isEmpty())
        systemName = QLocale::languageToString(system.language());
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    // Language names in their own language, so that people find theirs in any interface.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Български"), QStringLiteral("bg"));
    m_restartNote = new QLabel(tr("A new language applies after you restart ResellerDesk."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("&Interface language:"), m_language);
    languageLayout->addRow(m_restartNote);

    m_notifications = new QCheckBox(tr("Show desktop &notifications for new operator answers "
                                       "and for items that will expire within 7 days"),
        this);
    m_notifications->setObjectName(QStringLiteral("notificationsEnabled"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("notificationInterval"));
    m_interval->setRange(
        Models::Preferences::minIntervalMinutes, Models::Preferences::maxIntervalMinutes);
    m_interval->setToolTip(tr("How often ResellerDesk asks the service for news, from 1 to "
                              "1440 minutes (one day)."));
    auto *notificationBox = new QGroupBox(tr("Notifications"), this);
    auto *notificationLayout = new QFormLayout(notificationBox);
    notificationLayout->addRow(m_notifications);
    notificationLayout->addRow(tr("&Check every:"), m_interval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(
        m_notifications, &QCheckBox::toggled, this, &PreferencesDialog::updateNotificationFields);
    connect(
        m_interval, &QSpinBox::valueChanged, this, &PreferencesDialog::updateNotificationFields);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setEnabled(m_language->currentData().toString() != m_loaded.language);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(notificationBox);
    layout->addStretch();
    layout->addWidget(buttons);

    setPreferences(Models::Preferences::load());
}

Models::Preferences PreferencesDialog::preferences() const
{
    Models::Preferences preferences;
    preferences.language = m_language->currentData().toString();
    preferences.notificationsEnabled = m_notifications->isChecked();
    preferences.notificationIntervalMinutes = m_interval->value();
    return preferences;
}

void PreferencesDialog::setPreferences(const Models::Preferences &preferences)
{
    m_loaded = preferences;
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_notifications->setChecked(preferences.notificationsEnabled);
    m_interval->setValue(preferences.notificationIntervalMinutes);
    m_restartNote->setEnabled(false);
    updateNotificationFields();
}

void PreferencesDialog::updateNotificationFields()
{
    m_interval->setEnabled(m_notifications->isChecked());
    // The suffix follows the number, so that the plural form stays right in every language.
    m_interval->setSuffix(tr(" minute(s)", nullptr, m_interval->value()));
}

void PreferencesDialog::accept()
{
    const Models::Preferences chosen = preferences();
    chosen.save();
    qCInfo(lcUi) << "preferences saved: language" << chosen.language << "notifications"
                 << chosen.notificationsEnabled << "every" << chosen.notificationIntervalMinutes
                 << "minutes";
    QDialog::accept();
}

} // namespace ResellerDesk::Ui
