#include "sandbox/datagenerator.h"

#include "sandbox/commercedata.h"
#include "sandbox/sandboxschema.h"
#include "sandbox/tablebatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QTimeZone>
#include <QHash>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace ResellerDesk::Sandbox {

namespace {

// Expiry offsets in days from today, cycled through by index, so that every slice of the
// data has items expired, expiring within 7, 30 and 90 days, and later.
constexpr int ExpiryOffsets[] = {-40, -3, 2, 6, 12, 25, 45, 80, 150, 240, 365, 617};

const QString Tlds[] = {QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
                        QStringLiteral("info"), QStringLiteral("co.uk"), QStringLiteral("bg"),
                        QStringLiteral("eu")};
const QString Words[] = {QStringLiteral("bluebird"), QStringLiteral("northwind"),
                         QStringLiteral("greenleaf"), QStringLiteral("sunnyside"),
                         QStringLiteral("redrock"), QStringLiteral("silverline"),
                         QStringLiteral("bakery"), QStringLiteral("studio"),
                         QStringLiteral("garden"), QStringLiteral("travel"),
                         QStringLiteral("books"), QStringLiteral("coffee")};
const QString Plans[] = {QStringLiteral("economy"), QStringLiteral("business"),
                         QStringLiteral("business_plus"), QStringLiteral("multivps")};
const QString PlanNames[] = {QStringLiteral("Economy"), QStringLiteral("Business"),
                             QStringLiteral("Business Plus"), QStringLiteral("MultiVPS")};
const QString Datacenters[] = {QStringLiteral("centurylink"), QStringLiteral("neterra"),
                               QStringLiteral("iadvantage")};
const QString Servers[] = {QStringLiteral("s801.sureserver.com"),
                           QStringLiteral("s502.sureserver.com"),
                           QStringLiteral("s1107.sureserver.com")};
const QString StoreIds[] = {QStringLiteral("6"), QStringLiteral("16"), QStringLiteral("23")};
const QString StoreNames[] = {QStringLiteral("Example Store"), QStringLiteral("Super Web Hosting"),
                              QStringLiteral("Demo Hosting Shop")};
const QString FirstNames[] = {QStringLiteral("John"), QStringLiteral("Jane"),
                              QStringLiteral("Peter"), QStringLiteral("Maria"),
                              QStringLiteral("Ivan"), QStringLiteral("Anna")};
const QString LastNames[] = {QStringLiteral("Doe"), QStringLiteral("Smith"),
                             QStringLiteral("Pan"), QStringLiteral("Petrova"),
                             QStringLiteral("Miller")};
const QString Subjects[] = {QStringLiteral("PHP Question"), QStringLiteral("Help with WordPress"),
                            QStringLiteral("How to configure Mail for Mac"),
                            QStringLiteral("SSL certificate not renewing"),
                            QStringLiteral("SMTP authentication fails"),
                            QStringLiteral("Move a site from another host")};
const QString TicketStatuses[] = {QStringLiteral("answered"), QStringLiteral("active"),
                                  QStringLiteral("inprogress"), QStringLiteral("taken")};
const QString PaymentMethods[] = {QStringLiteral("PayPal"), QStringLiteral("Credit Card"),
                                  QStringLiteral("Bank Transfer")};

template <typename T, std::size_t N>
const T &pick(const T (&values)[N], qint64 index)
{
    return values[static_cast<std::size_t>(index % static_cast<qint64>(N))];
}

// Deterministic 64-bit mix (SplitMix64) so that generated values look varied but repeat.
quint64 mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

// Order ids look like the service's: 16 upper-case letters and digits.
QString orderId(qint64 index)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    quint64 bits = mix(static_cast<quint64>(index) + 7);
    QString id;
    for (int i = 0; i < 16; ++i) {
        if (i == 12)
            bits = mix(bits);
        id.append(QLatin1Char(alphabet[bits % 32]));
        bits /= 32;
    }
    return id;
}

