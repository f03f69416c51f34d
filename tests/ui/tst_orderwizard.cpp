// The order wizard on the offscreen platform against the sandbox. Each kind of order is
// placed from the wizard's widgets and checked with order-details. Service field errors land
// next to their field, drafts survive the wizard, and repeated clicks place one order.

#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/orderactions.h"
#include "ui/ordercontactpage.h"
#include "ui/orderitemcontacts.h"
#include "ui/orderitemform.h"
#include "ui/orderitemspage.h"
#include "ui/orderplacepage.h"
#include "ui/orderproductspage.h"
#include "ui/orderreviewpage.h"
#include "ui/orderstorepage.h"
#include "ui/orderwizard.h"
#include "ui/wizardfields.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/listpage.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"
#include "models/entitytablemodel.h"
#include "models/orderplacer.h"
#include "sandbox/sandboxhost.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Ui::OrderWizard;
using Ui::WizardFields::itemField;

class TestOrderWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hostingWithDomain();
    void domainTransferWithEpp();
    void sslWithApproverEmail();
    void customProduct();
    void renewal();
    void groupMinimumChecked();
    void serviceErrorOnField();
    void draftRestored();
    void repeatedClicksPlaceOnce();
    void itemContactSent();
    void itemContactErrorPlaced();
    void upgradeAccount();
    void tldExtraAttributes();
    void convertedTotalMatches();
    void storeTokenSkipsStore();
    void renewFromTables();

private:
    // Opens a wizard and waits until the store page has the catalog.
    void openWizard();
    bool goTo(int pageId);
    void type(QWidget *field, const QString &text);
    void fillContact();
    QLineEdit *itemEdit(const QString &key, const QString &path) const;
    // Places the order from the review page and returns order-details' order.
    Api::Order placeAndFetch();
    Api::Order fetchOrder(const QString &orderId);
    // Returns the first row of a list command, or an empty object.
    QJsonObject firstRow(Api::ApiReply *reply);
    int countOrders(const QString &email);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::ApiCommands> m_commands;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Models::CatalogModel> m_catalog;
    std::unique_ptr<OrderWizard> m_wizard;
    QString m_email;
};

void TestOrderWizard::initTestCase()
{
    // OrderActions keeps its draft under AppDataLocation, which test mode keeps apart.
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString problem;
    QVERIFY2(m_sandbox->start(Sandbox::SandboxOptions(), &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = std::make_unique<Api::ApiClient>(settings);
    m_commands = std::make_unique<Api::ApiCommands>(m_client.get());
}

void TestOrderWizard::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_catalog = std::make_unique<Models::CatalogModel>();
    m_email = QStringLiteral("wizard-%1@example.com")
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    openWizard();
}

void TestOrderWizard::cleanup()
{
    m_wizard.reset();
    m_catalog.reset();
    m_folder.reset();
}

void TestOrderWizard::openWizard()
{
    m_wizard = std::make_unique<OrderWizard>(
        m_client.get(), m_catalog.get(), nullptr, m_folder->filePath(QStringLiteral("draft.json")));
    m_wizard->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->storePage()->isComplete(), 10000);
}

bool TestOrderWizard::goTo(int pageId)
{
    while (m_wizard->currentId() < pageId) {
        const int before = m_wizard->currentId();
        m_wizard->next();
        if (m_wizard->currentId() == before)
            return false;
    }
    return m_wizard->currentId() == pageId;
}

