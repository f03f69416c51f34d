#include "api/listquery.h"

#include "api/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ResellerDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::ListQuery", text);
}

bool isRangeCondition(FilterCondition condition)
{
    return condition == FilterCondition::Range || condition == FilterCondition::DateRange;
}

// Joins a two-element list to "a,b"; other values are sent as they are.
QJsonValue rangeValue(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().size() != 2)
        return value;
    const QJsonArray bounds = value.toArray();
    const QString joined = JsonValues::toText(bounds.at(0)) + QLatin1Char(',')
            + JsonValues::toText(bounds.at(1));
    return joined;
}

bool isValidProperty(const QString &property)
{
    // Properties of the service are snake_case names. Dots are accepted for nested properties.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.]+$"));
    return pattern.match(property).hasMatch();
}

} // namespace

QString filterConditionToken(FilterCondition condition)
{
    switch (condition) {
    case FilterCondition::Equal:
        return QStringLiteral("=");
    case FilterCondition::NotEqual:
        return QStringLiteral("!");
    case FilterCondition::LikePrefix:
        return QStringLiteral("like%");
    case FilterCondition::LikeAnywhere:
        return QStringLiteral("%like%");
    case FilterCondition::Greater:
        return QStringLiteral(">");
    case FilterCondition::Less:
        return QStringLiteral("<");
    case FilterCondition::GreaterOrEqual:
        return QStringLiteral(">=");
    case FilterCondition::LessOrEqual:
        return QStringLiteral("<=");
    case FilterCondition::Range:
        return QStringLiteral("range");
    case FilterCondition::DateRange:
        return QStringLiteral("daterange");
    case FilterCondition::In:
        return QStringLiteral("in");
    }
    return QString();
}

ListQuery &ListQuery::addFilter(const QString &property, FilterCondition condition,
                                const QJsonValue &value)
{
    filters.append({property, condition, value});
    return *this;
}

ListQuery &ListQuery::addRange(const QString &property, FilterCondition condition,
                               const QString &from, const QString &to)
{
    filters.append({property, condition, QJsonValue(from + QLatin1Char(',') + to)});
    return *this;
}

bool ListQuery::validate(QString *errorMessage) const
{
    QString problem;
    for (const Filter &filter : filters) {
        if (!isValidProperty(filter.property)) {
            problem = tr("The filter property \"%1\" is not a property name. Use letters, digits, "
                         "underscores and dots only, such as \"username\".")
                              .arg(filter.property);
            break;
        }
        const QString token = filterConditionToken(filter.condition);
        const QJsonValue value = isRangeCondition(filter.condition) ? rangeValue(filter.value)
                                                                    : filter.value;
        if (isRangeCondition(filter.condition)) {
            const QStringList bounds = value.toString().split(QLatin1Char(','));
            if (!value.isString() || bounds.size() != 2 || bounds.at(0).trimmed().isEmpty()
                || bounds.at(1).trimmed().isEmpty()) {
                problem = tr("The %1 filter on \"%2\" needs two values \"from,to\", but got "
                             "\"%3\".")
                                  .arg(token, filter.property, JsonValues::toText(value));
                break;
            }
        } else if (filter.condition == FilterCondition::In) {
            if (filter.value.isArray() && filter.value.toArray().isEmpty()) {
                problem = tr("The in filter on \"%1\" has an empty list. Give at least one value.")
                                  .arg(filter.property);
                break;
            }
        } else if (filter.value.isArray() || filter.value.isObject()) {
            problem = tr("The %1 filter on \"%2\" needs a single value, not a list.")
                              .arg(token, filter.property);
            break;
        }
    }
    for (const SortKey &key : orderBy) {
        if (problem.isEmpty() && !isValidProperty(key.property))
            problem = tr("The sort property \"%1\" is not a property name.").arg(key.property);
    }
    if (problem.isEmpty() && limit < 0)
        problem = tr("The page size %1 is negative. Use 0 for the default or a positive number.")
                          .arg(limit);
    if (problem.isEmpty() && page < 0)
        problem = tr("The page number %1 is negative. Pages are counted from 1.").arg(page);
    if (errorMessage)
        *errorMessage = problem;
    return problem.isEmpty();
}

Payload ListQuery::toPayload() const
{
    Payload payload;
    if (!filters.isEmpty()) {
        QJsonObject filter;
        for (const Filter &item : filters) {
            QString key = item.property;
            if (item.condition != FilterCondition::Equal)
                key += QLatin1Char(':') + filterConditionToken(item.condition);
            QJsonValue value = item.value;
            if (isRangeCondition(item.condition))
                value = rangeValue(value);
            else if (item.condition == FilterCondition::In && !value.isArray())
                value = QJsonArray{value};
            filter.insert(key, value);
        }
        payload.insert(QStringLiteral("filter"), filter);
    }
    if (limit > 0)
        payload.insert(QStringLiteral("limit"), limit);
    if (page > 0)
        payload.insert(QStringLiteral("page"), page);
    if (!with.isEmpty())
        payload.insert(QStringLiteral("with"), QJsonArray::fromStringList(with));
    if (!orderBy.isEmpty()) {
        // NOTE: QJsonObject sorts its keys, so with several sort keys the service receives them in
        // alphabetical order rather than in the order of precedence given here.
        QJsonObject order;
        for (const SortKey &key : orderBy)
            order.insert(key.property,
                         key.ascending ? QStringLiteral("asc") : QStringLiteral("desc"));
        payload.insert(QStringLiteral("order_by"), order);
    }
    if (!tz.isEmpty())
        payload.insert(QStringLiteral("tz"), tz);
    if (!userIp.isEmpty())
        payload.insert(QStringLiteral("user_ip"), userIp);
    for (const Payload::Entry &entry : extra.entries())
        payload.insert(entry.first, entry.second);
    return payload;
}

} // namespace ResellerDesk::Api
