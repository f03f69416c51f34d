#pragma once

#include "api/commandrequests.h"
#include "api/listquery.h"
#include "api/orderrequest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ResellerDesk::Api {

class ApiClient;
class ApiReply;

// Side of a ticket message that an attachment belongs to.
enum class AttachmentSide { Question, Answer };

// One typed call per command of the API. Each method checks its arguments, builds the
// documented payload and returns the ApiClient's reply, which the caller owns. Arguments that
// fail a check give a reply that sends nothing and finishes with ApiError::InvalidRequest and
// a message naming the value. Read a finished reply's data() with the parser of the result
// type (see recordparsing.h and docs/architecture.md, "Typed commands").
class ApiCommands
{
public:
    explicit ApiCommands(ApiClient *client)
        : m_client(client)
    {
    }
    ApiClient *client() const { return m_client; }

    // Hosting accounts, domains, certificates, resources, clients, services.
    ApiReply *accountList(const ListQuery &query = {}, bool usageOverview = false);
    ApiReply *accountDetails(
        qlonglong accountId, const QStringList &with = {}, bool usageOverview = false);
    ApiReply *accountEnums();
    ApiReply *democpUrl();
    ApiReply *domainList(const ListQuery &query = {});
    ApiReply *domainDetails(qlonglong domainId, const QStringList &with = {});
    ApiReply *domainDetailsByName(const QString &domain, const QStringList &with = {});
    ApiReply *domainDetailsByParts(
        const QString &sld, const QString &tld, const QStringList &with = {});
    ApiReply *domainCheck(const QString &domain);
    ApiReply *domainCheck(const QString &sld, const QString &tld);
    ApiReply *domainTldSld(const QString &hostname);
    ApiReply *certificateList(const ListQuery &query = {});
    ApiReply *certificateDetails(qlonglong certificateId, const QStringList &with = {});
    ApiReply *sslApproverEmails(const QString &hostname);
    ApiReply *resourceList(const ListQuery &query = {});
    ApiReply *resourceDetails(qlonglong resourceId, const QStringList &with = {});
    ApiReply *clientList(const ListQuery &query = {});
    ApiReply *clientDetails(qlonglong clientId, const QStringList &with = {});
    ApiReply *serviceList(const ListQuery &query = {});
    ApiReply *serviceDetails(qlonglong serviceId, const QStringList &with = {});

    // Lookups, stores, products and the catalog.
    ApiReply *countries();
    ApiReply *datacenters();
    ApiReply *tlds();
    ApiReply *currencyRates();
    ApiReply *storeList(const ListQuery &query = {});
    ApiReply *storeDetails(qlonglong storeId);
    ApiReply *productList(const ListQuery &query = {});
    ApiReply *productDetails(qlonglong productId);
    ApiReply *catalog(const CatalogQuery &query = {});

    // Orders and payments. storeId is needed with a reseller-level token.
    ApiReply *orderList(const ListQuery &query = {});
    ApiReply *orderDetails(const QString &orderId);
    ApiReply *orderData(std::optional<qlonglong> storeId = std::nullopt);
    ApiReply *orderCreate(const OrderRequest &order);
    ApiReply *orderDelete(const QString &orderId, std::optional<qlonglong> storeId = std::nullopt);
    ApiReply *orderUpdate(const OrderRequest &order);
    ApiReply *paymentProcessors(const PaymentProcessorQuery &query = {});
    ApiReply *paymentList(const ListQuery &query = {});
    ApiReply *paymentDetails(const QString &paymentId);
    ApiReply *paymentAdd(const PaymentAddRequest &payment);
    ApiReply *paymentDelete(const QString &paymentId);
    ApiReply *paymentRequestCreate(const PaymentRequestCreateRequest &request);
    ApiReply *paymentRequestDetails(qlonglong paymentRequestId);

    // Support tickets and video conferences (reseller-level token only).
    ApiReply *ticketList(const ListQuery &query = {});
    ApiReply *ticketDetails(qlonglong ticketId);
    ApiReply *ticketAttachment(qlonglong attachmentId, AttachmentSide side);
    ApiReply *ticketPost(const TicketPostRequest &ticket);
    ApiReply *ticketReply(const TicketReplyRequest &reply);
    ApiReply *ticketAccountList();
    // An empty username selects the reseller Account Panel's support account.
    ApiReply *ticketAccountDomains(const QString &username = {});
    ApiReply *ticketUser(const QString &username);
    ApiReply *ticketAuth(const QString &username, const QString &password);
    ApiReply *videoListLocations();
    ApiReply *videoCreateRoom(const QString &location, const QString &room);

    // Checks a room name for video-create-room: 1 to 80 letters, digits, '_' and '-'.
    static bool isValidRoomName(const QString &room);

private:
    ApiReply *send(const QString &command, const Payload &payload = {});
    ApiReply *reject(const QString &command, const QString &detail);
    ApiReply *sendList(const QString &command, const ListQuery &query);
    ApiReply *sendById(
        const QString &command, const QString &key, qlonglong id, const QStringList &with = {});
    ApiReply *sendByText(
        const QString &command, const QString &key, const QString &value, const QString &what);

    ApiClient *m_client = nullptr;
};

} // namespace ResellerDesk::Api
