#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/hostingrecords.h"
#include "api/orderrecords.h"
#include "api/recordparsing.h"
#include "api/referencerecords.h"
#include "api/supportrecords.h"

#include "sandbox/sandboxhost.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace ResellerDesk::Api;
using namespace ResellerDesk::Api::RecordParsing;
using ResellerDesk::Sandbox::SandboxHost;
using ResellerDesk::Sandbox::SandboxOptions;

// Round trips of every typed call against the sandbox over loopback HTTP with HMAC signing:
// each command's reply must parse into its record type, and each command the reference lets
// fail must fail with the documented message code.
class CommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accounts();
    void domains();
    void domainTools();
    void certificates();
    void resourcesClientsServices();
    void lookups();
    void storesAndProducts();
    void catalog();
    void orderReads();
    void orderLifecycle();
    void referenceOrderCreated();
    void certificateOrder();
    void payments();
    void paymentRequests();
    void ticketReads();
    void ticketWrites();
    void replyBeforeAnswerRejected();
    void supportAccounts();
    void storeTokenRejected();
    void video();

private:
    ApiReply *finish(ApiReply *reply);
    static QString codesOf(const ApiReply *reply);
    OrderRequest newOrder() const;

    const QString m_secret = QStringLiteral("commands-secret-7f1");
    const QString m_storeToken = QStringLiteral("store-6-token");
    SandboxHost m_host;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiCommands> m_commands;
    std::vector<std::unique_ptr<ApiReply>> m_replies;
};

#define VERIFY_OK(reply) QVERIFY2((reply)->isOk(), qPrintable((reply)->error().userMessage()))

#define VERIFY_REJECTED(reply, code)                                                               \
    do {                                                                                           \
        QCOMPARE((reply)->error().kind, ApiError::Kind::Api);                                      \
        QVERIFY2((reply)->error().hasCode(code), qPrintable(codesOf(reply)));                      \
    } while (false)

void CommandsTest::initTestCase()
{
    SandboxOptions options;
    options.hmacSecret = m_secret;
    options.scale = 20;
    options.storeTokens.insert(QStringLiteral("6"), m_storeToken);
    // The simulated operator answers new questions on the next call.
    options.operatorReplyDelayMs = 0;
    QString problem;
    QVERIFY2(m_host.start(options, &problem), qPrintable(problem));

    ConnectionSettings settings;
    settings.baseUrl = m_host.url();
    settings.token = m_host.token();
    settings.hmacSecret = m_secret;
    m_client = std::make_unique<ApiClient>(settings);
    m_commands = std::make_unique<ApiCommands>(m_client.get());
}

ApiReply *CommandsTest::finish(ApiReply *reply)
{
    m_replies.emplace_back(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(10000);
    }
    return reply;
}

QString CommandsTest::codesOf(const ApiReply *reply)
{
    QStringList codes;
    for (const ApiMessage &message : reply->error().messages)
        codes.append(message.code);
    return reply->command() + QStringLiteral(": ") + ApiError::kindName(reply->error().kind)
        + QStringLiteral(" [") + codes.join(QStringLiteral(", ")) + QStringLiteral("] ")
        + reply->error().detail;
}

OrderRequest CommandsTest::newOrder() const
{
    OrderRequest order;
    order.storeId = 6;
    order.contact.firstName = QStringLiteral("John");
    order.contact.lastName = QStringLiteral("Doe");
    order.contact.address = QStringLiteral("123 High Street");
    order.contact.city = QStringLiteral("Springfield");
    order.contact.state = QStringLiteral("Oregon");
    order.contact.zip = QStringLiteral("97477");
    order.contact.country = QStringLiteral("US");
    order.contact.phoneCountry = QStringLiteral("US");
    order.contact.phone = QStringLiteral("987654321");
    order.contact.email = QStringLiteral("john@example.com");
    OrderItemRequest custom;
    custom.itemId = QStringLiteral("1");
    custom.setCustomPurchase(QStringLiteral("SEO Campaign"), QStringLiteral("120.00"));
    order.items = { custom };
    return order;
}

