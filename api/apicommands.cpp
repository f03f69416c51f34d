#include "api/apicommands.h"

#include "api/apiclient.h"
#include "api/apireply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ResellerDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::ApiCommands", text);
}

QString idText(qlonglong id)
{
    return QString::number(id);
}

} // namespace

ApiReply *ApiCommands::send(const QString &command, const Payload &payload)
{
    return m_client->call(command, payload);
}

ApiReply *ApiCommands::reject(const QString &command, const QString &detail)
{
    return m_client->rejectCall(command, detail);
}

ApiReply *ApiCommands::sendList(const QString &command, const ListQuery &query)
{
    QString problem;
    if (!query.validate(&problem))
        return reject(command, problem);
    return send(command, query.toPayload());
}

ApiReply *ApiCommands::sendById(
    const QString &command, const QString &key, qlonglong id, const QStringList &with)
{
    if (id <= 0)
        return reject(command,
            tr("the id %1 is not valid. Ids are positive numbers from a "
               "list or details command.")
                .arg(id));
    // Ids go out as strings, as in the reference's examples.
    Payload payload { { key, idText(id) } };
    if (!with.isEmpty())
        payload.insert(QStringLiteral("with"), QJsonArray::fromStringList(with));
    return send(command, payload);
}

ApiReply *ApiCommands::sendByText(
    const QString &command, const QString &key, const QString &value, const QString &what)
{
    if (value.trimmed().isEmpty())
        return reject(command, tr("the %1 is empty. Enter the %1.").arg(what));
    return send(command, Payload { { key, value.trimmed() } });
}

ApiReply *ApiCommands::accountList(const ListQuery &query, bool usageOverview)
{
    ListQuery withUsage = query;
    if (usageOverview)
        withUsage.extra.insert(QStringLiteral("usage_overview"), 1);
    return sendList(QStringLiteral("account-list"), withUsage);
}

ApiReply *ApiCommands::accountDetails(
    qlonglong accountId, const QStringList &with, bool usageOverview)
{
    const QString command = QStringLiteral("account-details");
    if (accountId <= 0 || !usageOverview)
        return sendById(command, QStringLiteral("account_id"), accountId, with);
    Payload payload { { QStringLiteral("account_id"), idText(accountId) } };
    if (!with.isEmpty())
        payload.insert(QStringLiteral("with"), QJsonArray::fromStringList(with));
    payload.insert(QStringLiteral("usage_overview"), 1);
    return send(command, payload);
}

ApiReply *ApiCommands::accountEnums()
{
    return send(QStringLiteral("account-enums"));
}

ApiReply *ApiCommands::democpUrl()
{
    return send(QStringLiteral("democp-url"));
}

ApiReply *ApiCommands::domainList(const ListQuery &query)
{
    return sendList(QStringLiteral("domain-list"), query);
}

ApiReply *ApiCommands::domainDetails(qlonglong domainId, const QStringList &with)
{
    return sendById(QStringLiteral("domain-details"), QStringLiteral("domain_id"), domainId, with);
}

ApiReply *ApiCommands::domainDetailsByName(const QString &domain, const QStringList &with)
{
    const QString command = QStringLiteral("domain-details");
    if (domain.trimmed().isEmpty())
        return reject(command, tr("the domain name is empty. Enter a name such as example.com."));
    Payload payload { { QStringLiteral("domain"), domain.trimmed() } };
    if (!with.isEmpty())
        payload.insert(QStringLiteral("with"), QJsonArray::fromStringList(with));
    return send(command, payload);
}

ApiReply *ApiCommands::domainDetailsByParts(
    const QString &sld, const QString &tld, const QStringList &with)
{
    const QString command = QStringLiteral("domain-details");
    if (sld.trimmed().isEmpty() || tld.trimmed().isEmpty())
        return reject(command,
            tr("the domain name needs both parts, such as \"example\" and "
               "\"com\"; \"%1\" and \"%2\" were given.")
                .arg(sld, tld));
    Payload payload { { QStringLiteral("sld"), sld.trimmed() },
        { QStringLiteral("tld"), tld.trimmed() } };
    if (!with.isEmpty())
        payload.insert(QStringLiteral("with"), QJsonArray::fromStringList(with));
    return send(command, payload);
}

ApiReply *ApiCommands::domainCheck(const QString &domain)
{
    return sendByText(
        QStringLiteral("domain-check"), QStringLiteral("domain"), domain, tr("domain name"));
}

ApiReply *ApiCommands::domainCheck(const QString &sld, const QString &tld)
{
    const QString command = QStringLiteral("domain-check");
    if (sld.trimmed().isEmpty() || tld.trimmed().isEmpty())
        return reject(command,
            tr("the domain name needs both parts, such as \"example\" and "
               "\"com\"; \"%1\" and \"%2\" were given.")
                .arg(sld, tld));
    return send(command,
        Payload {
            { QStringLiteral("tld"), tld.trimmed() }, { QStringLiteral("sld"), sld.trimmed() } });
}

