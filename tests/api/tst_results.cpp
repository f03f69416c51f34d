#include "api/hostingrecords.h"
#include "api/orderrecords.h"
#include "api/recordparsing.h"
#include "api/referencerecords.h"
#include "api/supportrecords.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ResellerDesk::Api;
using namespace ResellerDesk::Api::RecordParsing;

// Parses every RESPONSE EXAMPLE of the ICDSoft API reference into its result type.
//
// data/<command>.json are the reference's response examples copied verbatim. Only what was
// not valid JSON was fixed. Placeholder lines of dots ("....." for "more items") were removed
// with the trailing commas they left behind, in account-enums, certificate-list,
// resource-list, countries, tlds, currencyrates, product-list, catalog, order-list,
// order-details, order-details-items, order-data, order-update, payment-processors,
// payment-request-details and ticket-list. domain-details lost the trailing comma after its
// last field. order-details-items.json is the reference's separate "Order items" example, and
// catalog-node-packages.json is its catalog node fragment "1233" wrapped in braces.
class ResultsTest : public QObject
{
    Q_OBJECT

private slots:
    void examplesAreObjects_data();
    void examplesAreObjects();
    void accountList();
    void accountDetails();
    void accountEnums();
    void democpUrl();
    void domainList();
    void domainDetails();
    void domainCheckAndParts();
    void certificates();
    void approverEmails();
    void resources();
    void clients();
    void services();
    void countries();
    void datacenters();
    void tlds();
    void currencyRates();
    void stores();
    void products();
    void catalogTree();
    void catalogPackages();
    void orderList();
    void orderDetails();
    void orderItems();
    void orderData();
    void orderCreate();
    void orderUpdateAndDelete();
    void paymentProcessors();
    void payments();
    void paymentRequests();
    void ticketList();
    void ticketDetails();
    void ticketAttachment();
    void ticketWrites();
    void ticketAccounts();
    void videoCommands();
    void unknownFieldsKept();
    void wrongShapesRejected();
};

namespace {

// Returns the "data" member of a response example.
QJsonValue exampleData(const QString &name)
{
    QFile file(QStringLiteral(":/data/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Test data %s is missing from the resources.", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("data"));
}

QDateTime utc(const QString &text)
{
    QDateTime dateTime = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    dateTime.setTimeZone(QTimeZone::utc());
    return dateTime;
}

} // namespace

void ResultsTest::examplesAreObjects_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(":/data"));
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
    QCOMPARE(names.size(), 52);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void ResultsTest::examplesAreObjects()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
}

void ResultsTest::accountList()
{
    QString problem;
    const auto page = parsePage<Account>(exampleData(QStringLiteral("account-list")), &problem);
    QVERIFY2(page, qPrintable(problem));
    QCOMPARE(page->page.count, 1);
    QCOMPARE(page->items.size(), 1);
    const Account &account = page->items.first();
    QCOMPARE(account.accountId(), 81314);
    QCOMPARE(account.username(), QStringLiteral("test2020"));
    QCOMPARE(account.daysToExpire(), 617);
    QCOMPARE(account.endDate(), utc(QStringLiteral("2021-10-10 05:00:00")));
    QCOMPARE(account.mainDomainEndDate(), std::nullopt);
    QCOMPARE(account.parentId(), std::nullopt);
    QCOMPARE(account.storageUsed(), 0.0);
    QCOMPARE(account.storeId(), 6);
    // "resold" has no accessor but is kept.
    QCOMPARE(account.value(u"resold").toString(), QStringLiteral("1"));
}

void ResultsTest::accountDetails()
{
    const auto account = parseRecord<Account>(exampleData(QStringLiteral("account-details")));
    QVERIFY(account);
    QCOMPARE(account->contact().firstName(), QStringLiteral("Peter"));
    QCOMPARE(account->contact().city(), QStringLiteral("Los Angeles"));
    QCOMPARE(account->contact().phoneCountry(), QStringLiteral("US"));
    QCOMPARE(account->productSku(), QStringLiteral("economy"));
    QCOMPARE(account->clientResellerId(), 74898);
    QCOMPARE(account->periodicity(), QStringLiteral("YR"));
}

