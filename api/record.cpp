#include "api/record.h"

namespace ResellerDesk::Api {

std::optional<qlonglong> Record::integer(QStringView name) const
{
    return JsonValues::toLongLong(value(name));
}

std::optional<double> Record::number(QStringView name) const
{
    return JsonValues::toDouble(value(name));
}

std::optional<bool> Record::flag(QStringView name) const
{
    return JsonValues::toBool(value(name));
}

std::optional<QDateTime> Record::dateTime(QStringView name, const QTimeZone &zone) const
{
    return JsonValues::toDateTime(value(name), zone);
}

QStringList Record::undocumentedFields(const QStringList &documented) const
{
    QStringList names;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (!documented.contains(it.key()))
            names.append(it.key());
    }
    return names;
}

} // namespace ResellerDesk::Api