ApiReply *ApiCommands::domainTldSld(const QString &hostname)
{
    return sendByText(
        QStringLiteral("domain-tldsld"), QStringLiteral("hostname"), hostname, tr("host name"));
}

ApiReply *ApiCommands::certificateList(const ListQuery &query)
{
    return sendList(QStringLiteral("certificate-list"), query);
}

ApiReply *ApiCommands::certificateDetails(qlonglong certificateId, const QStringList &with)
{
    return sendById(QStringLiteral("certificate-details"), QStringLiteral("certificate_id"),
        certificateId, with);
}

ApiReply *ApiCommands::sslApproverEmails(const QString &hostname)
{
    return sendByText(QStringLiteral("ssl-approver-emails"), QStringLiteral("hostname"), hostname,
        tr("certificate host name"));
}

ApiReply *ApiCommands::resourceList(const ListQuery &query)
{
    return sendList(QStringLiteral("resource-list"), query);
}

ApiReply *ApiCommands::resourceDetails(qlonglong resourceId, const QStringList &with)
{
    return sendById(QStringLiteral("resource-details"), QStringLiteral("id"), resourceId, with);
}

ApiReply *ApiCommands::clientList(const ListQuery &query)
{
    return sendList(QStringLiteral("client-list"), query);
}

ApiReply *ApiCommands::clientDetails(qlonglong clientId, const QStringList &with)
{
    return sendById(QStringLiteral("client-details"), QStringLiteral("id"), clientId, with);
}

ApiReply *ApiCommands::serviceList(const ListQuery &query)
{
    return sendList(QStringLiteral("service-list"), query);
}

ApiReply *ApiCommands::serviceDetails(qlonglong serviceId, const QStringList &with)
{
    return sendById(QStringLiteral("service-details"), QStringLiteral("id"), serviceId, with);
}

ApiReply *ApiCommands::countries()
{
    return send(QStringLiteral("countries"));
}

ApiReply *ApiCommands::datacenters()
{
    return send(QStringLiteral("datacenters"));
}

ApiReply *ApiCommands::tlds()
{
    return send(QStringLiteral("tlds"));
}

ApiReply *ApiCommands::currencyRates()
{
    return send(QStringLiteral("currencyrates"));
}

ApiReply *ApiCommands::storeList(const ListQuery &query)
{
    return sendList(QStringLiteral("store-list"), query);
}

ApiReply *ApiCommands::storeDetails(qlonglong storeId)
{
    return sendById(QStringLiteral("store-details"), QStringLiteral("id"), storeId);
}

ApiReply *ApiCommands::productList(const ListQuery &query)
{
    return sendList(QStringLiteral("product-list"), query);
}

ApiReply *ApiCommands::productDetails(qlonglong productId)
{
    return sendById(QStringLiteral("product-details"), QStringLiteral("product_id"), productId);
}

ApiReply *ApiCommands::catalog(const CatalogQuery &query)
{
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!query.currency.isEmpty() && !currencyCode.match(query.currency).hasMatch())
        return reject(QStringLiteral("catalog"),
            tr("the currency \"%1\" is not a three-letter code. Use a code such as "
               "USD.")
                .arg(query.currency));
    return send(QStringLiteral("catalog"), query.toPayload());
}

ApiReply *ApiCommands::orderList(const ListQuery &query)
{
    return sendList(QStringLiteral("order-list"), query);
}

ApiReply *ApiCommands::orderDetails(const QString &orderId)
{
    return sendByText(
        QStringLiteral("order-details"), QStringLiteral("order_id"), orderId, tr("order id"));
}

ApiReply *ApiCommands::orderData(std::optional<qlonglong> storeId)
{
    if (!storeId)
        return send(QStringLiteral("order-data"));
    return sendById(QStringLiteral("order-data"), QStringLiteral("store_id"), *storeId);
}

ApiReply *ApiCommands::orderCreate(const OrderRequest &order)
{
    QString problem;
    if (!order.validate(false, &problem))
        return reject(QStringLiteral("order-create"), problem);
    return send(QStringLiteral("order-create"), order.toPayload());
}

ApiReply *ApiCommands::orderDelete(const QString &orderId, std::optional<qlonglong> storeId)
{
    const QString command = QStringLiteral("order-delete");
    if (orderId.trimmed().isEmpty())
        return reject(command, tr("the order id is empty. Enter the order id."));
    Payload payload { { QStringLiteral("order_id"), orderId.trimmed() } };
    if (storeId)
        payload.insert(QStringLiteral("store_id"), idText(*storeId));
    return send(command, payload);
}

ApiReply *ApiCommands::orderUpdate(const OrderRequest &order)
{
    QString problem;
    if (!order.validate(true, &problem))
        return reject(QStringLiteral("order-update"), problem);
    return send(QStringLiteral("order-update"), order.toPayload());
}

ApiReply *ApiCommands::paymentProcessors(const PaymentProcessorQuery &query)
{
    return send(QStringLiteral("payment-processors"), query.toPayload());
}

ApiReply *ApiCommands::paymentList(const ListQuery &query)
{
    return sendList(QStringLiteral("payment-list"), query);
}

