#include "sandbox/orderrequest.h"

#include "sandbox/catalog.h"
#include "sandbox/commandcontext.h"
#include "sandbox/commercesupport.h"
#include "sandbox/referencedata.h"
#include "sandbox/requestpayload.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

namespace {

QString textOf(const PayloadNode *node)
{
    if (!node)
        return {};
    if (node->kind == PayloadNode::Kind::Bool)
        return node->boolean ? QStringLiteral("1") : QStringLiteral("0");
    if (node->kind == PayloadNode::Kind::String || node->kind == PayloadNode::Kind::Number)
        return node->text.trimmed();
    return {};
}

// Returns the node at a dotted path such as "domain.sld", or null.
const PayloadNode *nodeAt(const PayloadNode &root, const QString &path)
{
    const PayloadNode *node = &root;
    for (const QString &key : path.split(u'.')) {
        node = node->child(key);
        if (!node)
            return nullptr;
    }
    return node;
}

QString textAt(const PayloadNode &root, const QString &path)
{
    return textOf(nodeAt(root, path));
}

bool isObject(const PayloadNode *node)
{
    return node
        && (node->kind == PayloadNode::Kind::Object || node->kind == PayloadNode::Kind::Array)
        && !node->children.isEmpty();
}

bool isHostname(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

const QStringList &OrderRequest::requiredContactFields()
{
    static const QStringList fields = QStringLiteral("firstname lastname address city state zip "
                                                     "country email phone_country phone")
                                          .split(u' ');
    return fields;
}

const QStringList &OrderRequest::contactFields()
{
    static const QStringList fields = QStringLiteral(
        "firstname lastname company job address address2 city state zip country email email2 "
        "phone_country phone fax_country fax invoice_request invoice_type invoice_name "
        "invoice_ceo invoice_identity invoice_vat_number invoice_country invoice_address")
                                          .split(u' ');
    return fields;
}

OrderRequest::OrderRequest(
    const CommandContext &context, const Catalog &catalog, const QString &storeId, double rate)
    : m_context(context)
    , m_catalog(catalog)
    , m_storeId(storeId)
    , m_rate(rate)
{
}

void OrderRequest::addError(const QString &code, const QString &itemKey, const QJsonObject &params)
{
    QJsonObject all = params;
    if (!itemKey.isNull())
        all.insert(QStringLiteral("item_index"), itemKey);
    m_errors.append(Commerce::errorMessage(code, all));
}

QJsonArray OrderRequest::validateContact(const QJsonObject &contact) const
{
    QJsonArray errors;
    for (const QString &field : requiredContactFields()) {
        if (contact.value(field).toString().trimmed().isEmpty())
            errors.append(Commerce::errorMessage(QStringLiteral("required:") + field));
    }
    const QJsonObject countries = ReferenceData::countries(m_context);
    for (const char *field : { "country", "phone_country", "fax_country", "invoice_country" }) {
        const QString value = contact.value(QLatin1String(field)).toString().trimmed();
        if (!value.isEmpty() && !countries.contains(value.toUpper()))
            errors.append(Commerce::errorMessage(QStringLiteral("invalid:") + QLatin1String(field),
                { { QStringLiteral("value"), value },
                    { QStringLiteral("reason"),
                        QStringLiteral("expected an ISO2 code; see countries") } }));
    }
    for (const char *field : { "email", "email2" }) {
        const QString value = contact.value(QLatin1String(field)).toString().trimmed();
        if (!value.isEmpty() && !isEmail(value))
            errors.append(Commerce::errorMessage(QStringLiteral("invalid:") + QLatin1String(field),
                { { QStringLiteral("value"), value } }));
    }
    const QString invoiceType = contact.value(QStringLiteral("invoice_type")).toString();
    if (!invoiceType.isEmpty() && invoiceType != u"personal" && invoiceType != u"business")
        errors.append(Commerce::errorMessage(QStringLiteral("invalid:invoice_type"),
            { { QStringLiteral("value"), invoiceType },
                { QStringLiteral("reason"), QStringLiteral("expected personal or business") } }));
    if (invoiceType == u"business"
        && contact.value(QStringLiteral("invoice_ceo")).toString().trimmed().isEmpty())
        errors.append(Commerce::errorMessage(QStringLiteral("required:invoice_ceo")));
    return errors;
}

QJsonArray OrderRequest::validateItems(const PayloadNode *items, const QJsonObject &contact)
{
    m_items.clear();
    m_errors = QJsonArray();
    if (!isObject(items)) {
        m_errors.append(Commerce::errorMessage(QStringLiteral("required:items")));
        return m_errors;
    }
    if (items->children.size() > MaxItems) {
        m_errors.append(Commerce::errorMessage(QStringLiteral("invalid:items"),
            { { QStringLiteral("count"), static_cast<int>(items->children.size()) },
                { QStringLiteral("max"), MaxItems },
                { QStringLiteral("reason"), QStringLiteral("too many items; split the order") } }));
        return m_errors;
    }
    for (const auto &[key, item] : items->children)
        validateItem(key, item, contact);
    if (m_errors.isEmpty())
        validateParents();
    if (m_errors.isEmpty())
        validateGroups();
    return m_errors;
}

void OrderRequest::validateItem(
    const QString &key, const PayloadNode &item, const QJsonObject &contact)
{
    OrderItemDraft draft;
    draft.key = key;
    if (item.kind != PayloadNode::Kind::Object) {
        addError(QStringLiteral("invalid:items"), key,
            { { QStringLiteral("reason"), QStringLiteral("expected an object per item") } });
        return;
    }
    const qsizetype errorsBefore = m_errors.size();
    draft.requestedId = textAt(item, QStringLiteral("item_id"));
    if (draft.requestedId.isEmpty())
        addError(QStringLiteral("required:items.item_id"), key);
    draft.parentRequestedId = textAt(item, QStringLiteral("parent"));
    draft.parentResourceId = textAt(item, QStringLiteral("parent_resource_id"));
    if (!draft.parentResourceId.isEmpty() && !resourceExists(draft.parentResourceId))
        addError(QStringLiteral("not_found:items.parent_resource_id"), key,
            { { QStringLiteral("value"), draft.parentResourceId },
                { QStringLiteral("reason"),
                    QStringLiteral("no resource of this store has this id; see resource-list") } });
    if (!draft.parentResourceId.isEmpty())
        draft.meta.insert(QStringLiteral("parent_resource_id"), draft.parentResourceId);
    draft.action = textAt(item, QStringLiteral("action"));
    static const QStringList actions { QStringLiteral("order"), QStringLiteral("renewal"),
        QStringLiteral("upgrade"), QStringLiteral("purchase") };
    if (draft.action.isEmpty()) {
        addError(QStringLiteral("required:items.action"), key);
        return;
    }
    if (!actions.contains(draft.action)) {
        addError(QStringLiteral("invalid:items.action"), key,
            { { QStringLiteral("value"), draft.action },
                { QStringLiteral("reason"),
                    QStringLiteral("expected order, renewal, upgrade or purchase") } });
        return;
    }

    const QString quantity = textAt(item, QStringLiteral("quantity"));
    bool ok = true;
    draft.quantity = quantity.isEmpty() ? 1 : quantity.toInt(&ok);
    if (!ok || draft.quantity < 1) {
        addError(QStringLiteral("invalid:items.quantity"), key,
            { { QStringLiteral("value"), quantity },
                { QStringLiteral("reason"),
                    QStringLiteral("expected a whole number of 1 or more") } });
        return;
    }

    if (draft.action == u"purchase")
        validatePurchase(draft, item);
    else
        validateCatalogItem(draft, item);

    // An item without its own contact inherits the order's contact.
    QJsonObject itemContact;
    const PayloadNode *ownContact = item.child(QStringLiteral("contact"));
    for (const QString &field : QStringLiteral("firstname lastname company address address2 city "
                                               "state zip country email email2 phone_country "
                                               "phone fax_country fax")
                                    .split(u' ')) {
        const QString value = isObject(ownContact) ? textOf(ownContact->child(field)) : QString();
        itemContact.insert(field, isObject(ownContact) ? value : contact.value(field).toString());
    }
    if (isObject(ownContact)) {
        for (const QString &field : requiredContactFields()) {
            if (itemContact.value(field).toString().isEmpty())
                addError(QStringLiteral("required:items.contact.") + field, key);
        }
    }
    if (draft.action != u"purchase")
        draft.meta.insert(QStringLiteral("contact"), itemContact);
    if (m_errors.size() == errorsBefore)
        m_items.append(draft);
}

void OrderRequest::validatePurchase(OrderItemDraft &draft, const PayloadNode &item)
{
    // Custom products are not catalog nodes: the request sets their label, price and text.
    const QString label = textAt(item, QStringLiteral("item"));
    if (label != u"custom")
        addError(label.isEmpty() ? QStringLiteral("required:items.item")
                                 : QStringLiteral("invalid:items.item"),
            draft.key,
            { { QStringLiteral("value"), label },
                { QStringLiteral("reason"),
                    QStringLiteral("a purchase item must be \"custom\"") } });
    const QString price = textAt(item, QStringLiteral("price"));
    bool ok = false;
    const double amount = price.toDouble(&ok);
    if (price.isEmpty())
        addError(QStringLiteral("required:items.price"), draft.key);
    else if (!ok || amount < 0 || amount > Commerce::MaxAmount)
        addError(QStringLiteral("invalid:items.price"), draft.key,
            { { QStringLiteral("value"), price },
                { QStringLiteral("reason"),
                    QStringLiteral("expected an amount from 0 to 1000000000") } });
    const QString description = textAt(item, QStringLiteral("purchase.items"));
    if (description.isEmpty())
        addError(QStringLiteral("required:items.purchase.items"), draft.key);
    draft.label = QStringLiteral("custom");
    draft.price = Commerce::roundMoney(amount * draft.quantity);
    draft.meta.insert(
        QStringLiteral("purchase"), QJsonObject { { QStringLiteral("items"), description } });
}

void OrderRequest::validateCatalogItem(OrderItemDraft &draft, const PayloadNode &item)
{
    const QString catalogId = textAt(item, QStringLiteral("catalog_id"));
    if (catalogId.isEmpty()) {
        addError(QStringLiteral("required:items.catalog_id"), draft.key);
        return;
    }
    draft.node = m_catalog.node(catalogId);
    if (!draft.node) {
        addError(QStringLiteral("not_found:items.catalog_id"), draft.key,
            { { QStringLiteral("value"), catalogId } });
        return;
    }
    if (draft.node->isGroup()) {
        addError(QStringLiteral("invalid:items.catalog_id"), draft.key,
            { { QStringLiteral("value"), catalogId },
                { QStringLiteral("reason"),
                    QStringLiteral("a group cannot be ordered; order one of its children") } });
        return;
    }
    if (draft.action != u"order") {
        draft.resourceId = textAt(item, QStringLiteral("resource_id"));
        if (draft.resourceId.isEmpty())
            addError(QStringLiteral("required:items.resource_id"), draft.key,
                { { QStringLiteral("reason"),
                    QStringLiteral("renewal and upgrade need the existing resource") } });
        else if (!resourceExists(draft.resourceId))
            addError(QStringLiteral("not_found:items.resource_id"), draft.key,
                { { QStringLiteral("value"), draft.resourceId },
                    { QStringLiteral("reason"),
                        QStringLiteral(
                            "no resource of this store has this id; see resource-list") } });
    }
    if (!draft.node->packages.isEmpty()
        && !draft.node->packages.contains(QString::number(draft.quantity)))
        addError(QStringLiteral("invalid:items.quantity"), draft.key,
            { { QStringLiteral("value"), draft.quantity },
                { QStringLiteral("packages"), draft.node->packages },
                { QStringLiteral("reason"), QStringLiteral("order one of the packages") } });

    const QString period = textAt(item, QStringLiteral("period"));
    bool ok = false;
    draft.period = period.toInt(&ok);
    if (period.isEmpty()) {
        addError(QStringLiteral("required:items.period"), draft.key);
        return;
    }
    const std::optional<double> unitPrice
        = ok ? m_catalog.unitPrice(*draft.node, draft.action, draft.period) : std::nullopt;
    if (!unitPrice) {
        addError(QStringLiteral("invalid:items.period"), draft.key,
            { { QStringLiteral("value"), period },
                { QStringLiteral("max"), m_catalog.maxPeriod(*draft.node, draft.action) },
                { QStringLiteral("reason"),
                    QStringLiteral("no active price for this period; see the catalog") } });
        return;
    }
    draft.price = Commerce::roundMoney(*unitPrice * m_rate * draft.quantity);
    draft.label = draft.node->name;

    if (draft.action != u"order")
        return;
    const QString &type = draft.node->type;
    if (type == u"hosting" || type == u"server")
        validateHosting(draft, item);
    else if (type == u"domain")
        validateDomain(draft, item);
    else if (type == u"ssl")
        validateSsl(draft, item);
}

void OrderRequest::validateHosting(OrderItemDraft &draft, const PayloadNode &item)
{
    const QString metaKey = draft.node->type;
    const QString hostname = textAt(item, metaKey + QStringLiteral(".hostname")).toLower();
    if (hostname.isEmpty()) {
        addError(
            QStringLiteral("required:items.") + metaKey + QStringLiteral(".hostname"), draft.key);
        return;
    }
    if (!isHostname(hostname)) {
        addError(QStringLiteral("invalid:items.") + metaKey + QStringLiteral(".hostname"),
            draft.key,
            { { QStringLiteral("value"), hostname },
                { QStringLiteral("reason"),
                    QStringLiteral("expected a domain name such as example.com") } });
        return;
    }
    const QJsonObject datacenters = ReferenceData::datacenters(m_context);
    const QString place
        = datacenters.value(draft.node->datacenter)[QStringLiteral("name")].toString();
    draft.label = draft.node->name + (place.isEmpty() ? QString() : QStringLiteral(", ") + place)
        + QStringLiteral(" - ") + hostname;
    draft.meta.insert(metaKey, QJsonObject { { QStringLiteral("hostname"), hostname } });
}

void OrderRequest::validateSsl(OrderItemDraft &draft, const PayloadNode &item)
{
    QStringList required { QStringLiteral("common_name"), QStringLiteral("approver_email"),
        QStringLiteral("organization"), QStringLiteral("organization_unit"),
        QStringLiteral("country"), QStringLiteral("city"), QStringLiteral("state") };
    if (draft.node->product.startsWith(u"sectigo_essential"))
        required.append(QStringLiteral("address"));
    QJsonObject ssl;
    for (const QString &field : required
            + QStringList { QStringLiteral("ip_type"), QStringLiteral("ip"),
                QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("address2"),
                QStringLiteral("address3"), QStringLiteral("zip") })
        ssl.insert(field, textAt(item, QStringLiteral("ssl.") + field));
    for (const QString &field : std::as_const(required)) {
        if (ssl.value(field).toString().isEmpty())
            addError(QStringLiteral("required:items.ssl.") + field, draft.key);
    }
    const QString commonName = ssl.value(QStringLiteral("common_name")).toString();
    if (!commonName.isEmpty()
        && !isHostname(QString(commonName).remove(QRegularExpression(QStringLiteral("^\\*\\.")))))
        addError(QStringLiteral("invalid:items.ssl.common_name"), draft.key,
            { { QStringLiteral("value"), commonName } });
    const QString approver = ssl.value(QStringLiteral("approver_email")).toString();
    if (!approver.isEmpty() && !isEmail(approver))
        addError(QStringLiteral("invalid:items.ssl.approver_email"), draft.key,
            { { QStringLiteral("value"), approver } });
    const QString country = ssl.value(QStringLiteral("country")).toString();
    if (!country.isEmpty() && !ReferenceData::countries(m_context).contains(country.toUpper()))
        addError(QStringLiteral("invalid:items.ssl.country"), draft.key,
            { { QStringLiteral("value"), country } });
    const QString ipType = ssl.value(QStringLiteral("ip_type")).toString();
    static const QStringList ipTypes { QStringLiteral("noip"), QStringLiteral("sni"),
        QStringLiteral("dedicated"), QStringLiteral("new") };
    if (!ipType.isEmpty() && !ipTypes.contains(ipType))
        addError(QStringLiteral("invalid:items.ssl.ip_type"), draft.key,
            { { QStringLiteral("value"), ipType },
                { QStringLiteral("reason"),
                    QStringLiteral("expected noip, sni, dedicated or new") } });
    if (ipType == u"dedicated" && ssl.value(QStringLiteral("ip")).toString().isEmpty())
        addError(QStringLiteral("required:items.ssl.ip"), draft.key,
            { { QStringLiteral("reason"), QStringLiteral("ip_type dedicated needs the IP") } });
    draft.label = draft.node->name + QStringLiteral(" - ") + commonName;
    draft.meta.insert(QStringLiteral("ssl"), ssl);
}

void OrderRequest::validateParents()
{
    QHash<QString, const OrderItemDraft *> byId;
    for (const OrderItemDraft &draft : std::as_const(m_items))
        byId.insert(draft.requestedId, &draft);
    for (OrderItemDraft &draft : m_items) {
        const OrderItemDraft *parent = nullptr;
        if (!draft.parentRequestedId.isEmpty()) {
            parent = byId.value(draft.parentRequestedId);
            if (!parent || parent == &draft) {
                addError(QStringLiteral("invalid:items.parent"), draft.key,
                    { { QStringLiteral("value"), draft.parentRequestedId },
                        { QStringLiteral("reason"),
                            QStringLiteral("no other item of this order has this item_id") } });
                continue;
            }
        }
        if (!draft.node || draft.node->parentId.isNull() || draft.action != u"order")
            continue;
        // A child node belongs to the hosting node above it, directly or through a group.
        const CatalogNode *owner = m_catalog.node(draft.node->parentId);
        if (owner && owner->isGroup())
            owner = m_catalog.node(owner->parentId);
        // An add-on to an existing hosting account names that account in parent_resource_id.
        if (!parent && !draft.parentResourceId.isEmpty())
            continue;
        if (!parent) {
            addError(QStringLiteral("required:items.parent"), draft.key,
                { { QStringLiteral("reason"),
                    QStringLiteral("this catalog node is sold with catalog node %1 only; "
                                   "send that item's item_id as parent")
                        .arg(owner ? owner->id : QString()) } });
        } else if (!parent->node || !owner || parent->node->id != owner->id) {
            addError(QStringLiteral("invalid:items.parent"), draft.key,
                { { QStringLiteral("value"), draft.parentRequestedId },
                    { QStringLiteral("reason"),
                        QStringLiteral("the parent item must order catalog node %1")
                            .arg(owner ? owner->id : QString()) } });
        }
    }
}

void OrderRequest::validateGroups()
{
    for (const OrderItemDraft &parent : std::as_const(m_items)) {
        if (!parent.node || parent.action != u"order")
            continue;
        for (const QString &childId : parent.node->children) {
            const CatalogNode *group = m_catalog.node(childId);
            if (!group || !group->isGroup())
                continue;
            int count = 0;
            for (const OrderItemDraft &item : std::as_const(m_items)) {
                if (item.parentRequestedId != parent.requestedId || !item.node
                    || item.node->parentId != group->id)
                    continue;
                ++count;
                if (!group->max.isEmpty() && count > group->max.toInt())
                    addError(QStringLiteral("invalid:items.catalog_id"), item.key,
                        { { QStringLiteral("value"), item.node->id },
                            { QStringLiteral("max"), group->max.toInt() },
                            { QStringLiteral("reason"),
                                QStringLiteral("the group %1 allows %2 item(s) per parent item")
                                    .arg(group->name, group->max) } });
            }
            if (!group->min.isEmpty() && count < group->min.toInt())
                addError(QStringLiteral("required:items.children"), parent.key,
                    { { QStringLiteral("catalog_id"), group->id },
                        { QStringLiteral("min"), group->min.toInt() },
                        { QStringLiteral("reason"),
                            QStringLiteral(
                                "order at least %1 item(s) of the group %2 with this item")
                                .arg(group->min, group->name) } });
        }
    }
}

bool OrderRequest::resourceExists(const QString &resourceId) const
{
    QSqlQuery query(m_context.database);
    query.prepare(QStringLiteral("SELECT 1 FROM resources WHERE id = ? AND store_id = ?"));
    query.addBindValue(resourceId);
    query.addBindValue(m_storeId);
    return query.exec() && query.next();
}

double OrderRequest::total() const
{
    double sum = 0;
    for (const OrderItemDraft &item : m_items)
        sum += item.price;
    return Commerce::roundMoney(sum);
}

} // namespace ResellerDesk::Sandbox
