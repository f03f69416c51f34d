// The records shown in the API reference's examples, with the same ids, names and value
// formats, but with dates moved relative to today so that days_to_expire matches them.
#include "sandbox/datagenerator.h"

#include "sandbox/sandboxschema.h"
#include "sandbox/tablebatch.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVariantHash>

namespace ResellerDesk::Sandbox {

namespace {

QVariantList ordered(const QStringList &columns, const QVariantHash &values)
{
    QVariantList row;
    for (const QString &column : columns)
        row.append(values.value(column));
    return row;
}

QVariantHash exampleOrder(const QString &id, const QString &date)
{
    QVariantHash order = DataGenerator::commonOrderFields();
    order.insert(QVariantHash{
            {QStringLiteral("order_id"), id},
            {QStringLiteral("store_id"), QStringLiteral("16")},
            {QStringLiteral("client_reseller_id"), QStringLiteral("73245")},
            {QStringLiteral("payment_method"), QStringLiteral("PayPal")},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("paid"), QStringLiteral("not_paid")},
            {QStringLiteral("total"), QStringLiteral("12.57")},
            {QStringLiteral("firstname"), QStringLiteral("John")},
            {QStringLiteral("lastname"), QStringLiteral("Doe")},
            {QStringLiteral("company"), QString()},
            {QStringLiteral("job"), QString()},
            {QStringLiteral("address"), QStringLiteral("My Address 1")},
            {QStringLiteral("address2"), QStringLiteral("My Address 2")},
            {QStringLiteral("city"), QStringLiteral("New York City")},
            {QStringLiteral("state"), QStringLiteral("New York City")},
            {QStringLiteral("zip"), QStringLiteral("12345")},
            {QStringLiteral("country"), QStringLiteral("US")},
            {QStringLiteral("email"), QStringLiteral("info@example.com")},
            {QStringLiteral("email2"), QStringLiteral("contact@example.com")},
            {QStringLiteral("phone_country"), QStringLiteral("US")},
            {QStringLiteral("phone"), QStringLiteral("123456789")},
            {QStringLiteral("fax_country"), QString()},
            {QStringLiteral("fax"), QString()},
            {QStringLiteral("referer"),
             QStringLiteral("http://store.example.com/order-hosting/request/OR-CEJTP6GN8B5X")},
            {QStringLiteral("meta"), QString()},
            {QStringLiteral("ip"), QStringLiteral("1.2.3.4")},
            {QStringLiteral("cart_ref"), QString()},
            {QStringLiteral("payment_ref"), QString()},
            {QStringLiteral("new"), QStringLiteral("0")},
            {QStringLiteral("requested"), QStringLiteral("0")},
            {QStringLiteral("canceled"), QStringLiteral("0")},
            {QStringLiteral("provisioned"), QStringLiteral("1")},
            {QStringLiteral("app"), QStringLiteral("API")},
            {QStringLiteral("date"), date},
            {QStringLiteral("store_title"), QStringLiteral("Super Web Hosting")},
            {QStringLiteral("items"), QStringLiteral("order: COM - example.com")}});
    return order;
}

} // namespace

