#include "ui/dashboardview.h"

#include "models/dashboardsummary.h"
#include "ui/dashboardlists.h"
#include "ui/errorbanner.h"
#include "ui/expirychart.h"
#include "ui/mainwindow.h"
#include "ui/orderactions.h"
#include "ui/paymentschart.h"
#include "ui/uilogging.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

constexpr int expiryWindows[] = { 7, 30, 90 };

Models::Entity entityOf(Models::ExpiryKind kind)
{
    switch (kind) {
    case Models::ExpiryKind::Account:
        return Models::Entity::Accounts;
    case Models::ExpiryKind::Domain:
        return Models::Entity::Domains;
    case Models::ExpiryKind::Certificate:
        return Models::Entity::Certificates;
    }
    return Models::Entity::Accounts;
}

QString kindKey(Models::ExpiryKind kind)
{
    return Models::DashboardSummary::listCommand(kind).section(u'-', 0, 0);
}

QString expiringDescription(Models::ExpiryKind kind, int days)
{
    switch (kind) {
    case Models::ExpiryKind::Account:
        return DashboardView::tr("Hosting accounts expiring in %n day(s)", nullptr, days);
    case Models::ExpiryKind::Domain:
        return DashboardView::tr("Domains expiring in %n day(s)", nullptr, days);
    case Models::ExpiryKind::Certificate:
        return DashboardView::tr("Certificates expiring in %n day(s)", nullptr, days);
    }
    return {};
}

QString expiredDescription(Models::ExpiryKind kind, int days)
{
    switch (kind) {
    case Models::ExpiryKind::Account:
        return DashboardView::tr("Hosting accounts expired in the last %n day(s)", nullptr, days);
    case Models::ExpiryKind::Domain:
        return DashboardView::tr("Domains expired in the last %n day(s)", nullptr, days);
    case Models::ExpiryKind::Certificate:
        return DashboardView::tr("Certificates expired in the last %n day(s)", nullptr, days);
    }
    return {};
}

} // namespace

DashboardView::DashboardView(Api::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_summary(new Models::DashboardSummary(client, this))
{
    setObjectName(QStringLiteral("dashboard"));
    // The counts, lists and charts need more room than a small window has, so they scroll
    // rather than widen the main window beyond the screen.
    auto *outerLayout = new QVBoxLayout(this);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    auto *scrollArea = new QScrollArea(this);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setWidgetResizable(true);
    outerLayout->addWidget(scrollArea);
    auto *content = new QWidget(scrollArea);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    m_updatedLabel = new QLabel(this);
    header->addWidget(m_updatedLabel, 1);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    header->addWidget(m_progressBar);
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setToolTip(tr("Loads the dashboard again (F5)."));
    header->addWidget(m_refreshButton);
    layout->addLayout(header);

    m_errorBanner = new ErrorBanner(this);
    layout->addWidget(m_errorBanner);
    layout->addWidget(createCounts());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_lists = new DashboardLists(splitter);
    auto *charts = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_expiryChart = new ExpiryChart(charts);
    m_paymentsChart = new PaymentsChart(charts);
    chartLayout->addWidget(m_expiryChart);
    chartLayout->addWidget(m_paymentsChart);
    splitter->addWidget(m_lists);
    splitter->addWidget(charts);
    // Thirteen weeks and twelve months need about 30 pixels per bar for readable labels.
    charts->setMinimumWidth(420);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &DashboardView::refresh);
    connect(m_summary, &Models::DashboardSummary::progress, this, [this](int done, int total) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
    });
    connect(m_summary, &Models::DashboardSummary::finished, this, &DashboardView::handleFinished);
    connect(m_summary, &Models::DashboardSummary::failed, this, &DashboardView::handleFailed);
    connect(m_lists, &DashboardLists::openFilteredRequested, this,
        &DashboardView::openFilteredRequested);
    connect(m_lists, &DashboardLists::renewRequested, this, &DashboardView::renewRequested);
    connect(m_expiryChart, &ExpiryChart::weekClicked, this, &DashboardView::openWeek);
    updateCounts();
}

DashboardView *DashboardView::addTo(MainWindow *window, Api::ApiClient *client)
{
    auto *dashboard = new DashboardView(client, window);
    window->addPage(dashboard, tr("Dashboard"), QStringLiteral("Overview"), 0);
    connect(dashboard, &DashboardView::openFilteredRequested, window, &MainWindow::openFiltered);
    if (auto *orders = window->findChild<OrderActions *>(QString(), Qt::FindDirectChildrenOnly))
        connect(dashboard, &DashboardView::renewRequested, orders, &OrderActions::renew);
    else
        qCWarning(lcUi) << "Dashboard without Renew: the window has no order actions";
    return dashboard;
}

