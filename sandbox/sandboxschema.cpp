#include "sandbox/sandboxschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox::Schema {

const QStringList &accountColumns()
{
    static const QStringList columns = QStringLiteral(
        "account_id resource_id username server datacenter hostname billing_status "
        "service_status start_date end_date main_domain_end_date plan storage_used traffic_used "
        "inodes_used cpu_limit_used mysql_limit_used ssl_status periodicity product_id "
        "product_sku plan_name store_name store_id resold client_reseller_id parent_id firstname "
        "lastname company job address address2 city state zip country email email2 "
        "phone_country phone fax_country fax")
                                           .split(u' ');
    return columns;
}

const QStringList &resourceColumns()
{
    static const QStringList columns =
        QStringLiteral("id account_id status name value unit used extra").split(u' ');
    return columns;
}

const QStringList &domainColumns()
{
    // registrant_* is the WHOIS contact; details copies it to the admin, tech and billing
    // groups because the demo domains use one contact for all four.
    static const QStringList columns = QStringLiteral(
        "domain_id domain sld tld status idn resource_id root_id start_date end_date product "
        "parent_product account_id park_status store_id ns1 ns2 ns3 ns4 ns5 registrant_firstname "
        "registrant_lastname registrant_company registrant_jobtitle registrant_address "
        "registrant_address2 registrant_city registrant_state registrant_sp_choice registrant_zip "
        "registrant_country registrant_email registrant_phone registrant_fax")
                                           .split(u' ');
    return columns;
}

const QStringList &orderColumns()
{
    static const QStringList columns = QStringLiteral(
        "order_id store_id reseller_id client_store_id client_reseller_id payment_method status "
        "paid total total_vat currency firstname lastname company job address address2 city "
        "state zip country email email2 phone_country phone fax_country fax referer meta ip "
        "cart_ref payment_ref new requested canceled provisioned app date rate_rotate_id rate "
        "invoice_request invoice_type invoice_name invoice_ceo invoice_identity "
        "invoice_vat_number invoice_country invoice_address payment_processor_id reseller "
        "store_title store_currency is_global client_reseller client_reseller_type "
        "client_store_title items phone_country_code fax_country_code")
                                           .split(u' ');
    return columns;
}

const QStringList &orderItemColumns()
{
    static const QStringList columns = QStringLiteral(
        "item_id order_id parent product_id catalog_id resource_id action item status period "
        "quantity price currency updated account_id product_type product periodicity datacenter "
        "resource_unit resource_value date hostname")
                                           .split(u' ');
    return columns;
}

const QStringList &paymentColumns()
{
    static const QStringList columns = QStringLiteral(
        "payment_id order_id date payment_processor_id payment_type payment_method "
        "transaction_id payment_date merchant_id total currency buyer_id store_id reseller_id "
        "client_reseller_id")
                                           .split(u' ');
    return columns;
}

const QStringList &ticketColumns()
{
    static const QStringList columns = QStringLiteral(
        "id status domain username subject fromsite lang sort_status response_date read_on "
        "is_read operator attachment_count")
                                           .split(u' ');
    return columns;
}

const QStringList &messageColumns()
{
    static const QStringList columns = QStringLiteral(
        "id ticket_id name email language question answer response_date is_read is_last "
        "updated_at post_date support_nickname")
                                           .split(u' ');
    return columns;
}

const QStringList &storeColumns()
{
    static const QStringList columns = QStringLiteral("store_id name").split(u' ');
    return columns;
}

namespace {

QString createTable(const QString &table, const QStringList &columns, bool integerKey)
{
    QStringList definitions{columns.first()
                            + (integerKey ? QStringLiteral(" INTEGER PRIMARY KEY")
                                          : QStringLiteral(" TEXT PRIMARY KEY"))};
    for (qsizetype i = 1; i < columns.size(); ++i)
        definitions.append(columns[i] + QStringLiteral(" TEXT"));
    return QStringLiteral("CREATE TABLE ") + table + u'(' + definitions.join(QStringLiteral(", "))
           + u')';
}

} // namespace

bool create(QSqlDatabase &database, QString *errorMessage)
{
    const QStringList statements{
        createTable(QStringLiteral("accounts"), accountColumns(), true),
        createTable(QStringLiteral("account_resources"), resourceColumns(), true),
        createTable(QStringLiteral("domains"), domainColumns(), true),
        createTable(QStringLiteral("orders"), orderColumns(), false),
        createTable(QStringLiteral("order_items"), orderItemColumns(), false),
        createTable(QStringLiteral("order_payments"), paymentColumns(), false),
        createTable(QStringLiteral("tickets"), ticketColumns(), true),
        createTable(QStringLiteral("ticket_messages"), messageColumns(), true),
        createTable(QStringLiteral("stores"), storeColumns(), true),
        QStringLiteral("CREATE TABLE sandbox_clock(today TEXT)"),
        QStringLiteral("CREATE INDEX resources_account ON account_resources(account_id)"),
        QStringLiteral("CREATE INDEX domains_account ON domains(account_id)"),
        QStringLiteral("CREATE INDEX domains_end_date ON domains(end_date)"),
        QStringLiteral("CREATE INDEX domains_domain ON domains(domain COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX accounts_end_date ON accounts(end_date)"),
        QStringLiteral("CREATE INDEX orders_date ON orders(date)"),
        QStringLiteral("CREATE INDEX items_order ON order_items(order_id)"),
        QStringLiteral("CREATE INDEX payments_order ON order_payments(order_id)"),
        QStringLiteral("CREATE INDEX messages_ticket ON ticket_messages(ticket_id)"),
    };
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *errorMessage = QCoreApplication::translate("Schema",
                                                        "Failed to create the sandbox tables: %1")
                                .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool setToday(QSqlDatabase &database, const QString &isoDate)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("DELETE FROM sandbox_clock")))
        return false;
    query.prepare(QStringLiteral("INSERT INTO sandbox_clock(today) VALUES (?)"));
    query.addBindValue(isoDate);
    return query.exec();
}

} // namespace ResellerDesk::Sandbox::Schema
