#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace ResellerDesk::Api {
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// Base of the Tools menu's windows: a non-modal dialog that restores its last size from
// QSettings (key "tools/<name>/size") and saves it when hidden, and whose F5 calls refresh().
class ToolDialog : public QDialog
{
    Q_OBJECT

public:
    // name is the settings key part and the object name, such as "domainCheck".
    ToolDialog(const QString &name, const QSize &defaultSize, QWidget *parent = nullptr);

public slots:
    // Loads the window's data again. F5 calls it.
    virtual void refresh() = 0;

protected:
    void hideEvent(QHideEvent *event) override;

    // Shows text in a status label, in red when it is an error.
    static void showStatus(QLabel *label, const QString &text, bool error);
    // Stops a running reply without calling this window's handlers. Destructors need it because
    // replies belong to the ApiClient, not to the window.
    void dropReply(Api::ApiReply *reply);

private:
    QString sizeKey() const;
};

} // namespace ResellerDesk::Ui