void TestOrderWizard::type(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    QVERIFY2(edit, "not a line edit");
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestOrderWizard::fillContact()
{
    Ui::OrderContactPage *page = m_wizard->contactPage();
    const QList<QPair<QString, QString>> texts = { { QStringLiteral("firstname"),
                                                       QStringLiteral("Ann") },
        { QStringLiteral("lastname"), QStringLiteral("Lee") },
        { QStringLiteral("address"), QStringLiteral("1 Main St") },
        { QStringLiteral("city"), QStringLiteral("Vancouver") },
        { QStringLiteral("state"), QStringLiteral("BC") },
        { QStringLiteral("zip"), QStringLiteral("V5H 3Z7") }, { QStringLiteral("email"), m_email },
        { QStringLiteral("phone"), QStringLiteral("965832823") } };
    for (const auto &[name, text] : texts)
        type(page->field(name), text);
    auto *country = qobject_cast<QComboBox *>(page->field(QStringLiteral("country")));
    QVERIFY(country);
    QVERIFY(Ui::WizardFields::selectData(country, QStringLiteral("CA")));
}

QLineEdit *TestOrderWizard::itemEdit(const QString &key, const QString &path) const
{
    return m_wizard->itemsPage()->findChild<QLineEdit *>(itemField(key, path));
}

Api::Order TestOrderWizard::fetchOrder(const QString &orderId)
{
    std::unique_ptr<Api::ApiReply> reply(m_commands->orderDetails(orderId));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return {};
    return Api::RecordParsing::parseRecord<Api::Order>(reply->data(), QStringLiteral("order"))
        .value_or(Api::Order());
}

int TestOrderWizard::countOrders(const QString &email)
{
    Api::ListQuery query;
    query.addFilter(QStringLiteral("email"), Api::FilterCondition::Equal, email);
    std::unique_ptr<Api::ApiReply> reply(m_commands->orderList(query));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return -1;
    const auto page = Api::RecordParsing::parsePage<Api::Order>(reply->data());
    return page ? int(page->page.count) : -1;
}

Api::Order TestOrderWizard::placeAndFetch()
{
    if (!goTo(OrderWizard::PlacePage))
        return {};
    QSignalSpy placed(m_wizard->placer(), &Models::OrderPlacer::placed);
    QTest::mouseClick(m_wizard->placePage()->placeButton(), Qt::LeftButton);
    if (!placed.wait(10000)) {
        qWarning() << m_wizard->placePage()->statusLabel()->text();
        return {};
    }
    return fetchOrder(m_wizard->placer()->orderId());
}

void TestOrderWizard::hostingWithDomain()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString plan = m_wizard->productsPage()->addCatalogItem(1);
    // The discounted .com is a child of the plan's group and goes under the plan's item.
    const QString domain = m_wizard->productsPage()->addCatalogItem(3);
    QVERIFY(!domain.isEmpty());
    QCOMPARE(m_wizard->draft().item(domain)->parentKey, plan);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(plan, QStringLiteral("hosting.hostname")), QStringLiteral("wizard-host.com"));
    type(itemEdit(domain, QStringLiteral("domain.sld")), QStringLiteral("wizard-host"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::ReviewPage));
    QCOMPARE(m_wizard->reviewPage()->itemsView()->topLevelItemCount(), 2);
    QCOMPARE(m_wizard->reviewPage()->totalLabel()->text(), QStringLiteral("80.38 USD"));

    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.total(), std::optional<double>(80.38));
    QCOMPARE(order.items().size(), 2);
    QCOMPARE(order.contact().email(), m_email);
    bool foundDomain = false;
    for (const Api::OrderItem &item : order.items()) {
        if (item.metaKey() == u"domain") {
            foundDomain = true;
            QCOMPARE(
                item.meta().value(QStringLiteral("sld")).toString(), QStringLiteral("wizard-host"));
            QVERIFY(!item.parentItemId().isEmpty());
        }
    }
    QVERIFY(foundDomain);
    // The placed order's draft is gone.
    QVERIFY(!m_wizard->hasSavedDraft());
}

