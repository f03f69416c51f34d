#pragma once

#include "models/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace ResellerDesk::Ui {

// File > Preferences: the interface language and the desktop notifications. OK saves to
// QSettings through Models::Preferences. A new language applies after a restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Models::Preferences preferences() const;
    void setPreferences(const Models::Preferences &preferences);

public slots:
    void accept() override;

private:
    void updateNotificationFields();

    Models::Preferences m_loaded;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QCheckBox *m_notifications = nullptr;
    QSpinBox *m_interval = nullptr;
};

} // namespace ResellerDesk::Ui