void CommandsTest::accounts()
{
    ListQuery query;
    query.limit = 5;
    ApiReply *list = finish(m_commands->accountList(query, true));
    VERIFY_OK(list);
    const auto page = parsePage<Account>(list->data());
    QVERIFY(page);
    QVERIFY(!page->items.isEmpty());
    QVERIFY(page->items.size() <= 5);
    const qlonglong accountId = page->items.first().accountId().value_or(0);
    QVERIFY(accountId > 0);

    ApiReply *details
        = finish(m_commands->accountDetails(accountId, { QStringLiteral("resources") }));
    VERIFY_OK(details);
    const auto account = parseRecord<Account>(details->data());
    QVERIFY(account);
    QCOMPARE(account->accountId(), accountId);
    QVERIFY(!account->contact().email().isEmpty());
    QVERIFY(account->contains(u"resources"));

    VERIFY_REJECTED(
        finish(m_commands->accountDetails(999999999)), QStringLiteral("not_found:account_id"));
    ListQuery unknownSort;
    unknownSort.orderBy = { { QStringLiteral("no_such_field"), true } };
    VERIFY_REJECTED(finish(m_commands->accountList(unknownSort)),
        QStringLiteral("invalid:order_by.no_such_field"));

    ApiReply *enums = finish(m_commands->accountEnums());
    VERIFY_OK(enums);
    const auto labels = parseRecord<AccountEnums>(enums->data());
    QVERIFY(labels);
    QCOMPARE(labels->label(QStringLiteral("datacenter"), QStringLiteral("neterra")),
        QStringLiteral("Europe"));

    ApiReply *democp = finish(m_commands->democpUrl());
    VERIFY_OK(democp);
    QVERIFY(parseUrl(democp->data()));
}

void CommandsTest::domains()
{
    ListQuery query;
    query.limit = 3;
    ApiReply *list = finish(m_commands->domainList(query));
    VERIFY_OK(list);
    const auto page = parsePage<Domain>(list->data());
    QVERIFY(page);
    QVERIFY(!page->items.isEmpty());
    const Domain first = page->items.first();

    ApiReply *byId = finish(m_commands->domainDetails(*first.domainId()));
    VERIFY_OK(byId);
    const auto domain = parseRecord<Domain>(byId->data());
    QVERIFY(domain);
    QCOMPARE(domain->domain(), first.domain());
    QVERIFY(!domain->contact(Domain::ContactType::Registrant).email().isEmpty());

    ApiReply *byName = finish(m_commands->domainDetailsByName(first.domain()));
    VERIFY_OK(byName);
    QCOMPARE(parseRecord<Domain>(byName->data())->domainId(), first.domainId());

    ApiReply *byParts = finish(m_commands->domainDetailsByParts(
        domain->sld(), domain->tld(), { QStringLiteral("account") }));
    VERIFY_OK(byParts);
    QCOMPARE(parseRecord<Domain>(byParts->data())->domainId(), first.domainId());

    VERIFY_REJECTED(
        finish(m_commands->domainDetails(999999999)), QStringLiteral("not_found:domain"));
}

void CommandsTest::domainTools()
{
    ApiReply *check = finish(m_commands->domainCheck(QStringLiteral("brand-new-name-4821.com")));
    VERIFY_OK(check);
    const auto result = parseRecord<DomainCheckResult>(check->data());
    QVERIFY(result);
    QCOMPARE(result->domain(), QStringLiteral("brand-new-name-4821.com"));
    QVERIFY(result->isAvailable());

    ApiReply *byParts
        = finish(m_commands->domainCheck(QStringLiteral("example"), QStringLiteral("org")));
    VERIFY_OK(byParts);
    QCOMPARE(
        parseRecord<DomainCheckResult>(byParts->data())->domain(), QStringLiteral("example.org"));

    VERIFY_REJECTED(finish(m_commands->domainCheck(QStringLiteral("not a domain"))),
        QStringLiteral("invalid:domain"));

    ApiReply *parts = finish(m_commands->domainTldSld(QStringLiteral("www.example.co.uk")));
    VERIFY_OK(parts);
    const auto split = parseRecord<DomainParts>(parts->data());
    QVERIFY(split);
    QCOMPARE(split->tld(), QStringLiteral("co.uk"));
    QCOMPARE(split->sld(), QStringLiteral("example"));

    VERIFY_REJECTED(finish(m_commands->domainTldSld(QStringLiteral("-.."))),
        QStringLiteral("invalid:hostname"));
}

void CommandsTest::certificates()
{
    ApiReply *list = finish(m_commands->certificateList());
    VERIFY_OK(list);
    const auto page = parsePage<Certificate>(list->data());
    QVERIFY(page);
    QVERIFY(!page->items.isEmpty());
    const qlonglong id = page->items.first().certificateId().value_or(0);

    ApiReply *details = finish(m_commands->certificateDetails(id));
    VERIFY_OK(details);
    QCOMPARE(parseRecord<Certificate>(details->data())->certificateId(), id);
    VERIFY_REJECTED(finish(m_commands->certificateDetails(999999999)),
        QStringLiteral("not_found:certificate_id"));

    ApiReply *emails = finish(m_commands->sslApproverEmails(QStringLiteral("example.com")));
    VERIFY_OK(emails);
    const auto addresses = parseStringList(emails->data(), QStringLiteral("emails"));
    QVERIFY(addresses);
    QVERIFY(addresses->contains(QStringLiteral("admin@example.com")));
    VERIFY_REJECTED(finish(m_commands->sslApproverEmails(QStringLiteral("not a host"))),
        QStringLiteral("invalid:hostname"));
}

