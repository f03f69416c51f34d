#include "ui/expirychart.h"

#include "models/dashboardsummary.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace ResellerDesk::Ui {

ExpiryChart::ExpiryChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Expiries per week, next 90 days"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void ExpiryChart::setSummary(const Models::DashboardSummary &summary)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }

    auto *series = new QStackedBarSeries;
    QBarSet *sets[] = { new QBarSet(tr("Hosting accounts")), new QBarSet(tr("Domains")),
        new QBarSet(tr("Certificates")) };
    QStringList weeks;
    int maximum = 0;
    for (int week = 0; week < Models::DashboardSummary::weekCount; ++week) {
        const std::array<int, Models::expiryKindCount> counts = summary.expiriesInWeek(week);
        int total = 0;
        for (std::size_t kind = 0; kind < counts.size(); ++kind) {
            sets[kind]->append(counts[kind]);
            total += counts[kind];
        }
        maximum = qMax(maximum, total);
        // The week's first day, counted from today.
        weeks.append(QString::number(week * 7));
    }
    for (std::size_t kind = 0; kind < std::size(sets); ++kind) {
        series->append(sets[kind]);
        connect(sets[kind], &QBarSet::clicked, this,
            [this, kind](int week) { emit weekClicked(week, static_cast<int>(kind)); });
    }
    chart->addSeries(series);

    auto *weekAxis = new QBarCategoryAxis;
    weekAxis->append(weeks);
    weekAxis->setTitleText(tr("Days from today"));
    chart->addAxis(weekAxis, Qt::AlignBottom);
    series->attachAxis(weekAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    // Whole steps of 1, 2 or 5 times a power of ten, at most five of them, so that every
    // tick is a count a person would write (0, 5, 10, 15 rather than 0, 2, 4, 7, 9, 12).
    int step = 1;
    for (int scale = 1; maximum > 5 * step; scale *= 10) {
        for (int factor : { 1, 2, 5 }) {
            step = factor * scale;
            if (maximum <= 5 * step)
                break;
        }
    }
    const int top = qMax(1, (maximum + step - 1) / step) * step;
    countAxis->setRange(0, top);
    countAxis->setTickCount(top / step + 1);
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);
}

QList<QBarSet *> ExpiryChart::barSets() const
{
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty())
        return {};
    return static_cast<QStackedBarSeries *>(series.first())->barSets();
}

} // namespace ResellerDesk::Ui
