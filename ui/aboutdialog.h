#pragma once

#include <QDialog>

namespace ResellerDesk::Ui {

// Help > About: the application icon, name and version, and the Qt version it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "0.1.0" from the application, or the project version it was built with.
    static QString version();
};

} // namespace ResellerDesk::Ui