void ResultsTest::accountEnums()
{
    const auto enums = parseRecord<AccountEnums>(exampleData(QStringLiteral("account-enums")));
    QVERIFY(enums);
    QVERIFY(enums->properties().contains(QStringLiteral("billing_status")));
    QCOMPARE(enums->label(QStringLiteral("datacenter"), QStringLiteral("neterra")),
        QStringLiteral("Europe"));
    QCOMPARE(enums->label(QStringLiteral("store_id"), QStringLiteral("6")),
        QStringLiteral("Example Store"));
    QCOMPARE(enums->labels(QStringLiteral("service_status")).size(), 3);
}

void ResultsTest::democpUrl()
{
    QString problem;
    const auto url = parseUrl(exampleData(QStringLiteral("democp-url")), &problem);
    QVERIFY2(url, qPrintable(problem));
    QCOMPARE(url->host(), QStringLiteral("cp.example.com"));
    QCOMPARE(url->path(), QStringLiteral("/login.php"));
}

void ResultsTest::domainList()
{
    const auto page = parsePage<Domain>(exampleData(QStringLiteral("domain-list")));
    QVERIFY(page);
    QVERIFY(page->page.orderBy.isEmpty());
    const Domain &domain = page->items.first();
    QCOMPARE(domain.domainId(), 121475);
    QCOMPARE(domain.domain(), QStringLiteral("example.org"));
    QCOMPARE(domain.daysToExpire(), 422);
    QCOMPARE(domain.parentProduct(), QStringLiteral("bonus:domain"));
    QCOMPARE(domain.parkStatus(), QStringLiteral("standalone"));
    QCOMPARE(domain.idn(), QString());
}

void ResultsTest::domainDetails()
{
    const auto domain = parseRecord<Domain>(exampleData(QStringLiteral("domain-details")));
    QVERIFY(domain);
    QCOMPARE(domain->domainId(), 121475);
    QCOMPARE(domain->rootId(), 139951);
    QCOMPARE(domain->nameservers(),
        QStringList(
            { QStringLiteral("ns1.sureserver.com"), QStringLiteral("ns2.sureserver.com") }));
    const Domain::WhoisContact registrant = domain->contact(Domain::ContactType::Registrant);
    QCOMPARE(registrant.company(), QStringLiteral("SureSupport Privacy Service"));
    QCOMPARE(registrant.address(), QStringLiteral("66 High Street"));
    QCOMPARE(registrant.phone(), QStringLiteral("+1.1234567"));
    const Domain::WhoisContact admin = domain->contact(Domain::ContactType::Admin);
    QCOMPARE(admin.address(), QStringLiteral("Eremia"));
    QCOMPARE(domain->contact(Domain::ContactType::Billing).state(), QStringLiteral("California"));
    QCOMPARE(domain->contact(Domain::ContactType::Tech).country(), QStringLiteral("US"));
}

void ResultsTest::domainCheckAndParts()
{
    const auto check = parseRecord<DomainCheckResult>(exampleData(QStringLiteral("domain-check")));
    QVERIFY(check);
    QCOMPARE(check->domain(), QStringLiteral("example.com"));
    QVERIFY(check->isAvailable());
    QVERIFY(!check->canTransfer());
    QVERIFY(check->isOffered());
    QVERIFY(check->hasEppTransfer());
    QVERIFY(!check->isHosted());

    const auto parts = parseRecord<DomainParts>(exampleData(QStringLiteral("domain-tldsld")));
    QVERIFY(parts);
    QCOMPARE(parts->sld(), QStringLiteral("example"));
    QCOMPARE(parts->tld(), QStringLiteral("com"));
}

void ResultsTest::certificates()
{
    const auto page = parsePage<Certificate>(exampleData(QStringLiteral("certificate-list")));
    QVERIFY(page);
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->page.count, 7);
    QCOMPARE(page->items.at(1).certificateId(), 2024);
    QCOMPARE(page->items.at(1).status(), QStringLiteral("ok"));
    QCOMPARE(page->items.at(0).serviceId(), std::nullopt);
    QCOMPARE(page->items.at(0).provider(), QStringLiteral("our"));

    const auto details
        = parseRecord<Certificate>(exampleData(QStringLiteral("certificate-details")));
    QVERIFY(details);
    QCOMPARE(details->certificateId(), 2023);
    QCOMPARE(details->status(), QStringLiteral("processing"));
    QCOMPARE(details->organizationUnit(), QStringLiteral("Online Sales"));
    QCOMPARE(details->startDate(), utc(QStringLiteral("2017-10-04 04:24:03")));
}