QWidget *DashboardView::createCounts()
{
    auto *counts = new QWidget(this);
    auto *grid = new QGridLayout(counts);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList columns { tr("7 days"), tr("30 days"), tr("90 days"), tr("Expired") };
    for (int column = 0; column < columns.size(); ++column) {
        auto *label = new QLabel(columns[column], counts);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 0, column + 1);
    }
    const QStringList rows { tr("Hosting accounts"), tr("Domains"), tr("Certificates") };
    for (int row = 0; row < Models::expiryKindCount; ++row) {
        const auto kind = static_cast<Models::ExpiryKind>(row);
        grid->addWidget(new QLabel(rows[row], counts), row + 1, 0);
        for (int column = 0; column < 4; ++column) {
            const int days = column < 3 ? expiryWindows[column] : 0;
            QPushButton *button
                = addCountButton(QStringLiteral("expiring-%1-%2").arg(kindKey(kind)).arg(days));
            connect(button, &QPushButton::clicked, this,
                [this, kind, days] { openExpiring(kind, days); });
            grid->addWidget(button, row + 1, column + 1);
        }
    }

    const QStringList others { tr("Over usage"), tr("Unread answers"), tr("Not paid"),
        tr("Partially paid") };
    for (int column = 0; column < others.size(); ++column) {
        auto *label = new QLabel(others[column], counts);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 0, column + 6);
    }
    m_usageButton = addCountButton(QStringLiteral("overUsage"));
    m_ticketButton = addCountButton(QStringLiteral("unreadTickets"));
    m_notPaidButton = addCountButton(QStringLiteral("notPaid"));
    m_partlyPaidButton = addCountButton(QStringLiteral("partiallyPaid"));
    const QList<QPushButton *> otherButtons { m_usageButton, m_ticketButton, m_notPaidButton,
        m_partlyPaidButton };
    for (int column = 0; column < otherButtons.size(); ++column)
        grid->addWidget(otherButtons[column], 1, column + 6);
    grid->setColumnMinimumWidth(5, 24);
    grid->setColumnStretch(10, 1);

    // Usage over a limit cannot be expressed as a list filter, so the button shows the list.
    connect(m_usageButton, &QPushButton::clicked, this, [this] { m_lists->setCurrentIndex(1); });
    connect(m_ticketButton, &QPushButton::clicked, this, [this] {
        emit openFilteredRequested(Models::Entity::Tickets,
            Models::DashboardSummary::unreadTicketsQuery(), tr("Tickets with unread answers"));
    });
    connect(m_notPaidButton, &QPushButton::clicked, this, [this] {
        emit openFilteredRequested(Models::Entity::Orders,
            Models::DashboardSummary::unpaidOrdersQuery(QStringLiteral("not_paid")),
            tr("Orders not paid"));
    });
    connect(m_partlyPaidButton, &QPushButton::clicked, this, [this] {
        emit openFilteredRequested(Models::Entity::Orders,
            Models::DashboardSummary::unpaidOrdersQuery(QStringLiteral("partially_paid")),
            tr("Orders partially paid"));
    });
    return counts;
}

QPushButton *DashboardView::addCountButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setMinimumWidth(72);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    button->setFont(font);
    return button;
}

QPushButton *DashboardView::expiryButton(Models::ExpiryKind kind, int days) const
{
    return findChild<QPushButton *>(QStringLiteral("expiring-%1-%2").arg(kindKey(kind)).arg(days));
}

void DashboardView::refresh()
{
    m_loadedOnce = true;
    m_errorBanner->hide();
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_refreshButton->setEnabled(false);
    m_summary->refresh();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void DashboardView::handleFinished()
{
    m_progressBar->hide();
    m_refreshButton->setEnabled(true);
    m_updatedLabel->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateCounts();
    m_lists->setSummary(*m_summary);
    m_expiryChart->setSummary(*m_summary);
    m_paymentsChart->setSummary(*m_summary);
}

void DashboardView::handleFailed(const Api::ApiError &error)
{
    m_progressBar->hide();
    m_refreshButton->setEnabled(true);
    m_errorBanner->showMessage(
        tr("The dashboard could not be loaded. %1").arg(error.userMessage()));
}

void DashboardView::updateCounts()
{
    const bool known = m_summary->hasData();
    const auto show = [known](QPushButton *button, qsizetype count) {
        button->setText(known ? QString::number(count) : QStringLiteral("–"));
        button->setEnabled(known);
    };
    for (int row = 0; row < Models::expiryKindCount; ++row) {
        const auto kind = static_cast<Models::ExpiryKind>(row);
        for (int days : expiryWindows)
            show(expiryButton(kind, days), m_summary->expiringCount(kind, days));
        show(expiryButton(kind, 0), m_summary->expiredCount(kind));
    }
    show(m_usageButton, m_summary->overUsageAccounts().size());
    show(m_ticketButton, m_summary->unreadTickets().size());
    qsizetype notPaid = 0;
    for (const QJsonObject &order : m_summary->unpaidOrders()) {
        if (order.value(QStringLiteral("paid")).toString() == u"not_paid")
            ++notPaid;
    }
    show(m_notPaidButton, notPaid);
    show(m_partlyPaidButton, m_summary->unpaidOrders().size() - notPaid);
}

void DashboardView::openExpiring(Models::ExpiryKind kind, int days)
{
    if (days > 0)
        emit openFilteredRequested(entityOf(kind), Models::DashboardSummary::expiringQuery(days),
            expiringDescription(kind, days));
    else
        emit openFilteredRequested(entityOf(kind), Models::DashboardSummary::expiredQuery(),
            expiredDescription(kind, Models::DashboardSummary::expiredWindowDays));
}

void DashboardView::openWeek(int week, int kind)
{
    const auto expiryKind = static_cast<Models::ExpiryKind>(kind);
    const int first = week * 7;
    const int last = qMin(first + 6, Models::DashboardSummary::horizonDays);
    Api::ListQuery query;
    query.addRange(QStringLiteral("days_to_expire"), Api::FilterCondition::Range,
        QString::number(first), QString::number(last));
    query.orderBy = { { QStringLiteral("days_to_expire"), true } };
    const QString description = [expiryKind, first, last] {
        switch (expiryKind) {
        case Models::ExpiryKind::Account:
            return tr("Hosting accounts expiring in %1 to %2 days").arg(first).arg(last);
        case Models::ExpiryKind::Domain:
            return tr("Domains expiring in %1 to %2 days").arg(first).arg(last);
        case Models::ExpiryKind::Certificate:
            return tr("Certificates expiring in %1 to %2 days").arg(first).arg(last);
        }
        return QString();
    }();
    emit openFilteredRequested(entityOf(expiryKind), query, description);
}

} // namespace ResellerDesk::Ui
