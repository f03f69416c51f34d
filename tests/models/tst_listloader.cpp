// ListLoader filling EntityTableModels from the sandbox over loopback HTTP, compared with
// direct api calls for the same queries.

#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/quickfilterproxymodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "sandbox/sandboxhost.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::Entity;
using Models::EntityTableModel;
using Models::ListLoader;

class TestListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEntity_data();
    void loadsEntity();
    void filteredLoad();
    void restartDropsOldPages();
    void cancelKeepsRows();
    void deadServerFails();
    void sandboxSortRoles();
    void quickFilterOnSandbox();

private:
    // Fetches every item of a list command with plain api calls, 100 per page.
    QJsonArray fetchAll(const QString &command, Api::ListQuery query);
    EntityTableModel *createTestedModel(Entity entity);
    QStringList ids(const EntityTableModel &model) const;
    static QStringList ids(const QJsonArray &items, const QString &idProperty);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
};

void TestListLoader::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.scale = 400;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);
}

QJsonArray TestListLoader::fetchAll(const QString &command, Api::ListQuery query)
{
    QJsonArray items;
    query.limit = 100;
    for (int page = 1;; ++page) {
        query.page = page;
        std::unique_ptr<Api::ApiReply> reply(m_client->call(command, query.toPayload()));
        QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
        if (!finished.wait(10000) || !reply->isOk()) {
            qWarning() << command << "page" << page << "failed:" << reply->error().userMessage();
            return {};
        }
        const QJsonObject data = reply->data().toObject();
        const QJsonArray pageItems = data.value("data").toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item);
        if (page >= data.value("pages").toVariant().toInt())
            return items;
    }
}

EntityTableModel *TestListLoader::createTestedModel(Entity entity)
{
    auto *model = new EntityTableModel(entity, this);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    return model;
}

QStringList TestListLoader::ids(const EntityTableModel &model) const
{
    QStringList result;
    const int column = model.spec().columnIndex(model.spec().idProperty);
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.cellText(row, column);
    return result;
}

QStringList TestListLoader::ids(const QJsonArray &items, const QString &idProperty)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result << item.toObject().value(idProperty).toVariant().toString();
    return result;
}

void TestListLoader::loadsEntity_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::newRow("accounts") << Entity::Accounts;
    QTest::newRow("domains") << Entity::Domains;
    QTest::newRow("orders") << Entity::Orders;
    QTest::newRow("tickets") << Entity::Tickets;
}

void TestListLoader::loadsEntity()
{
    QFETCH(Entity, entity);
    EntityTableModel *model = createTestedModel(entity);
    auto *proxy = new Models::QuickFilterProxyModel(this);
    proxy->setSourceModel(model);
    new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    ListLoader loader(m_client, model);
    // A small page size makes even the demo data span several pages.
    loader.setPageSize(37);
    QSignalSpy finished(&loader, &ListLoader::finished);
    QSignalSpy progress(&loader, &ListLoader::progress);
    QSignalSpy failed(&loader, &ListLoader::failed);
    loader.start({});
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!loader.isLoading());

    const QJsonArray expected = fetchAll(model->spec().listCommand, {});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->rowCount(), expected.size());
    QCOMPARE(finished.at(0).at(0).toInt(), expected.size());
    // Pages reach the model in page order, so the rows keep the service's order.
    QCOMPARE(ids(*model), ids(expected, model->spec().idProperty));
    QCOMPARE(proxy->rowCount(), model->rowCount());
    if (expected.size() > 37)
        QVERIFY(progress.count() > 1);
}

void TestListLoader::filteredLoad()
{
    EntityTableModel *model = createTestedModel(Entity::Domains);
    ListLoader loader(m_client, model);
    Api::ListQuery query;
    query.addFilter("days_to_expire", Api::FilterCondition::LessOrEqual, "30");
    QSignalSpy finished(&loader, &ListLoader::finished);
    loader.start(query);
    QVERIFY(finished.wait(20000));

    const QJsonArray expected = fetchAll("domain-list", query);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(*model), ids(expected, "domain_id"));
    const int column = model->spec().columnIndex("days_to_expire");
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, column).data(EntityTableModel::SortRole).toLongLong() <= 30);
}

