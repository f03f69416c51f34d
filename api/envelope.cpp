#include "api/envelope.h"

#include "api/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ResellerDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::ApiMessage", text);
}

// Turns "some_code" into "Some code".
QString readableCode(const QString &code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Sentences for codes without a field part. The keys are the service's message codes.
QString describeSimpleCode(const QString &code)
{
    static const QHash<QString, const char *> sentences = {
        {QStringLiteral("unauthorized"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The API token was rejected. Check the token in the connection "
                           "settings and that API access is enabled for it.")},
        {QStringLiteral("invalid_signature"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The request signature was rejected. Check the HMAC secret and that "
                           "the computer's clock is correct.")},
        {QStringLiteral("invalid_timestamp"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The request time stamp (ts) was rejected as too old or in the "
                           "future. Check that the computer's clock and time zone are correct.")},
        {QStringLiteral("invalid_json"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The API could not read the request body as JSON.")},
        {QStringLiteral("invalid_command"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The API does not know this command. Check the command name and the "
                           "API address.")},
        {QStringLiteral("invalid_nonce"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The request nonce was rejected as used before. Try again.")},
        {QStringLiteral("system_error"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The service had an internal error. Try again later.")},
        {QStringLiteral("domain_not_available"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage",
                           "The domain name is not available for registration.")},
        {QStringLiteral("not_found"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage", "The requested item was not found.")},
        {QStringLiteral("order_create_success"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage", "The order was created.")},
        {QStringLiteral("order_update_success"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage", "The order was updated.")},
        {QStringLiteral("order_delete_success"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage", "The order was deleted.")},
        {QStringLiteral("add_payment_success"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage", "The payment was added.")},
        {QStringLiteral("delete_payment_success"),
         QT_TRANSLATE_NOOP("ResellerDesk::Api::ApiMessage", "The payment was deleted.")},
    };
    const auto it = sentences.constFind(code);
    if (it != sentences.constEnd())
        return tr(it.value());
    return readableCode(code) + QLatin1Char('.');
}

} // namespace

QString ApiMessage::describe() const
{
    // Field errors arrive as "condition:path", e.g. "invalid:contact.email" or
    // "required:domain.sld"; params.item_index gives the index of the item in a list.
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return describeSimpleCode(code);

    const QString condition = code.left(colon);
    const QString field = code.mid(colon + 1);
    QString sentence;
    if (condition == QLatin1String("required"))
        sentence = tr("The field \"%1\" is required but missing.").arg(field);
    else if (condition == QLatin1String("invalid"))
        sentence = tr("The field \"%1\" has an invalid value.").arg(field);
    else if (condition == QLatin1String("not_found"))
        sentence = tr("No item with the given \"%1\" was found.").arg(field);
    else
        sentence = tr("%1: \"%2\".").arg(readableCode(condition), field);

    const std::optional<int> itemIndex = JsonValues::toInt(params.value(QLatin1String("item_index")));
    if (itemIndex)
        sentence += QLatin1Char(' ') + tr("This concerns item %1 (counted from 0).").arg(*itemIndex);
    return sentence;
}

ApiMessage ApiMessage::fromJson(const QJsonValue &value)
{
    ApiMessage message;
    if (value.isString()) {
        // Tolerated so that a bare code string still reaches the user.
        message.type = QStringLiteral("error");
        message.code = value.toString();
        return message;
    }
    const QJsonObject object = value.toObject();
    message.type = JsonValues::toText(object.value(QLatin1String("type")));
    message.code = JsonValues::toText(object.value(QLatin1String("code")));
    const QJsonValue params = object.value(QLatin1String("params"));
    if (params.isObject()) {
        message.params = params.toObject();
    } else if (params.isArray()) {
        // PHP sends an empty or list-like array as a JSON list.
        const QJsonArray list = params.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            message.params.insert(QString::number(i), list.at(i));
    }
    return message;
}

Envelope parseEnvelope(const QByteArray &body)
{
    Envelope envelope;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        envelope.error = QCoreApplication::translate("ResellerDesk::Api::Envelope",
                                                     "The response is not valid JSON (%1 at byte "
                                                     "%2 of %3).")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)
                                 .arg(body.size());
        return envelope;
    }
    if (!document.isObject()) {
        envelope.error = QCoreApplication::translate("ResellerDesk::Api::Envelope",
                                                     "The response is JSON but not an object.");
        return envelope;
    }

    const QJsonObject object = document.object();
    const std::optional<bool> status = JsonValues::toBool(object.value(QLatin1String("status")));
    if (!status) {
        envelope.error = QCoreApplication::translate("ResellerDesk::Api::Envelope",
                                                     "The response has no \"status\" value.");
        return envelope;
    }
    envelope.status = *status;
    envelope.ttl = JsonValues::toInt(object.value(QLatin1String("ttl"))).value_or(0);
    envelope.data = object.value(QLatin1String("data"));

    // PHP writes an empty messages array as [] but a keyed one as {}, so both are read.
    const QJsonValue messages = object.value(QLatin1String("messages"));
    if (messages.isArray()) {
        for (const QJsonValue &message : messages.toArray())
            envelope.messages.append(ApiMessage::fromJson(message));
    } else if (messages.isObject()) {
        for (const QJsonValue &message : messages.toObject())
            envelope.messages.append(ApiMessage::fromJson(message));
    }
    return envelope;
}

} // namespace ResellerDesk::Api
