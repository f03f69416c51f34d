#include "sandbox/filterclause.h"

#include "sandbox/commandcontext.h"
#include "sandbox/requestpayload.h"

namespace ResellerDesk::Sandbox {

namespace {

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Float;
}

// Expression used in comparisons. Values are stored as text exactly as the API returns them,
// so numbers are cast, and dates compare as text because "yyyy-MM-dd HH:mm:ss" sorts in time
// order.
QString comparable(const FieldSpec &field)
{
    if (isNumeric(field.type))
        return QStringLiteral("CAST(%1 AS REAL)").arg(field.expression());
    return field.expression();
}

// Converts one scalar filter value to the bound value for `field`, or an invalid QVariant.
QVariant boundValue(const CommandContext &context, const FieldSpec &field, const QString &text,
                    bool endOfDay = false)
{
    if (isNumeric(field.type)) {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        return ok ? QVariant(number) : QVariant();
    }
    if (field.type == FieldType::Date) {
        const QString utc = context.inputDateToUtc(text, endOfDay);
        return utc.isEmpty() ? QVariant() : QVariant(utc);
    }
    return text;
}

QString typeHint(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Float:
        return QStringLiteral("a number");
    case FieldType::Date:
        return QStringLiteral("a date as yyyy-MM-dd HH:mm:ss or yyyy-MM-dd");
    case FieldType::Text:
        break;
    }
    return QStringLiteral("text");
}

QStringList listValues(const PayloadNode &value)
{
    QStringList values;
    if (value.kind == PayloadNode::Kind::Array || value.kind == PayloadNode::Kind::Object) {
        for (const auto &entry : value.children)
            values.append(entry.second.text);
    } else {
        // A plain string for `in` is read as a comma-separated list.
        values = value.text.split(u',');
    }
    return values;
}

} // namespace

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

CommandResult invalidFilter(const QString &property, const QString &condition,
                            const QString &value, const QString &reason)
{
    // The key as the client sent it: "domain" for the default condition, else "domain:like%".
    const QString key =
        condition.isEmpty() || condition == u"=" ? property : property + u':' + condition;
    const QString message =
        value.isEmpty()
            ? QStringLiteral("filter \"%1\" is invalid: %2").arg(key, reason)
            : QStringLiteral("filter \"%1\" value \"%2\" is invalid: %3").arg(key, value, reason);
    return CommandResult::error(QStringLiteral("invalid:filter.") + property,
                                {{QStringLiteral("condition"), condition},
                                 {QStringLiteral("value"), value},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("message"), message}});
}

std::optional<CommandResult> buildFilterClause(const CommandContext &context,
                                               const FieldSpec &field, const QString &condition,
                                               const PayloadNode &value, QString *clause,
                                               QVariantList *bindings)
{
    const QString expression = comparable(field);
    const bool isList =
        value.kind == PayloadNode::Kind::Array || value.kind == PayloadNode::Kind::Object;

    if (condition == u"in") {
        const QStringList values = listValues(value);
        QStringList placeholders;
        for (const QString &text : values) {
            const QVariant bound = boundValue(context, field, text);
            if (!bound.isValid())
                return invalidFilter(field.name, condition, text,
                                     QStringLiteral("expected ") + typeHint(field.type));
            bindings->append(bound);
            placeholders.append(QStringLiteral("?"));
        }
        *clause = expression + QStringLiteral(" IN (") + placeholders.join(u',') + u')';
        return std::nullopt;
    }
    if (isList)
        return invalidFilter(field.name, condition, QString(),
                             QStringLiteral("expected one value, not a list"));

    const QString text = value.text;
    if (value.kind == PayloadNode::Kind::Null && (condition == u"=" || condition == u"!")) {
        *clause = field.expression() + (condition == u"=" ? QStringLiteral(" IS NULL")
                                                           : QStringLiteral(" IS NOT NULL"));
        return std::nullopt;
    }

    if (condition == u"like%" || condition == u"%like%") {
        const QString prefix = condition == u"%like%" ? QStringLiteral("%") : QString();
        *clause = field.expression() + QStringLiteral(" LIKE ? ESCAPE '\\'");
        bindings->append(QString(prefix + escapeLike(text) + u'%'));
        return std::nullopt;
    }

    if (condition == u"range" || condition == u"daterange") {
        const QStringList bounds = text.split(u',');
        const QVariant low = bounds.size() == 2 ? boundValue(context, field, bounds[0]) : QVariant();
        // A date-only upper bound includes that whole day.
        const QVariant high =
            bounds.size() == 2 ? boundValue(context, field, bounds[1], true) : QVariant();
        if (!low.isValid() || !high.isValid())
            return invalidFilter(field.name, condition, text,
                                 QStringLiteral("expected two values as \"from,to\", each ")
                                     + typeHint(field.type));
        *clause = expression + QStringLiteral(" BETWEEN ? AND ?");
        bindings->append(low);
        bindings->append(high);
        return std::nullopt;
    }

    static const QHash<QString, QString> comparisons{{QStringLiteral(">"), QStringLiteral(">")},
                                                     {QStringLiteral("<"), QStringLiteral("<")},
                                                     {QStringLiteral(">="), QStringLiteral(">=")},
                                                     {QStringLiteral("<="), QStringLiteral("<=")}};
    if (comparisons.contains(condition)) {
        // "<= 2024-05-01" includes that whole day, "> 2024-05-01" starts after it.
        const bool endOfDay = condition == u"<=" || condition == u">";
        const QVariant bound = boundValue(context, field, text, endOfDay);
        if (!bound.isValid())
            return invalidFilter(field.name, condition, text,
                                 QStringLiteral("expected ") + typeHint(field.type));
        *clause = expression + u' ' + comparisons.value(condition) + QStringLiteral(" ?");
        bindings->append(bound);
        return std::nullopt;
    }

    // = and !. Text compares without case, as the service's MySQL collation does. A
    // date-only value matches the whole day.
    QString equal;
    if (field.type == FieldType::Date && text.trimmed().size() == 10) {
        const QVariant from = boundValue(context, field, text);
        const QVariant to = boundValue(context, field, text, true);
        if (!from.isValid())
            return invalidFilter(field.name, condition, text,
                                 QStringLiteral("expected ") + typeHint(field.type));
        equal = expression + QStringLiteral(" BETWEEN ? AND ?");
        bindings->append(from);
        bindings->append(to);
    } else {
        const QVariant bound = boundValue(context, field, text);
        if (!bound.isValid())
            return invalidFilter(field.name, condition, text,
                                 QStringLiteral("expected ") + typeHint(field.type));
        equal = field.type == FieldType::Text ? expression + QStringLiteral(" = ? COLLATE NOCASE")
                                              : expression + QStringLiteral(" = ?");
        bindings->append(bound);
    }
    if (condition == u"!")
        *clause = QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(field.expression(), equal);
    else
        *clause = equal;
    return std::nullopt;
}

} // namespace ResellerDesk::Sandbox
