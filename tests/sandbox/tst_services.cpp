// certificate-, resource-, client- and service-list/-details and the account relations that
// link to them, over real loopback HTTP.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("services-token");
const QString StoreToken = QStringLiteral("services-store-token");
const QDate Today(2026, 3, 10);

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

QJsonArray items(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("data")][QStringLiteral("data")].toArray();
}

QStringList ids(const QJsonArray &rows, const QString &key)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values.append(row[key].toString());
    return values;
}

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    return keys;
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void certificateListShape();
    void certificateFilters_data();
    void certificateFilters();
    void certificateDetails();
    void certificateRelations();
    void certificateStoreToken();
    void resourceListShape();
    void resourceRelations();
    void resourceDetails();
    void clientList();
    void clientDetails();
    void serviceList();
    void serviceDetails();
    void detailsRejections_data();
    void detailsRejections();
    void accountRelations();

private:
    QJsonObject call(const QString &command, QJsonObject payload, const QString &token = Token);

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestServices::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.today = Today;
    options.storeTokens.insert(QStringLiteral("6"), StoreToken);
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestServices::call(const QString &command, QJsonObject payload, const QString &token)
{
    payload.insert(QStringLiteral("auth_token"), token);
    return m_client->postJson(command, payload);
}

void TestServices::certificateListShape()
{
    const QJsonObject reply = call(QStringLiteral("certificate-list"), {});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QVERIFY(data[QStringLiteral("order_by")].isArray());
    QCOMPARE(data[QStringLiteral("limit")].toInt(), 25);
    QCOMPARE(data[QStringLiteral("count")].toString(), QStringLiteral("5"));
    const QJsonObject first = items(reply).first().toObject();
    // Exactly the reference example's properties: the hidden filters stay out.
    QCOMPARE(sortedKeys(first.keys()),
             sortedKeys({"certificate_id", "resource_id", "service_id", "hostname", "alt_name",
                         "end_date", "days_to_expire", "certificate_type", "provider",
                         "registration_status"}));
    QCOMPARE(first[QStringLiteral("certificate_id")].toString(), QStringLiteral("2023"));
    QVERIFY(first[QStringLiteral("service_id")].isNull());
    QCOMPARE(first[QStringLiteral("days_to_expire")].toString(), QStringLiteral("486"));
    QCOMPARE(first[QStringLiteral("end_date")].toString(), QStringLiteral("2027-07-09 04:24:03"));
}

void TestServices::certificateFilters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    // Only alternative names contain "www.", so this finds them through alt_name.
    QTest::newRow("hostnames anywhere") << "hostnames:%like%" << "www."
                                        << QStringList{"2025", "2027"};
    QTest::newRow("hosted") << "hosted" << "1" << QStringList{"2024", "2025"};
    QTest::newRow("not hosted") << "hosted:!" << "1" << QStringList{"2023", "2026", "2027"};
    QTest::newRow("provider") << "provider" << "foreign" << QStringList{"2025"};
    QTest::newRow("installed at account") << "account_id" << "81314"
                                          << QStringList{"2024", "2025"};
    QTest::newRow("expiring") << "days_to_expire:<=" << "30"
                              << QStringList{"2025", "2026", "2027"};
    QTest::newRow("hostname prefix") << "hostname:like%" << "test." << QStringList{"2024"};
    QTest::newRow("altname as in the example") << "altname:like%" << "www."
                                               << QStringList{"2025", "2027"};
}

void TestServices::certificateFilters()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    const QJsonObject reply = call(QStringLiteral("certificate-list"),
                                   {{QStringLiteral("filter"), QJsonObject{{key, value}}}});
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    QCOMPARE(ids(items(reply), QStringLiteral("certificate_id")), expected);
}

void TestServices::certificateDetails()
{
    const QJsonObject reply = call(QStringLiteral("certificate-details"),
                                   {{QStringLiteral("certificate_id"), QStringLiteral("2023")}});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(sortedKeys(data.keys()),
             sortedKeys({"id", "resource_id", "root_id", "hostname", "alt_name", "status",
                         "certificate_type", "start_date", "end_date", "approver_email",
                         "country", "city", "state", "organization", "organization_unit", "zip",
                         "address"}));
    QCOMPARE(data[QStringLiteral("id")].toString(), QStringLiteral("2023"));
    QCOMPARE(data[QStringLiteral("status")].toString(), QStringLiteral("processing"));
    QVERIFY(data[QStringLiteral("root_id")].isNull());
    QCOMPARE(data[QStringLiteral("approver_email")].toString(), QStringLiteral("admin@example.com"));
}

