#include "ui/orderwizard.h"

#include "ui/ordercontactpage.h"
#include "ui/orderitemspage.h"
#include "ui/orderplacepage.h"
#include "ui/orderproductspage.h"
#include "ui/orderreviewpage.h"
#include "ui/orderstorepage.h"
#include "ui/uilogging.h"
#include "ui/wizardfields.h"

#include "api/apicommands.h"
#include "models/catalogmodel.h"
#include "models/orderplacer.h"

#include <QFile>
#include <QMessageBox>
#include <QTimer>

#include <utility>

namespace ResellerDesk::Ui {

namespace {

// Delay between the last change and the draft save.
constexpr int draftSaveDelayMs = 400;

} // namespace

OrderWizard::OrderWizard(Api::ApiClient *client, Models::CatalogModel *catalog, QWidget *parent,
    const QString &draftPath)
    : QWizard(parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
    , m_catalog(catalog)
    , m_draftPath(draftPath.isEmpty() ? Models::OrderDraft::defaultPath() : draftPath)
{
    setWindowTitle(tr("New order"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_placer = new Models::OrderPlacer(m_commands.get(), this);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(draftSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        QString message;
        if (!saveDraftNow(&message))
            qCWarning(lcUi) << message;
    });

    m_storePage = new OrderStorePage(this);
    m_productsPage = new OrderProductsPage(this);
    m_itemsPage = new OrderItemsPage(this);
    m_contactPage = new OrderContactPage(this);
    m_reviewPage = new OrderReviewPage(this);
    m_placePage = new OrderPlacePage(this);
    setPage(StorePage, m_storePage);
    setPage(ProductsPage, m_productsPage);
    setPage(ItemsPage, m_itemsPage);
    setPage(ContactPage, m_contactPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(PlacePage, m_placePage);

    connect(m_catalog, &Models::CatalogModel::loaded, this, &OrderWizard::addPendingRenewals);
    connect(m_placer, &Models::OrderPlacer::placed, this, [this] {
        m_saveTimer->stop();
        discardDraft();
        emit orderPlaced(m_placer->orderId());
    });
    connect(m_placer, &Models::OrderPlacer::rejected, this, &OrderWizard::showServiceErrors);
    resize(900, 680);
}

OrderWizard::~OrderWizard()
{
    // Keep what was typed unless the order was placed.
    if (m_saveTimer->isActive())
        saveDraftNow();
}

bool OrderWizard::hasSavedDraft() const
{
    const std::optional<Models::OrderDraft> saved = Models::OrderDraft::load(m_draftPath);
    return saved && !saved->isEmpty();
}

bool OrderWizard::restoreDraft(QString *errorMessage)
{
    const std::optional<Models::OrderDraft> saved
        = Models::OrderDraft::load(m_draftPath, errorMessage);
    if (!saved)
        return false;
    m_draft = *saved;
    qCInfo(lcUi) << "order draft restored with" << m_draft.items.size() << "items";
    restart();
    return true;
}

void OrderWizard::discardDraft()
{
    // A pending save would write the draft back, at the latest from the destructor.
    m_saveTimer->stop();
    QFile::remove(m_draftPath);
}

void OrderWizard::scheduleDraftSave()
{
    if (m_placer->state() != Models::OrderPlacer::State::Placed)
        m_saveTimer->start();
}

bool OrderWizard::saveDraftNow(QString *errorMessage)
{
    m_saveTimer->stop();
    if (m_placer->state() == Models::OrderPlacer::State::Placed)
        return true;
    return m_draft.save(m_draftPath, errorMessage);
}

void OrderWizard::addRenewal(
    const QString &sku, const QString &datacenter, qlonglong resourceId, const QString &label)
{
    m_pendingRenewals.append({ sku, datacenter, resourceId, label });
    if (m_catalog->isLoaded())
        addPendingRenewals();
}

void OrderWizard::addUpgrade(qlonglong resourceId, const QString &label)
{
    m_productsPage->setUpgradeTarget(resourceId, label);
}

void OrderWizard::addPendingRenewals()
{
    const QList<PendingRenewal> pending = std::exchange(m_pendingRenewals, {});
    for (const PendingRenewal &renewal : pending) {
        const std::optional<qlonglong> catalogId
            = m_catalog->findTopLevel(renewal.sku, renewal.datacenter);
        if (!catalogId) {
            qCWarning(lcUi) << "no catalog node sells" << renewal.sku << renewal.datacenter;
            m_productsPage->showMessage(
                tr("The catalog has no product \"%1\" to renew %2 with. Add a renewal "
                   "by hand from the catalog instead.")
                    .arg(renewal.sku, renewal.label));
            continue;
        }
        Models::DraftItem item;
        item.key = m_draft.nextKey();
        item.catalogId = *catalogId;
        item.action = QStringLiteral("renewal");
        item.resourceId = renewal.resourceId;
        item.label = tr("Renewal of %1").arg(renewal.label);
        const QList<int> periods = m_catalog->periods(*catalogId, item.action);
        item.period = periods.isEmpty() ? 1 : periods.first();
        m_draft.items.append(item);
    }
    m_productsPage->refreshCart();
    scheduleDraftSave();
}

void OrderWizard::reject()
{
    using State = Models::OrderPlacer::State;
    const State state = m_placer->state();
    if (state == State::Sending || state == State::Searching) {
        QMessageBox::information(this, windowTitle(),
            tr("The order is being sent. Wait for the service's reply "
               "before you close the wizard."));
        return;
    }
    if (state == State::Unknown
        && QMessageBox::question(this, windowTitle(),
               tr("It is not known whether the order was created. Close "
                  "anyway? Check the Orders tab before you order again."))
            != QMessageBox::Yes)
        return;
    QWizard::reject();
}

int OrderWizard::showServiceErrors(const Api::ApiError &error)
{
    for (QWizardPage *page : { static_cast<QWizardPage *>(m_productsPage),
             static_cast<QWizardPage *>(m_itemsPage), static_cast<QWizardPage *>(m_contactPage) })
        WizardFields::clearErrors(page);
    int placed = 0;
    int firstPage = -1;
    QStringList unplaced;
    for (const Api::ApiMessage &message : error.messages) {
        if (!message.isError())
            continue;
        const QString path = message.code.section(u':', 1);
        const QString itemKey
            = message.params.value(QStringLiteral("item_index")).toVariant().toString();
        QString name;
        if (path.startsWith(QStringLiteral("items.")) && !itemKey.isEmpty())
            name = WizardFields::itemField(itemKey, path.mid(6));
        else if (!path.isEmpty())
            name = WizardFields::contactField(path);
        int pageId = -1;
        for (int id : pageIds()) {
            if (!name.isEmpty() && WizardFields::showError(page(id), name, message.describe())) {
                pageId = id;
                break;
            }
        }
        // Item errors without a field of their own (catalog_id, parent) go to the item.
        if (pageId < 0 && !itemKey.isEmpty()
            && WizardFields::showError(
                m_itemsPage, WizardFields::itemField(itemKey, {}), message.describe()))
            pageId = ItemsPage;
        if (pageId < 0) {
            unplaced.append(message.describe());
            continue;
        }
        ++placed;
        if (firstPage < 0 || pageId < firstPage)
            firstPage = pageId;
    }
    if (!unplaced.isEmpty() || placed == 0)
        m_placePage->showError(unplaced.isEmpty() ? error.userMessage() : unplaced.join(u'\n'));
    if (firstPage >= 0) {
        m_placePage->showError(tr("The service rejected the order. Correct the marked fields "
                                  "and place it again."));
        while (currentId() > firstPage)
            back();
    }
    return placed;
}

} // namespace ResellerDesk::Ui