void TestOrderWizard::domainTransferWithEpp()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(30);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    Ui::OrderItemForm *form = m_wizard->itemsPage()->form(key);
    QVERIFY(form);
    type(itemEdit(key, QStringLiteral("domain.sld")), QStringLiteral("transfer-me"));
    form->checkDomain();
    QTRY_VERIFY_WITH_TIMEOUT(form->domainStatus()->text().contains(u"transfer-me.com"), 10000);
    auto *action = qobject_cast<QComboBox *>(form->field(QStringLiteral("domain.action")));
    QVERIFY(action);
    QVERIFY(Ui::WizardFields::selectData(action, QStringLiteral("transfer")));
    // A transfer without the EPP code does not get past the page.
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ItemsPage));
    QVERIFY(
        !Ui::WizardFields::errorText(form, itemField(key, QStringLiteral("domain.epp"))).isEmpty());
    type(itemEdit(key, QStringLiteral("domain.epp")), QStringLiteral("EPP-123-abc"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::ReviewPage));
    QCOMPARE(m_wizard->reviewPage()->totalLabel()->text(), QStringLiteral("12.98 USD"));
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.items().size(), 1);
    const QJsonObject meta = order.items().first().meta();
    QCOMPARE(meta.value(QStringLiteral("action")).toString(), QStringLiteral("transfer"));
    QCOMPARE(meta.value(QStringLiteral("epp")).toString(), QStringLiteral("EPP-123-abc"));
}

void TestOrderWizard::sslWithApproverEmail()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(40);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    Ui::OrderItemForm *form = m_wizard->itemsPage()->form(key);
    type(itemEdit(key, QStringLiteral("ssl.common_name")), QStringLiteral("www.example.com"));
    form->loadApproverEmails();
    QTRY_VERIFY_WITH_TIMEOUT(form->approverCombo()->count() > 0, 10000);
    const QString approver = form->approverCombo()->itemText(0);
    QVERIFY(approver.contains(u'@'));
    form->approverCombo()->setCurrentIndex(0);
    type(itemEdit(key, QStringLiteral("ssl.organization")), QStringLiteral("Example Ltd"));
    type(itemEdit(key, QStringLiteral("ssl.organization_unit")), QStringLiteral("IT"));
    type(itemEdit(key, QStringLiteral("ssl.city")), QStringLiteral("Vancouver"));
    type(itemEdit(key, QStringLiteral("ssl.state")), QStringLiteral("BC"));
    auto *country = qobject_cast<QComboBox *>(form->field(QStringLiteral("ssl.country")));
    QVERIFY(Ui::WizardFields::selectData(country, QStringLiteral("CA")));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    const QJsonObject ssl = order.items().first().meta();
    QCOMPARE(ssl.value(QStringLiteral("approver_email")).toString(), approver);
    QCOMPARE(
        ssl.value(QStringLiteral("common_name")).toString(), QStringLiteral("www.example.com"));
    QCOMPARE(order.total(), std::optional<double>(29.99));
}

void TestOrderWizard::customProduct()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCustomItem();
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(key, QStringLiteral("purchase.items")), QStringLiteral("Website setup"));
    type(itemEdit(key, QStringLiteral("price")), QStringLiteral("49.50"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::ReviewPage));
    QCOMPARE(m_wizard->reviewPage()->totalLabel()->text(), QStringLiteral("49.50 USD"));
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.items().first().action(), QStringLiteral("purchase"));
    QCOMPARE(order.items().first().price(), std::optional<double>(49.5));
    QCOMPARE(order.items().first().meta().value(QStringLiteral("items")).toString(),
        QStringLiteral("Website setup"));

    // A payment received is recorded once, however often the button is clicked.
    Ui::OrderPlacePage *page = m_wizard->placePage();
    QCOMPARE(page->paymentAmountEdit()->text(), QStringLiteral("49.50"));
    type(page->transactionEdit(), QStringLiteral("TX-42"));
    QTest::mouseClick(page->recordPaymentButton(), Qt::LeftButton);
    QTest::mouseClick(page->recordPaymentButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->paymentStatusLabel()->text().contains(u"recorded"), 10000);
    QVERIFY(!page->recordPaymentButton()->isEnabled());
    const Api::Order paid = fetchOrder(order.orderId());
    QCOMPARE(paid.payments().size(), 1);
    QCOMPARE(paid.payments().first().transactionId(), QStringLiteral("TX-42"));
    QCOMPARE(paid.paymentDue(), std::optional<double>(0));
}

