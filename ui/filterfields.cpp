#include "ui/filterfields.h"

namespace ResellerDesk::Ui {

namespace {

using Condition = Api::FilterCondition;
using Kind = FilterField::Kind;

FilterField textField(const QString &property, Condition condition, const char *label,
                      const char *placeholder = nullptr)
{
    FilterField field;
    field.kind = Kind::Text;
    field.property = property;
    field.condition = condition;
    field.label = label;
    field.placeholder = placeholder;
    return field;
}

FilterField daysToExpireField()
{
    // A range from 0, because days_to_expire <= N also lists everything that expired long ago.
    FilterField field = textField(QStringLiteral("days_to_expire"), Condition::Range,
                                  QT_TRANSLATE_NOOP("FilterFields", "Expires within (days)"),
                                  QT_TRANSLATE_NOOP("FilterFields", "e.g. 30"));
    field.kind = Kind::Integer;
    return field;
}

FilterField integerField(const QString &property, Condition condition, const char *label,
                         const char *placeholder = nullptr)
{
    FilterField field = textField(property, condition, label, placeholder);
    field.kind = Kind::Integer;
    return field;
}

FilterField attachmentCountField()
{
    FilterField field = textField(QStringLiteral("attachment_count"), Condition::GreaterOrEqual,
                                  QT_TRANSLATE_NOOP("FilterFields", "At least (attachments)"),
                                  QT_TRANSLATE_NOOP("FilterFields", "e.g. 1"));
    field.kind = Kind::Integer;
    return field;
}

FilterField dateRangeField(const QString &property, const char *label)
{
    FilterField field;
    field.kind = Kind::DateRange;
    field.property = property;
    field.condition = Condition::DateRange;
    field.label = label;
    return field;
}

FilterField choiceField(const QString &property, const char *label, const QStringList &choices)
{
    FilterField field;
    field.kind = Kind::Choice;
    field.property = property;
    field.label = label;
    field.choices = choices;
    return field;
}

QList<FilterField> accountFields()
{
    return {
        textField(QStringLiteral("username"), Condition::LikePrefix,
                  QT_TRANSLATE_NOOP("FilterFields", "Username starts with")),
        textField(QStringLiteral("hostname"), Condition::LikePrefix,
                  QT_TRANSLATE_NOOP("FilterFields", "Hostname starts with")),
        textField(QStringLiteral("server"), Condition::LikePrefix,
                  QT_TRANSLATE_NOOP("FilterFields", "Server starts with"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. s801")),
        // plan_name is what the Plan column shows ("Business Plus"). The plan property is the
        // SKU ("business_plus"), which people do not see.
        textField(QStringLiteral("plan_name"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Plan contains"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. Economy")),
        // The = condition works on every property; the values are those of account-enums.
        choiceField(QStringLiteral("billing_status"),
                    QT_TRANSLATE_NOOP("FilterFields", "Billing status"),
                    { QStringLiteral("active"), QStringLiteral("expiring"),
                      QStringLiteral("expired"), QStringLiteral("blocked"),
                      QStringLiteral("canceled") }),
        dateRangeField(QStringLiteral("end_date"),
                       QT_TRANSLATE_NOOP("FilterFields", "Expires between")),
        daysToExpireField(),
    };
}

QList<FilterField> domainFields()
{
    return {
        textField(QStringLiteral("domain"), Condition::LikePrefix,
                  QT_TRANSLATE_NOOP("FilterFields", "Domain starts with")),
        textField(QStringLiteral("product"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "TLD"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. com")),
        textField(QStringLiteral("parent_product"), Condition::LikePrefix,
                  QT_TRANSLATE_NOOP("FilterFields", "Parent product starts with"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. bonus")),
        dateRangeField(QStringLiteral("end_date"),
                       QT_TRANSLATE_NOOP("FilterFields", "Expires between")),
        daysToExpireField(),
    };
}

// order-list applies its own condition to each documented filter property (%like% for the
// text ones), so every field here is sent with the plain key.
QList<FilterField> orderFields()
{
    FilterField date = dateRangeField(QStringLiteral("date"),
                                      QT_TRANSLATE_NOOP("FilterFields", "Ordered between"));
    date.dateRangeStyle = FilterField::DateRangeStyle::SeparateProperties;
    date.fromProperty = QStringLiteral("date_from");
    date.toProperty = QStringLiteral("date_to");
    return {
        textField(QStringLiteral("firstname_lastname_email"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Name or email contains")),
        // NOTE: the reference shows only "not_paid"; "paid" is assumed to be the other value.
        choiceField(QStringLiteral("paid"), QT_TRANSLATE_NOOP("FilterFields", "Payment"),
                    { QStringLiteral("paid"), QStringLiteral("not_paid") }),
        textField(QStringLiteral("status"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Status"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. completed")),
        date,
        textField(QStringLiteral("payment_method"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Payment method contains")),
        textField(QStringLiteral("items"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Items contain"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. example.com")),
        textField(QStringLiteral("store_title"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Store contains")),
    };
}

QList<FilterField> ticketFields()
{
    FilterField status;
    status.kind = Kind::MultiChoice;
    status.property = QStringLiteral("status");
    status.condition = Condition::In;
    status.label = QT_TRANSLATE_NOOP("FilterFields", "Status");
    status.choices = { QStringLiteral("active"), QStringLiteral("inprogress"),
                       QStringLiteral("taken"), QStringLiteral("answered") };
    return {
        status,
        textField(QStringLiteral("subject"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Subject contains")),
        textField(QStringLiteral("domain"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Domain contains")),
        textField(QStringLiteral("username"), Condition::LikePrefix,
                  QT_TRANSLATE_NOOP("FilterFields", "Support user starts with")),
        textField(QStringLiteral("search"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Search text"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. smtp")),
        // The reference lists daterange as the condition but its example uses
        // response_date:range. daterange is sent, as for every other date filter.
        dateRangeField(QStringLiteral("response_date"),
                       QT_TRANSLATE_NOOP("FilterFields", "Answered between")),
        attachmentCountField(),
        // The reference lists no "closed" status: its example marks a closed thread with
        // sort_status closed_ticket, so open and closed threads are chosen there.
        // NOTE: the reference shows no value for an open thread. open_ticket is the
        // sandbox's guess.
        choiceField(QStringLiteral("sort_status"), QT_TRANSLATE_NOOP("FilterFields", "Thread"),
                    { QStringLiteral("open_ticket"), QStringLiteral("closed_ticket") }),
    };
}

QList<FilterField> certificateFields()
{
    return {
        // hostnames searches hostname and alt_name together, as the reference documents.
        textField(QStringLiteral("hostnames"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Hostname contains"),
                  QT_TRANSLATE_NOOP("FilterFields", "searches alternative names too")),
        choiceField(QStringLiteral("provider"), QT_TRANSLATE_NOOP("FilterFields", "Provider"),
                    { QStringLiteral("our"), QStringLiteral("foreign") }),
        integerField(QStringLiteral("hosted"), Condition::Equal,
                     QT_TRANSLATE_NOOP("FilterFields", "Hosted"),
                     QT_TRANSLATE_NOOP("FilterFields", "1 hosted, 0 not hosted")),
        integerField(QStringLiteral("account_id"), Condition::Equal,
                     QT_TRANSLATE_NOOP("FilterFields", "Hosted on account ID")),
        dateRangeField(QStringLiteral("end_date"),
                       QT_TRANSLATE_NOOP("FilterFields", "Expires between")),
        daysToExpireField(),
    };
}

QList<FilterField> clientFields()
{
    return {
        textField(QStringLiteral("name"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Name contains")),
        textField(QStringLiteral("email"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Email contains")),
        textField(QStringLiteral("organization"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Organization contains")),
        choiceField(QStringLiteral("status"), QT_TRANSLATE_NOOP("FilterFields", "Status"),
                    { QStringLiteral("active"), QStringLiteral("suspended") }),
    };
}

QList<FilterField> resourceFields()
{
    return {
        textField(QStringLiteral("display_name"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Name contains"),
                  QT_TRANSLATE_NOOP("FilterFields", "username, server or domain")),
        textField(QStringLiteral("product_type"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Product type"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. hosting")),
        integerField(QStringLiteral("client_reseller_id"), Condition::Equal,
                     QT_TRANSLATE_NOOP("FilterFields", "Client ID")),
        dateRangeField(QStringLiteral("start_date"),
                       QT_TRANSLATE_NOOP("FilterFields", "Started between")),
        dateRangeField(QStringLiteral("end_date"),
                       QT_TRANSLATE_NOOP("FilterFields", "Expires between")),
    };
}

QList<FilterField> serviceFields()
{
    return {
        textField(QStringLiteral("account_hostname"), Condition::LikeAnywhere,
                  QT_TRANSLATE_NOOP("FilterFields", "Hostname contains")),
        textField(QStringLiteral("type"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Type"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. advanced_security")),
        integerField(QStringLiteral("account_id"), Condition::Equal,
                     QT_TRANSLATE_NOOP("FilterFields", "Account ID")),
    };
}

// store-list documents only the = and ! conditions, on every property.
QList<FilterField> storeFields()
{
    return {
        textField(QStringLiteral("name"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Name"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. examplestore")),
        textField(QStringLiteral("currency"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Currency"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. USD")),
        choiceField(QStringLiteral("front_setup"),
                    QT_TRANSLATE_NOOP("FilterFields", "Storefront"),
                    { QStringLiteral("default"), QStringLiteral("custom"),
                      QStringLiteral("widget") }),
    };
}

// NOTE: product-list and payment-list document no filters. The fields below use the plain
// = condition, which every other list accepts on every property; the sandbox does the same.
QList<FilterField> productFields()
{
    return {
        textField(QStringLiteral("type"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Type"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. hosting")),
        choiceField(QStringLiteral("datacenter"),
                    QT_TRANSLATE_NOOP("FilterFields", "Data center"),
                    { QStringLiteral("centurylink"), QStringLiteral("neterra"),
                      QStringLiteral("iadvantage") }),
        textField(QStringLiteral("product"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Product"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. economy")),
    };
}

QList<FilterField> paymentFields()
{
    return {
        choiceField(QStringLiteral("payment_type"), QT_TRANSLATE_NOOP("FilterFields", "Type"),
                    { QStringLiteral("incoming"), QStringLiteral("refund"),
                      QStringLiteral("chargeback") }),
        textField(QStringLiteral("order_id"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Order ID")),
        textField(QStringLiteral("currency"), Condition::Equal,
                  QT_TRANSLATE_NOOP("FilterFields", "Currency"),
                  QT_TRANSLATE_NOOP("FilterFields", "e.g. EUR")),
    };
}

} // namespace

QList<FilterField> filterFields(Models::Entity entity)
{
    switch (entity) {
    case Models::Entity::Accounts:
        return accountFields();
    case Models::Entity::Domains:
        return domainFields();
    case Models::Entity::Orders:
        return orderFields();
    case Models::Entity::Tickets:
        return ticketFields();
    case Models::Entity::Certificates:
        return certificateFields();
    case Models::Entity::Clients:
        return clientFields();
    case Models::Entity::Resources:
        return resourceFields();
    case Models::Entity::Services:
        return serviceFields();
    case Models::Entity::Stores:
        return storeFields();
    case Models::Entity::Products:
        return productFields();
    case Models::Entity::Payments:
        break;
    }
    return paymentFields();
}

} // namespace ResellerDesk::Ui