// Puts named values into column order, and columns without a value stay null. It avoids a
// QHash per row, which took most of the seeding time of large scales.
QVariantList ordered(const QStringList &columns,
                     std::initializer_list<std::pair<QString, QVariant>> values)
{
    static QHash<const QStringList *, QHash<QString, qsizetype>> indexesByTable;
    QHash<QString, qsizetype> &indexes = indexesByTable[&columns];
    if (indexes.isEmpty()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            indexes.insert(columns[i], i);
    }
    QVariantList row(columns.size());
    for (const auto &[column, value] : values) {
        const qsizetype index = indexes.value(column, -1);
        Q_ASSERT_X(index >= 0, "ordered", "value for a column that the table does not have");
        if (index >= 0)
            row[index] = value;
    }
    return row;
}

// Returns a share of a limit: 5% to 95% of it, or 101% to 130% when `over` is true.
double usageShare(quint64 noise, bool over)
{
    return over ? 1.01 + (noise % 30) / 100.0 : 0.05 + (noise % 91) / 100.0;
}

QString money(double amount)
{
    return QString::number(amount, 'f', 2);
}

} // namespace

bool DataGenerator::seed(QSqlDatabase &database, int scale, QString *errorMessage) const
{
    if (!database.transaction()) {
        *errorMessage = database.lastError().text();
        return false;
    }
    const bool ok = Schema::setToday(database, m_today.toString(Qt::ISODate))
                    && insertExamples(database, errorMessage)
                    && insertGenerated(database, DemoDomainCount + scale, errorMessage)
                    && CommerceData::insert(database, errorMessage);
    if (!ok) {
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        *errorMessage = database.lastError().text();
        return false;
    }
    return true;
}

