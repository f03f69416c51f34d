#pragma once

#include <QtCharts/QChartView>

namespace ResellerDesk::Models {
class DashboardSummary;
} // namespace ResellerDesk::Models

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

namespace ResellerDesk::Ui {

// Bars of the payments received in each of the last twelve months, one bar set per currency,
// because amounts in different currencies cannot be added up.
class PaymentsChart : public QChartView
{
    Q_OBJECT

public:
    explicit PaymentsChart(QWidget *parent = nullptr);

    void setSummary(const Models::DashboardSummary &summary);
    QList<QBarSet *> barSets() const;
};

} // namespace ResellerDesk::Ui
