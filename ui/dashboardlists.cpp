#include "ui/dashboardlists.h"

#include "models/dashboardsummary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

// Item data: the list row as a QJsonObject, and what opening it shows.
constexpr int RowRole = Qt::UserRole;
constexpr int EntityRole = Qt::UserRole + 1;
constexpr int IdPropertyRole = Qt::UserRole + 2;
constexpr int DescriptionRole = Qt::UserRole + 3;
// The Models::ExpiryKind of a row in the expiring list, -1 elsewhere.
constexpr int KindRole = Qt::UserRole + 4;

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

QString kindName(Models::ExpiryKind kind)
{
    switch (kind) {
    case Models::ExpiryKind::Account:
        return DashboardLists::tr("Hosting account");
    case Models::ExpiryKind::Domain:
        return DashboardLists::tr("Domain");
    case Models::ExpiryKind::Certificate:
        return DashboardLists::tr("Certificate");
    }
    return {};
}

QTreeWidgetItem *newItem(const QStringList &texts, const QJsonObject &row, Models::Entity entity,
    const QString &idProperty, const QString &description)
{
    auto *item = new QTreeWidgetItem(texts);
    item->setData(0, RowRole, row);
    item->setData(0, EntityRole, static_cast<int>(entity));
    item->setData(0, IdPropertyRole, idProperty);
    item->setData(0, DescriptionRole, description);
    item->setData(0, KindRole, -1);
    return item;
}

QString text(const QJsonObject &row, const char *property)
{
    return row.value(QLatin1String(property)).toVariant().toString();
}

} // namespace

DashboardLists::DashboardLists(QWidget *parent)
    : QTabWidget(parent)
{
    auto *expiringPage = new QWidget(this);
    auto *expiringLayout = new QVBoxLayout(expiringPage);
    expiringLayout->setContentsMargins(0, 0, 0, 0);
    m_expiring = addList(
        { tr("Kind"), tr("Name"), tr("Expires"), tr("Days") }, QStringLiteral("expiringList"));
    expiringLayout->addWidget(m_expiring);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_renewButton = new QPushButton(tr("Renew…"), expiringPage);
    m_renewButton->setObjectName(QStringLiteral("renewButton"));
    m_renewButton->setToolTip(tr("Opens the order wizard with a renewal of the selected hosting "
                                 "account or domain."));
    buttons->addWidget(m_renewButton);
    expiringLayout->addLayout(buttons);
    addTab(expiringPage, tr("Expiring"));

    m_usage = addList(
        { tr("Username"), tr("Hostname"), tr("Over the limit") }, QStringLiteral("usageList"));
    addTab(m_usage, tr("Over usage"));
    m_tickets = addList({ tr("Subject"), tr("Domain"), tr("Answered"), tr("Operator") },
        QStringLiteral("ticketList"));
    addTab(m_tickets, tr("Unread answers"));
    m_orders = addList({ tr("Order"), tr("Client"), tr("Date"), tr("Total"), tr("Paid") },
        QStringLiteral("orderList"));
    addTab(m_orders, tr("Not paid"));

    connect(m_renewButton, &QPushButton::clicked, this, &DashboardLists::renewCurrent);
    connect(m_expiring, &QTreeWidget::currentItemChanged, this, &DashboardLists::updateRenewButton);
    updateRenewButton();
}

QTreeWidget *DashboardLists::addList(const QStringList &headers, const QString &objectName)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::itemActivated, this, &DashboardLists::openItem);
    return list;
}

void DashboardLists::setSummary(const Models::DashboardSummary &summary)
{
    fillExpiring(summary);
    fillUsage(summary);
    fillTickets(summary);
    fillOrders(summary);
    setTabText(0, tr("Expiring (%1)").arg(m_expiring->topLevelItemCount()));
    setTabText(1, tr("Over usage (%1)").arg(m_usage->topLevelItemCount()));
    setTabText(2, tr("Unread answers (%1)").arg(m_tickets->topLevelItemCount()));
    setTabText(3, tr("Not paid (%1)").arg(m_orders->topLevelItemCount()));
    updateRenewButton();
}