void TestOrderWizard::renewal()
{
    // A renewal names a resource of the order's store.
    Api::ListQuery query;
    query.addFilter(QStringLiteral("store_id"), Api::FilterCondition::Equal,
        QString::number(m_wizard->draft().storeId.value_or(0)));
    query.addFilter(QStringLiteral("product"), Api::FilterCondition::Equal, QStringLiteral("com"));
    query.limit = 1;
    std::unique_ptr<Api::ApiReply> reply(m_commands->resourceList(query));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    const auto resources = Api::RecordParsing::parsePage<Api::Resource>(reply->data());
    QVERIFY(resources && !resources->items.isEmpty());
    const Api::Resource domain = resources->items.first();
    const qlonglong resourceId = domain.integer(u"id").value_or(0);
    QVERIFY(resourceId > 0);
    m_wizard->addRenewal(QStringLiteral("com"), {}, resourceId, domain.text(u"hostname"));
    QCOMPARE(m_wizard->draft().items.size(), 1);
    QCOMPARE(m_wizard->draft().items.first().action, QStringLiteral("renewal"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::ReviewPage));
    // The standalone .com renews at 14.98 a year.
    QCOMPARE(m_wizard->reviewPage()->totalLabel()->text(), QStringLiteral("14.98 USD"));
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.items().first().action(), QStringLiteral("renewal"));
    QCOMPARE(order.items().first().resourceId(), std::optional<qlonglong>(resourceId));
    QCOMPARE(order.total(), std::optional<double>(14.98));
}

void TestOrderWizard::groupMinimumChecked()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    // Business plans must come with one discounted domain.
    const QString plan = m_wizard->productsPage()->addCatalogItem(301);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ProductsPage));
    QVERIFY2(m_wizard->productsPage()->message().contains(QStringLiteral("Discounted Domain")),
        qPrintable(m_wizard->productsPage()->message()));
    QVERIFY(!m_wizard->productsPage()->addCatalogItem(303, plan).isEmpty());
    // A second domain of the same group is one too many.
    QVERIFY(!m_wizard->productsPage()->addCatalogItem(304, plan).isEmpty());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ProductsPage));
    QVERIFY(m_wizard->productsPage()->message().contains(QStringLiteral("at most")));
    // An option of a plan that is not in the order cannot be added.
    QVERIFY(m_wizard->productsPage()->addCatalogItem(103).isEmpty());
    QVERIFY(m_wizard->productsPage()->message().contains(QStringLiteral("sold with")));
}

void TestOrderWizard::serviceErrorOnField()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(1);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    // Only the service checks the hostname's form.
    type(itemEdit(key, QStringLiteral("hosting.hostname")), QStringLiteral("not_a_host"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::PlacePage));
    QSignalSpy rejected(m_wizard->placer(), &Models::OrderPlacer::rejected);
    QTest::mouseClick(m_wizard->placePage()->placeButton(), Qt::LeftButton);
    QVERIFY(rejected.wait(10000));
    QTRY_COMPARE(m_wizard->currentId(), int(OrderWizard::ItemsPage));
    const QString error = Ui::WizardFields::errorText(
        m_wizard->itemsPage(), itemField(key, QStringLiteral("hosting.hostname")));
    QVERIFY2(!error.isEmpty(), "no error next to the hostname");
    type(itemEdit(key, QStringLiteral("hosting.hostname")), QStringLiteral("fixed-host.com"));
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(countOrders(m_email), 1);
}

void TestOrderWizard::draftRestored()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(1);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(key, QStringLiteral("hosting.hostname")), QStringLiteral("draft-host.com"));
    // The wizard goes away mid-way, as in a crash after the last save.
    m_wizard.reset();
    openWizard();
    QVERIFY(m_wizard->hasSavedDraft());
    QString message;
    QVERIFY2(m_wizard->restoreDraft(&message), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->storePage()->isComplete(), 10000);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    QCOMPARE(itemEdit(key, QStringLiteral("hosting.hostname"))->text(),
        QStringLiteral("draft-host.com"));
}