ApiReply *ApiCommands::paymentDetails(const QString &paymentId)
{
    return sendByText(QStringLiteral("payment-details"), QStringLiteral("payment_id"), paymentId,
        tr("payment id"));
}

ApiReply *ApiCommands::paymentAdd(const PaymentAddRequest &payment)
{
    QString problem;
    if (!payment.validate(&problem))
        return reject(QStringLiteral("payment-add"), problem);
    return send(QStringLiteral("payment-add"), payment.toPayload());
}

ApiReply *ApiCommands::paymentDelete(const QString &paymentId)
{
    return sendByText(QStringLiteral("payment-delete"), QStringLiteral("payment_id"), paymentId,
        tr("payment id"));
}

ApiReply *ApiCommands::paymentRequestCreate(const PaymentRequestCreateRequest &request)
{
    QString problem;
    if (!request.validate(&problem))
        return reject(QStringLiteral("payment-request-create"), problem);
    return send(QStringLiteral("payment-request-create"), request.toPayload());
}

ApiReply *ApiCommands::paymentRequestDetails(qlonglong paymentRequestId)
{
    return sendById(
        QStringLiteral("payment-request-details"), QStringLiteral("id"), paymentRequestId);
}

ApiReply *ApiCommands::ticketList(const ListQuery &query)
{
    return sendList(QStringLiteral("ticket-list"), query);
}

ApiReply *ApiCommands::ticketDetails(qlonglong ticketId)
{
    return sendById(QStringLiteral("ticket-details"), QStringLiteral("id"), ticketId);
}

ApiReply *ApiCommands::ticketAttachment(qlonglong attachmentId, AttachmentSide side)
{
    const QString command = QStringLiteral("ticket-attachment");
    if (attachmentId <= 0)
        return reject(command,
            tr("the attachment id %1 is not valid. Take the id from the "
               "ticket's message.")
                .arg(attachmentId));
    const QString type
        = side == AttachmentSide::Question ? QStringLiteral("question") : QStringLiteral("answer");
    return send(command,
        Payload { { QStringLiteral("attachment_id"), idText(attachmentId) },
            { QStringLiteral("type"), type } });
}

ApiReply *ApiCommands::ticketPost(const TicketPostRequest &ticket)
{
    QString problem;
    if (!ticket.validate(&problem))
        return reject(QStringLiteral("ticket-post"), problem);
    // Base64 of up to 3 x 20 MB takes tens of milliseconds, so a worker thread encodes it.
    return m_client->callPrepared(QStringLiteral("ticket-post"),
                                  [ticket] { return ticket.toPayload(); });
}

ApiReply *ApiCommands::ticketReply(const TicketReplyRequest &reply)
{
    QString problem;
    if (!reply.validate(&problem))
        return reject(QStringLiteral("ticket-reply"), problem);
    return m_client->callPrepared(QStringLiteral("ticket-reply"),
                                  [reply] { return reply.toPayload(); });
}

ApiReply *ApiCommands::ticketAccountList()
{
    return send(QStringLiteral("ticket-account-list"));
}

ApiReply *ApiCommands::ticketAccountDomains(const QString &username)
{
    if (username.trimmed().isEmpty())
        return send(QStringLiteral("ticket-account-domains"));
    return send(QStringLiteral("ticket-account-domains"),
        Payload { { QStringLiteral("username"), username.trimmed() } });
}

ApiReply *ApiCommands::ticketUser(const QString &username)
{
    return sendByText(QStringLiteral("ticket-user"), QStringLiteral("username"), username,
        tr("support username"));
}

ApiReply *ApiCommands::ticketAuth(const QString &username, const QString &password)
{
    const QString command = QStringLiteral("ticket-auth");
    if (username.trimmed().isEmpty())
        return reject(command, tr("the support username is empty. Enter the username."));
    if (password.isEmpty())
        return reject(command,
            tr("the password is empty. Enter the support account's "
               "password."));
    // The password goes as it is, because spaces at either end may belong to it.
    return send(command,
        Payload { { QStringLiteral("username"), username.trimmed() },
            { QStringLiteral("password"), password } });
}

ApiReply *ApiCommands::videoListLocations()
{
    return send(QStringLiteral("video-list-locations"));
}

bool ApiCommands::isValidRoomName(const QString &room)
{
    // The reference allows "A-Z, 0-9 and underscore" but its own example room is
    // "my-room25", so lowercase letters and '-' are accepted too.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    return pattern.match(room).hasMatch();
}

ApiReply *ApiCommands::videoCreateRoom(const QString &location, const QString &room)
{
    const QString command = QStringLiteral("video-create-room");
    if (location.trimmed().isEmpty())
        return reject(command,
            tr("the location is empty. Pick a host name from "
               "video-list-locations."));
    if (!isValidRoomName(room))
        return reject(command,
            tr("the room name \"%1\" is not valid. Use 1 to 80 letters, "
               "digits, '_' or '-'.")
                .arg(room));
    return send(command,
        Payload {
            { QStringLiteral("location"), location.trimmed() }, { QStringLiteral("room"), room } });
}

} // namespace ResellerDesk::Api
