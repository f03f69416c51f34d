#pragma once

#include <QtCharts/QChartView>

namespace ResellerDesk::Models {
class DashboardSummary;
} // namespace ResellerDesk::Models

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

namespace ResellerDesk::Ui {

// Stacked bars of the hosting accounts, domains and certificates that expire in each week of
// the next 90 days. Clicking a bar emits weekClicked().
class ExpiryChart : public QChartView
{
    Q_OBJECT

public:
    explicit ExpiryChart(QWidget *parent = nullptr);

    // Rebuilds the bars from the summary's current figures.
    void setSummary(const Models::DashboardSummary &summary);
    // One bar set per kind, in the order of Models::ExpiryKind.
    QList<QBarSet *> barSets() const;

signals:
    // Week 0 contains the items that expire today through day 6. kind is a Models::ExpiryKind.
    void weekClicked(int week, int kind);
};

} // namespace ResellerDesk::Ui