void TestOrderWizard::repeatedClicksPlaceOnce()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(31);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(key, QStringLiteral("domain.sld")), QStringLiteral("click-twice"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::PlacePage));
    QSignalSpy placed(m_wizard->placer(), &Models::OrderPlacer::placed);
    QPushButton *button = m_wizard->placePage()->placeButton();
    QTest::mouseDClick(button, Qt::LeftButton);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    button->click();
    QVERIFY(placed.wait(10000));
    QTest::keyClick(m_wizard->placePage(), Qt::Key_Enter);
    QCOMPARE(placed.count(), 1);
    QCOMPARE(countOrders(m_email), 1);
}

QJsonObject TestOrderWizard::firstRow(Api::ApiReply *reply)
{
    std::unique_ptr<Api::ApiReply> owned(reply);
    QSignalSpy finished(reply, &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return {};
    // A list command's rows are in the "data" array of its response data.
    const std::optional<Api::ListPage> page = Api::ListPage::fromData(reply->data());
    if (!page || page->items.isEmpty())
        return {};
    return page->items.first().toObject();
}

void TestOrderWizard::itemContactSent()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(31);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(key, QStringLiteral("domain.sld")), QStringLiteral("own-contact"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    Ui::OrderContactPage *page = m_wizard->contactPage();
    QCOMPARE(page->itemContacts()->itemCount(), 1);
    auto *mode = page->findChild<QComboBox *>(itemField(key, QStringLiteral("contact")));
    QVERIFY(mode);
    mode->setCurrentIndex(1);
    // The own contact starts as a copy of the order's contact.
    auto *firstName
        = page->findChild<QLineEdit *>(itemField(key, QStringLiteral("contact.firstname")));
    QVERIFY(firstName);
    QCOMPARE(firstName->text(), QStringLiteral("Ann"));
    auto *email = page->findChild<QLineEdit *>(itemField(key, QStringLiteral("contact.email")));
    type(email, QStringLiteral("no-at-sign"));
    firstName->selectAll();
    QTest::keyClick(firstName, Qt::Key_Delete);
    QVERIFY(m_wizard->draft()
                .item(key)
                ->contact.value(QStringLiteral("firstname"))
                .toString()
                .isEmpty());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ContactPage));
    QVERIFY(!Ui::WizardFields::errorText(page, itemField(key, QStringLiteral("contact.firstname")))
                 .isEmpty());
    QVERIFY(Ui::WizardFields::errorText(page, itemField(key, QStringLiteral("contact.email")))
                .contains(QStringLiteral("no-at-sign")));
    type(firstName, QStringLiteral("Registrant"));
    type(email, QStringLiteral("registrant@example.com"));

    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.items().size(), 1);
    const Api::Contact itemContact = order.items().first().contact();
    QCOMPARE(itemContact.firstName(), QStringLiteral("Registrant"));
    QCOMPARE(itemContact.email(), QStringLiteral("registrant@example.com"));
    QCOMPARE(itemContact.lastName(), QStringLiteral("Lee"));
    // The copy was made before the order's phone country defaulted to its country.
    QCOMPARE(itemContact.phoneCountry(), QStringLiteral("CA"));
    QCOMPARE(order.contact().firstName(), QStringLiteral("Ann"));
}

void TestOrderWizard::itemContactErrorPlaced()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCatalogItem(31);
    m_wizard->draft().item(key)->contact.insert(QStringLiteral("firstname"), QStringLiteral("X"));
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(key, QStringLiteral("domain.sld")), QStringLiteral("error-contact"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    // The service names an item contact's field with the item in params.item_index.
    Api::ApiError error;
    error.kind = Api::ApiError::Kind::Api;
    error.command = QStringLiteral("order-create");
    Api::ApiMessage message;
    message.type = QStringLiteral("error");
    message.code = QStringLiteral("required:items.contact.phone");
    message.params.insert(QStringLiteral("item_index"), key);
    error.messages.append(message);
    QCOMPARE(m_wizard->showServiceErrors(error), 1);
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ContactPage));
    QVERIFY(!Ui::WizardFields::errorText(
        m_wizard->contactPage(), itemField(key, QStringLiteral("contact.phone")))
                 .isEmpty());
}

