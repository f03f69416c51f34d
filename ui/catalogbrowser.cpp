#include "ui/catalogbrowser.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

CatalogBrowser::CatalogBrowser(
    Api::ApiClient *client, Models::CatalogModel *catalog, QWidget *parent)
    : QDialog(parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
    , m_catalog(catalog)
{
    setWindowTitle(tr("Catalog"));
    m_storeCombo = new QComboBox(this);
    m_storeCombo->setObjectName(QStringLiteral("catalogStore"));
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("catalogCurrency"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("catalogTree"));
    m_view->setModel(m_catalog);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("catalogStatus"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Store:"), m_storeCombo);
    form->addRow(tr("Prices &in:"), m_currencyCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, [this] {
        setStatus(tr("Loading the catalog…"), false);
        m_catalog->load(m_commands.get(), m_storeCombo->currentData().toLongLong());
    });
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, &CatalogBrowser::applyCurrency);
    connect(m_catalog, &Models::CatalogModel::loaded, this, [this] {
        setStatus(tr("Prices of store %1 in %2. Periods are in years.")
                      .arg(m_storeCombo->currentText(), m_catalog->displayCurrency()),
            false);
        m_view->expandToDepth(0);
        if (!m_rates)
            loadRates();
    });
    connect(m_catalog, &Models::CatalogModel::loadFailed, this,
        [this](const Api::ApiError &error) { setStatus(error.userMessage(), true); });
    resize(1000, 640);
    loadStores();
}

CatalogBrowser::~CatalogBrowser()
{
    // The model is shared with the order wizard, which shows store-currency prices.
    m_catalog->setDisplayCurrency({}, 1.0);
}

void CatalogBrowser::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CatalogBrowser::loadStores()
{
    setStatus(tr("Loading stores…"), false);
    Api::ApiReply *reply = m_commands->storeList();
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const auto page = reply->isOk()
            ? Api::RecordParsing::parsePage<Api::Store>(reply->data(), &message)
            : std::nullopt;
        if (!page) {
            setStatus(reply->isOk() ? message : reply->error().userMessage(), true);
            return;
        }
        if (page->items.isEmpty()) {
            setStatus(tr("The account has no store. Create one in the Account Panel first."), true);
            return;
        }
        for (const Api::Store &store : page->items)
            m_storeCombo->addItem(store.title(), store.id().value_or(0));
    });
}

void CatalogBrowser::loadRates()
{
    Api::ApiReply *reply = m_commands->currencyRates();
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        m_rates = reply->isOk()
            ? Api::RecordParsing::parseRecord<Api::CurrencyRates>(reply->data(), {}, &message)
            : std::nullopt;
        if (!m_rates) {
            setStatus(reply->isOk() ? message : reply->error().userMessage(), true);
            return;
        }
        const QSignalBlocker blocker(m_currencyCombo);
        m_currencyCombo->clear();
        m_currencyCombo->addItem(m_catalog->storeCurrency());
        for (const QString &currency : m_rates->currencies()) {
            if (currency != m_catalog->storeCurrency())
                m_currencyCombo->addItem(currency);
        }
    });
}

void CatalogBrowser::applyCurrency()
{
    const QString currency = m_currencyCombo->currentText();
    const std::optional<double> rate
        = m_rates ? m_rates->rate(m_catalog->storeCurrency(), currency) : std::nullopt;
    if (!rate && currency != m_catalog->storeCurrency()) {
        setStatus(
            tr("No exchange rate from %1 to %2.").arg(m_catalog->storeCurrency(), currency), true);
        return;
    }
    m_catalog->setDisplayCurrency(currency, rate.value_or(1.0));
    setStatus(tr("Prices converted to %1 at %2 per %3.")
                  .arg(currency)
                  .arg(rate.value_or(1.0), 0, 'f', 4)
                  .arg(m_catalog->storeCurrency()),
        false);
}

} // namespace ResellerDesk::Ui