void TestServices::certificateRelations()
{
    const QJsonObject reply = call(QStringLiteral("certificate-list"),
                                   {{QStringLiteral("filter"),
                                     QJsonObject{{QStringLiteral("certificate_id"), QStringLiteral("2024")}}},
                                    {QStringLiteral("with"),
                                     QJsonArray{QStringLiteral("services"), QStringLiteral("details")}}});
    const QJsonObject item = items(reply).first().toObject();
    QCOMPARE(item[QStringLiteral("services")][0][QStringLiteral("username")].toString(),
             QStringLiteral("test2020"));
    QCOMPARE(item[QStringLiteral("details")][QStringLiteral("status")].toString(), QStringLiteral("ok"));
    const QJsonObject details = call(QStringLiteral("certificate-details"),
                                     {{QStringLiteral("certificate_id"), QStringLiteral("2023")},
                                      {QStringLiteral("with"), QJsonArray{QStringLiteral("services")}}});
    QCOMPARE(details[QStringLiteral("data")][QStringLiteral("services")].toArray().size(), 0);
}

void TestServices::certificateStoreToken()
{
    const QJsonObject list = call(QStringLiteral("certificate-list"), {}, StoreToken);
    QCOMPARE(list[QStringLiteral("data")][QStringLiteral("count")].toString(), QStringLiteral("4"));
    // Certificate 2027 belongs to store 16.
    QCOMPARE(firstCode(call(QStringLiteral("certificate-details"),
                            {{QStringLiteral("certificate_id"), QStringLiteral("2027")}}, StoreToken)),
             QStringLiteral("not_found:certificate_id"));
}

void TestServices::resourceListShape()
{
    const QJsonObject reply = call(QStringLiteral("resource-list"),
                                   {{QStringLiteral("filter"),
                                     QJsonObject{{QStringLiteral("display_name:like%"),
                                                  QStringLiteral("test2020")}}}});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("order_by")].toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("desc")}}));
    QCOMPARE(data[QStringLiteral("limit")].toInt(), 50);
    const QStringList found = ids(items(reply), QStringLiteral("id"));
    QVERIFY2(found.contains(QStringLiteral("139951")), qPrintable(found.join(u',')));
    QJsonObject account;
    for (const QJsonValue &item : items(reply)) {
        if (item[QStringLiteral("id")].toString() == u"139951")
            account = item.toObject();
    }
    QCOMPARE(sortedKeys(account.keys()),
             sortedKeys({"id", "parent_id", "store_id", "client_reseller_id", "catalog_id",
                         "product_id", "periodicity", "resource", "resource_unit", "quantity",
                         "start_date", "end_date", "root_id", "parent_type", "parent_product",
                         "display_name", "display_name_idn", "account_id", "product_type",
                         "product", "datacenter_id", "datacenter"}));
    QCOMPARE(account[QStringLiteral("display_name")].toString(),
             QStringLiteral("test2020:s801.sureserver.com:example.org"));
    QCOMPARE(account[QStringLiteral("product_type")].toString(), QStringLiteral("hosting"));
    QVERIFY(account[QStringLiteral("parent_id")].isNull());
}

void TestServices::resourceRelations()
{
    const QJsonObject domain = call(QStringLiteral("resource-details"),
                                    {{QStringLiteral("id"), QStringLiteral("137114")},
                                     {QStringLiteral("with"),
                                      QJsonArray{QStringLiteral("domain"), QStringLiteral("parent"),
                                                 QStringLiteral("parent_account"),
                                                 QStringLiteral("client"), QStringLiteral("account")}}});
    const QJsonObject data = domain[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("product_type")].toString(), QStringLiteral("domain"));
    QCOMPARE(data[QStringLiteral("domain")][QStringLiteral("domain")].toString(),
             QStringLiteral("example.org"));
    QCOMPARE(data[QStringLiteral("parent")][QStringLiteral("id")].toString(), QStringLiteral("139951"));
    QCOMPARE(data[QStringLiteral("parent_account")][QStringLiteral("username")].toString(),
             QStringLiteral("test2020"));
    QCOMPARE(data[QStringLiteral("client")][QStringLiteral("name")].toString(),
             QStringLiteral("John Doe"));
    // A domain resource is no hosting account.
    QVERIFY(data[QStringLiteral("account")].isNull());
}

void TestServices::resourceDetails()
{
    const QJsonObject reply = call(QStringLiteral("resource-details"),
                                   {{QStringLiteral("id"), QStringLiteral("138679")},
                                    {QStringLiteral("with"),
                                     QJsonArray{QStringLiteral("service"), QStringLiteral("ip")}}});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("product")].toString(), QStringLiteral("advanced_security"));
    QCOMPARE(data[QStringLiteral("service")][QStringLiteral("id")].toString(), QStringLiteral("12"));
    QVERIFY(data[QStringLiteral("ip")].isNull());
}

void TestServices::clientList()
{
    const QJsonObject reply = call(QStringLiteral("client-list"),
                                   {{QStringLiteral("filter"),
                                     QJsonObject{{QStringLiteral("email:like%"), QStringLiteral("john@")}}},
                                    {QStringLiteral("with"), QJsonArray{QStringLiteral("resources")}}});
    QVERIFY(reply[QStringLiteral("data")][QStringLiteral("order_by")].isArray());
    const QJsonObject client = items(reply).first().toObject();
    QCOMPARE(client[QStringLiteral("id")].toString(), QStringLiteral("74898"));
    QCOMPARE(client[QStringLiteral("user")].toString(), QStringLiteral("client20169"));
    QVERIFY(client[QStringLiteral("last_login")].isNull());
    QVERIFY(ids(client[QStringLiteral("resources")].toArray(), QStringLiteral("id"))
                .contains(QStringLiteral("139951")));
    // Generated account owners are clients too.
    const QJsonObject all = call(QStringLiteral("client-list"), {});
    QVERIFY(all[QStringLiteral("data")][QStringLiteral("count")].toString().toInt() > 3);
}

