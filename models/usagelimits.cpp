#include "models/usagelimits.h"

#include "api/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace ResellerDesk::Models {

namespace {

struct ResourceLimit
{
    double value = 0;
    QString unit;
};

// Returns the limit of the named resource of the `resources` relation, or nothing when the
// account has no active resource of that name.
std::optional<ResourceLimit> resourceLimit(const QJsonObject &account, const QString &name)
{
    const QJsonArray resources = account.value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &resource : resources) {
        const QJsonObject object = resource.toObject();
        if (object.value(QStringLiteral("name")).toString() != name)
            continue;
        const QString status = object.value(QStringLiteral("status")).toString();
        if (!status.isEmpty() && status != u"active")
            continue;
        const std::optional<double> value = Api::JsonValues::toDouble(object.value(u"value"));
        if (!value || *value <= 0)
            continue;
        return ResourceLimit { *value, object.value(QStringLiteral("unit")).toString() };
    }
    return std::nullopt;
}

// Returns the factor that converts the unit of a limit ("MB", "GB/MO", "TB") to GB.
double gigabytesPerUnit(const QString &unit)
{
    const QString prefix = unit.section(u'/', 0, 0).trimmed().toUpper();
    if (prefix == u"MB")
        return 1.0 / 1024;
    if (prefix == u"TB")
        return 1024;
    return 1;
}

void addIfOver(QList<UsageExcess> &excesses, const QJsonObject &account, const QString &property,
    double limit, const QString &unit)
{
    const std::optional<double> used = Api::JsonValues::toDouble(account.value(property));
    if (used && *used > limit)
        excesses.append(UsageExcess { property, *used, limit, unit });
}

} // namespace

QList<UsageExcess> usageExcesses(const QJsonObject &account)
{
    QList<UsageExcess> excesses;
    if (const auto storage = resourceLimit(account, QStringLiteral("storage")))
        addIfOver(excesses, account, QStringLiteral("storage_used"),
            storage->value * gigabytesPerUnit(storage->unit), QStringLiteral("GB"));
    if (const auto traffic = resourceLimit(account, QStringLiteral("traffic")))
        addIfOver(excesses, account, QStringLiteral("traffic_used"),
            traffic->value * gigabytesPerUnit(traffic->unit), QStringLiteral("GB/MO"));
    if (const auto inodes = resourceLimit(account, QStringLiteral("inodes")))
        addIfOver(excesses, account, QStringLiteral("inodes_used"), inodes->value, QString());
    addIfOver(excesses, account, QStringLiteral("cpu_limit_used"), 100, QStringLiteral("%"));
    addIfOver(excesses, account, QStringLiteral("mysql_limit_used"), 100, QStringLiteral("%"));
    return excesses;
}

QString usageLabel(const QString &property)
{
    if (property == u"storage_used")
        return QCoreApplication::translate("UsageLimits", "Storage");
    if (property == u"traffic_used")
        return QCoreApplication::translate("UsageLimits", "Traffic");
    if (property == u"inodes_used")
        return QCoreApplication::translate("UsageLimits", "Inodes");
    if (property == u"cpu_limit_used")
        return QCoreApplication::translate("UsageLimits", "CPU");
    if (property == u"mysql_limit_used")
        return QCoreApplication::translate("UsageLimits", "MySQL");
    return property;
}

} // namespace ResellerDesk::Models