void CommandsTest::resourcesClientsServices()
{
    ApiReply *resources = finish(m_commands->resourceList());
    VERIFY_OK(resources);
    const auto resourcePage = parsePage<Resource>(resources->data());
    QVERIFY(resourcePage);
    QVERIFY(!resourcePage->items.isEmpty());
    const qlonglong resourceId = resourcePage->items.first().id().value_or(0);
    ApiReply *resource = finish(m_commands->resourceDetails(resourceId));
    VERIFY_OK(resource);
    QCOMPARE(parseRecord<Resource>(resource->data())->id(), resourceId);
    VERIFY_REJECTED(finish(m_commands->resourceDetails(999999999)), QStringLiteral("not_found:id"));

    ApiReply *clients = finish(m_commands->clientList());
    VERIFY_OK(clients);
    const auto clientPage = parsePage<Client>(clients->data());
    QVERIFY(clientPage);
    QVERIFY(!clientPage->items.isEmpty());
    const qlonglong clientId = clientPage->items.first().id().value_or(0);
    ApiReply *client = finish(m_commands->clientDetails(clientId));
    VERIFY_OK(client);
    QCOMPARE(parseRecord<Client>(client->data())->id(), clientId);
    VERIFY_REJECTED(finish(m_commands->clientDetails(999999999)), QStringLiteral("not_found:id"));

    ApiReply *services = finish(m_commands->serviceList());
    VERIFY_OK(services);
    const auto servicePage = parsePage<Service>(services->data());
    QVERIFY(servicePage);
    QVERIFY(!servicePage->items.isEmpty());
    const qlonglong serviceId = servicePage->items.first().id().value_or(0);
    ApiReply *service = finish(m_commands->serviceDetails(serviceId));
    VERIFY_OK(service);
    QCOMPARE(parseRecord<Service>(service->data())->id(), serviceId);
    VERIFY_REJECTED(finish(m_commands->serviceDetails(999999999)), QStringLiteral("not_found:id"));
}

void CommandsTest::lookups()
{
    ApiReply *countries = finish(m_commands->countries());
    VERIFY_OK(countries);
    const auto countryList
        = parseKeyedRecords<Country>(countries->data(), QStringLiteral("countries"));
    QVERIFY(countryList);
    const auto us = std::find_if(countryList->cbegin(), countryList->cend(),
        [](const Country &c) { return c.key() == u"US"; });
    QVERIFY(us != countryList->cend());
    QCOMPARE(us->iso3(), QStringLiteral("USA"));

    ApiReply *datacenters = finish(m_commands->datacenters());
    VERIFY_OK(datacenters);
    const auto centers
        = parseKeyedRecords<Datacenter>(datacenters->data(), QStringLiteral("datacenters"));
    QVERIFY(centers);
    QCOMPARE(centers->size(), 3);

    ApiReply *tlds = finish(m_commands->tlds());
    VERIFY_OK(tlds);
    const auto tldList = parseKeyedRecords<Tld>(tlds->data(), QStringLiteral("tlds"));
    QVERIFY(tldList);
    const auto com = std::find_if(
        tldList->cbegin(), tldList->cend(), [](const Tld &tld) { return tld.tld() == u"com"; });
    QVERIFY(com != tldList->cend());
    QCOMPARE(com->maxPeriod(), 10);

    ApiReply *rates = finish(m_commands->currencyRates());
    VERIFY_OK(rates);
    const auto crossRates = parseRecord<CurrencyRates>(rates->data());
    QVERIFY(crossRates);
    QCOMPARE(crossRates->rate(QStringLiteral("USD"), QStringLiteral("USD")), 1.0);
    QVERIFY(crossRates->rate(QStringLiteral("EUR"), QStringLiteral("USD")).value_or(0) > 0);
}

void CommandsTest::storesAndProducts()
{
    ApiReply *stores = finish(m_commands->storeList());
    VERIFY_OK(stores);
    const auto storePage = parsePage<Store>(stores->data());
    QVERIFY(storePage);
    QVERIFY(!storePage->items.isEmpty());
    ApiReply *store = finish(m_commands->storeDetails(6));
    VERIFY_OK(store);
    QCOMPARE(parseRecord<Store>(store->data())->id(), 6);
    VERIFY_REJECTED(finish(m_commands->storeDetails(999999999)), QStringLiteral("not_found:id"));

    ApiReply *products = finish(m_commands->productList());
    VERIFY_OK(products);
    const auto productPage = parsePage<Product>(products->data());
    QVERIFY(productPage);
    QVERIFY(!productPage->items.isEmpty());
    const qlonglong productId = productPage->items.first().productId().value_or(0);
    ApiReply *product = finish(m_commands->productDetails(productId));
    VERIFY_OK(product);
    QCOMPARE(parseRecord<Product>(product->data())->productId(), productId);
    VERIFY_REJECTED(
        finish(m_commands->productDetails(999999999)), QStringLiteral("not_found:product_id"));
}

