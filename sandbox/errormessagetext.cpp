#include "sandbox/errormessagetext.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace ResellerDesk::Sandbox {

namespace {

// Returns a param value as text: strings as they are, other scalars as JSON writes them, lists
// and objects as compact JSON.
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

QString composeErrorText(const QString &code, const QJsonObject &params)
{
    const qsizetype colon = code.indexOf(u':');
    if (colon < 0)
        return {};
    const QString kind = code.left(colon);
    const QString field = code.mid(colon + 1);
    const QString reason = valueText(params.value(QStringLiteral("reason")));
    const bool hasValue = params.contains(QStringLiteral("value"));

    QString text;
    if (kind == u"required") {
        text = QStringLiteral("%1 is required").arg(field);
    } else if (kind == u"invalid") {
        text = hasValue ? QStringLiteral("%1 \"%2\" is invalid")
                              .arg(field, valueText(params.value(QStringLiteral("value"))))
                        : QStringLiteral("%1 is invalid").arg(field);
    } else {
        return {};
    }
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    if (params.contains(QStringLiteral("item_index")))
        text += QStringLiteral(" (item %1, counted from 0)")
                    .arg(valueText(params.value(QStringLiteral("item_index"))));
    return text;
}

QJsonArray addErrorTexts(const QJsonArray &messages)
{
    QJsonArray result;
    for (const QJsonValue &entry : messages) {
        QJsonObject message = entry.toObject();
        QJsonObject params = message.value(QStringLiteral("params")).toObject();
        const QString text =
            composeErrorText(message.value(QStringLiteral("code")).toString(), params);
        if (message.value(QStringLiteral("type")) == QStringLiteral("error") && !text.isEmpty()
            && !params.contains(QStringLiteral("message"))) {
            params.insert(QStringLiteral("message"), text);
            message.insert(QStringLiteral("params"), params);
        }
        result.append(message);
    }
    return result;
}

} // namespace ResellerDesk::Sandbox
