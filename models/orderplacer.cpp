#include "models/orderplacer.h"

#include "models/modelslogging.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/listquery.h"
#include "api/recordparsing.h"

#include <algorithm>
#include <tuple>

namespace ResellerDesk::Models {

namespace {

using ItemKey = std::tuple<QString, qlonglong, int>;

// Whether the failure leaves open whether the service created the order.
bool isOutcomeUnknown(const Api::ApiError &error)
{
    switch (error.kind) {
    case Api::ApiError::Kind::Api:
    case Api::ApiError::Kind::InvalidRequest:
        return false;
    case Api::ApiError::Kind::Http:
        // A 4xx response comes from the service before it handles the order.
        return error.httpStatus == 0 || error.httpStatus >= 500;
    default:
        return true;
    }
}

} // namespace

OrderPlacer::OrderPlacer(Api::ApiCommands *commands, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
{
}

OrderPlacer::~OrderPlacer()
{
    // An order-create in flight cannot be recalled, so its reply is only ignored and freed.
    if (m_reply) {
        m_reply->disconnect(this);
        connect(m_reply, &Api::ApiReply::finished, m_reply, &QObject::deleteLater);
    }
}

bool OrderPlacer::canPlace() const
{
    return m_state == State::Idle || m_state == State::Rejected;
}

QString OrderPlacer::orderId() const
{
    const QString id = m_result.orderId();
    return id.isEmpty() ? m_result.order().orderId() : id;
}

void OrderPlacer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool OrderPlacer::place(const Api::OrderRequest &request)
{
    if (!canPlace()) {
        qCInfo(lcModels) << "order-create not sent again in state" << m_state;
        return false;
    }
    m_request = request;
    m_sentAt = QDateTime::currentDateTimeUtc();
    setState(State::Sending);
    m_reply = m_commands->orderCreate(request);
    connect(m_reply, &Api::ApiReply::finished, this, &OrderPlacer::handleCreateFinished);
    return true;
}

void OrderPlacer::handleCreateFinished()
{
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->isOk()) {
        QString message;
        const std::optional<Api::OrderResult> result
            = Api::RecordParsing::parseRecord<Api::OrderResult>(reply->data(), {}, &message);
        if (result) {
            m_result = *result;
            qCInfo(lcModels) << "order placed:" << orderId();
            setState(State::Placed);
            emit placed(m_result);
            return;
        }
        // status true means the order exists even if its data cannot be read.
        m_sendError.kind = Api::ApiError::Kind::Envelope;
        m_sendError.command = QStringLiteral("order-create");
        m_sendError.detail = message;
    } else {
        m_sendError = reply->error();
        if (!isOutcomeUnknown(m_sendError)) {
            setState(State::Rejected);
            emit rejected(m_sendError);
            return;
        }
    }
    qCWarning(lcModels) << "order-create outcome unknown:" << m_sendError.userMessage();
    searchRecentOrders();
}

void OrderPlacer::searchRecentOrders()
{
    setState(State::Searching);
    Api::ListQuery query;
    // order-list compares email with %like% and date_from with >=, both under plain keys.
    query.addFilter(QStringLiteral("email"), Api::FilterCondition::Equal, m_request.contact.email);
    const QDateTime from = m_sentAt.addSecs(-searchWindowSeconds);
    query.addFilter(QStringLiteral("date_from"), Api::FilterCondition::Equal,
        from.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    query.with = { QStringLiteral("items") };
    query.limit = 50;
    query.tz = QStringLiteral("UTC");
    m_reply = m_commands->orderList(query);
    connect(m_reply, &Api::ApiReply::finished, this, &OrderPlacer::handleSearchFinished);
}

void OrderPlacer::handleSearchFinished()
{
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    QList<Api::Order> found;
    Api::ApiError searchError = reply->error();
    if (reply->isOk()) {
        QString message;
        const auto page = Api::RecordParsing::parsePage<Api::Order>(reply->data(), &message);
        if (page) {
            for (const Api::Order &order : page->items) {
                if (matches(order, m_request))
                    found.append(order);
            }
        } else {
            searchError.kind = Api::ApiError::Kind::Envelope;
            searchError.command = QStringLiteral("order-list");
            searchError.detail = message;
        }
    }
    qCInfo(lcModels) << "orders matching the unanswered order-create:" << found.size();
    setState(State::Unknown);
    emit outcomeUnknown(found, m_sendError, searchError);
}

bool OrderPlacer::matches(const Api::Order &order, const Api::OrderRequest &request)
{
    if (order.contact().email().compare(request.contact.email, Qt::CaseInsensitive) != 0)
        return false;
    QList<ItemKey> expected;
    for (const Api::OrderItemRequest &item : request.items)
        expected.append({ item.action, item.catalogId.value_or(0), item.period.value_or(0) });
    QList<ItemKey> actual;
    for (const Api::OrderItem &item : order.items())
        actual.append({ item.action(), item.catalogId().value_or(0),
            item.action() == u"purchase" ? 0 : item.period().value_or(0) });
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    return expected == actual;
}

QString OrderPlacer::describeUnknownOutcome(const Api::ApiError &sendError)
{
    if (sendError.kind == Api::ApiError::Kind::Transport
        && sendError.detail == Api::ApiClient::closedConnectionDetail())
        return tr("No response to order-create: the server closed the connection; the order may "
                  "or may not have been created: check the Orders page before trying again.");
    return sendError.userMessage();
}

void OrderPlacer::adopt(const Api::Order &order)
{
    m_result = Api::OrderResult(QJsonObject { { QStringLiteral("order_id"), order.orderId() },
        { QStringLiteral("order"), order.fields() } });
    setState(State::Placed);
    emit placed(m_result);
}

void OrderPlacer::allowResend()
{
    if (m_state == State::Unknown)
        setState(State::Idle);
}

} // namespace ResellerDesk::Models