void CommandsTest::catalog()
{
    CatalogQuery query;
    query.storeId = 6;
    ApiReply *reply = finish(m_commands->catalog(query));
    VERIFY_OK(reply);
    const auto catalog = parseRecord<Catalog>(reply->data());
    QVERIFY(catalog);
    QVERIFY(!catalog->products().isEmpty());
    QVERIFY(!catalog->nodes().isEmpty());
    const CatalogNode package = catalog->nodes().first();
    QVERIFY(catalog->findNode(package.catalogId().value_or(0)));
    QVERIFY(!package.priceActions().isEmpty());

    query.currency = QStringLiteral("XYZ");
    VERIFY_REJECTED(finish(m_commands->catalog(query)), QStringLiteral("invalid:currency"));
}

void CommandsTest::orderReads()
{
    ApiReply *list = finish(m_commands->orderList());
    VERIFY_OK(list);
    const auto page = parsePage<Order>(list->data());
    QVERIFY(page);
    QVERIFY(!page->items.isEmpty());
    const QString orderId = page->items.first().orderId();

    ApiReply *details = finish(m_commands->orderDetails(orderId));
    VERIFY_OK(details);
    const auto order = parseRecord<Order>(details->data(), QStringLiteral("order"));
    QVERIFY(order);
    QCOMPARE(order->orderId(), orderId);
    QVERIFY(!order->items().isEmpty());
    VERIFY_REJECTED(finish(m_commands->orderDetails(QStringLiteral("NOSUCHORDER00000"))),
        QStringLiteral("not_found:order_id"));

    ApiReply *data = finish(m_commands->orderData(6));
    VERIFY_OK(data);
    const auto orderData = parseRecord<OrderData>(data->data());
    QVERIFY(orderData);
    QCOMPARE(orderData->store().id(), 6);
    QVERIFY(!orderData->countries().isEmpty());
    QVERIFY(!orderData->tlds().isEmpty());
    QVERIFY(!orderData->catalog().nodes().isEmpty());
}

void CommandsTest::orderLifecycle()
{
    ApiReply *created = finish(m_commands->orderCreate(newOrder()));
    VERIFY_OK(created);
    const auto result = parseRecord<OrderResult>(created->data());
    QVERIFY(result);
    const QString orderId = result->orderId();
    QVERIFY(!orderId.isEmpty());
    QCOMPARE(result->order().items().size(), 1);
    QCOMPARE(result->order().items().first().label(), QStringLiteral("custom"));
    QCOMPARE(result->order().contact().city(), QStringLiteral("Springfield"));

    OrderRequest update = newOrder();
    update.orderId = orderId;
    update.contact.firstName = QStringLiteral("Jane");
    update.items.clear();
    ApiReply *updated = finish(m_commands->orderUpdate(update));
    VERIFY_OK(updated);
    QCOMPARE(parseRecord<OrderResult>(updated->data())->order().contact().firstName(),
        QStringLiteral("Jane"));

    OrderRequest badItem = newOrder();
    OrderItemRequest hosting;
    hosting.itemId = QStringLiteral("2");
    hosting.catalogId = 999999;
    hosting.period = 1;
    hosting.setHosting(QStringLiteral("example.net"));
    badItem.items.append(hosting);
    VERIFY_REJECTED(
        finish(m_commands->orderCreate(badItem)), QStringLiteral("not_found:items.catalog_id"));

    ApiReply *deleted = finish(m_commands->orderDelete(orderId, 6));
    VERIFY_OK(deleted);
    VERIFY_REJECTED(
        finish(m_commands->orderDetails(orderId)), QStringLiteral("not_found:order_id"));
    VERIFY_REJECTED(
        finish(m_commands->orderDelete(orderId, 6)), QStringLiteral("not_found:order_id"));
}

