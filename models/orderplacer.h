#pragma once

#include "api/apierror.h"
#include "api/orderrecords.h"
#include "api/orderrequest.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ResellerDesk::Api {
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {

// Sends order-create at most once per request. ApiClient never retries order-create, and
// place() rejects a send while a request is in flight or after an order was placed, so
// double clicks cannot create two orders, and ApiClient sends order-create so that Qt's HTTP
// layer cannot resend it either (see apiclient.cpp). When the reply is lost
// (transport error, timeout, HTTP 5xx, unreadable body) the order may exist anyway: the
// placer then searches the recent order-list for orders with the same e-mail and items and
// reports them with outcomeUnknown(), and sends again only after allowResend().
class OrderPlacer : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Sending,
        // order-create's outcome is unknown and order-list is being searched.
        Searching,
        // Waiting for adopt() or allowResend() after outcomeUnknown().
        Unknown,
        Placed,
        // The service rejected the order; nothing was created, so a fixed request may be sent.
        Rejected,
    };
    Q_ENUM(State)

    // Orders placed this long before the request count as possible duplicates.
    // NOTE: the reference does not say in which time zone order-list compares date_from, so
    // the window has a day's margin for any zone. The user sees each match's date and picks.
    static constexpr int searchWindowSeconds = 26 * 3600;

    explicit OrderPlacer(Api::ApiCommands *commands, QObject *parent = nullptr);
    ~OrderPlacer() override;

    State state() const { return m_state; }
    bool canPlace() const;
    const Api::OrderResult &result() const { return m_result; }
    QString orderId() const;

    // Sends order-create. Returns false and sends nothing unless canPlace().
    bool place(const Api::OrderRequest &request);
    // Takes an order found after a lost reply as the placed order.
    void adopt(const Api::Order &order);
    // Confirms after outcomeUnknown() that no order was created, so place() may send again.
    void allowResend();

    // Whether an order from order-list (with its items) has the request's contact e-mail and
    // the same items, by action, catalog id and period.
    static bool matches(const Api::Order &order, const Api::OrderRequest &request);
    // Returns the translated text for an order-create whose outcome is unknown after
    // sendError, which names a closed connection where that is the cause.
    static QString describeUnknownOutcome(const Api::ApiError &sendError);

signals:
    void stateChanged(ResellerDesk::Models::OrderPlacer::State state);
    void placed(const ResellerDesk::Api::OrderResult &result);
    void rejected(const ResellerDesk::Api::ApiError &error);
    // matches is empty when the search found no such order or failed (searchError is set).
    void outcomeUnknown(const QList<ResellerDesk::Api::Order> &matches,
        const ResellerDesk::Api::ApiError &sendError,
        const ResellerDesk::Api::ApiError &searchError);

private:
    void setState(State state);
    void handleCreateFinished();
    void searchRecentOrders();
    void handleSearchFinished();

    Api::ApiCommands *m_commands = nullptr;
    State m_state = State::Idle;
    Api::OrderRequest m_request;
    QDateTime m_sentAt;
    Api::ApiError m_sendError;
    Api::OrderResult m_result;
    QPointer<Api::ApiReply> m_reply;
};

} // namespace ResellerDesk::Models
