#include "ui/orderreviewpage.h"

#include "ui/orderwizard.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ResellerDesk::Ui {

namespace {

QString money(double amount, const QString &currency)
{
    return QString::number(amount, 'f', 2) + u' ' + currency;
}

} // namespace

OrderReviewPage::OrderReviewPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the items and the total. The order is sent on the next page."));
    m_itemsView = new QTreeWidget(this);
    m_itemsView->setObjectName(QStringLiteral("reviewItems"));
    m_itemsView->setHeaderLabels(
        { tr("Item"), tr("Action"), tr("Period"), tr("Quantity"), tr("Price") });
    m_itemsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_itemsView->setRootIsDecorated(false);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("reviewTotal"));
    QFont bold = m_totalLabel->font();
    bold.setBold(true);
    m_totalLabel->setFont(bold);
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("reviewCurrency"));
    m_convertedLabel = new QLabel(this);
    m_convertedLabel->setObjectName(QStringLiteral("reviewConverted"));
    auto *form = new QFormLayout;
    form->addRow(tr("Total:"), m_totalLabel);
    form->addRow(tr("Show in:"), m_currencyCombo);
    form->addRow(tr("Converted total:"), m_convertedLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_itemsView, 1);
    layout->addLayout(form);
    connect(
        m_currencyCombo, &QComboBox::currentIndexChanged, this, &OrderReviewPage::updateConverted);
}

std::optional<double> OrderReviewPage::total() const
{
    return m_wizard->draft().total(*m_wizard->catalog());
}

void OrderReviewPage::initializePage()
{
    m_itemsView->clear();
    const Models::CatalogModel &catalog = *m_wizard->catalog();
    const QString currency = catalog.storeCurrency();
    for (const Models::DraftItem &item : m_wizard->draft().items) {
        const std::optional<double> price = m_wizard->draft().itemPrice(item, catalog);
        QString label = item.label;
        if (const QString hostname = item.field(QStringLiteral("hosting.hostname"));
            !hostname.isEmpty())
            label += QStringLiteral(" - ") + hostname;
        if (const QString sld = item.field(QStringLiteral("domain.sld")); !sld.isEmpty())
            label += QStringLiteral(" - ") + sld;
        if (const QString name = item.field(QStringLiteral("ssl.common_name")); !name.isEmpty())
            label += QStringLiteral(" - ") + name;
        if (const QString text = item.field(QStringLiteral("purchase.items")); !text.isEmpty())
            label += QStringLiteral(" - ") + text;
        auto *row = new QTreeWidgetItem(m_itemsView);
        row->setText(0, item.parentKey.isEmpty() ? label : QStringLiteral("    ") + label);
        row->setText(1, item.action);
        row->setText(2, item.isCustom() ? QString() : tr("%n year(s)", nullptr, item.period));
        row->setText(3, QString::number(item.quantity));
        row->setText(4, price ? money(*price, currency) : tr("no price"));
        row->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    const std::optional<double> sum = total();
    m_totalLabel->setText(
        sum ? money(*sum, currency) : tr("Unknown: an item has no price for its period."));
    if (m_currencyCombo->count() == 0)
        loadRates();
    updateConverted();
    emit completeChanged();
}

bool OrderReviewPage::isComplete() const
{
    return total().has_value();
}

void OrderReviewPage::loadRates()
{
    Api::ApiReply *reply = m_wizard->commands()->currencyRates();
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const auto rates = reply->isOk()
            ? Api::RecordParsing::parseRecord<Api::CurrencyRates>(reply->data(), {}, &message)
            : std::nullopt;
        if (!rates) {
            m_convertedLabel->setText(reply->isOk() ? message : reply->error().userMessage());
            return;
        }
        m_rates = *rates;
        const QSignalBlocker blocker(m_currencyCombo);
        m_currencyCombo->clear();
        const QString store = m_wizard->catalog()->storeCurrency();
        m_currencyCombo->addItem(store);
        for (const QString &currency : m_rates.currencies()) {
            if (currency != store)
                m_currencyCombo->addItem(currency);
        }
        updateConverted();
    });
}

void OrderReviewPage::updateConverted()
{
    const QString store = m_wizard->catalog()->storeCurrency();
    const QString currency = m_currencyCombo->currentText();
    const std::optional<double> sum = total();
    if (!sum || currency.isEmpty() || currency == store) {
        m_convertedLabel->setText(QString());
        return;
    }
    const std::optional<double> rate = m_rates.rate(store, currency);
    if (!rate) {
        m_convertedLabel->setText(tr("No rate from %1 to %2.").arg(store, currency));
        return;
    }
    // Each item is converted and rounded on its own, as the service prices converted orders.
    double converted = 0;
    for (const Models::DraftItem &item : m_wizard->draft().items) {
        const double price = m_wizard->draft().itemPrice(item, *m_wizard->catalog()).value_or(0);
        converted += std::round(price * *rate * 100.0) / 100.0;
    }
    m_convertedLabel->setText(tr("%1 (1 %2 = %3 %4)")
                                  .arg(money(converted, currency), store)
                                  .arg(*rate, 0, 'f', 4)
                                  .arg(currency));
}

} // namespace ResellerDesk::Ui