void CommandsTest::referenceOrderCreated()
{
    // The reference's order-create example: hosting, a .com transfer attached to it and a
    // custom product. The sandbox's catalog ids follow the reference, which the catalog confirms.
    CatalogQuery query;
    query.storeId = 6;
    ApiReply *catalogReply = finish(m_commands->catalog(query));
    VERIFY_OK(catalogReply);
    const auto catalog = parseRecord<Catalog>(catalogReply->data());
    QVERIFY(catalog);
    const std::optional<CatalogNode> hostingNode = catalog->findNode(1);
    const std::optional<CatalogNode> domainNode = catalog->findNode(3);
    QVERIFY(hostingNode);
    QVERIFY(domainNode);
    QCOMPARE(
        catalog->product(hostingNode->productId().value_or(0))->type(), QStringLiteral("hosting"));
    QCOMPARE(
        catalog->product(domainNode->productId().value_or(0))->type(), QStringLiteral("domain"));

    OrderRequest order = newOrder();
    OrderItemRequest hosting;
    hosting.itemId = QStringLiteral("h");
    hosting.catalogId = 1;
    hosting.period = 1;
    hosting.setHosting(QStringLiteral("example-order.com"));
    OrderItemRequest domain;
    domain.itemId = QStringLiteral("d");
    domain.parentItemId = QStringLiteral("h");
    domain.catalogId = 3;
    domain.period = 1;
    DomainMeta transfer;
    transfer.sld = QStringLiteral("example-order");
    transfer.tld = QStringLiteral("com");
    transfer.epp = QStringLiteral("zxcvbn133add!");
    transfer.action = QStringLiteral("transfer");
    transfer.idProtect = true;
    domain.setDomain(transfer);
    order.items.append(hosting);
    order.items.append(domain);

    ApiReply *created = finish(m_commands->orderCreate(order));
    VERIFY_OK(created);
    const auto result = parseRecord<OrderResult>(created->data());
    QVERIFY(result);
    const QList<OrderItem> items = result->order().items();
    QCOMPARE(items.size(), 3);
    const auto findByMeta = [&items](const QString &metaKey) {
        return std::find_if(items.cbegin(), items.cend(),
            [&metaKey](const OrderItem &item) { return item.metaKey() == metaKey; });
    };
    const auto hostingItem = findByMeta(QStringLiteral("hosting"));
    const auto domainItem = findByMeta(QStringLiteral("domain"));
    QVERIFY(hostingItem != items.cend());
    QVERIFY(domainItem != items.cend());
    // The service replaces the request's item ids and keeps the parent link.
    QCOMPARE(domainItem->parentItemId(), hostingItem->itemId());
    QCOMPARE(
        domainItem->meta().value(QLatin1String("action")).toString(), QStringLiteral("transfer"));
    QCOMPARE(
        domainItem->meta().value(QLatin1String("epp")).toString(), QStringLiteral("zxcvbn133add!"));
    QCOMPARE(hostingItem->meta().value(QLatin1String("hostname")).toString(),
        QStringLiteral("example-order.com"));
    QVERIFY(hostingItem->price().value_or(0) > 0);
}

void CommandsTest::certificateOrder()
{
    CatalogQuery query;
    query.storeId = 6;
    ApiReply *catalogReply = finish(m_commands->catalog(query));
    VERIFY_OK(catalogReply);
    const auto catalog = parseRecord<Catalog>(catalogReply->data());
    QVERIFY(catalog);
    // Finds an orderable node whose product is an SSL certificate.
    std::optional<CatalogNode> sslNode;
    QList<CatalogNode> pending = catalog->nodes();
    while (!pending.isEmpty() && !sslNode) {
        const CatalogNode node = pending.takeFirst();
        const std::optional<CatalogProduct> product
            = catalog->product(node.productId().value_or(0));
        if (product && product->type() == u"ssl" && !node.prices(QStringLiteral("order")).isEmpty())
            sslNode = node;
        pending.append(node.children());
    }
    QVERIFY(sslNode);

    OrderRequest order = newOrder();
    OrderItemRequest certificate;
    certificate.itemId = QStringLiteral("s");
    certificate.catalogId = sslNode->catalogId();
    certificate.period = 1;
    SslMeta ssl;
    ssl.commonName = QStringLiteral("shop.example.com");
    ssl.approverEmail = QStringLiteral("admin@example.com");
    ssl.organization = QStringLiteral("Example Ltd.");
    ssl.organizationUnit = QStringLiteral("Sales");
    ssl.country = QStringLiteral("US");
    ssl.city = QStringLiteral("Springfield");
    ssl.state = QStringLiteral("Oregon");
    ssl.address = QStringLiteral("123 High Street");
    certificate.setSsl(ssl);
    order.items = { certificate };

    ApiReply *created = finish(m_commands->orderCreate(order));
    VERIFY_OK(created);
    const OrderItem item = parseRecord<OrderResult>(created->data())->order().items().first();
    QCOMPARE(item.metaKey(), QStringLiteral("ssl"));
    QCOMPARE(item.meta().value(QLatin1String("common_name")).toString(),
        QStringLiteral("shop.example.com"));

    ssl.ipType = QStringLiteral("dedicated");
    order.items.first().setSsl(ssl);
    VERIFY_REJECTED(
        finish(m_commands->orderCreate(order)), QStringLiteral("required:items.ssl.ip"));
}

