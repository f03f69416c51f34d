#include "api/orderrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace ResellerDesk::Api {

namespace {

// lupdate files each tr() call under the class or namespace of the function that makes it,
// so only calls in this context's own member functions use this function, and the others
// name the context in QCoreApplication::translate().
QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::OrderRequest", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QList<Payload::Entry> ContactDetails::entries() const
{
    const QList<Payload::Entry> all = {
        { QStringLiteral("firstname"), firstName },
        { QStringLiteral("lastname"), lastName },
        { QStringLiteral("company"), company },
        { QStringLiteral("job"), job },
        { QStringLiteral("address"), address },
        { QStringLiteral("address2"), address2 },
        { QStringLiteral("city"), city },
        { QStringLiteral("state"), state },
        { QStringLiteral("zip"), zip },
        { QStringLiteral("country"), country },
        { QStringLiteral("email"), email },
        { QStringLiteral("email2"), email2 },
        { QStringLiteral("phone_country"), phoneCountry },
        { QStringLiteral("phone"), phone },
        { QStringLiteral("fax_country"), faxCountry },
        { QStringLiteral("fax"), fax },
    };
    // QJsonValue turns a null QString into "", so the null test uses the members.
    const QList<const QString *> members = {
        &firstName,
        &lastName,
        &company,
        &job,
        &address,
        &address2,
        &city,
        &state,
        &zip,
        &country,
        &email,
        &email2,
        &phoneCountry,
        &phone,
        &faxCountry,
        &fax,
    };
    QList<Payload::Entry> present;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!members.at(i)->isNull())
            present.append(all.at(i));
    }
    return present;
}

QStringList ContactDetails::missingRequired() const
{
    const QList<QPair<QString, const QString *>> required = {
        { QStringLiteral("firstname"), &firstName },
        { QStringLiteral("lastname"), &lastName },
        { QStringLiteral("address"), &address },
        { QStringLiteral("city"), &city },
        { QStringLiteral("state"), &state },
        { QStringLiteral("zip"), &zip },
        { QStringLiteral("country"), &country },
        { QStringLiteral("email"), &email },
        { QStringLiteral("phone_country"), &phoneCountry },
        { QStringLiteral("phone"), &phone },
    };
    QStringList missing;
    for (const auto &[key, member] : required) {
        if (member->trimmed().isEmpty())
            missing.append(key);
    }
    return missing;
}

void OrderItemRequest::setHosting(const QString &hostname)
{
    metaKey = QStringLiteral("hosting");
    meta = { { QStringLiteral("hostname"), hostname } };
}

void OrderItemRequest::setServer(const QString &hostname)
{
    metaKey = QStringLiteral("server");
    meta = { { QStringLiteral("hostname"), hostname } };
}

void OrderItemRequest::setDomain(const DomainMeta &domain)
{
    metaKey = QStringLiteral("domain");
    meta = {};
    insertText(meta, QStringLiteral("sld"), domain.sld);
    insertText(meta, QStringLiteral("tld"), domain.tld);
    insertText(meta, QStringLiteral("epp"), domain.epp);
    for (qsizetype i = 0; i < domain.nameservers.size(); ++i)
        meta.insert(QStringLiteral("ns%1").arg(i + 1), domain.nameservers.at(i));
    if (!domain.extraAttributes.isEmpty())
        meta.insert(QStringLiteral("extra_attributes"), domain.extraAttributes);
    // The service sends these flags back as 1 and 0, so they go out the same way.
    if (domain.globalDns)
        meta.insert(QStringLiteral("global_dns"), *domain.globalDns ? 1 : 0);
    insertText(meta, QStringLiteral("action"), domain.action);
    if (domain.idProtect)
        meta.insert(QStringLiteral("id_protect"), *domain.idProtect ? 1 : 0);
}

void OrderItemRequest::setSsl(const SslMeta &ssl)
{
    metaKey = QStringLiteral("ssl");
    meta = {};
    insertText(meta, QStringLiteral("ip_type"), ssl.ipType);
    insertText(meta, QStringLiteral("ip"), ssl.ip);
    insertText(meta, QStringLiteral("common_name"), ssl.commonName);
    insertText(meta, QStringLiteral("approver_email"), ssl.approverEmail);
    insertText(meta, QStringLiteral("organization"), ssl.organization);
    insertText(meta, QStringLiteral("organization_unit"), ssl.organizationUnit);
    insertText(meta, QStringLiteral("country"), ssl.country);
    insertText(meta, QStringLiteral("city"), ssl.city);
    insertText(meta, QStringLiteral("state"), ssl.state);
    insertText(meta, QStringLiteral("email"), ssl.email);
    insertText(meta, QStringLiteral("address"), ssl.address);
    insertText(meta, QStringLiteral("address2"), ssl.address2);
    insertText(meta, QStringLiteral("address3"), ssl.address3);
    insertText(meta, QStringLiteral("zip"), ssl.zip);
}

