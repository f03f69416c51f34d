#include "ui/paymentschart.h"

#include "models/dashboardsummary.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>

namespace ResellerDesk::Ui {

PaymentsChart::PaymentsChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Payments per month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void PaymentsChart::setSummary(const Models::DashboardSummary &summary)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }

    auto *series = new QBarSeries;
    QStringList months;
    for (const Models::MonthlyPayments &month : summary.paymentsPerMonth())
        months.append(QLocale().toString(month.month, QStringLiteral("MMM yy")));
    double maximum = 0;
    for (const QString &currency : summary.paymentCurrencies()) {
        auto *set = new QBarSet(currency);
        for (const Models::MonthlyPayments &month : summary.paymentsPerMonth()) {
            const double total = month.totalByCurrency.value(currency);
            set->append(total);
            maximum = qMax(maximum, total);
        }
        series->append(set);
    }
    chart->addSeries(series);

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    // Twelve month names do not fit side by side in a chart of the dashboard's width. Upright
    // labels show them in full instead of cut to "J...".
    monthAxis->setLabelsAngle(-90);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    series->attachAxis(monthAxis);
    auto *amountAxis = new QValueAxis;
    amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    amountAxis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    // Round ticks (0, 50, 100, 150) instead of fractions of the largest month.
    amountAxis->applyNiceNumbers();
    chart->addAxis(amountAxis, Qt::AlignLeft);
    series->attachAxis(amountAxis);
}

QList<QBarSet *> PaymentsChart::barSets() const
{
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty())
        return {};
    return static_cast<QBarSeries *>(series.first())->barSets();
}

} // namespace ResellerDesk::Ui