void CommandsTest::payments()
{
    PaymentProcessorQuery processorQuery;
    processorQuery.storeId = 6;
    ApiReply *processors = finish(m_commands->paymentProcessors(processorQuery));
    VERIFY_OK(processors);
    const auto processorList
        = parseKeyedRecords<PaymentProcessor>(processors->data(), QStringLiteral("processors"));
    QVERIFY(processorList);
    QVERIFY(!processorList->isEmpty());

    ApiReply *list = finish(m_commands->paymentList());
    VERIFY_OK(list);
    QVERIFY(parsePage<Payment>(list->data()));

    ApiReply *created = finish(m_commands->orderCreate(newOrder()));
    VERIFY_OK(created);
    const QString orderId = parseRecord<OrderResult>(created->data())->orderId();

    PaymentAddRequest payment;
    payment.orderId = orderId;
    payment.paymentMethod = QStringLiteral("Paypal");
    payment.transactionId = QStringLiteral("TX-1001");
    payment.merchantId = QStringLiteral("manual");
    payment.total = QStringLiteral("120.00");
    payment.currency = QStringLiteral("USD");
    ApiReply *added = finish(m_commands->paymentAdd(payment));
    VERIFY_OK(added);
    const auto addResult = parseRecord<PaymentAddResult>(added->data());
    QVERIFY(addResult);
    QCOMPARE(addResult->orderId(), orderId);
    const QString paymentId = addResult->paymentId();

    ApiReply *details = finish(m_commands->paymentDetails(paymentId));
    VERIFY_OK(details);
    const auto stored = parseRecord<Payment>(details->data());
    QVERIFY(stored);
    QCOMPARE(stored->total(), 120.0);
    QCOMPARE(stored->transactionId(), QStringLiteral("TX-1001"));

    payment.orderId = QStringLiteral("NOSUCHORDER00000");
    VERIFY_REJECTED(finish(m_commands->paymentAdd(payment)), QStringLiteral("not_found:order_id"));

    VERIFY_OK(finish(m_commands->paymentDelete(paymentId)));
    VERIFY_REJECTED(
        finish(m_commands->paymentDetails(paymentId)), QStringLiteral("not_found:payment_id"));
    VERIFY_REJECTED(
        finish(m_commands->paymentDelete(paymentId)), QStringLiteral("not_found:payment_id"));
}

void CommandsTest::paymentRequests()
{
    ApiReply *created = finish(m_commands->orderCreate(newOrder()));
    VERIFY_OK(created);
    const QString orderId = parseRecord<OrderResult>(created->data())->orderId();

    PaymentProcessorQuery processorQuery;
    processorQuery.storeId = 6;
    ApiReply *processors = finish(m_commands->paymentProcessors(processorQuery));
    VERIFY_OK(processors);
    const auto processorList
        = parseKeyedRecords<PaymentProcessor>(processors->data(), QStringLiteral("processors"));
    QVERIFY(processorList);
    const auto paypal = std::find_if(processorList->cbegin(), processorList->cend(),
        [](const PaymentProcessor &p) { return p.name() == u"PayPal"; });
    QVERIFY(paypal != processorList->cend());

    PaymentRequestCreateRequest request;
    request.orderId = orderId;
    request.amount = QStringLiteral("100");
    request.currency = QStringLiteral("USD");
    request.paymentMethod = paypal->slug().isEmpty()
        ? QStringLiteral("PayPal:%1").arg(paypal->processorId().value_or(0))
        : paypal->slug();
    ApiReply *intent = finish(m_commands->paymentRequestCreate(request));
    VERIFY_OK(intent);
    const auto paymentRequest
        = parseRecord<PaymentRequest>(intent->data(), QStringLiteral("payment_request"));
    QVERIFY(paymentRequest);
    QCOMPARE(paymentRequest->orderId(), orderId);
    QCOMPARE(paymentRequest->originalAmount(), 100.0);

    ApiReply *details = finish(m_commands->paymentRequestDetails(paymentRequest->id().value_or(0)));
    VERIFY_OK(details);
    const auto stored
        = parseRecord<PaymentRequest>(details->data(), QStringLiteral("payment_request"));
    QVERIFY(stored);
    QCOMPARE(stored->id(), paymentRequest->id());
    QCOMPARE(stored->order().orderId(), orderId);

    request.paymentMethod = QStringLiteral("NoSuchProcessor:1");
    VERIFY_REJECTED(finish(m_commands->paymentRequestCreate(request)),
        QStringLiteral("invalid:payment_method"));
    VERIFY_REJECTED(
        finish(m_commands->paymentRequestDetails(999999999)), QStringLiteral("not_found:id"));
}

