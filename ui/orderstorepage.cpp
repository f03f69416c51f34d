#include "ui/orderstorepage.h"

#include "ui/orderwizard.h"
#include "ui/wizardfields.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/hostingrecords.h"
#include "api/recordparsing.h"
#include "api/referencerecords.h"
#include "models/catalogmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

OrderStorePage::OrderStorePage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Store and client"));
    setSubTitle(tr("Choose the store that sells the order and the client it is for."));
    auto *form = new QFormLayout(this);
    m_storeCombo = new QComboBox(this);
    m_storeCombo->setObjectName(QStringLiteral("storeCombo"));
    m_storeLabel = new QLabel(tr("&Store:"), this);
    m_storeLabel->setBuddy(m_storeCombo);
    form->addRow(m_storeLabel, m_storeCombo);
    m_newClient = new QRadioButton(tr("&New contact (entered on the Contact page)"), this);
    m_existingClient = new QRadioButton(tr("&Existing client:"), this);
    m_existingClient->setObjectName(QStringLiteral("existingClient"));
    m_newClient->setChecked(true);
    m_clientCombo = new QComboBox(this);
    m_clientCombo->setObjectName(QStringLiteral("clientCombo"));
    m_clientCombo->setEnabled(false);
    form->addRow(tr("Client:"), m_newClient);
    form->addRow(m_existingClient, m_clientCombo);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storeStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);

    connect(m_existingClient, &QRadioButton::toggled, this, [this](bool checked) {
        m_clientCombo->setEnabled(checked);
        if (checked)
            loadClients();
    });
    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, &OrderStorePage::loadCatalog);
    connect(m_wizard->catalog(), &Models::CatalogModel::loaded, this, [this] {
        showStatus(
            tr("Catalog loaded: %n top-level products.", nullptr, m_wizard->catalog()->rowCount()));
        emit completeChanged();
    });
    connect(m_wizard->catalog(), &Models::CatalogModel::loadFailed, this,
        [this](const Api::ApiError &error) { showStatus(error.userMessage(), true); });
}

void OrderStorePage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void OrderStorePage::initializePage()
{
    if (!m_storesLoaded)
        loadStores();
    else if (m_wizard->draft().storeId)
        WizardFields::selectData(m_storeCombo, QString::number(*m_wizard->draft().storeId));
    if (m_wizard->draft().clientResellerId && !m_existingClient->isChecked())
        m_existingClient->setChecked(true);
}

void OrderStorePage::loadStores()
{
    showStatus(tr("Loading stores…"));
    Api::ApiReply *reply = m_wizard->commands()->storeList();
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const auto page = reply->isOk()
            ? Api::RecordParsing::parsePage<Api::Store>(reply->data(), &message)
            : std::nullopt;
        if (!page) {
            showStatus(reply->isOk() ? message : reply->error().userMessage(), true);
            return;
        }
        m_storesLoaded = true;
        const QSignalBlocker blocker(m_storeCombo);
        m_storeCombo->clear();
        for (const Api::Store &store : page->items)
            m_storeCombo->addItem(
                tr("%1 (%2)").arg(store.title(), store.currency()), store.id().value_or(0));
        // A store token lists only its own store, so there is nothing to choose.
        const bool single = m_storeCombo->count() == 1;
        m_storeCombo->setVisible(!single);
        m_storeLabel->setVisible(!single);
        if (m_wizard->draft().storeId)
            WizardFields::selectData(m_storeCombo, QString::number(*m_wizard->draft().storeId));
        if (m_storeCombo->count() == 0) {
            showStatus(
                tr("The account has no store. Create one in the Account Panel first."), true);
            return;
        }
        loadCatalog();
    });
}

void OrderStorePage::loadCatalog()
{
    if (m_storeCombo->currentIndex() < 0)
        return;
    const qlonglong storeId = m_storeCombo->currentData().toLongLong();
    if (m_wizard->draft().storeId != storeId) {
        m_wizard->draft().storeId = storeId;
        m_wizard->scheduleDraftSave();
    }
    showStatus(tr("Loading the catalog…"));
    m_wizard->catalog()->load(m_wizard->commands(), storeId);
    emit completeChanged();
}

void OrderStorePage::loadClients()
{
    if (m_clientsLoaded)
        return;
    Api::ListQuery query;
    query.limit = 500;
    Api::ApiReply *reply = m_wizard->commands()->clientList(query);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const auto page = reply->isOk()
            ? Api::RecordParsing::parsePage<Api::Client>(reply->data(), &message)
            : std::nullopt;
        if (!page) {
            showStatus(reply->isOk() ? message : reply->error().userMessage(), true);
            return;
        }
        m_clientsLoaded = true;
        m_clientCombo->clear();
        for (const Api::Client &client : page->items)
            m_clientCombo->addItem(
                tr("%1 <%2> (%3)").arg(client.name(), client.email(), client.user()),
                QVariant::fromValue(client.fields()));
        if (const std::optional<qlonglong> chosen = m_wizard->draft().clientResellerId) {
            for (int i = 0; i < m_clientCombo->count(); ++i) {
                if (Api::Client(m_clientCombo->itemData(i).toJsonObject()).id() == chosen)
                    m_clientCombo->setCurrentIndex(i);
            }
        }
        emit completeChanged();
    });
}

bool OrderStorePage::isComplete() const
{
    if (m_existingClient->isChecked() && m_clientCombo->currentIndex() < 0)
        return false;
    return m_storeCombo->currentIndex() >= 0 && m_wizard->catalog()->isLoaded()
        && !m_wizard->catalog()->isLoading();
}

bool OrderStorePage::validatePage()
{
    Models::OrderDraft &draft = m_wizard->draft();
    draft.storeId = m_storeCombo->currentData().toLongLong();
    draft.clientResellerId.reset();
    if (m_existingClient->isChecked()) {
        const Api::Client client(m_clientCombo->currentData().toJsonObject());
        draft.clientResellerId = client.id();
        // Start the contact from the client's details; the Contact page can still change it.
        if (draft.contact.value(QStringLiteral("email")).toString().isEmpty()) {
            const QStringList name = client.name().split(u' ', Qt::SkipEmptyParts);
            draft.contact.insert(QStringLiteral("firstname"), name.value(0));
            draft.contact.insert(QStringLiteral("lastname"), name.mid(1).join(u' '));
            draft.contact.insert(QStringLiteral("company"), client.organization());
            draft.contact.insert(QStringLiteral("address"), client.address());
            draft.contact.insert(QStringLiteral("city"), client.city());
            draft.contact.insert(QStringLiteral("state"), client.state());
            draft.contact.insert(QStringLiteral("zip"), client.zip());
            draft.contact.insert(QStringLiteral("country"), client.country());
            draft.contact.insert(QStringLiteral("email"), client.email());
            draft.contact.insert(QStringLiteral("phone_country"), client.phoneCountry());
            draft.contact.insert(QStringLiteral("phone"), client.phone());
        }
    }
    m_wizard->scheduleDraftSave();
    return true;
}

} // namespace ResellerDesk::Ui
