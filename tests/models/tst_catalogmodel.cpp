// CatalogModel against the sandbox's catalog over loopback HTTP, checked by
// QAbstractItemModelTester, and OrderDraft totals against the totals order-create returns.

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"
#include "models/orderdraft.h"
#include "sandbox/sandboxhost.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;

class TestCatalogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeFromSandbox();
    void groupsAndChildren();
    void pricesPerPeriod();
    void cachedWithinTtl();
    void displayCurrency();
    void unknownStoreFails();
    void draftTotalMatchesSandbox_data();
    void draftTotalMatchesSandbox();
    void draftRoundTrip();
    void draftUnreadableFile();

private:
    bool loadCatalog(Models::CatalogModel *model);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::ApiCommands> m_commands;
    qlonglong m_storeId = 0;
};

void TestCatalogModel::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString problem;
    QVERIFY2(m_sandbox->start(Sandbox::SandboxOptions(), &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = std::make_unique<Api::ApiClient>(settings);
    m_commands = std::make_unique<Api::ApiCommands>(m_client.get());

    std::unique_ptr<Api::ApiReply> reply(m_commands->storeList());
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    const auto stores = Api::RecordParsing::parsePage<Api::Store>(reply->data());
    QVERIFY(stores && !stores->items.isEmpty());
    m_storeId = stores->items.first().id().value_or(0);
}

bool TestCatalogModel::loadCatalog(Models::CatalogModel *model)
{
    QSignalSpy loaded(model, &Models::CatalogModel::loaded);
    model->load(m_commands.get(), m_storeId);
    return loaded.count() == 1 || loaded.wait(10000);
}

void TestCatalogModel::treeFromSandbox()
{
    Models::CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadCatalog(&model));
    QVERIFY(model.isLoaded());
    QCOMPARE(model.storeCurrency(), QStringLiteral("USD"));
    // Six hosting plans, seven standalone domains, two certificates and one custom product.
    QCOMPARE(model.rowCount(), 16);
    const QModelIndex economy = model.index(0, 0);
    QCOMPARE(economy.data().toString(), QStringLiteral("Economy"));
    QCOMPARE(economy.data(Models::CatalogModel::CatalogIdRole).toLongLong(), 1);
    QCOMPARE(
        economy.data(Models::CatalogModel::ProductTypeRole).toString(), QStringLiteral("hosting"));
    QVERIFY(model.index(0, Models::CatalogModel::TypeColumn).data().toString().contains(u" in "));
    QVERIFY(!model.orderData().countries().isEmpty());
    QVERIFY(!model.orderData().tlds().isEmpty());
}

void TestCatalogModel::groupsAndChildren()
{
    Models::CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadCatalog(&model));
    const QModelIndex group = model.indexOf(2);
    QVERIFY(group.isValid());
    QCOMPARE(group.data(Models::CatalogModel::IsGroupRole).toBool(), true);
    QCOMPARE(model.parent(group), model.indexOf(1));
    QCOMPARE(model.rowCount(group), 7);
    QCOMPARE(model.index(0, 0, group).data(Models::CatalogModel::CatalogIdRole).toLongLong(), 3);
    // The .com domain of the group is sold with the plan above the group.
    QCOMPARE(model.ownerId(3), std::optional<qlonglong>(1));
    QCOMPARE(model.ownerId(11), std::optional<qlonglong>(1));
    QCOMPARE(model.ownerId(1), std::nullopt);
    const QModelIndex parking = model.indexOf(21);
    QVERIFY(model.index(parking.row(), Models::CatalogModel::LimitColumn, parking.parent())
                .data()
                .toString()
                .contains(QStringLiteral("packages 1, 2, 3")));
    QCOMPARE(model.findTopLevel(QStringLiteral("com")), std::optional<qlonglong>(30));
    QCOMPARE(model.findTopLevel(QStringLiteral("business"), QStringLiteral("neterra")),
        std::optional<qlonglong>(401));
}

void TestCatalogModel::pricesPerPeriod()
{
    Models::CatalogModel model;
    QVERIFY(loadCatalog(&model));
    // The reference's Economy prices.
    QCOMPARE(model.unitPrice(1, QStringLiteral("order"), 1), std::optional<double>(72));
    QCOMPARE(model.unitPrice(1, QStringLiteral("order"), 2), std::optional<double>(129.6));
    QCOMPARE(model.unitPrice(1, QStringLiteral("renewal"), 1), std::optional<double>(57.6));
    // Upgrades are charged at order prices.
    QCOMPARE(model.unitPrice(1, QStringLiteral("upgrade"), 1), std::optional<double>(72));
    QCOMPARE(model.unitPrice(3, QStringLiteral("order"), 1), std::optional<double>(8.38));
    QCOMPARE(model.periods(1, QStringLiteral("order")), (QList<int> { 1, 2 }));
    // The Business plans' 2-year order price is disabled.
    QCOMPARE(model.periods(301, QStringLiteral("order")), (QList<int> { 1 }));
    QCOMPARE(model.unitPrice(1, QStringLiteral("order"), 7), std::nullopt);
    const QString text = model.index(0, Models::CatalogModel::OrderPriceColumn).data().toString();
    QVERIFY2(text.contains(QStringLiteral("72.00 USD")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("129.60 USD")), qPrintable(text));
}