void OrderItemRequest::setService(const QJsonObject &service)
{
    metaKey = QStringLiteral("service");
    meta = service;
}

void OrderItemRequest::setCustomPurchase(const QString &description, const QString &itemPrice)
{
    action = QStringLiteral("purchase");
    label = QStringLiteral("custom");
    price = itemPrice;
    metaKey = QStringLiteral("purchase");
    meta = { { QStringLiteral("items"), description } };
}

QJsonObject OrderItemRequest::toJson() const
{
    // Ids and numbers go out as strings, as in the reference's examples.
    QJsonObject item;
    item.insert(QStringLiteral("item_id"), itemId);
    insertText(item, QStringLiteral("parent"), parentItemId);
    if (catalogId)
        item.insert(QStringLiteral("catalog_id"), QString::number(*catalogId));
    if (resourceId)
        item.insert(QStringLiteral("resource_id"), QString::number(*resourceId));
    if (parentResourceId)
        item.insert(QStringLiteral("parent_resource_id"), QString::number(*parentResourceId));
    item.insert(QStringLiteral("action"), action);
    insertText(item, QStringLiteral("item"), label);
    if (period)
        item.insert(QStringLiteral("period"), QString::number(*period));
    if (quantity)
        item.insert(QStringLiteral("quantity"), QString::number(*quantity));
    insertText(item, QStringLiteral("price"), price);
    if (contact) {
        QJsonObject contactObject;
        for (const Payload::Entry &entry : contact->entries())
            contactObject.insert(entry.first, entry.second);
        item.insert(QStringLiteral("contact"), contactObject);
    }
    if (!metaKey.isEmpty())
        item.insert(metaKey, meta);
    // The reference's order-create example repeats a domain's sld and tld on the item
    // itself. The service accepts that example, so the builder sends both places.
    if (metaKey == QLatin1String("domain")) {
        insertText(item, QStringLiteral("sld"), meta.value(QLatin1String("sld")).toString());
        insertText(item, QStringLiteral("tld"), meta.value(QLatin1String("tld")).toString());
    }
    return item;
}

bool OrderItemRequest::validate(QString *errorMessage) const
{
    static const QStringList actions = { QStringLiteral("order"), QStringLiteral("renewal"),
        QStringLiteral("upgrade"), QStringLiteral("purchase") };
    static const QStringList domainActions
        = { QStringLiteral("register"), QStringLiteral("transfer"), QStringLiteral("renewal") };
    if (itemId.trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "An order item has no item id. Give each item an id that "
                "is unique within the order, such as \"1\"."));
    if (!actions.contains(action))
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "Order item \"%1\" has the action \"%2\". Use order, "
                "renewal, upgrade or purchase.")
                .arg(itemId, action));
    if (period && *period <= 0)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "Order item \"%1\" has the period %2. Use a period of at "
                "least 1.")
                .arg(itemId)
                .arg(*period));
    if (quantity && *quantity <= 0)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "Order item \"%1\" has the quantity %2. Use a quantity of "
                "at least 1.")
                .arg(itemId)
                .arg(*quantity));
    if (action == QLatin1String("purchase")) {
        if (price.trimmed().isEmpty() || meta.value(QLatin1String("items")).toString().isEmpty())
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                    "Custom order item \"%1\" needs a price and a "
                    "description. Set them with setCustomPurchase().")
                    .arg(itemId));
        return true;
    }
    if ((action == QLatin1String("renewal") || action == QLatin1String("upgrade")) && !resourceId)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "Order item \"%1\" is a %2 and needs the resource id of "
                "the service to %2.")
                .arg(itemId, action));
    if (action == QLatin1String("order") && !catalogId)
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "Order item \"%1\" has no catalog id. Pick the product "
                "from the catalog.")
                .arg(itemId));
    if (metaKey == QLatin1String("domain")) {
        const QString domainAction = meta.value(QLatin1String("action")).toString();
        if (!domainActions.contains(domainAction))
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                    "Domain order item \"%1\" has the domain action "
                    "\"%2\". Use register, transfer or renewal.")
                    .arg(itemId, domainAction));
        if (meta.value(QLatin1String("sld")).toString().isEmpty()
            || meta.value(QLatin1String("tld")).toString().isEmpty())
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                    "Domain order item \"%1\" needs both the sld and the "
                    "tld, such as \"example\" and \"com\".")
                    .arg(itemId));
        if (meta.contains(QLatin1String("ns6")))
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                    "Domain order item \"%1\" has more than 5 name "
                    "servers. Give at most 5.")
                    .arg(itemId));
    }
    if (metaKey == QLatin1String("ssl") && action == QLatin1String("order")) {
        static const QStringList required = {
            QStringLiteral("common_name"),
            QStringLiteral("approver_email"),
            QStringLiteral("organization"),
            QStringLiteral("organization_unit"),
            QStringLiteral("country"),
            QStringLiteral("city"),
            QStringLiteral("state"),
        };
        QStringList missing;
        for (const QString &key : required) {
            if (meta.value(key).toString().trimmed().isEmpty())
                missing.append(key);
        }
        if (!missing.isEmpty())
            return fail(errorMessage,
                QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                    "Certificate order item \"%1\" is missing %2. Fill in "
                    "these fields.")
                    .arg(itemId, missing.join(QStringLiteral(", "))));
    }
    if ((metaKey == QLatin1String("hosting") || metaKey == QLatin1String("server"))
        && action == QLatin1String("order")
        && meta.value(QLatin1String("hostname")).toString().trimmed().isEmpty())
        return fail(errorMessage,
            QCoreApplication::translate("ResellerDesk::Api::OrderRequest",
                "Order item \"%1\" orders hosting but has no host name. "
                "Give the account's domain, such as example.com.")
                .arg(itemId));
    return true;
}