void TestOrderWizard::upgradeAccount()
{
    Api::ListQuery query;
    query.limit = 1;
    query.addFilter(QStringLiteral("plan"), Api::FilterCondition::Equal, QStringLiteral("economy"));
    const QJsonObject account = firstRow(m_commands->accountList(query));
    QVERIFY2(!account.isEmpty(), "no economy account in the sandbox");
    const qlonglong resourceId
        = account.value(QStringLiteral("resource_id")).toVariant().toLongLong();
    QVERIFY(resourceId > 0);
    const QString datacenter = account.value(QStringLiteral("datacenter")).toString();
    m_wizard->addUpgrade(resourceId, QStringLiteral("upgrade-me.com"));
    QVERIFY(goTo(OrderWizard::ProductsPage));
    Ui::OrderProductsPage *page = m_wizard->productsPage();
    QVERIFY2(
        page->message().contains(QStringLiteral("upgrade-me.com")), qPrintable(page->message()));
    const std::optional<qlonglong> target
        = m_catalog->findTopLevel(QStringLiteral("business"), datacenter);
    QVERIFY(target);
    page->catalogView()->setCurrentIndex(m_catalog->indexOf(*target));
    page->upgradeSelected();
    QCOMPARE(m_wizard->draft().items.size(), 1);
    const Models::DraftItem item = m_wizard->draft().items.first();
    QCOMPARE(item.action, QStringLiteral("upgrade"));
    QCOMPARE(item.resourceId, std::optional<qlonglong>(resourceId));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::ReviewPage));
    const std::optional<double> expected = m_wizard->draft().total(*m_catalog);
    QVERIFY(expected);
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.items().first().action(), QStringLiteral("upgrade"));
    QCOMPARE(order.items().first().resourceId(), std::optional<qlonglong>(resourceId));
    QCOMPARE(order.items().first().catalogId(), std::optional<qlonglong>(*target));
    QCOMPARE(order.total(), expected);
}

void TestOrderWizard::tldExtraAttributes()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const std::optional<qlonglong> bg = m_catalog->findTopLevel(QStringLiteral("bg"));
    QVERIFY(bg);
    const QString key = m_wizard->productsPage()->addCatalogItem(*bg);
    QVERIFY(!key.isEmpty());
    QVERIFY(goTo(OrderWizard::ItemsPage));
    Ui::OrderItemForm *form = m_wizard->itemsPage()->form(key);
    QVERIFY(form);
    const QString prefix = QStringLiteral("domain.extra_attributes.");
    // The sandbox's .bg has one attribute of each type: text, country select, checkbox, hidden.
    auto *identity = qobject_cast<QLineEdit *>(form->field(prefix + u"bg_identity_number"));
    QVERIFY(identity);
    QCOMPARE(identity->placeholderText(), QStringLiteral("EGN or EIK"));
    auto *country = qobject_cast<QComboBox *>(form->field(prefix + u"bg_registrant_country"));
    QVERIFY(country);
    QVERIFY(country->count() > 1);
    auto *terms = qobject_cast<QCheckBox *>(form->field(prefix + u"bg_accept_terms"));
    QVERIFY(terms);
    QVERIFY(!form->field(prefix + u"bg_registry"));
    QCOMPARE(
        m_wizard->draft().item(key)->field(prefix + u"bg_registry"), QStringLiteral("register.bg"));

    type(itemEdit(key, QStringLiteral("domain.sld")), QStringLiteral("extra-attrs"));
    // The required text and checkbox stop the page until they are filled in.
    terms->setChecked(true);
    terms->setChecked(false);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(OrderWizard::ItemsPage));
    QVERIFY(!Ui::WizardFields::errorText(form, itemField(key, prefix + u"bg_identity_number"))
                 .isEmpty());
    QVERIFY(
        !Ui::WizardFields::errorText(form, itemField(key, prefix + u"bg_accept_terms")).isEmpty());
    type(identity, QStringLiteral("8001010000"));
    terms->setChecked(true);
    QVERIFY(Ui::WizardFields::selectData(country, QStringLiteral("BG")));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    const Api::Order order = placeAndFetch();
    QVERIFY(!order.isEmpty());
    const QJsonObject attributes
        = order.items().first().meta().value(QStringLiteral("extra_attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("bg_identity_number")).toString(),
        QStringLiteral("8001010000"));
    QCOMPARE(attributes.value(QStringLiteral("bg_accept_terms")).toString(), QStringLiteral("1"));
    QCOMPARE(
        attributes.value(QStringLiteral("bg_registry")).toString(), QStringLiteral("register.bg"));
    QCOMPARE(
        attributes.value(QStringLiteral("bg_registrant_country")).toString(), QStringLiteral("BG"));
}