void ResultsTest::approverEmails()
{
    const auto emails = parseStringList(
        exampleData(QStringLiteral("ssl-approver-emails")), QStringLiteral("emails"));
    QVERIFY(emails);
    QCOMPARE(emails->size(), 5);
    QCOMPARE(emails->first(), QStringLiteral("postmaster@example.com"));
}

void ResultsTest::resources()
{
    const auto page = parsePage<Resource>(exampleData(QStringLiteral("resource-list")));
    QVERIFY(page);
    QCOMPARE(page->page.limit, 50);
    QCOMPARE(page->items.first().displayName(),
        QStringLiteral("example:s801.sureserver.com:example.com"));
    const auto resource = parseRecord<Resource>(exampleData(QStringLiteral("resource-details")));
    QVERIFY(resource);
    QCOMPARE(resource->id(), 139953);
    QCOMPARE(resource->catalogId(), 45);
    QCOMPARE(resource->resourceValue(), 1.0);
    QCOMPARE(resource->resourceUnit(), QStringLiteral("COUNT"));
    QCOMPARE(resource->datacenterId(), 2);
    QCOMPARE(resource->parentId(), std::nullopt);
}

void ResultsTest::clients()
{
    const auto page = parsePage<Client>(exampleData(QStringLiteral("client-list")));
    QVERIFY(page);
    QCOMPARE(page->items.first().user(), QStringLiteral("client20169"));
    const auto client = parseRecord<Client>(exampleData(QStringLiteral("client-details")));
    QVERIFY(client);
    QCOMPARE(client->id(), 74898);
    QCOMPARE(client->organization(), QStringLiteral("Company name"));
    QCOMPARE(client->faxCountry(), QStringLiteral("DE"));
    QCOMPARE(client->lastLogin(), std::nullopt);
    QCOMPARE(client->vendorResellerId(), 21);
}

void ResultsTest::services()
{
    const auto page = parsePage<Service>(exampleData(QStringLiteral("service-list")));
    QVERIFY(page);
    QCOMPARE(page->items.first().type(), QStringLiteral("advanced_security"));
    const auto service = parseRecord<Service>(exampleData(QStringLiteral("service-details")));
    QVERIFY(service);
    QCOMPARE(service->id(), 12);
    QCOMPARE(service->accountId(), 79923);
    QCOMPARE(service->accountStatus(), QStringLiteral("running"));
}

void ResultsTest::countries()
{
    const auto countries = parseKeyedRecords<Country>(
        exampleData(QStringLiteral("countries")), QStringLiteral("countries"));
    QVERIFY(countries);
    QCOMPARE(countries->size(), 2);
    const Country &antigua = countries->first();
    QCOMPARE(antigua.key(), QStringLiteral("AG"));
    QCOMPARE(antigua.iso3(), QStringLiteral("ATG"));
    QCOMPARE(antigua.name(), QStringLiteral("Antigua and Barbuda"));
    QCOMPARE(antigua.latitude(), 17.060816);
    QCOMPARE(antigua.vatPrefix(), QString());
    QVERIFY(!antigua.isEu());
    QCOMPARE(countries->at(1).phoneCode(), QStringLiteral("+672"));
    QCOMPARE(countries->at(1).sequence(), 1);
}

void ResultsTest::datacenters()
{
    const auto datacenters = parseKeyedRecords<Datacenter>(
        exampleData(QStringLiteral("datacenters")), QStringLiteral("datacenters"));
    QVERIFY(datacenters);
    QCOMPARE(datacenters->size(), 3);
    QCOMPARE(datacenters->at(0).key(), QStringLiteral("centurylink"));
    QCOMPARE(datacenters->at(0).countryIso2(), QStringLiteral("US"));
    QCOMPARE(datacenters->at(1).name(), QStringLiteral("Hong Kong"));
}