void TestServices::clientDetails()
{
    const QJsonObject reply = call(QStringLiteral("client-details"),
                                   {{QStringLiteral("id"), QStringLiteral("74898")}});
    QCOMPARE(reply[QStringLiteral("data")][QStringLiteral("vendor_store_id")].toString(),
             QStringLiteral("6"));
    // Client 73245 buys in store 16.
    QCOMPARE(firstCode(call(QStringLiteral("client-details"),
                            {{QStringLiteral("id"), QStringLiteral("73245")}}, StoreToken)),
             QStringLiteral("not_found:id"));
}

void TestServices::serviceList()
{
    const QJsonObject reply = call(QStringLiteral("service-list"),
                                   {{QStringLiteral("filter"),
                                     QJsonObject{{QStringLiteral("account_hostname:like%"),
                                                  QStringLiteral("example")}}}});
    const QJsonObject service = items(reply).first().toObject();
    QCOMPARE(sortedKeys(service.keys()),
             sortedKeys({"id", "resource_id", "type", "status", "start_date", "end_date",
                         "account_id", "account_hostname", "product", "client_reseller_id",
                         "server", "username", "account_active"}));
    QCOMPARE(service[QStringLiteral("id")].toString(), QStringLiteral("12"));
    QCOMPARE(service[QStringLiteral("account_hostname")].toString(), QStringLiteral("example.org"));
    QCOMPARE(service[QStringLiteral("username")].toString(), QStringLiteral("test2020"));
    QCOMPARE(service[QStringLiteral("account_active")].toString(), QStringLiteral("running"));
    QCOMPARE(items(call(QStringLiteral("service-list"), {})).size(), 2);
}

void TestServices::serviceDetails()
{
    const QJsonObject reply = call(QStringLiteral("service-details"),
                                   {{QStringLiteral("id"), QStringLiteral("12")},
                                    {QStringLiteral("with"),
                                     QJsonArray{QStringLiteral("resource"), QStringLiteral("account"),
                                                QStringLiteral("service_data")}}});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(data[QStringLiteral("resource")][QStringLiteral("id")].toString(), QStringLiteral("138679"));
    QCOMPARE(data[QStringLiteral("account")][QStringLiteral("account_id")].toString(),
             QStringLiteral("81314"));
    QVERIFY(data[QStringLiteral("service_data")].isObject());
}

void TestServices::detailsRejections_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("existing");
    QTest::newRow("certificate") << "certificate-details" << "certificate_id" << "2023";
    QTest::newRow("resource") << "resource-details" << "id" << "139951";
    QTest::newRow("client") << "client-details" << "id" << "74898";
    QTest::newRow("service") << "service-details" << "id" << "12";
}

void TestServices::detailsRejections()
{
    QFETCH(QString, command);
    QFETCH(QString, parameter);
    QFETCH(QString, existing);
    QCOMPARE(firstCode(call(command, {})), QStringLiteral("required:") + parameter);
    QCOMPARE(firstCode(call(command, {{parameter, QStringLiteral("12a")}})),
             QStringLiteral("invalid:") + parameter);
    QCOMPARE(firstCode(call(command, {{parameter, QStringLiteral("999999999")}})),
             QStringLiteral("not_found:") + parameter);
    QCOMPARE(firstCode(call(command, {{parameter, existing},
                                      {QStringLiteral("with"), QJsonArray{QStringLiteral("nothing")}}})),
             QStringLiteral("invalid:with"));
}

void TestServices::accountRelations()
{
    const QJsonObject reply = call(
        QStringLiteral("account-details"),
        {{QStringLiteral("account_id"), QStringLiteral("81314")},
         {QStringLiteral("with"),
          QJsonArray{QStringLiteral("registered_certificates"), QStringLiteral("installed_certificates"),
                     QStringLiteral("ip_addresses"), QStringLiteral("notes"),
                     QStringLiteral("services")}}});
    const QJsonObject data = reply[QStringLiteral("data")].toObject();
    QCOMPARE(ids(data[QStringLiteral("registered_certificates")].toArray(),
                 QStringLiteral("certificate_id")),
             (QStringList{"2023", "2024", "2026"}));
    QCOMPARE(ids(data[QStringLiteral("installed_certificates")].toArray(),
                 QStringLiteral("certificate_id")),
             (QStringList{"2024", "2025"}));
    QCOMPARE(data[QStringLiteral("ip_addresses")][0][QStringLiteral("ip")].toString(),
             QStringLiteral("192.0.2.10"));
    QCOMPARE(data[QStringLiteral("notes")].toArray().size(), 2);
    QVERIFY(ids(data[QStringLiteral("services")].toArray(), QStringLiteral("service"))
                .contains(QStringLiteral("advanced_security")));
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