Payload OrderRequest::toPayload() const
{
    Payload payload;
    if (storeId)
        payload.insert(QStringLiteral("store_id"), QString::number(*storeId));
    if (!orderId.isEmpty())
        payload.insert(QStringLiteral("order_id"), orderId);
    if (clientResellerId)
        payload.insert(QStringLiteral("client_reseller_id"), QString::number(*clientResellerId));
    if (!paymentMethod.isEmpty())
        payload.insert(QStringLiteral("payment_method"), paymentMethod);
    if (!items.isEmpty()) {
        QJsonObject itemMap;
        for (const OrderItemRequest &item : items)
            itemMap.insert(item.itemId, item.toJson());
        payload.insert(QStringLiteral("items"), itemMap);
    }
    for (const Payload::Entry &entry : contact.entries())
        payload.insert(entry.first, entry.second);
    if (invoiceRequest)
        payload.insert(QStringLiteral("invoice_request"),
            *invoiceRequest ? QStringLiteral("1") : QStringLiteral("0"));
    const QList<QPair<QString, const QString *>> invoice = {
        { QStringLiteral("invoice_type"), &invoiceType },
        { QStringLiteral("invoice_name"), &invoiceName },
        { QStringLiteral("invoice_ceo"), &invoiceCeo },
        { QStringLiteral("invoice_identity"), &invoiceIdentity },
        { QStringLiteral("invoice_vat_number"), &invoiceVatNumber },
        { QStringLiteral("invoice_country"), &invoiceCountry },
        { QStringLiteral("invoice_address"), &invoiceAddress },
    };
    for (const auto &[key, member] : invoice) {
        if (!member->isNull())
            payload.insert(key, *member);
    }
    return payload;
}

bool OrderRequest::validate(bool forUpdate, QString *errorMessage) const
{
    if (forUpdate && orderId.trimmed().isEmpty())
        return fail(errorMessage,
            tr("The order to update has no order id. Give the id that "
               "order-create or order-list returned."));
    if (!forUpdate && items.isEmpty())
        return fail(errorMessage, tr("The order has no items. Add at least one item."));
    if (!forUpdate) {
        const QStringList missing = contact.missingRequired();
        if (!missing.isEmpty())
            return fail(errorMessage,
                tr("The order's contact is missing %1. Fill in these "
                   "fields.")
                    .arg(missing.join(QStringLiteral(", "))));
    }
    QSet<QString> ids;
    for (const OrderItemRequest &item : items) {
        if (!item.validate(errorMessage))
            return false;
        if (ids.contains(item.itemId))
            return fail(errorMessage,
                tr("Two order items have the item id \"%1\". Give each "
                   "item its own id.")
                    .arg(item.itemId));
        ids.insert(item.itemId);
    }
    for (const OrderItemRequest &item : items) {
        if (!item.parentItemId.isEmpty() && !ids.contains(item.parentItemId))
            return fail(errorMessage,
                tr("Order item \"%1\" names the parent item \"%2\", which "
                   "is not in the order.")
                    .arg(item.itemId, item.parentItemId));
    }
    if (invoiceType == QLatin1String("business") && invoiceCeo.trimmed().isEmpty())
        return fail(errorMessage,
            tr("A business invoice needs the recipient's name "
               "(invoice_ceo)."));
    if (!invoiceType.isEmpty() && invoiceType != QLatin1String("business")
        && invoiceType != QLatin1String("personal"))
        return fail(errorMessage,
            tr("The invoice type \"%1\" is not valid. Use personal or "
               "business.")
                .arg(invoiceType));
    return true;
}

} // namespace ResellerDesk::Api
