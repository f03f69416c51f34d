#include "api/hostingrecords.h"

namespace ResellerDesk::Api {

namespace {

std::optional<int> toDays(const std::optional<qlonglong> &days)
{
    if (!days)
        return std::nullopt;
    return int(*days);
}

} // namespace

std::optional<int> Account::daysToExpire() const
{
    return toDays(integer(u"days_to_expire"));
}

QList<Record> Account::resources() const
{
    QList<Record> records;
    const QJsonArray items = array(u"resources");
    for (const QJsonValue &item : items)
        records.append(Record(item.toObject()));
    return records;
}

QList<QPair<QString, QString>> AccountEnums::labels(const QString &property) const
{
    QList<QPair<QString, QString>> pairs;
    const QJsonObject values = object(property);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        pairs.append({ it.key(), JsonValues::toText(it.value()) });
    return pairs;
}

QString AccountEnums::label(const QString &property, const QString &value) const
{
    return JsonValues::toText(object(property).value(value));
}

std::optional<qlonglong> Domain::domainId() const
{
    return contains(u"domain_id") ? integer(u"domain_id") : integer(u"id");
}

QStringList Domain::nameservers() const
{
    QStringList names;
    for (int i = 1; i <= 5; ++i) {
        const QString name = text(QStringLiteral("ns%1").arg(i)).trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

std::optional<int> Domain::daysToExpire() const
{
    return toDays(integer(u"days_to_expire"));
}

Domain::WhoisContact Domain::contact(ContactType type) const
{
    QString prefix;
    switch (type) {
    case ContactType::Registrant:
        prefix = QStringLiteral("registrant_");
        break;
    case ContactType::Admin:
        prefix = QStringLiteral("admin_");
        break;
    case ContactType::Tech:
        prefix = QStringLiteral("tech_");
        break;
    case ContactType::Billing:
        prefix = QStringLiteral("billing_");
        break;
    }
    QJsonObject contactFields;
    for (auto it = fields().constBegin(); it != fields().constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            contactFields.insert(it.key().mid(prefix.size()), it.value());
    }
    return WhoisContact(contactFields);
}

std::optional<qlonglong> Certificate::certificateId() const
{
    return contains(u"certificate_id") ? integer(u"certificate_id") : integer(u"id");
}

QString Certificate::status() const
{
    return contains(u"status") ? text(u"status") : text(u"registration_status");
}

std::optional<int> Certificate::daysToExpire() const
{
    return toDays(integer(u"days_to_expire"));
}

} // namespace ResellerDesk::Api