void TestOrderWizard::convertedTotalMatches()
{
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString plan = m_wizard->productsPage()->addCatalogItem(1);
    const QString domain = m_wizard->productsPage()->addCatalogItem(3);
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(plan, QStringLiteral("hosting.hostname")), QStringLiteral("converted.com"));
    type(itemEdit(domain, QStringLiteral("domain.sld")), QStringLiteral("converted"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::ReviewPage));
    QComboBox *currency = m_wizard->reviewPage()->currencyCombo();
    QTRY_VERIFY_WITH_TIMEOUT(currency->findText(QStringLiteral("EUR")) >= 0, 10000);
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    const QString shown = m_wizard->reviewPage()->convertedLabel()->text();
    QVERIFY2(shown.contains(QStringLiteral(" EUR")), qPrintable(shown));

    // The sandbox prices the same order in EUR; the wizard's converted total must match it.
    Api::Payload payload = m_wizard->draft().toRequest(*m_catalog).toPayload();
    payload.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    std::unique_ptr<Api::ApiReply> reply(m_client->call(QStringLiteral("order-create"), payload));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    const auto result = Api::RecordParsing::parseRecord<Api::OrderResult>(reply->data());
    QVERIFY(result);
    const Api::Order order = fetchOrder(result->orderId());
    QCOMPARE(order.currency(), QStringLiteral("EUR"));
    const QString sandboxTotal
        = QString::number(order.total().value_or(-1), 'f', 2) + QStringLiteral(" EUR");
    QVERIFY2(shown.startsWith(sandboxTotal), qPrintable(shown + u" / " + sandboxTotal));
}

void TestOrderWizard::storeTokenSkipsStore()
{
    Sandbox::SandboxHost sandbox;
    Sandbox::SandboxOptions options;
    options.storeTokens.insert(QStringLiteral("16"), QStringLiteral("store-16-token"));
    QString problem;
    QVERIFY2(sandbox.start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = sandbox.url();
    settings.token = QStringLiteral("store-16-token");
    Api::ApiClient client(settings);
    Models::CatalogModel catalog;
    m_wizard.reset();
    m_wizard = std::make_unique<OrderWizard>(
        &client, &catalog, nullptr, m_folder->filePath(QStringLiteral("store-draft.json")));
    m_wizard->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->storePage()->isComplete(), 10000);
    // A store token lists only its own store, so there is no store to choose.
    QCOMPARE(m_wizard->storePage()->storeCombo()->count(), 1);
    QVERIFY(m_wizard->storePage()->storeCombo()->isHidden());
    QCOMPARE(m_wizard->draft().storeId, std::optional<qlonglong>(16));
    QTRY_VERIFY_WITH_TIMEOUT(catalog.isLoaded(), 10000);
    QVERIFY(goTo(OrderWizard::ProductsPage));
    const QString key = m_wizard->productsPage()->addCustomItem();
    QVERIFY(goTo(OrderWizard::ItemsPage));
    type(itemEdit(key, QStringLiteral("purchase.items")), QStringLiteral("Store token setup"));
    type(itemEdit(key, QStringLiteral("price")), QStringLiteral("10.00"));
    QVERIFY(goTo(OrderWizard::ContactPage));
    fillContact();
    QVERIFY(goTo(OrderWizard::PlacePage));
    QSignalSpy placed(m_wizard->placer(), &Models::OrderPlacer::placed);
    QTest::mouseClick(m_wizard->placePage()->placeButton(), Qt::LeftButton);
    QVERIFY2(placed.wait(10000), qPrintable(m_wizard->placePage()->statusLabel()->text()));
    m_wizard.reset();
}

