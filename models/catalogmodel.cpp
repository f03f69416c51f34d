#include "models/catalogmodel.h"

#include "models/modelslogging.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"

#include <algorithm>

namespace ResellerDesk::Models {

namespace {

QString money(double amount)
{
    return QString::number(amount, 'f', 2);
}

// QJsonObject keeps children sorted by id as text ("101" before "2"), but people expect
// numeric order.
QList<Api::CatalogNode> sortedById(QList<Api::CatalogNode> nodes)
{
    std::stable_sort(
        nodes.begin(), nodes.end(), [](const Api::CatalogNode &a, const Api::CatalogNode &b) {
            return a.catalogId().value_or(0) < b.catalogId().value_or(0);
        });
    return nodes;
}

} // namespace

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CatalogModel::~CatalogModel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CatalogModel::setOrderData(const Api::OrderData &data, int ttlSeconds)
{
    beginResetModel();
    m_data = data;
    m_items.clear();
    m_roots.clear();
    addItems(m_data.catalog().nodes(), -1);
    m_expiry = ttlSeconds > 0 ? QDeadlineTimer(qint64(ttlSeconds) * 1000)
                              : QDeadlineTimer(QDeadlineTimer::Forever);
    endResetModel();
}

void CatalogModel::addItems(const QList<Api::CatalogNode> &nodes, int parent)
{
    int row = 0;
    for (const Api::CatalogNode &node : sortedById(nodes)) {
        const int index = int(m_items.size());
        m_items.push_back(Item { node, parent, row++, {} });
        if (parent < 0)
            m_roots.append(index);
        else
            m_items[size_t(parent)].children.append(index);
        addItems(node.children(), index);
    }
}

bool CatalogModel::isFresh() const
{
    return isLoaded() && !m_expiry.hasExpired();
}

void CatalogModel::load(Api::ApiCommands *commands, std::optional<qlonglong> storeId, bool force)
{
    // Another server or token may sell another catalog under the same store id.
    const QString source
        = commands->client()->settings().baseUrl.toString() + commands->client()->settings().token;
    const bool sameSource = source == m_source;
    m_source = source;
    if (!force && isFresh() && storeId == m_storeId && sameSource) {
        emit loaded();
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_storeId = storeId;
    m_reply = commands->orderData(storeId);
    connect(m_reply, &Api::ApiReply::finished, this, &CatalogModel::handleReply);
}

void CatalogModel::handleReply()
{
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->isOk()) {
        qCWarning(lcModels) << "order-data failed:" << reply->error().userMessage();
        emit loadFailed(reply->error());
        return;
    }
    QString message;
    const std::optional<Api::OrderData> data
        = Api::RecordParsing::parseRecord<Api::OrderData>(reply->data(), {}, &message);
    if (!data) {
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Envelope;
        error.command = QStringLiteral("order-data");
        error.detail = message;
        emit loadFailed(error);
        return;
    }
    setOrderData(*data, reply->ttl());
    qCInfo(lcModels) << "catalog loaded with" << m_items.size() << "nodes, ttl" << reply->ttl();
    emit loaded();
}

void CatalogModel::setDisplayCurrency(const QString &currency, double rate)
{
    m_displayCurrency = currency == storeCurrency() ? QString() : currency;
    m_displayRate = m_displayCurrency.isEmpty() || rate <= 0 ? 1.0 : rate;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const int row = m_items[i].row;
        emit dataChanged(createIndex(row, OrderPriceColumn, quintptr(i)),
            createIndex(row, RenewalPriceColumn, quintptr(i)), { Qt::DisplayRole });
    }
}

QString CatalogModel::displayCurrency() const
{
    return m_displayCurrency.isEmpty() ? storeCurrency() : m_displayCurrency;
}

QString CatalogModel::formatAmount(double storeAmount) const
{
    // Rounded to cents after conversion, as the service rounds converted catalog prices.
    return money(storeAmount * m_displayRate) + u' ' + displayCurrency();
}

const CatalogModel::Item *CatalogModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_items.size())
        return nullptr;
    return &m_items[index.internalId()];
}

int CatalogModel::itemIndexOf(qlonglong catalogId) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].node.catalogId() == catalogId)
            return int(i);
    }
    return -1;
}

std::optional<Api::CatalogNode> CatalogModel::node(const QModelIndex &index) const
{
    if (const Item *item = itemAt(index))
        return item->node;
    return std::nullopt;
}

std::optional<Api::CatalogNode> CatalogModel::node(qlonglong catalogId) const
{
    const int i = itemIndexOf(catalogId);
    if (i < 0)
        return std::nullopt;
    return m_items[size_t(i)].node;
}

