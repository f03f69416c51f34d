#pragma once

#include "api/jsonvalues.h"
#include "api/payload.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace ResellerDesk::Api {

// A filter condition of list commands; the service takes it as "property:condition".
enum class FilterCondition {
    Equal, // =
    NotEqual, // !
    LikePrefix, // like%
    LikeAnywhere, // %like%
    Greater, // >
    Less, // <
    GreaterOrEqual, // >=
    LessOrEqual, // <=
    Range, // range, value "a,b"
    DateRange, // daterange, value "yyyy-MM-dd HH:mm:ss,yyyy-MM-dd HH:mm:ss"
    In, // in, value a JSON list
};

// Returns the condition as the service spells it after the colon ("like%", ">=", ...).
QString filterConditionToken(FilterCondition condition);

struct Filter
{
    QString property;
    FilterCondition condition = FilterCondition::Equal;
    QJsonValue value;
};

// The common request parameters of list commands.
struct ListQuery
{
    QList<Filter> filters;
    QList<SortKey> orderBy;
    QStringList with;
    // 0 leaves the parameter out, so the service uses its default (limit 25, page 1).
    int limit = 0;
    int page = 0;
    QString tz;
    QString userIp;
    // Command-specific keys (usage_overview, ...), sent after the common ones.
    Payload extra;

    ListQuery &addFilter(const QString &property, FilterCondition condition,
                         const QJsonValue &value);
    // Adds a range or daterange filter with the value "from,to".
    ListQuery &addRange(const QString &property, FilterCondition condition, const QString &from,
                        const QString &to);

    // Checks property names and condition values; on failure returns false and stores a
    // translated message naming the value in errorMessage (when not null).
    bool validate(QString *errorMessage = nullptr) const;
    // Builds filter, limit, page, with, order_by, tz, user_ip and then extra, in that order.
    // Equal filters use the plain property as key, the others "property:condition". Range and
    // DateRange values given as a two-element list are joined to "a,b". An In value given as a
    // single scalar is sent as a one-element list.
    Payload toPayload() const;
};

} // namespace ResellerDesk::Api
