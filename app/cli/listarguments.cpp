#include "listarguments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

namespace ResellerDesk::Cli::ListArguments {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Cli::ListArguments", text);
}

// Condition tokens as the reference spells them, longest first, so that ">=" is tried before
// ">" and "%like%" before "like%".
const QList<std::pair<QString, Api::FilterCondition>> &conditionTokens()
{
    using Api::FilterCondition;
    static const QList<std::pair<QString, FilterCondition>> tokens = {
        { QStringLiteral("daterange"), FilterCondition::DateRange },
        { QStringLiteral("%like%"), FilterCondition::LikeAnywhere },
        { QStringLiteral("like%"), FilterCondition::LikePrefix },
        { QStringLiteral("range"), FilterCondition::Range },
        { QStringLiteral(">="), FilterCondition::GreaterOrEqual },
        { QStringLiteral("<="), FilterCondition::LessOrEqual },
        { QStringLiteral("in"), FilterCondition::In },
        { QStringLiteral("="), FilterCondition::Equal },
        { QStringLiteral("!"), FilterCondition::NotEqual },
        { QStringLiteral(">"), FilterCondition::Greater },
        { QStringLiteral("<"), FilterCondition::Less },
    };
    return tokens;
}

QString filterExample()
{
    return tr("Use property=value or property:condition=value, for example "
              "--filter domain:like%=example or --filter days_to_expire:<=30.");
}

} // namespace

bool parseFilter(const QString &argument, Api::Filter *filter, QString *errorMessage)
{
    const qsizetype equals = argument.indexOf(u'=');
    const qsizetype colon = argument.indexOf(u':');
    const bool hasCondition = colon >= 0 && (equals < 0 || colon < equals);
    if (!hasCondition && equals < 0) {
        *errorMessage = tr("Invalid --filter \"%1\": the '=' before the value is missing. %2")
                            .arg(argument, filterExample());
        return false;
    }

    QString value;
    if (!hasCondition) {
        filter->property = argument.left(equals);
        filter->condition = Api::FilterCondition::Equal;
        value = argument.mid(equals + 1);
    } else {
        filter->property = argument.left(colon);
        const QString rest = argument.mid(colon + 1);
        bool matched = false;
        for (const auto &[token, condition] : conditionTokens()) {
            // Word conditions need the '=' before the value. After a symbol it may be left
            // out, so "days:<=30" reads as a person means it (at most 30), and the literal
            // "days:<==30" of property:condition=value gives the same.
            const bool symbol = !token.front().isLetter() && token.front() != u'%';
            if (rest.startsWith(token + u'=')) {
                value = rest.mid(token.size() + 1);
            } else if (symbol && rest.startsWith(token)) {
                value = rest.mid(token.size());
            } else {
                continue;
            }
            filter->condition = condition;
            matched = true;
            break;
        }
        if (!matched && equals < 0) {
            *errorMessage = tr("Invalid --filter \"%1\": the '=' before the value is missing. %2")
                                .arg(argument, filterExample());
            return false;
        }
        if (!matched) {
            QStringList tokens;
            for (const auto &entry : conditionTokens())
                tokens.append(entry.first);
            *errorMessage = tr("Invalid --filter \"%1\": unknown condition \"%2\". Use one of "
                               "%3. %4")
                                .arg(argument, rest.section(u'=', 0, 0),
                                    tokens.join(QStringLiteral(" ")), filterExample());
            return false;
        }
    }
    // "days_to_expire<=30" lacks the colon, so the condition became part of the property.
    static const QRegularExpression conditionCharacters(QStringLiteral("[<>!%]"));
    if (filter->property.contains(conditionCharacters)) {
        *errorMessage = tr("Invalid --filter \"%1\": put a ':' between the property and the "
                           "condition. %2")
                            .arg(argument, filterExample());
        return false;
    }
    if (filter->property.isEmpty()) {
        *errorMessage = tr("Invalid --filter \"%1\": the property name is missing. %2")
                            .arg(argument, filterExample());
        return false;
    }

    if (filter->condition == Api::FilterCondition::In)
        filter->value = QJsonArray::fromStringList(value.split(u','));
    else
        filter->value = value;
    return true;
}

bool parseOrderBy(const QString &argument, Api::SortKey *key, QString *errorMessage)
{
    const QString direction = argument.section(u':', 1).toLower();
    key->property = argument.section(u':', 0, 0);
    if (key->property.isEmpty()
        || (direction != u"asc" && direction != u"desc"
            && !(direction.isEmpty() && !argument.contains(u':')))) {
        *errorMessage = tr("Invalid --order-by \"%1\". Use property, property:asc or "
                           "property:desc, for example --order-by end_date:desc.")
                            .arg(argument);
        return false;
    }
    key->ascending = direction != u"desc";
    return true;
}

bool parsePositive(
    const QString &optionName, const QString &text, int *number, QString *errorMessage)
{
    bool ok = false;
    *number = text.trimmed().toInt(&ok);
    if (!ok || *number < 1) {
        *errorMessage = tr("Invalid --%1 value \"%2\". Pass a whole number of 1 or more.")
                            .arg(optionName, text);
        return false;
    }
    return true;
}

} // namespace ResellerDesk::Cli::ListArguments