bool DataGenerator::insertGenerated(QSqlDatabase &database, int domainCount,
                                    QString *errorMessage) const
{
    TableBatch stores(QStringLiteral("stores"), Schema::storeColumns());
    for (qsizetype i = 0; i < 3; ++i)
        stores.addRow({StoreIds[i], StoreNames[i]});

    TableBatch accounts(QStringLiteral("accounts"), Schema::accountColumns());
    TableBatch resources(QStringLiteral("account_resources"), Schema::resourceColumns());
    TableBatch domains(QStringLiteral("domains"), Schema::domainColumns());
    TableBatch orders(QStringLiteral("orders"), Schema::orderColumns());
    TableBatch items(QStringLiteral("order_items"), Schema::orderItemColumns());
    TableBatch payments(QStringLiteral("order_payments"), Schema::paymentColumns());
    TableBatch tickets(QStringLiteral("tickets"), Schema::ticketColumns());
    TableBatch messages(QStringLiteral("ticket_messages"), Schema::messageColumns());

    const QDateTime midnight(m_today, QTime(0, 0), QTimeZone::utc());
    const auto stamp = [&midnight](qint64 days, qint64 seconds) {
        return midnight.addDays(days).addSecs(seconds).toString(u"yyyy-MM-dd HH:mm:ss");
    };
    const int accountCount = qMax(1, domainCount / 3);

    for (qint64 i = 0; i < accountCount; ++i) {
        const qint64 accountId = 90001 + i;
        const quint64 noise = mix(static_cast<quint64>(accountId));
        const QString name = pick(Words, i) + pick(Words, i / 12 + 5) + QString::number(i / 144 + 1);
        const qint64 offset = pick(ExpiryOffsets, i + 5);
        const qint64 store = i % 3;
        const qint64 plan = (i / 3) % 4;
        // Usage is a share of the plan's limits (storage and traffic in GB, CPU and MySQL
        // in percent of the plan's limit), and a few accounts use more than that.
        const qint64 storageLimit = 1 + plan * 9;
        const qint64 trafficLimit = 500 * (plan + 1);
        const QString billing = offset < 0 ? QStringLiteral("expired")
                                : offset < 30 ? QStringLiteral("expiring")
                                              : QStringLiteral("active");
        accounts.addRow(ordered(
            Schema::accountColumns(),
            {{QStringLiteral("account_id"), accountId},
             {QStringLiteral("resource_id"), QString::number(140001 + i)},
             {QStringLiteral("username"), name},
             {QStringLiteral("server"), pick(Servers, i)},
             {QStringLiteral("datacenter"), pick(Datacenters, i)},
             {QStringLiteral("hostname"), QString(name + u'.' + pick(Tlds, i))},
             {QStringLiteral("billing_status"), billing},
             {QStringLiteral("service_status"),
              offset < 0 ? QStringLiteral("stopped") : QStringLiteral("running")},
             {QStringLiteral("start_date"), stamp(offset - 365, 18000 + i % 3600)},
             {QStringLiteral("end_date"), stamp(offset, 18000)},
             {QStringLiteral("plan"), Plans[plan]},
             {QStringLiteral("plan_name"), PlanNames[plan]},
             {QStringLiteral("product_id"), QString::number(plan + 1)},
             {QStringLiteral("product_sku"), Plans[plan]},
             {QStringLiteral("storage_used"), money(storageLimit * usageShare(noise, i % 7 == 3))},
             {QStringLiteral("traffic_used"),
              money(trafficLimit * usageShare(noise / 7, i % 11 == 5))},
             {QStringLiteral("inodes_used"), QString::number(noise % 90000)},
             {QStringLiteral("cpu_limit_used"), money(100 * usageShare(noise / 13, i % 9 == 4))},
             {QStringLiteral("mysql_limit_used"),
              money(100 * usageShare(noise / 17, i % 13 == 6))},
             {QStringLiteral("ssl_status"), QString::number(i % 2)},
             {QStringLiteral("periodicity"), i % 5 == 0 ? QStringLiteral("MO") : QStringLiteral("YR")},
             {QStringLiteral("store_name"), StoreNames[store]},
             {QStringLiteral("store_id"), StoreIds[store]},
             {QStringLiteral("resold"), QStringLiteral("1")},
             {QStringLiteral("client_reseller_id"), QString::number(74000 + i % 97)},
             {QStringLiteral("firstname"), pick(FirstNames, i)},
             {QStringLiteral("lastname"), pick(LastNames, i)},
             {QStringLiteral("company"), QString()},
             {QStringLiteral("job"), QString()},
             {QStringLiteral("address"), QString(QString::number(10 + i % 90) + QStringLiteral(" Main Str."))},
             {QStringLiteral("address2"), QString()},
             {QStringLiteral("city"), QStringLiteral("Sofia")},
             {QStringLiteral("state"), QStringLiteral("Sofia")},
             {QStringLiteral("zip"), QStringLiteral("1000")},
             {QStringLiteral("country"), QStringLiteral("BG")},
             {QStringLiteral("email"), QString(QStringLiteral("info@") + name + QStringLiteral(".com"))},
             {QStringLiteral("email2"), QString()},
             {QStringLiteral("phone_country"), QStringLiteral("BG")},
             {QStringLiteral("phone"), QString::number(880000000 + i)},
             {QStringLiteral("fax_country"), QString()},
             {QStringLiteral("fax"), QString()}}));
        resources.addRow({QString::number(700001 + 2 * i), QString::number(accountId),
                          QStringLiteral("active"), QStringLiteral("storage"),
                          QString::number(storageLimit), QStringLiteral("GB"), QString(), QString()});
        resources.addRow({QString::number(700002 + 2 * i), QString::number(accountId),
                          QStringLiteral("active"), QStringLiteral("traffic"),
                          QString::number(trafficLimit), QStringLiteral("GB/MO"), QString(),
                          QString()});
    }

    for (qint64 i = 0; i < domainCount; ++i) {
        const qint64 accountIndex = i % accountCount;
        const QString sld = pick(Words, i) + u'-' + pick(Words, i / 12 + 3) + QString::number(i / 7);
        const QString tld = pick(Tlds, i);
        const qint64 offset = pick(ExpiryOffsets, i);
        const bool bonus = i % 4 == 0;
        domains.addRow(ordered(
            Schema::domainColumns(),
            {{QStringLiteral("domain_id"), 130001 + i},
             {QStringLiteral("domain"), QString(sld + u'.' + tld)},
             {QStringLiteral("sld"), sld},
             {QStringLiteral("tld"), tld},
             {QStringLiteral("status"), offset < 0 ? QStringLiteral("expired") : QStringLiteral("ok")},
             {QStringLiteral("idn"), QString()},
             {QStringLiteral("resource_id"), QString::number(400001 + i)},
             {QStringLiteral("root_id"), QString::number(140001 + accountIndex)},
             {QStringLiteral("start_date"), stamp(offset - 365 * (1 + i % 3), 20000 + i % 7200)},
             {QStringLiteral("end_date"), stamp(offset, 20000 + i % 7200)},
             {QStringLiteral("product"), tld},
             {QStringLiteral("parent_product"), bonus ? QStringLiteral("bonus:domain") : QString()},
             {QStringLiteral("account_id"), QString::number(90001 + accountIndex)},
             {QStringLiteral("park_status"),
              i % 3 == 0 ? QStringLiteral("standalone") : QStringLiteral("parked")},
             {QStringLiteral("store_id"), StoreIds[accountIndex % 3]},
             {QStringLiteral("ns1"), QStringLiteral("ns1.sureserver.com")},
             {QStringLiteral("ns2"), QStringLiteral("ns2.sureserver.com")},
             {QStringLiteral("ns3"), QString()},
             {QStringLiteral("ns4"), QString()},
             {QStringLiteral("ns5"), QString()},
             {QStringLiteral("registrant_firstname"), pick(FirstNames, i)},
             {QStringLiteral("registrant_lastname"), pick(LastNames, i)},
             {QStringLiteral("registrant_company"), QString()},
             {QStringLiteral("registrant_jobtitle"), QString()},
             {QStringLiteral("registrant_address"), QStringLiteral("66 High Street")},
             {QStringLiteral("registrant_address2"), QString()},
             {QStringLiteral("registrant_city"), QStringLiteral("Eremia")},
             {QStringLiteral("registrant_state"), QStringLiteral("California")},
             {QStringLiteral("registrant_sp_choice"), QStringLiteral("S")},
             {QStringLiteral("registrant_zip"), QStringLiteral("12345")},
             {QStringLiteral("registrant_country"), QStringLiteral("US")},
             {QStringLiteral("registrant_email"), QStringLiteral("user@example.com")},
             {QStringLiteral("registrant_phone"), QStringLiteral("+1.1234567")},
             {QStringLiteral("registrant_fax"), QString()}}));
    }

    const QVariantHash commonOrder = commonOrderFields();
    const int orderCount = qMax(1, domainCount / 3);
    for (qint64 i = 0; i < orderCount; ++i) {
        const QString id = orderId(i);
        const qint64 store = i % 3;
        const double price = 12.57 + (i % 9) * 7.5;
        // One order in six is still new and unpaid, one in six completed and half paid, the
        // rest completed and paid in full. The paid states are those that payment-add sets.
        const bool isNew = i % 6 == 0;
        const bool partlyPaid = i % 6 == 3;
        const QString paidState = isNew        ? QStringLiteral("not_paid")
                                  : partlyPaid ? QStringLiteral("partially_paid")
                                               : QStringLiteral("fully_paid");
        double paidAmount = price;
        if (isNew)
            paidAmount = 0;
        else if (partlyPaid)
            paidAmount = std::round(price * 50) / 100;
        const QString domain = pick(Words, i) + QStringLiteral("-shop") + QString::number(i) + u'.'
                               + pick(Tlds, i);
        // Spread over the last year, so that payments fall into every month.
        const QString date = stamp(-((i * 23) % 365), 50000 + i % 30000);
        QVariantList orderRow = ordered(
            Schema::orderColumns(),
            {{QStringLiteral("order_id"), id},
             {QStringLiteral("store_id"), StoreIds[store]},
             {QStringLiteral("client_reseller_id"), QString::number(73000 + i % 89)},
             {QStringLiteral("payment_method"), pick(PaymentMethods, i)},
             {QStringLiteral("status"), isNew ? QStringLiteral("new") : QStringLiteral("completed")},
             {QStringLiteral("paid"), paidState},
             {QStringLiteral("total"), money(price)},
             {QStringLiteral("firstname"), pick(FirstNames, i + 1)},
             {QStringLiteral("lastname"), pick(LastNames, i + 2)},
             {QStringLiteral("company"), QString()},
             {QStringLiteral("job"), QString()},
             {QStringLiteral("address"), QStringLiteral("My Address 1")},
             {QStringLiteral("address2"), QString()},
             {QStringLiteral("city"), QStringLiteral("New York City")},
             {QStringLiteral("state"), QStringLiteral("New York")},
             {QStringLiteral("zip"), QStringLiteral("12345")},
             {QStringLiteral("country"), QStringLiteral("US")},
             {QStringLiteral("email"), QString(QStringLiteral("client") + QString::number(i) + QStringLiteral("@example.com"))},
             {QStringLiteral("email2"), QString()},
             {QStringLiteral("phone_country"), QStringLiteral("US")},
             {QStringLiteral("phone"), QString::number(123456000 + i)},
             {QStringLiteral("fax_country"), QString()},
             {QStringLiteral("fax"), QString()},
             {QStringLiteral("referer"), QStringLiteral("http://store.example.com/order-hosting")},
             {QStringLiteral("meta"), QString()},
             {QStringLiteral("ip"), QString(QStringLiteral("192.0.2.") + QString::number(1 + i % 250))},
             {QStringLiteral("cart_ref"), QString()},
             {QStringLiteral("payment_ref"), QString()},
             {QStringLiteral("new"), isNew ? QStringLiteral("1") : QStringLiteral("0")},
             {QStringLiteral("requested"), QStringLiteral("0")},
             {QStringLiteral("canceled"), QStringLiteral("0")},
             {QStringLiteral("provisioned"), isNew ? QStringLiteral("0") : QStringLiteral("1")},
             {QStringLiteral("app"), i % 2 ? QStringLiteral("API") : QStringLiteral("WIDGET")},
             {QStringLiteral("date"), date},
             {QStringLiteral("store_title"), StoreNames[store]},
             {QStringLiteral("items"), QString(QStringLiteral("order: ") + pick(Tlds, i).toUpper()
                                                   + QStringLiteral(" - ") + domain)}});
        for (auto it = commonOrder.cbegin(); it != commonOrder.cend(); ++it)
            orderRow[Schema::orderColumns().indexOf(it.key())] = it.value();
        orders.addRow(orderRow);
        items.addRow(ordered(
            Schema::orderItemColumns(),
            {{QStringLiteral("item_id"), orderId(i + 1000000000LL)},
             {QStringLiteral("order_id"), id},
             {QStringLiteral("product_id"), QStringLiteral("12")},
             {QStringLiteral("catalog_id"), QStringLiteral("30")},
             {QStringLiteral("action"), QStringLiteral("order")},
             {QStringLiteral("item"), QString(pick(Tlds, i).toUpper() + QStringLiteral(" - ") + domain)},
             {QStringLiteral("status"), isNew ? QStringLiteral("new") : QStringLiteral("provisioned")},
             {QStringLiteral("period"), QStringLiteral("1")},
             {QStringLiteral("quantity"), QStringLiteral("1")},
             {QStringLiteral("price"), money(price)},
             {QStringLiteral("currency"), QStringLiteral("USD")},
             {QStringLiteral("updated"), date},
             {QStringLiteral("product_type"), QStringLiteral("domain")},
             {QStringLiteral("product"), pick(Tlds, i)},
             {QStringLiteral("periodicity"), QStringLiteral("YR")},
             {QStringLiteral("resource_unit"), QStringLiteral("COUNT")},
             {QStringLiteral("resource_value"), QStringLiteral("1")},
             {QStringLiteral("date"), date},
             {QStringLiteral("hostname"), domain}}));
        if (paidAmount > 0) {
            payments.addRow(ordered(
                Schema::paymentColumns(),
                {{QStringLiteral("payment_id"), orderId(i + 2000000000LL)},
                 {QStringLiteral("order_id"), id},
                 {QStringLiteral("date"), date},
                 {QStringLiteral("payment_type"), QStringLiteral("incoming")},
                 {QStringLiteral("payment_method"), pick(PaymentMethods, i)},
                 {QStringLiteral("transaction_id"), QString::number(123456789 + i)},
                 {QStringLiteral("payment_date"), date},
                 {QStringLiteral("merchant_id"), QStringLiteral("manual")},
                 {QStringLiteral("total"), money(paidAmount)},
                 {QStringLiteral("currency"), QStringLiteral("USD")},
                 {QStringLiteral("buyer_id"), QString()},
                 {QStringLiteral("store_id"), StoreIds[store]},
                 {QStringLiteral("reseller_id"), QStringLiteral("11858")},
                 {QStringLiteral("client_reseller_id"), QString::number(73000 + i % 89)}}));
        }
    }

    const int ticketCount = qMax(1, domainCount / 10 + 18);
    for (qint64 i = 0; i < ticketCount; ++i) {
        const qint64 id = 940001 + i;
        const QString status = pick(TicketStatuses, i);
        const bool answered = status == u"answered";
        const bool read = answered && i % 8 != 0;
        const QString postDate = stamp(-(i % 60) - 1, 30000 + i % 20000);
        const QString responseDate = answered ? stamp(-(i % 60) - 1, 36000 + i % 20000) : QString();
        tickets.addRow({id, status, QString(pick(Words, i) + u'.' + pick(Tlds, i)),
                        QString(QStringLiteral("support") + QString::number(i % 40)), pick(Subjects, i),
                        i % 3 ? QStringLiteral("ss") : QStringLiteral("rcp"),
                        i % 5 ? QStringLiteral("en") : QStringLiteral("bg"),
                        answered ? QStringLiteral("closed_ticket") : QStringLiteral("open_ticket"),
                        answered ? QVariant(responseDate) : QVariant(),
                        read ? QVariant(stamp(-(i % 60) - 1, 40000 + i % 20000)) : QVariant(),
                        read ? QStringLiteral("1") : QStringLiteral("0"),
                        answered ? QStringLiteral("Support123") : QString(),
                        QString::number(i % 3 == 0 ? 1 : 0)});
        messages.addRow({1250001 + i, QString::number(id), QString(pick(FirstNames, i) + u' ' + pick(LastNames, i)),
                         QStringLiteral("user@example.com"), QStringLiteral("en"),
                         QString(pick(Subjects, i) + QStringLiteral(": please check my site")),
                         answered ? QStringLiteral("Hello, all fixed, please check.\r\n\r\nBest "
                                                   "Regards,\r\nSupport")
                                  : QString(),
                         answered ? QVariant(responseDate) : QVariant(),
                         read ? QStringLiteral("1") : QStringLiteral("0"), QStringLiteral("1"),
                         answered ? responseDate : postDate, postDate,
                         answered ? QStringLiteral("Support123") : QString()});
    }

    return stores.insert(database, errorMessage) && accounts.insert(database, errorMessage)
           && resources.insert(database, errorMessage) && domains.insert(database, errorMessage)
           && orders.insert(database, errorMessage) && items.insert(database, errorMessage)
           && payments.insert(database, errorMessage) && tickets.insert(database, errorMessage)
           && messages.insert(database, errorMessage);
}