bool DataGenerator::insertExamples(QSqlDatabase &database, QString *errorMessage) const
{
    const QDateTime midnight(m_today, QTime(0, 0), QTimeZone::utc());
    const auto stamp = [&midnight](qint64 days, int hour, int minute, int second) {
        return midnight.addDays(days)
            .addSecs(hour * 3600 + minute * 60 + second)
            .toString(u"yyyy-MM-dd HH:mm:ss");
    };

    TableBatch accounts(QStringLiteral("accounts"), Schema::accountColumns());
    accounts.addRow(ordered(
        Schema::accountColumns(),
        {{QStringLiteral("account_id"), 81314},
         {QStringLiteral("resource_id"), QStringLiteral("139951")},
         {QStringLiteral("username"), QStringLiteral("test2020")},
         {QStringLiteral("server"), QStringLiteral("s801.sureserver.com")},
         {QStringLiteral("datacenter"), QStringLiteral("centurylink")},
         {QStringLiteral("hostname"), QStringLiteral("example.org")},
         {QStringLiteral("billing_status"), QStringLiteral("active")},
         {QStringLiteral("service_status"), QStringLiteral("running")},
         {QStringLiteral("start_date"), stamp(-717, 10, 12, 14)},
         {QStringLiteral("end_date"), stamp(617, 5, 0, 0)},
         {QStringLiteral("plan"), QStringLiteral("economy")},
         {QStringLiteral("storage_used"), QStringLiteral("0.00")},
         {QStringLiteral("traffic_used"), QStringLiteral("0.00")},
         {QStringLiteral("inodes_used"), QStringLiteral("0")},
         {QStringLiteral("cpu_limit_used"), QStringLiteral("0.00")},
         {QStringLiteral("mysql_limit_used"), QStringLiteral("0.00")},
         {QStringLiteral("ssl_status"), QStringLiteral("0")},
         {QStringLiteral("periodicity"), QStringLiteral("YR")},
         {QStringLiteral("product_id"), QStringLiteral("1")},
         {QStringLiteral("product_sku"), QStringLiteral("economy")},
         {QStringLiteral("plan_name"), QStringLiteral("Economy")},
         {QStringLiteral("store_name"), QStringLiteral("Example Store")},
         {QStringLiteral("store_id"), QStringLiteral("6")},
         {QStringLiteral("resold"), QStringLiteral("1")},
         {QStringLiteral("client_reseller_id"), QStringLiteral("74898")},
         {QStringLiteral("firstname"), QStringLiteral("Peter")},
         {QStringLiteral("lastname"), QStringLiteral("Pan")},
         {QStringLiteral("company"), QStringLiteral("None")},
         {QStringLiteral("job"), QString()},
         {QStringLiteral("address"), QStringLiteral("65 New Hosting Str.")},
         {QStringLiteral("address2"), QStringLiteral("House 34")},
         {QStringLiteral("city"), QStringLiteral("Los Angeles")},
         {QStringLiteral("state"), QStringLiteral("California")},
         {QStringLiteral("zip"), QStringLiteral("12345")},
         {QStringLiteral("country"), QStringLiteral("US")},
         {QStringLiteral("email"), QStringLiteral("info@example.org")},
         {QStringLiteral("email2"), QString()},
         {QStringLiteral("phone_country"), QStringLiteral("US")},
         {QStringLiteral("phone"), QStringLiteral("1234567890")},
         {QStringLiteral("fax_country"), QStringLiteral("US")},
         {QStringLiteral("fax"), QStringLiteral("1234567890")}}));

    TableBatch resources(QStringLiteral("account_resources"), Schema::resourceColumns());
    resources.addRow({QStringLiteral("680272"), QStringLiteral("81314"), QStringLiteral("active"),
                      QStringLiteral("storage"), QStringLiteral("1"), QStringLiteral("GB"),
                      QString(), QString()});
    resources.addRow({QStringLiteral("680273"), QStringLiteral("81314"), QStringLiteral("active"),
                      QStringLiteral("traffic"), QStringLiteral("500"), QStringLiteral("GB/MO"),
                      QString(), QString()});

    QVariantHash domain{{QStringLiteral("domain_id"), 121475},
                        {QStringLiteral("domain"), QStringLiteral("example.org")},
                        {QStringLiteral("sld"), QStringLiteral("example")},
                        {QStringLiteral("tld"), QStringLiteral("org")},
                        {QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("idn"), QString()},
                        {QStringLiteral("resource_id"), QStringLiteral("137114")},
                        {QStringLiteral("root_id"), QStringLiteral("139951")},
                        {QStringLiteral("start_date"), stamp(-1043, 5, 28, 33)},
                        {QStringLiteral("end_date"), stamp(422, 5, 28, 33)},
                        {QStringLiteral("product"), QStringLiteral("info")},
                        {QStringLiteral("parent_product"), QStringLiteral("bonus:domain")},
                        {QStringLiteral("account_id"), QStringLiteral("81314")},
                        {QStringLiteral("park_status"), QStringLiteral("standalone")},
                        {QStringLiteral("store_id"), QStringLiteral("6")},
                        {QStringLiteral("ns1"), QStringLiteral("ns1.sureserver.com")},
                        {QStringLiteral("ns2"), QStringLiteral("ns2.sureserver.com")},
                        {QStringLiteral("ns3"), QString()},
                        {QStringLiteral("ns4"), QString()},
                        {QStringLiteral("ns5"), QString()},
                        {QStringLiteral("registrant_firstname"), QStringLiteral("SureSupport")},
                        {QStringLiteral("registrant_lastname"), QStringLiteral("Privacy")},
                        {QStringLiteral("registrant_company"),
                         QStringLiteral("SureSupport Privacy Service")},
                        {QStringLiteral("registrant_jobtitle"), QString()},
                        {QStringLiteral("registrant_address"), QStringLiteral("66 High Street")},
                        {QStringLiteral("registrant_address2"), QString()},
                        {QStringLiteral("registrant_city"), QStringLiteral("Eremia")},
                        {QStringLiteral("registrant_state"), QStringLiteral("California")},
                        {QStringLiteral("registrant_sp_choice"), QString()},
                        {QStringLiteral("registrant_zip"), QStringLiteral("12345")},
                        {QStringLiteral("registrant_country"), QStringLiteral("US")},
                        {QStringLiteral("registrant_email"), QStringLiteral("user@example.com")},
                        {QStringLiteral("registrant_phone"), QStringLiteral("+1.1234567")},
                        {QStringLiteral("registrant_fax"), QStringLiteral("+1.1234567")}};
    TableBatch domains(QStringLiteral("domains"), Schema::domainColumns());
    domains.addRow(ordered(Schema::domainColumns(), domain));

    TableBatch orders(QStringLiteral("orders"), Schema::orderColumns());
    orders.addRow(ordered(Schema::orderColumns(),
                          exampleOrder(QStringLiteral("TCSAG8WWYER4KKDF"), stamp(-2, 14, 2, 7))));
    QVariantHash second = exampleOrder(QStringLiteral("XGQMNJVQN3SEZDDQ"), stamp(-30, 7, 6, 54));
    second.insert(QStringLiteral("total"), QStringLiteral("65.14"));
    second.insert(QStringLiteral("city"), QStringLiteral("Vancouver"));
    second.insert(QStringLiteral("state"), QStringLiteral("British Columbia"));
    second.insert(QStringLiteral("country"), QStringLiteral("CA"));
    second.insert(QStringLiteral("app"), QStringLiteral("WIDGET"));
    second.insert(QStringLiteral("items"), QStringLiteral("order: Economy, USA - example.com"));
    orders.addRow(ordered(Schema::orderColumns(), second));

    TableBatch items(QStringLiteral("order_items"), Schema::orderItemColumns());
    items.addRow(ordered(
        Schema::orderItemColumns(),
        {{QStringLiteral("item_id"), QStringLiteral("JWY3UM6FDZJMPUQC")},
         {QStringLiteral("order_id"), QStringLiteral("XGQMNJVQN3SEZDDQ")},
         {QStringLiteral("product_id"), QStringLiteral("1")},
         {QStringLiteral("catalog_id"), QStringLiteral("1")},
         {QStringLiteral("action"), QStringLiteral("order")},
         {QStringLiteral("item"), QStringLiteral("Economy, USA - example.com")},
         {QStringLiteral("status"), QStringLiteral("new")},
         {QStringLiteral("period"), QStringLiteral("1")},
         {QStringLiteral("quantity"), QStringLiteral("1")},
         {QStringLiteral("price"), QStringLiteral("65.14")},
         {QStringLiteral("currency"), QStringLiteral("USD")},
         {QStringLiteral("updated"), stamp(-30, 7, 6, 54)},
         {QStringLiteral("product_type"), QStringLiteral("hosting")},
         {QStringLiteral("product"), QStringLiteral("economy")},
         {QStringLiteral("periodicity"), QStringLiteral("YR")},
         {QStringLiteral("datacenter"), QStringLiteral("centurylink")},
         {QStringLiteral("resource_unit"), QStringLiteral("COUNT")},
         {QStringLiteral("resource_value"), QStringLiteral("1")},
         {QStringLiteral("date"), stamp(-30, 7, 6, 54)},
         {QStringLiteral("hostname"), QStringLiteral("example.com")}}));

    TableBatch tickets(QStringLiteral("tickets"), Schema::ticketColumns());
    tickets.addRow({935470, QStringLiteral("answered"), QStringLiteral("example.org"),
                    QStringLiteral("exampleuser"), QStringLiteral("PHP Question"),
                    QStringLiteral("ss"), QStringLiteral("en"), QStringLiteral("closed_ticket"),
                    stamp(-1, 8, 49, 44), QVariant(), QStringLiteral("0"),
                    QStringLiteral("Support123"), QStringLiteral("0")});
    TableBatch messages(QStringLiteral("ticket_messages"), Schema::messageColumns());
    messages.addRow({1241144, QStringLiteral("935470"), QStringLiteral("Jane Doe"),
                     QStringLiteral("user@example.com"), QStringLiteral("en"),
                     QStringLiteral("My Wordpress is not working, please check"),
                     QStringLiteral("Hello, all fixed, please check\r\n\r\n\r\n\r\nBest "
                                    "Regards,\r\nSupport "),
                     stamp(-1, 8, 49, 44), QStringLiteral("0"), QStringLiteral("1"),
                     stamp(-1, 8, 49, 44), stamp(-1, 8, 48, 49), QStringLiteral("Support123")});

    return accounts.insert(database, errorMessage) && resources.insert(database, errorMessage)
           && domains.insert(database, errorMessage) && orders.insert(database, errorMessage)
           && items.insert(database, errorMessage) && tickets.insert(database, errorMessage)
           && messages.insert(database, errorMessage);
}

} // namespace ResellerDesk::Sandbox
