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
        break;
    }
    return ticketFields();
}

} // namespace ResellerDesk::Ui