void TestListLoader::restartDropsOldPages()
{
    EntityTableModel *model = createTestedModel(Entity::Domains);
    ListLoader loader(m_client, model);
    loader.setPageSize(20);
    QSignalSpy finished(&loader, &ListLoader::finished);
    loader.start({});
    Api::ListQuery query;
    query.addFilter("domain", Api::FilterCondition::LikePrefix, "example");
    loader.start(query);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);

    const QJsonArray expected = fetchAll("domain-list", query);
    QCOMPARE(ids(*model), ids(expected, "domain_id"));
    const int column = model->spec().columnIndex("domain");
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->cellText(row, column).startsWith("example"));
    QCOMPARE(finished.count(), 1);
}

void TestListLoader::cancelKeepsRows()
{
    EntityTableModel *model = createTestedModel(Entity::Domains);
    ListLoader loader(m_client, model);
    loader.setPageSize(10);
    QSignalSpy finished(&loader, &ListLoader::finished);
    QSignalSpy progress(&loader, &ListLoader::progress);
    loader.start({});
    QVERIFY(progress.wait(10000));
    loader.cancel();
    QVERIFY(!loader.isLoading());
    const int rows = model->rowCount();
    QVERIFY(rows > 0);
    // A full direct load spins the event loop long enough for cancelled pages to arrive.
    QVERIFY(!fetchAll("domain-list", {}).isEmpty());
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(finished.count(), 0);
}

void TestListLoader::deadServerFails()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    settings.token = QStringLiteral("unused");
    Api::ApiClient client(settings);
    client.setRetryDelaysMs({});
    EntityTableModel *model = createTestedModel(Entity::Accounts);
    ListLoader loader(&client, model);
    QSignalSpy failed(&loader, &ListLoader::failed);
    QSignalSpy finished(&loader, &ListLoader::finished);
    loader.start({});
    QVERIFY(failed.wait(20000));
    const auto error = failed.at(0).at(0).value<Api::ApiError>();
    QCOMPARE(error.kind, Api::ApiError::Kind::Transport);
    QVERIFY(!error.userMessage().isEmpty());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!loader.isLoading());
}

void TestListLoader::sandboxSortRoles()
{
    EntityTableModel *model = createTestedModel(Entity::Accounts);
    ListLoader loader(m_client, model);
    QSignalSpy finished(&loader, &ListLoader::finished);
    loader.start({});
    QVERIFY(finished.wait(20000));
    QVERIFY(model->rowCount() > 0);
    const Models::EntitySpec &spec = model->spec();
    const QModelIndex endDate = model->index(0, spec.columnIndex("end_date"));
    QCOMPARE(endDate.data(EntityTableModel::SortRole).metaType(), QMetaType::fromType<QDateTime>());
    const QModelIndex days = model->index(0, spec.columnIndex("days_to_expire"));
    QCOMPARE(days.data(EntityTableModel::SortRole).metaType(), QMetaType::fromType<qlonglong>());
    const QModelIndex storage = model->index(0, spec.columnIndex("storage_used"));
    QCOMPARE(storage.data(EntityTableModel::SortRole).metaType(), QMetaType::fromType<double>());

    const int column = spec.columnIndex("days_to_expire");
    model->sort(column, Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row) {
        const QVariant previous = model->index(row - 1, column).data(EntityTableModel::SortRole);
        const QVariant current = model->index(row, column).data(EntityTableModel::SortRole);
        if (current.isValid())
            QVERIFY(previous.toLongLong() >= current.toLongLong());
    }
}

void TestListLoader::quickFilterOnSandbox()
{
    EntityTableModel *model = createTestedModel(Entity::Domains);
    Models::QuickFilterProxyModel proxy;
    proxy.setSourceModel(model);
    ListLoader loader(m_client, model);
    QSignalSpy finished(&loader, &ListLoader::finished);
    loader.start({});
    QVERIFY(finished.wait(20000));
    const int domainColumn = model->spec().columnIndex("domain");
    const QString domain = model->cellText(model->rowCount() - 1, domainColumn);
    proxy.setQuickFilter(domain.toUpper());
    QVERIFY(proxy.rowCount() >= 1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, domainColumn).data().toString().contains(domain));
}

QTEST_GUILESS_MAIN(TestListLoader)
#include "tst_listloader.moc"
