#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ResellerDesk::Models {

// One resource of a hosting account that is used beyond its limit.
struct UsageExcess
{
    // The account-list property: storage_used, traffic_used, inodes_used, cpu_limit_used or
    // mysql_limit_used.
    QString property;
    double used = 0;
    double limit = 0;
    // The limit's unit as shown to people: "GB", "GB/MO", "%" or "" for inodes.
    QString unit;
};

// Returns the resources that the account-list row uses beyond their limits. The row needs
// the `resources` relation for the storage, traffic and inode limits.
//
// The reference gives the usage fields without units or limits, so these rules are
// decisions:
// - storage_used and traffic_used are in GB, like the `storage` (GB) and `traffic` (GB/MO)
//   resources that contain the limits. A limit in MB or TB is converted.
// - cpu_limit_used and mysql_limit_used are percentages of the plan's CPU and MySQL time
//   limits ("limit used"), so more than 100 is over.
// - inodes_used is over only when an `inodes` resource gives a limit; the reference lists no
//   such resource, so without one the inode usage is never reported.
QList<UsageExcess> usageExcesses(const QJsonObject &account);

// Returns "Storage", "Traffic", "Inodes", "CPU" or "MySQL" (translated) for a usage property.
QString usageLabel(const QString &property);

} // namespace ResellerDesk::Models