void ResultsTest::tlds()
{
    const auto tlds
        = parseKeyedRecords<Tld>(exampleData(QStringLiteral("tlds")), QStringLiteral("tlds"));
    QVERIFY(tlds);
    QCOMPARE(tlds->size(), 3);
    const Tld &com = tlds->at(0);
    QCOMPARE(com.tld(), QStringLiteral("com"));
    QCOMPARE(com.maxPeriod(), 10);
    QVERIFY(com.supportsIdProtect());
    QVERIFY(com.extraAttributes().isEmpty());
    const Tld &eu = tlds->at(1);
    QCOMPARE(eu.tld(), QStringLiteral("eu"));
    QVERIFY(!eu.supportsTransfer());
    const QList<TldAttribute> attributes = eu.extraAttributes();
    QCOMPARE(attributes.size(), 2);
    QCOMPARE(attributes.at(0).name(), QStringLiteral("eu_adr_lang"));
    QVERIFY(attributes.at(0).isRequired());
    QCOMPARE(attributes.at(0).type(), QStringLiteral("select"));
    QCOMPARE(attributes.at(0).options().size(), 3);
    QCOMPARE(attributes.at(0).options().at(0),
        qMakePair(QStringLiteral("en"), QStringLiteral("English")));
    QVERIFY(!attributes.at(1).isRequired());
    QCOMPARE(attributes.at(1).placeholder(),
        QStringLiteral("Leave blank if your country of residence is in the EU or EEA"));
}

void ResultsTest::currencyRates()
{
    const auto rates = parseRecord<CurrencyRates>(exampleData(QStringLiteral("currencyrates")));
    QVERIFY(rates);
    QCOMPARE(rates->currencies(),
        QStringList({ QStringLiteral("AUD"), QStringLiteral("EUR"), QStringLiteral("USD") }));
    QCOMPARE(rates->rate(QStringLiteral("USD"), QStringLiteral("HKD")), 7.8);
    QCOMPARE(rates->rate(QStringLiteral("EUR"), QStringLiteral("EUR")), 1.0);
    // JPY is a supported currency, but the example has no rates for it.
    QCOMPARE(rates->rate(QStringLiteral("USD"), QStringLiteral("JPY")), std::nullopt);
}

void ResultsTest::stores()
{
    const auto page = parsePage<Store>(exampleData(QStringLiteral("store-list")));
    QVERIFY(page);
    QCOMPARE(page->items.first().title(), QStringLiteral("Example Reseller Store"));
    const auto store = parseRecord<Store>(exampleData(QStringLiteral("store-details")));
    QVERIFY(store);
    QCOMPARE(store->id(), 123);
    QCOMPARE(store->frontSetup(), QStringLiteral("widget"));
    QVERIFY(store->autoprocess());
    QCOMPARE(store->widgetUrl(), QStringLiteral("http://example.com/store"));
}

void ResultsTest::products()
{
    const auto page = parsePage<Product>(exampleData(QStringLiteral("product-list")));
    QVERIFY(page);
    QCOMPARE(page->page.pages, 3);
    const Product &economy = page->items.first();
    // custom_product is a number in product-list and a string in product-details.
    QVERIFY(!economy.isCustom());
    QCOMPARE(economy.resources().size(), 1);
    QCOMPARE(economy.resources().first().value(u"type").toString(), QStringLiteral("part"));
    const auto product = parseRecord<Product>(exampleData(QStringLiteral("product-details")));
    QVERIFY(product);
    QCOMPARE(product->productId(), 1);
    QCOMPARE(product->sku(), QStringLiteral("economy"));
    QCOMPARE(product->maxRenewalPeriod(), 10);
    QCOMPARE(product->unitValue(), 1.0);
    QVERIFY(!product->isCustom());
}

void ResultsTest::catalogTree()
{
    const auto catalog = parseRecord<Catalog>(exampleData(QStringLiteral("catalog")));
    QVERIFY(catalog);
    QCOMPARE(catalog->products().size(), 1);
    const std::optional<CatalogProduct> economy = catalog->product(1);
    QVERIFY(economy);
    QCOMPARE(economy->productId(), 1);
    QCOMPARE(economy->maxOrderPeriod(), 10);
    QCOMPARE(economy->resources().size(), 1);

    QCOMPARE(catalog->nodes().size(), 1);
    const CatalogNode package = catalog->nodes().first();
    QCOMPARE(package.catalogId(), 1);
    QCOMPARE(package.name(), QStringLiteral("Economy"));
    QCOMPARE(package.minQuantity(), std::nullopt);
    QCOMPARE(package.priceActions(),
        QStringList({ QStringLiteral("order"), QStringLiteral("renewal") }));
    QCOMPARE(package.price(QStringLiteral("order"), 2), 129.6);
    QCOMPARE(package.price(QStringLiteral("renewal"), 1), 57.6);
    QCOMPARE(package.price(QStringLiteral("renewal"), 3), std::nullopt);

    const std::optional<CatalogNode> domain = catalog->findNode(2);
    QVERIFY(domain);
    QCOMPARE(domain->parentId(), 1);
    QCOMPARE(domain->maxQuantity(), 1);
    QVERIFY(domain->prices(QStringLiteral("order")).isEmpty());
    QVERIFY(domain->children().isEmpty());
    QCOMPARE(catalog->findNode(99), std::nullopt);
}