void CommandsTest::ticketReads()
{
    ListQuery query;
    query.addFilter(QStringLiteral("status"), FilterCondition::In,
        QJsonArray { QStringLiteral("answered"), QStringLiteral("active") });
    ApiReply *list = finish(m_commands->ticketList(query));
    VERIFY_OK(list);
    const auto page = parsePage<Ticket>(list->data());
    QVERIFY(page);
    QVERIFY(!page->items.isEmpty());

    ApiReply *details = finish(m_commands->ticketDetails(935470));
    VERIFY_OK(details);
    const auto ticket = parseRecord<Ticket>(details->data(), QStringLiteral("ticket"));
    QVERIFY(ticket);
    QCOMPARE(ticket->id(), 935470);
    QVERIFY(!ticket->messages().isEmpty());
    const QList<TicketAttachmentInfo> attachments
        = ticket->messages().first().questionAttachments();
    QVERIFY(!attachments.isEmpty());
    VERIFY_REJECTED(finish(m_commands->ticketDetails(999999999)), QStringLiteral("not_found:id"));

    ApiReply *download = finish(m_commands->ticketAttachment(
        attachments.first().id().value_or(0), AttachmentSide::Question));
    VERIFY_OK(download);
    const auto attachment = parseRecord<TicketAttachment>(download->data());
    QVERIFY(attachment);
    QString problem;
    const std::optional<QByteArray> bytes = attachment->decodeData(&problem);
    QVERIFY2(bytes, qPrintable(problem));
    QVERIFY(!bytes->isEmpty());
    VERIFY_REJECTED(finish(m_commands->ticketAttachment(999999999, AttachmentSide::Answer)),
        QStringLiteral("not_found:attachment_id"));
}

void CommandsTest::ticketWrites()
{
    TicketPostRequest ticket;
    ticket.domain = QStringLiteral("example.com");
    ticket.subject = QStringLiteral("Mail quota");
    ticket.question = QStringLiteral("How do I raise the mailbox quota?");
    ticket.username = QStringLiteral("exampleusername");
    ticket.attachments = { { QStringLiteral("quota.txt"), QStringLiteral("text/plain"),
        QByteArray("quota: 1 GB\n") } };

    ApiReply *posted = finish(m_commands->ticketPost(ticket));
    if (!posted->isOk() && posted->error().hasCode(QStringLiteral("invalid:ticket.user"))) {
        // Earlier threads with unread operator responses block a new ticket until they are read.
        for (const ApiMessage &message : posted->error().messages) {
            const QJsonArray unread = message.params.value(QLatin1String("ticket_ids")).toArray();
            for (const QJsonValue &id : unread)
                VERIFY_OK(finish(m_commands->ticketDetails(id.toString().toLongLong())));
        }
        posted = finish(m_commands->ticketPost(ticket));
    }
    VERIFY_OK(posted);
    const auto created = parseRecord<CreatedRecord>(posted->data());
    QVERIFY(created);
    const qlonglong ticketId = created->id().value_or(0);
    QVERIFY(ticketId > 0);

    TicketPostRequest wrongDomain = ticket;
    wrongDomain.domain = QStringLiteral("not-this-account.example");
    VERIFY_REJECTED(
        finish(m_commands->ticketPost(wrongDomain)), QStringLiteral("invalid:ticket.domain"));

    // The simulated operator responds on the next call (operatorReplyDelayMs is 0), after
    // which the thread takes a reply.
    ApiReply *details = finish(m_commands->ticketDetails(ticketId));
    VERIFY_OK(details);
    const auto thread = parseRecord<Ticket>(details->data(), QStringLiteral("ticket"));
    QVERIFY(thread);
    QCOMPARE(thread->messages().size(), 1);
    QCOMPARE(thread->messages().first().questionAttachments().size(), 1);

    TicketReplyRequest reply;
    reply.ticketId = ticketId;
    reply.question = QStringLiteral("Thanks, and for the second mailbox?");
    ApiReply *replied = finish(m_commands->ticketReply(reply));
    VERIFY_OK(replied);
    QVERIFY(parseRecord<CreatedRecord>(replied->data())->id().value_or(0) > 0);

    reply.ticketId = 999999999;
    VERIFY_REJECTED(finish(m_commands->ticketReply(reply)), QStringLiteral("not_found:ticket.id"));
}