QVariantHash DataGenerator::commonOrderFields()
{
    return {{QStringLiteral("reseller_id"), QStringLiteral("11858")},
            {QStringLiteral("total_vat"), QStringLiteral("0.000000")},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("rate_rotate_id"), QStringLiteral("1253")},
            {QStringLiteral("rate"), QStringLiteral("1.000000")},
            {QStringLiteral("invoice_request"), QStringLiteral("0")},
            {QStringLiteral("invoice_type"), QString()},
            {QStringLiteral("invoice_name"), QString()},
            {QStringLiteral("invoice_ceo"), QString()},
            {QStringLiteral("invoice_identity"), QString()},
            {QStringLiteral("invoice_vat_number"), QString()},
            {QStringLiteral("invoice_country"), QString()},
            {QStringLiteral("invoice_address"), QString()},
            {QStringLiteral("payment_processor_id"), QStringLiteral("355")},
            {QStringLiteral("reseller"), QStringLiteral("examplereseller")},
            {QStringLiteral("store_currency"), QStringLiteral("USD")},
            {QStringLiteral("is_global"), QStringLiteral("0")},
            {QStringLiteral("client_reseller"), QStringLiteral("resellerclient")},
            {QStringLiteral("client_reseller_type"), QStringLiteral("billing")},
            {QStringLiteral("phone_country_code"), QStringLiteral("+1")},
            {QStringLiteral("fax_country_code"), QString()}};
}

} // namespace ResellerDesk::Sandbox