void TestOrderWizard::renewFromTables()
{
    m_wizard.reset();
    QFile::remove(Models::OrderDraft::defaultPath());
    Ui::MainWindow window(m_client.get());
    window.show();
    auto *actions = window.findChild<Ui::OrderActions *>();
    QVERIFY(actions);
    // New order keeps the standard New shortcut, so New ticket needs one of its own.
    auto *newOrder = window.findChild<QAction *>(QStringLiteral("newOrderAction"));
    QVERIFY(newOrder);
    auto *newTicket = window.findChild<QAction *>(QStringLiteral("newTicketAction"));
    QVERIFY(newTicket);
    QCOMPARE(newOrder->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(newTicket->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // The catalog sells the economy and business plans and every sandbox TLD. A business_plus
    // account is no longer sold, so its renewal adds no item and the products page names the plan.
    struct RenewCase
    {
        Models::Entity entity;
        QString plan;
        bool sold;
    };
    const RenewCase cases[] = { { Models::Entity::Accounts, QStringLiteral("economy"), true },
        { Models::Entity::Accounts, QStringLiteral("business_plus"), false },
        { Models::Entity::Domains, QString(), true } };
    for (const RenewCase &test : cases) {
        Ui::EntityTab *tab = window.tab(test.entity);
        QVERIFY(tab);
        window.showEntity(test.entity);
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tab->hasLoaded() && tab->model()->rowCount() > 0, 10000);
        const QAbstractItemModel *rows = tab->tableView()->model();
        int rowNumber = -1;
        QJsonObject row;
        for (int i = 0; i < rows->rowCount() && rowNumber < 0; ++i) {
            row = rows->index(i, 0).data(Models::EntityTableModel::RawRole).toJsonObject();
            if (test.plan.isEmpty() || row.value(QStringLiteral("plan")).toString() == test.plan)
                rowNumber = i;
        }
        QVERIFY2(rowNumber >= 0, qPrintable(u"no row with plan " + test.plan));
        tab->tableView()->setCurrentIndex(rows->index(rowNumber, 0));
        const qlonglong resourceId
            = row.value(QStringLiteral("resource_id")).toVariant().toLongLong();
        QAction *renew = tab->tableView()->findChild<QAction *>(QStringLiteral("renewAction"));
        QVERIFY(renew);
        renew->trigger();
        Ui::OrderWizard *wizard = actions->wizard();
        QVERIFY(wizard);
        if (test.sold) {
            QTRY_VERIFY_WITH_TIMEOUT(!wizard->draft().items.isEmpty(), 10000);
            const Models::DraftItem item = wizard->draft().items.first();
            QCOMPARE(item.action, QStringLiteral("renewal"));
            QCOMPARE(item.resourceId, std::optional<qlonglong>(resourceId));
            QVERIFY(item.catalogId > 0);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(wizard->productsPage()->message().contains(test.plan), 10000);
            QVERIFY(wizard->draft().items.isEmpty());
        }
        wizard->discardDraft();
        delete wizard;
    }
}

QTEST_MAIN(TestOrderWizard)
#include "tst_orderwizard.moc"