void ResultsTest::catalogPackages()
{
    // The fragment has no "data" member, so it is read as a whole.
    QFile file(QStringLiteral(":/data/catalog-node-packages.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parking
        = parseKeyedRecords<CatalogNode>(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(parking);
    QCOMPARE(parking->size(), 1);
    const CatalogNode &node = parking->first();
    QCOMPARE(node.catalogId(), 1233);
    QCOMPARE(node.packages(), QList<int>({ 1, 2, 3, 4, 5, 10, 15, 20, 30 }));
    QCOMPARE(node.price(QStringLiteral("order"), 1), 4.79);
    QVERIFY(node.children().isEmpty());
}

void ResultsTest::orderList()
{
    const auto page = parsePage<Order>(exampleData(QStringLiteral("order-list")));
    QVERIFY(page);
    QCOMPARE(page->page.pages, 4);
    const Order &order = page->items.first();
    QCOMPARE(order.orderId(), QStringLiteral("TCSAG8WWYER4KKDF"));
    QCOMPARE(order.total(), 12.57);
    QCOMPARE(order.itemsSummary(), QStringLiteral("order: COM - example.com"));
    QVERIFY(order.items().isEmpty());
    QCOMPARE(order.provisionedCount(), 1);
    QCOMPARE(order.contact().email2(), QStringLiteral("contact@example.com"));
    QCOMPARE(order.value(u"client_reseller").toString(), QStringLiteral("resellerclient"));
}

void ResultsTest::orderDetails()
{
    const auto order
        = parseRecord<Order>(exampleData(QStringLiteral("order-details")), QStringLiteral("order"));
    QVERIFY(order);
    QCOMPARE(order->orderId(), QStringLiteral("XGQMNJVQN3SEZDDQ"));
    QCOMPARE(order->clientStoreId(), std::nullopt);
    QCOMPARE(order->paid(), QStringLiteral("not_paid"));
    QCOMPARE(order->totalVat(), 0.0);
    QCOMPARE(order->contact().zip(), QStringLiteral("V5H 3Z7"));
    QCOMPARE(order->paymentProcessorId(), 48);
    QCOMPARE(order->paymentDue(), 65.14);
    QCOMPARE(order->paymentsTotal(), 0.0);
    QVERIFY(order->payments().isEmpty());
    QVERIFY(order->items().isEmpty());
    QVERIFY(!order->invoiceRequested());
    QCOMPARE(order->date(), utc(QStringLiteral("2019-09-04 07:06:54")));
}

void ResultsTest::orderItems()
{
    const auto order = parseRecord<Order>(
        exampleData(QStringLiteral("order-details-items")), QStringLiteral("order"));
    QVERIFY(order);
    QCOMPARE(order->items().size(), 1);
    const OrderItem item = order->items().first();
    QCOMPARE(item.itemId(), QStringLiteral("JWY3UM6FDZJMPUQC"));
    QCOMPARE(item.price(), 72.0);
    QCOMPARE(item.period(), 1);
    QCOMPARE(item.metaKey(), QStringLiteral("hosting"));
    QCOMPARE(
        item.meta().value(QLatin1String("hostname")).toString(), QStringLiteral("example.com"));
    QCOMPARE(item.contact().city(), QStringLiteral("Paris"));
    QVERIFY(item.resource().isEmpty());
    QCOMPARE(item.parentItemId(), QString());
}

void ResultsTest::orderData()
{
    const auto data = parseRecord<OrderData>(exampleData(QStringLiteral("order-data")));
    QVERIFY(data);
    QVERIFY(data->contains(u"store"));
    QVERIFY(data->countries().isEmpty());
    QVERIFY(data->catalog().nodes().isEmpty());
}

void ResultsTest::orderCreate()
{
    const auto result = parseRecord<OrderResult>(exampleData(QStringLiteral("order-create")));
    QVERIFY(result);
    QCOMPARE(result->orderId(), QStringLiteral("1N2M2PUUD9BB5SVD"));
    QCOMPARE(result->total(), 12655.78);
    const Order order = result->order();
    QCOMPARE(order.newCount(), 3);
    QCOMPARE(order.paymentProcessorId(), std::nullopt);
    const QList<OrderItem> items = order.items();
    QCOMPARE(items.size(), 3);
    // QJsonObject sorts the item ids: K2UK..., RAJE..., VQFD....
    const OrderItem &domain = items.at(0);
    QCOMPARE(domain.parentItemId(), QStringLiteral("RAJECTFJXQGTZKXB"));
    QCOMPARE(domain.metaKey(), QStringLiteral("domain"));
    QCOMPARE(domain.meta().value(QLatin1String("epp")).toString(), QStringLiteral("zxcvbn133add!"));
    QCOMPARE(domain.datacenter(), QString());
    const OrderItem &custom = items.at(2);
    QCOMPARE(custom.action(), QStringLiteral("purchase"));
    QCOMPARE(custom.label(), QStringLiteral("custom"));
    QCOMPARE(custom.productId(), std::nullopt);
    QCOMPARE(custom.price(), 12345.0);
    QCOMPARE(custom.metaKey(), QStringLiteral("purchase"));
    // "resource": [] is the service's empty object.
    QVERIFY(custom.resource().isEmpty());
    QVERIFY(result->paymentRequest().isEmpty());
}

void ResultsTest::orderUpdateAndDelete()
{
    const auto result = parseRecord<OrderResult>(exampleData(QStringLiteral("order-update")));
    QVERIFY(result);
    QCOMPARE(result->orderId(), QStringLiteral("1P7KPJKHFWDBYGVV"));
    QCOMPARE(result->currency(), QStringLiteral("USD"));
    QVERIFY(result->order().isEmpty());

    const QJsonValue deleted = exampleData(QStringLiteral("order-delete"));
    QVERIFY(deleted.isArray());
    QVERIFY(deleted.toArray().isEmpty());
    QVERIFY(exampleData(QStringLiteral("payment-delete")).toArray().isEmpty());
}

void ResultsTest::paymentProcessors()
{
    const auto processors = parseKeyedRecords<PaymentProcessor>(
        exampleData(QStringLiteral("payment-processors")), QStringLiteral("processors"));
    QVERIFY(processors);
    QCOMPARE(processors->size(), 2);
    const PaymentProcessor &authorizeNet = processors->at(0);
    QCOMPARE(authorizeNet.processorId(), 248);
    QCOMPARE(authorizeNet.slug(), QStringLiteral("AuthorizeNet:248"));
    QVERIFY(authorizeNet.isTest());
    QVERIFY(authorizeNet.isActive());
    QCOMPARE(
        authorizeNet.options().value(QLatin1String("currency")).toString(), QStringLiteral("AUD"));
    // The PayPal example has no slug.
    QCOMPARE(processors->at(1).slug(), QString());
    QCOMPARE(processors->at(1).sequence(), 3);
}

void ResultsTest::payments()
{
    const auto page = parsePage<Payment>(exampleData(QStringLiteral("payment-list")));
    QVERIFY(page);
    QCOMPARE(page->page.pages, 56);
    QCOMPARE(page->items.first().orderId(), QStringLiteral("MGLARX2WEZTYQ9K2"));
    const auto payment = parseRecord<Payment>(exampleData(QStringLiteral("payment-details")));
    QVERIFY(payment);
    QCOMPARE(payment->paymentId(), QStringLiteral("SZVRKC687KFPBU5A"));
    QCOMPARE(payment->paymentType(), QStringLiteral("incoming"));
    QCOMPARE(payment->total(), 72.0);
    QCOMPARE(payment->paymentProcessorId(), std::nullopt);
    QCOMPARE(payment->paymentDate(), utc(QStringLiteral("2020-02-27 10:40:59")));
    QCOMPARE(payment->storeId(), 428);

    const auto added = parseRecord<PaymentAddResult>(exampleData(QStringLiteral("payment-add")));
    QVERIFY(added);
    QCOMPARE(added->paymentId(), QStringLiteral("FKFHXYKBPQGHALJM"));
    QCOMPARE(added->orderId(), QStringLiteral("MGLARX2WEZTYQ9K2"));
}

void ResultsTest::paymentRequests()
{
    const auto created = parseRecord<PaymentRequest>(
        exampleData(QStringLiteral("payment-request-create")), QStringLiteral("payment_request"));
    QVERIFY(created);
    QCOMPARE(created->id(), 8713);
    QCOMPARE(created->amount(), 69.43);
    QCOMPARE(created->originalCurrency(), QStringLiteral("CAD"));
    QCOMPARE(created->exchangeRate(), 0.694268);
    QCOMPARE(created->orderId(), QStringLiteral("1N2M2PUUD9BB5SVD"));
    QCOMPARE(created->returnUrl(), QString());

    const auto details = parseRecord<PaymentRequest>(
        exampleData(QStringLiteral("payment-request-details")), QStringLiteral("payment_request"));
    QVERIFY(details);
    QCOMPARE(details->apiOrderId(), 25029);
    QCOMPARE(details->storeId(), 444);
    QVERIFY(details->order().isEmpty());
}

void ResultsTest::ticketList()
{
    const auto page = parsePage<Ticket>(exampleData(QStringLiteral("ticket-list")));
    QVERIFY(page);
    QCOMPARE(page->page.orderBy.size(), 2);
    const Ticket &ticket = page->items.first();
    QCOMPARE(ticket.id(), 935470);
    QCOMPARE(ticket.source(), QStringLiteral("ss"));
    QVERIFY(ticket.isRead());
    QCOMPARE(ticket.attachmentCount(), 0);
    QCOMPARE(ticket.readOn(), utc(QStringLiteral("2019-04-18 08:50:43")));
}

void ResultsTest::ticketDetails()
{
    const auto ticket = parseRecord<Ticket>(
        exampleData(QStringLiteral("ticket-details")), QStringLiteral("ticket"));
    QVERIFY(ticket);
    QVERIFY(ticket->canReply());
    QCOMPARE(ticket->operatorName(), QStringLiteral("Support123"));
    const QList<TicketMessage> messages = ticket->messages();
    QCOMPARE(messages.size(), 1);
    const TicketMessage &message = messages.first();
    QCOMPARE(message.id(), 1241144);
    QVERIFY(message.answer().startsWith(QStringLiteral("Hello, all fixed")));
    QVERIFY(message.isLast());
    QCOMPARE(message.questionAttachments().size(), 1);
    const TicketAttachmentInfo photo = message.questionAttachments().first();
    QCOMPARE(photo.fileName(), QStringLiteral("grass.jpg"));
    QCOMPARE(photo.size(), 157920);
    QCOMPARE(photo.path(), QStringLiteral("2019/04/11"));
    QVERIFY(!photo.isDeleted());
    QVERIFY(message.answerAttachments().first().isDeleted());
}

void ResultsTest::ticketAttachment()
{
    const auto attachment
        = parseRecord<TicketAttachment>(exampleData(QStringLiteral("ticket-attachment")));
    QVERIFY(attachment);
    QCOMPARE(attachment->messageId(), 1226213);
    QCOMPARE(attachment->mimeType(), QStringLiteral("image/jpeg"));
    QVERIFY(attachment->hasData());
    // The example's data ends in "....", which is not base64.
    QString problem;
    QCOMPARE(attachment->decodeData(&problem), std::nullopt);
    QVERIFY(problem.contains(QStringLiteral("grass.jpg")));

    QJsonObject fields = attachment->fields();
    fields.insert(QStringLiteral("data_file"), QStringLiteral("/9j/4AAQ"));
    const std::optional<QByteArray> jpeg = TicketAttachment(fields).decodeData();
    QVERIFY(jpeg);
    QCOMPARE(jpeg->left(4), QByteArray("\xff\xd8\xff\xe0"));
    fields.insert(QStringLiteral("data_file"), QString());
    QVERIFY(!TicketAttachment(fields).hasData());
}

void ResultsTest::ticketWrites()
{
    const auto posted = parseRecord<CreatedRecord>(exampleData(QStringLiteral("ticket-post")));
    QVERIFY(posted);
    QCOMPARE(posted->id(), 935914);
    const auto replied = parseRecord<CreatedRecord>(exampleData(QStringLiteral("ticket-reply")));
    QVERIFY(replied);
    QCOMPARE(replied->id(), 1234);
}

void ResultsTest::ticketAccounts()
{
    const auto accounts = parseStringList(exampleData(QStringLiteral("ticket-account-list")));
    QVERIFY(accounts);
    QCOMPARE(accounts->size(), 2);
    const auto domains = parseStringList(exampleData(QStringLiteral("ticket-account-domains")));
    QVERIFY(domains);
    QCOMPARE(domains->last(), QStringLiteral("general.support.enq"));

    const auto user = parseRecord<SupportAccount>(
        exampleData(QStringLiteral("ticket-user")), QStringLiteral("user"));
    QVERIFY(user);
    QCOMPARE(user->username(), QStringLiteral("exampleuser"));
    QCOMPARE(user->name(), QStringLiteral("Jane Doe"));
    const auto auth = parseRecord<TicketAuthResult>(exampleData(QStringLiteral("ticket-auth")));
    QVERIFY(auth);
    QVERIFY(auth->isAuthenticated());
    QCOMPARE(auth->user().email(), QStringLiteral("user@example.com"));
}

void ResultsTest::videoCommands()
{
    const auto locations
        = parseKeyedRecords<VideoLocation>(exampleData(QStringLiteral("video-list-locations")));
    QVERIFY(locations);
    QCOMPARE(locations->size(), 6);
    QCOMPARE(locations->first().hostname(), QStringLiteral("meet-bg.icdsoft.com"));
    QCOMPARE(locations->first().datacenter(), QStringLiteral("neterra"));
    QCOMPARE(locations->first().brand(), QStringLiteral("ICDSoft.com"));

    const auto url = parseUrl(exampleData(QStringLiteral("video-create-room")));
    QVERIFY(url);
    const VideoRoom room { *url };
    QCOMPARE(room.location(), QStringLiteral("meet-us.suresupport.com"));
    QCOMPARE(room.room(), QStringLiteral("my-room25"));
}

void ResultsTest::unknownFieldsKept()
{
    QJsonObject fields = exampleData(QStringLiteral("store-details")).toObject();
    fields.insert(QStringLiteral("tax_mode"), QStringLiteral("inclusive"));
    const auto store = parseRecord<Store>(fields);
    QVERIFY(store);
    QCOMPARE(store->value(u"tax_mode").toString(), QStringLiteral("inclusive"));
    QCOMPARE(store->undocumentedFields({ QStringLiteral("id"), QStringLiteral("reseller_id"),
                 QStringLiteral("currency"), QStringLiteral("name"), QStringLiteral("title"),
                 QStringLiteral("contact_email"), QStringLiteral("hostname"),
                 QStringLiteral("widget_url"), QStringLiteral("front_setup"),
                 QStringLiteral("autoprocess"), QStringLiteral("billing_url") }),
        QStringList({ QStringLiteral("tax_mode") }));
    // Relations asked for with "with" stay in the record too.
    QJsonObject account = exampleData(QStringLiteral("account-list"))
                              .toObject()
                              .value(QLatin1String("data"))
                              .toArray()
                              .first()
                              .toObject();
    account.insert(QStringLiteral("resources"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("storage") } } });
    QCOMPARE(Account(account).resources().size(), 1);
    QCOMPARE(Account(account).resources().first().text(u"name"), QStringLiteral("storage"));
}

void ResultsTest::wrongShapesRejected()
{
    QString problem;
    QCOMPARE(
        parseRecord<Order>(QJsonValue(QStringLiteral("oops")), QStringLiteral("order"), &problem),
        std::nullopt);
    QVERIFY2(problem.contains(QStringLiteral("\"order\"")), qPrintable(problem));

    problem.clear();
    QJsonObject page { { QStringLiteral("limit"), 25 }, { QStringLiteral("count"), 1 },
        { QStringLiteral("data"), QJsonArray { QStringLiteral("x") } } };
    QVERIFY(!parsePage<Account>(page, &problem));
    QVERIFY2(problem.contains(QStringLiteral("item 1")), qPrintable(problem));

    problem.clear();
    QVERIFY(!parseStringList(QJsonArray { 1 }, {}, &problem));
    QVERIFY2(problem.contains(QStringLiteral("entry 1")), qPrintable(problem));

    problem.clear();
    QVERIFY(!parseUrl(QJsonValue(QStringLiteral("ftp://example.com/x")), &problem));
    QVERIFY(!problem.contains(QStringLiteral("example.com")));

    // The service sends [] for an empty map.
    const auto none = parseKeyedRecords<Country>(
        QJsonObject { { QStringLiteral("countries"), QJsonArray() } }, QStringLiteral("countries"));
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(ResultsTest)
#include "tst_results.moc"