void CommandsTest::replyBeforeAnswerRejected()
{
    // A sandbox whose operator takes a minute, so a new thread still waits for the response.
    SandboxHost slowHost;
    SandboxOptions options;
    options.operatorReplyDelayMs = 60000;
    QString problem;
    QVERIFY2(slowHost.start(options, &problem), qPrintable(problem));
    ConnectionSettings settings;
    settings.baseUrl = slowHost.url();
    settings.token = slowHost.token();
    ApiClient client(settings);
    ApiCommands commands(&client);

    TicketPostRequest ticket;
    ticket.domain = QStringLiteral("example.com");
    ticket.subject = QStringLiteral("DNS change");
    ticket.question = QStringLiteral("Please point www to the new server.");
    ticket.username = QStringLiteral("exampleusername");
    ApiReply *posted = finish(commands.ticketPost(ticket));
    VERIFY_OK(posted);
    const qlonglong ticketId = parseRecord<CreatedRecord>(posted->data())->id().value_or(0);

    ApiReply *details = finish(commands.ticketDetails(ticketId));
    VERIFY_OK(details);
    QVERIFY(!parseRecord<Ticket>(details->data(), QStringLiteral("ticket"))->canReply());

    TicketReplyRequest reply;
    reply.ticketId = ticketId;
    reply.question = QStringLiteral("Any news?");
    VERIFY_REJECTED(finish(commands.ticketReply(reply)), QStringLiteral("invalid:ticket.id"));
}

void CommandsTest::supportAccounts()
{
    ApiReply *accounts = finish(m_commands->ticketAccountList());
    VERIFY_OK(accounts);
    const auto usernames = parseStringList(accounts->data());
    QVERIFY(usernames);
    QVERIFY(usernames->contains(QStringLiteral("exampleuser")));

    ApiReply *domains = finish(m_commands->ticketAccountDomains(QStringLiteral("exampleusername")));
    VERIFY_OK(domains);
    const auto domainList = parseStringList(domains->data());
    QVERIFY(domainList);
    QVERIFY(domainList->contains(QStringLiteral("example.com")));
    ApiReply *defaultDomains = finish(m_commands->ticketAccountDomains());
    VERIFY_OK(defaultDomains);
    QVERIFY(parseStringList(defaultDomains->data()));
    VERIFY_REJECTED(finish(m_commands->ticketAccountDomains(QStringLiteral("nobody-here"))),
        QStringLiteral("not_found:username"));

    ApiReply *user = finish(m_commands->ticketUser(QStringLiteral("exampleuser")));
    VERIFY_OK(user);
    const auto account = parseRecord<SupportAccount>(user->data(), QStringLiteral("user"));
    QVERIFY(account);
    QCOMPARE(account->name(), QStringLiteral("Jane Doe"));
    VERIFY_REJECTED(finish(m_commands->ticketUser(QStringLiteral("nobody-here"))),
        QStringLiteral("not_found:username"));

    ApiReply *good = finish(
        m_commands->ticketAuth(QStringLiteral("exampleuser"), QStringLiteral("example_password")));
    VERIFY_OK(good);
    const auto accepted = parseRecord<TicketAuthResult>(good->data());
    QVERIFY(accepted);
    QVERIFY(accepted->isAuthenticated());
    QCOMPARE(accepted->user().username(), QStringLiteral("exampleuser"));

    ApiReply *bad = finish(
        m_commands->ticketAuth(QStringLiteral("exampleuser"), QStringLiteral("wrong-password")));
    VERIFY_OK(bad);
    QVERIFY(!parseRecord<TicketAuthResult>(bad->data())->isAuthenticated());
}

void CommandsTest::storeTokenRejected()
{
    // Ticket and video commands need a reseller-level token.
    ConnectionSettings settings = m_client->settings();
    settings.token = m_storeToken;
    ApiClient storeClient(settings);
    ApiCommands store(&storeClient);
    ApiReply *tickets = finish(store.ticketList());
    QCOMPARE(tickets->error().kind, ApiError::Kind::Api);
    ApiReply *video = finish(store.videoListLocations());
    QCOMPARE(video->error().kind, ApiError::Kind::Api);
    ApiReply *accounts = finish(store.accountList());
    VERIFY_OK(accounts);
}

void CommandsTest::video()
{
    ApiReply *locations = finish(m_commands->videoListLocations());
    VERIFY_OK(locations);
    const auto list = parseKeyedRecords<VideoLocation>(locations->data());
    QVERIFY(list);
    QCOMPARE(list->size(), 6);

    ApiReply *room = finish(m_commands->videoCreateRoom(
        QStringLiteral("meet-us.suresupport.com"), QStringLiteral("team-sync_2")));
    VERIFY_OK(room);
    const auto url = parseUrl(room->data());
    QVERIFY(url);
    const VideoRoom created { *url };
    QCOMPARE(created.location(), QStringLiteral("meet-us.suresupport.com"));
    QCOMPARE(created.room(), QStringLiteral("team-sync_2"));

    VERIFY_REJECTED(finish(m_commands->videoCreateRoom(
                        QStringLiteral("meet.example.com"), QStringLiteral("team"))),
        QStringLiteral("invalid:location"));
}

QTEST_GUILESS_MAIN(CommandsTest)
#include "tst_commands.moc"