void DashboardLists::fillExpiring(const Models::DashboardSummary &summary)
{
    m_expiring->clear();
    const QLocale locale;
    for (const Models::ExpiringItem &expiring : summary.expiringItems()) {
        const QString days = expiring.daysToExpire < 0
            ? tr("expired %n day(s) ago", nullptr, -expiring.daysToExpire)
            : tr("%n day(s)", nullptr, expiring.daysToExpire);
        const QString description = tr("%1 %2").arg(kindName(expiring.kind), expiring.name);
        QTreeWidgetItem *item
            = newItem({ kindName(expiring.kind), expiring.name,
                          locale.toString(expiring.endDate.date(), QLocale::ShortFormat), days },
                expiring.row, entityOf(expiring.kind),
                Models::DashboardSummary::idProperty(expiring.kind), description);
        item->setData(0, KindRole, static_cast<int>(expiring.kind));
        item->setData(3, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        if (expiring.daysToExpire < 0)
            item->setForeground(3, QBrush(Qt::darkRed));
        m_expiring->addTopLevelItem(item);
    }
}

void DashboardLists::fillUsage(const Models::DashboardSummary &summary)
{
    m_usage->clear();
    const QLocale locale;
    for (const Models::OverUsageAccount &account : summary.overUsageAccounts()) {
        QStringList excesses;
        for (const Models::UsageExcess &excess : account.excesses)
            excesses.append(
                tr("%1: %2 of %3 %4")
                    .arg(Models::usageLabel(excess.property), locale.toString(excess.used, 'f', 2),
                        locale.toString(excess.limit, 'f', 2), excess.unit)
                    .trimmed());
        const QString username = text(account.row, "username");
        m_usage->addTopLevelItem(newItem(
            { username, text(account.row, "hostname"), excesses.join(QStringLiteral("; ")) },
            account.row, Models::Entity::Accounts, QStringLiteral("account_id"),
            tr("Hosting account %1").arg(username)));
    }
}

void DashboardLists::fillTickets(const Models::DashboardSummary &summary)
{
    m_tickets->clear();
    for (const QJsonObject &ticket : summary.unreadTickets()) {
        m_tickets->addTopLevelItem(
            newItem({ text(ticket, "subject"), text(ticket, "domain"),
                        text(ticket, "response_date"), text(ticket, "operator") },
                ticket, Models::Entity::Tickets, QStringLiteral("id"),
                tr("Ticket %1").arg(text(ticket, "id"))));
    }
}

void DashboardLists::fillOrders(const Models::DashboardSummary &summary)
{
    m_orders->clear();
    const QLocale locale;
    for (const QJsonObject &order : summary.unpaidOrders()) {
        const QString client = tr("%1 %2").arg(text(order, "firstname"), text(order, "lastname"));
        const QString total = tr("%1 %2").arg(
            locale.toString(text(order, "total").toDouble(), 'f', 2), text(order, "currency"));
        const QString paid
            = text(order, "paid") == u"partially_paid" ? tr("Partially paid") : tr("Not paid");
        QTreeWidgetItem *item
            = newItem({ text(order, "order_id"), client, text(order, "date"), total, paid }, order,
                Models::Entity::Orders, QStringLiteral("order_id"),
                tr("Order %1").arg(text(order, "order_id")));
        item->setData(3, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        m_orders->addTopLevelItem(item);
    }
}

void DashboardLists::openItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QJsonObject row = item->data(0, RowRole).toJsonObject();
    const QString idProperty = item->data(0, IdPropertyRole).toString();
    emit openFilteredRequested(static_cast<Models::Entity>(item->data(0, EntityRole).toInt()),
        Models::DashboardSummary::itemQuery(
            idProperty, text(row, idProperty.toLatin1().constData())),
        item->data(0, DescriptionRole).toString());
}

// The order wizard renews hosting accounts and domains. Certificates have no renewal entry in
// the wizard, so Renew… stays disabled for them.
void DashboardLists::renewCurrent()
{
    QTreeWidgetItem *item = m_expiring->currentItem();
    if (!item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    if (kind == static_cast<int>(Models::ExpiryKind::Certificate) || kind < 0)
        return;
    emit renewRequested(kind == static_cast<int>(Models::ExpiryKind::Account),
        item->data(0, RowRole).toJsonObject());
}

void DashboardLists::updateRenewButton()
{
    QTreeWidgetItem *item = m_expiring->currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : -1;
    m_renewButton->setEnabled(kind == static_cast<int>(Models::ExpiryKind::Account)
        || kind == static_cast<int>(Models::ExpiryKind::Domain));
}

} // namespace ResellerDesk::Ui