void TestCatalogModel::cachedWithinTtl()
{
    Models::CatalogModel model;
    QVERIFY(loadCatalog(&model));
    QVERIFY(model.isFresh());
    QSignalSpy loaded(&model, &Models::CatalogModel::loaded);
    model.load(m_commands.get(), m_storeId);
    // Fresh data is reused: loaded() at once and no request.
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!model.isLoading());
    model.load(m_commands.get(), m_storeId, true);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
}

void TestCatalogModel::displayCurrency()
{
    Models::CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadCatalog(&model));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplayCurrency(QStringLiteral("EUR"), 0.9);
    QVERIFY(changed.count() > 0);
    QCOMPARE(model.formatAmount(72), QStringLiteral("64.80 EUR"));
    QVERIFY(model.index(0, Models::CatalogModel::OrderPriceColumn)
                .data()
                .toString()
                .contains(QStringLiteral("64.80 EUR")));
    model.setDisplayCurrency({}, 1.0);
    QCOMPARE(model.formatAmount(72), QStringLiteral("72.00 USD"));
}

void TestCatalogModel::unknownStoreFails()
{
    Models::CatalogModel model;
    QSignalSpy failed(&model, &Models::CatalogModel::loadFailed);
    model.load(m_commands.get(), 987654);
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<Api::ApiError>();
    QVERIFY(error.hasCode(QStringLiteral("not_found:store_id")));
    QVERIFY(!model.isLoaded());
}

void TestCatalogModel::draftTotalMatchesSandbox_data()
{
    QTest::addColumn<qlonglong>("catalogId");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("quantity");
    QTest::newRow("economy 2 years") << qlonglong(1) << 2 << 1;
    QTest::newRow("parking package") << qlonglong(21) << 1 << 5;
    QTest::newRow("custom") << qlonglong(0) << 1 << 3;
}

void TestCatalogModel::draftTotalMatchesSandbox()
{
    QFETCH(qlonglong, catalogId);
    QFETCH(int, period);
    QFETCH(int, quantity);
    Models::CatalogModel model;
    QVERIFY(loadCatalog(&model));
    Models::OrderDraft draft;
    draft.storeId = m_storeId;
    draft.contact = QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Ann") },
        { QStringLiteral("lastname"), QStringLiteral("Lee") },
        { QStringLiteral("address"), QStringLiteral("1 Main St") },
        { QStringLiteral("city"), QStringLiteral("Vancouver") },
        { QStringLiteral("state"), QStringLiteral("BC") },
        { QStringLiteral("zip"), QStringLiteral("V5H 3Z7") },
        { QStringLiteral("country"), QStringLiteral("CA") },
        { QStringLiteral("email"), QStringLiteral("ann@example.com") },
        { QStringLiteral("phone_country"), QStringLiteral("CA") },
        { QStringLiteral("phone"), QStringLiteral("965832823") } };
    Models::DraftItem plan;
    plan.key = draft.nextKey();
    plan.catalogId = 1;
    plan.period = catalogId == 1 ? period : 1;
    plan.fields.insert(QStringLiteral("hosting.hostname"), QStringLiteral("draft-total.com"));
    draft.items.append(plan);
    Models::DraftItem item;
    item.key = draft.nextKey();
    item.period = period;
    item.quantity = quantity;
    if (catalogId == 0) {
        item.action = QStringLiteral("purchase");
        item.fields.insert(QStringLiteral("purchase.items"), QStringLiteral("Setup"));
        item.fields.insert(QStringLiteral("price"), QStringLiteral("12.35"));
        draft.items.append(item);
    } else if (catalogId != 1) {
        item.catalogId = catalogId;
        item.parentKey = plan.key;
        draft.items.append(item);
    }
    const std::optional<double> total = draft.total(model);
    QVERIFY(total);

    std::unique_ptr<Api::ApiReply> reply(m_commands->orderCreate(draft.toRequest(model)));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    const auto result = Api::RecordParsing::parseRecord<Api::OrderResult>(reply->data());
    QVERIFY(result);
    QCOMPARE(result->total(), total);
}

void TestCatalogModel::draftRoundTrip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Models::OrderDraft draft;
    draft.storeId = 16;
    draft.clientResellerId = 74710;
    draft.contact.insert(QStringLiteral("email"), QStringLiteral("a@example.com"));
    Models::DraftItem item;
    item.key = QStringLiteral("1");
    item.catalogId = 30;
    item.action = QStringLiteral("renewal");
    item.resourceId = 42;
    item.period = 2;
    item.fields.insert(QStringLiteral("domain.sld"), QStringLiteral("example"));
    draft.items.append(item);
    const QString path = folder.filePath(QStringLiteral("sub/draft.json"));
    QString message;
    QVERIFY2(draft.save(path, &message), qPrintable(message));
    const std::optional<Models::OrderDraft> loaded = Models::OrderDraft::load(path, &message);
    QVERIFY2(loaded, qPrintable(message));
    QCOMPARE(loaded->toJson(), draft.toJson());
    QCOMPARE(loaded->items.first().resourceId, std::optional<qlonglong>(42));
    QCOMPARE(loaded->nextKey(), QStringLiteral("2"));
}

void TestCatalogModel::draftUnreadableFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("draft.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    QString message;
    QVERIFY(!Models::OrderDraft::load(path, &message));
    QVERIFY2(message.contains(QStringLiteral("draft.json")), qPrintable(message));
    QVERIFY(!Models::OrderDraft::load(folder.filePath(QStringLiteral("missing.json"))));
}

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
