#pragma once

#include "api/apierror.h"
#include "api/listquery.h"
#include "models/entityspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ResellerDesk::Api {
class ApiClient;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class DashboardSummary;
enum class ExpiryKind;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

class DashboardLists;
class ErrorBanner;
class ExpiryChart;
class MainWindow;
class PaymentsChart;

// The first page of the main window: counts of hosting accounts, domains and certificates
// expiring within 7, 30 and 90 days and expired in the last 90 days, accounts over their
// usage, unread ticket answers and unpaid orders, with lists and charts. Every count, list row
// and chart bar asks to open the matching filtered page. Loads in the background when first
// shown and on refresh() (F5). A failed load shows an inline error with Retry.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Api::ApiClient *client, QWidget *parent = nullptr);

    // Creates the dashboard as the window's first page and connects it to
    // MainWindow::openFiltered() and the Order menu's Renew….
    static DashboardView *addTo(MainWindow *window, Api::ApiClient *client);

    Models::DashboardSummary *summary() const { return m_summary; }
    DashboardLists *lists() const { return m_lists; }
    ExpiryChart *expiryChart() const { return m_expiryChart; }
    PaymentsChart *paymentsChart() const { return m_paymentsChart; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    // The count button of a kind and window (7, 30, 90 days, or 0 for expired).
    QPushButton *expiryButton(Models::ExpiryKind kind, int days) const;

public slots:
    void refresh();

signals:
    void openFilteredRequested(ResellerDesk::Models::Entity entity,
        const ResellerDesk::Api::ListQuery &query, const QString &description);
    // Same arguments as OrderActions::renew().
    void renewRequested(bool account, const QJsonObject &row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createCounts();
    QPushButton *addCountButton(const QString &objectName);
    void handleFinished();
    void handleFailed(const Api::ApiError &error);
    void updateCounts();
    void openExpiring(Models::ExpiryKind kind, int days);
    void openWeek(int week, int kind);

    Models::DashboardSummary *m_summary = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_refreshButton = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    DashboardLists *m_lists = nullptr;
    ExpiryChart *m_expiryChart = nullptr;
    PaymentsChart *m_paymentsChart = nullptr;
    QPushButton *m_usageButton = nullptr;
    QPushButton *m_ticketButton = nullptr;
    QPushButton *m_notPaidButton = nullptr;
    QPushButton *m_partlyPaidButton = nullptr;
    bool m_loadedOnce = false;
};

} // namespace ResellerDesk::Ui
