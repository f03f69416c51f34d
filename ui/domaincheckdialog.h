#pragma once

#include "ui/tooldialog.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class DomainCheckModel;
class QuickFilterProxyModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

// Domain check: names entered one per line are validated here, then checked with domain-check
// (a few at a time) into a sortable table with a quick filter. F5 checks the same names again.
class DomainCheckDialog : public ToolDialog
{
    Q_OBJECT

public:
    explicit DomainCheckDialog(Api::ApiClient *client, QWidget *parent = nullptr);
    ~DomainCheckDialog() override;

    QPlainTextEdit *namesEdit() const { return m_namesEdit; }
    QTableView *tableView() const { return m_view; }
    Models::DomainCheckModel *model() const { return m_model; }
    QString statusText() const;

public slots:
    // Validates the entered names and checks them. A bad name shows a message naming its line,
    // and nothing is sent.
    void checkNames();
    void refresh() override;

private:
    void setStatus(const QString &text, bool error);

    std::unique_ptr<Api::ApiCommands> m_commands;
    Models::DomainCheckModel *m_model = nullptr;
    Models::QuickFilterProxyModel *m_proxy = nullptr;
    QPlainTextEdit *m_namesEdit = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ResellerDesk::Ui
