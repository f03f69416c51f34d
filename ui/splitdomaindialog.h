#pragma once

#include "ui/tooldialog.h"

#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

// Split domain: shows the service's TLD and SLD of a host name (domain-tldsld), such as "co.uk"
// and "example" for www.example.co.uk. F5 splits the same name again.
class SplitDomainDialog : public ToolDialog
{
    Q_OBJECT

public:
    explicit SplitDomainDialog(Api::ApiClient *client, QWidget *parent = nullptr);
    ~SplitDomainDialog() override;

    QLineEdit *hostnameEdit() const { return m_hostnameEdit; }
    QString tld() const;
    QString sld() const;
    QString statusText() const;

public slots:
    void split();
    void refresh() override;

signals:
    void splitFinished(bool ok);

private:
    void handleReply(Api::ApiReply *reply, const QString &hostname);
    void setStatus(const QString &text, bool error);

    std::unique_ptr<Api::ApiCommands> m_commands;
    QPointer<Api::ApiReply> m_reply;
    QLineEdit *m_hostnameEdit = nullptr;
    QPushButton *m_splitButton = nullptr;
    QLineEdit *m_tldEdit = nullptr;
    QLineEdit *m_sldEdit = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ResellerDesk::Ui