std::optional<Api::CatalogNode> CatalogModel::parentNode(qlonglong catalogId) const
{
    const int i = itemIndexOf(catalogId);
    if (i < 0 || m_items[size_t(i)].parent < 0)
        return std::nullopt;
    return m_items[size_t(m_items[size_t(i)].parent)].node;
}

QModelIndex CatalogModel::indexOf(qlonglong catalogId) const
{
    const int i = itemIndexOf(catalogId);
    if (i < 0)
        return {};
    return createIndex(m_items[size_t(i)].row, 0, quintptr(i));
}

std::optional<Api::CatalogProduct> CatalogModel::product(const Api::CatalogNode &node) const
{
    if (!node.productId())
        return std::nullopt;
    return m_data.catalog().product(*node.productId());
}

QString CatalogModel::productType(const Api::CatalogNode &node) const
{
    const std::optional<Api::CatalogProduct> found = product(node);
    return found ? found->type() : QString();
}

std::optional<qlonglong> CatalogModel::ownerId(qlonglong catalogId) const
{
    std::optional<Api::CatalogNode> parent = parentNode(catalogId);
    if (parent && productType(*parent) == u"group")
        parent = parentNode(parent->catalogId().value_or(0));
    if (!parent)
        return std::nullopt;
    return parent->catalogId();
}

QString CatalogModel::priceAction(const QString &action)
{
    return action == u"renewal" ? QStringLiteral("renewal") : QStringLiteral("order");
}

QList<int> CatalogModel::periods(qlonglong catalogId, const QString &action) const
{
    const std::optional<Api::CatalogNode> found = node(catalogId);
    if (!found)
        return {};
    return found->prices(priceAction(action)).keys();
}

std::optional<double> CatalogModel::unitPrice(
    qlonglong catalogId, const QString &action, int period) const
{
    const std::optional<Api::CatalogNode> found = node(catalogId);
    if (!found)
        return std::nullopt;
    return found->price(priceAction(action), period);
}

std::optional<qlonglong> CatalogModel::findTopLevel(
    const QString &sku, const QString &datacenter) const
{
    for (int root : m_roots) {
        const Api::CatalogNode &candidate = m_items[size_t(root)].node;
        const std::optional<Api::CatalogProduct> found = product(candidate);
        if (!found || found->sku().compare(sku, Qt::CaseInsensitive) != 0)
            continue;
        if (!datacenter.isEmpty() && found->datacenter() != datacenter)
            continue;
        return candidate.catalogId();
    }
    return std::nullopt;
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &rows = parent.isValid() ? itemAt(parent)->children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    if (!item || item->parent < 0)
        return {};
    return createIndex(m_items[size_t(item->parent)].row, 0, quintptr(item->parent));
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Item *item = itemAt(parent);
    return item ? int(item->children.size()) : 0;
}

int CatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CatalogModel::pricesText(const Api::CatalogNode &node, const QString &action) const
{
    const QMap<int, double> prices = node.prices(action);
    QStringList parts;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        parts.append(tr("%n yr: %1", nullptr, it.key()).arg(formatAmount(it.value())));
    return parts.join(QStringLiteral(", "));
}

QString CatalogModel::limitText(const Api::CatalogNode &node) const
{
    QStringList parts;
    const std::optional<int> min = node.minQuantity();
    const std::optional<int> max = node.maxQuantity();
    if (min || max)
        parts.append(tr("%1 to %2")
                         .arg(min ? QString::number(*min) : QStringLiteral("0"),
                             max ? QString::number(*max) : tr("any")));
    const QList<int> packages = node.packages();
    if (!packages.isEmpty()) {
        QStringList sizes;
        for (int size : packages)
            sizes.append(QString::number(size));
        parts.append(tr("packages %1").arg(sizes.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    const Api::CatalogNode &node = item->node;
    const QString type = productType(node);
    switch (role) {
    case CatalogIdRole:
        return node.catalogId() ? QVariant(*node.catalogId()) : QVariant();
    case ProductTypeRole:
        return type;
    case IsGroupRole:
        return type == u"group";
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return node.name();
    case TypeColumn: {
        const std::optional<Api::CatalogProduct> found = product(node);
        if (found && !found->datacenter().isEmpty()) {
            for (const Api::Datacenter &center : m_data.datacenters()) {
                if (center.key() == found->datacenter())
                    return tr("%1 in %2").arg(type, center.name());
            }
        }
        return type;
    }
    case OrderPriceColumn:
        return pricesText(node, QStringLiteral("order"));
    case RenewalPriceColumn:
        return pricesText(node, QStringLiteral("renewal"));
    case LimitColumn:
        return limitText(node);
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product");
    case TypeColumn:
        return tr("Type");
    case OrderPriceColumn:
        return tr("Order price");
    case RenewalPriceColumn:
        return tr("Renewal price");
    case LimitColumn:
        return tr("Quantity");
    default:
        return {};
    }
}

} // namespace ResellerDesk::Models
