#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ResellerDesk::Ui {

// Inline error message with a Retry button, shown at the top of a tab or pane in place of a
// modal message box.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    QString message() const;
    QPushButton *retryButton() const { return m_retryButton; }

public slots:
    // Shows the banner with the message. The Retry button is shown when retry is true.
    void showMessage(const QString &message, bool retry = true);

signals:
    void retryRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_retryButton = nullptr;
};

} // namespace ResellerDesk::Ui
