#include "models/orderdraft.h"

#include "models/catalogmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace ResellerDesk::Models {

namespace {

double roundCents(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

// A null QString leaves a contact field out of the request, so unset fields stay unset.
QString optionalText(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString().trimmed() : QString();
}

Api::ContactDetails contactOf(const QJsonObject &contact)
{
    Api::ContactDetails details;
    details.firstName = optionalText(contact, "firstname");
    details.lastName = optionalText(contact, "lastname");
    details.company = optionalText(contact, "company");
    details.job = optionalText(contact, "job");
    details.address = optionalText(contact, "address");
    details.address2 = optionalText(contact, "address2");
    details.city = optionalText(contact, "city");
    details.state = optionalText(contact, "state");
    details.zip = optionalText(contact, "zip");
    details.country = optionalText(contact, "country");
    details.email = optionalText(contact, "email");
    details.email2 = optionalText(contact, "email2");
    details.phoneCountry = optionalText(contact, "phone_country");
    details.phone = optionalText(contact, "phone");
    details.faxCountry = optionalText(contact, "fax_country");
    details.fax = optionalText(contact, "fax");
    return details;
}

Api::DomainMeta domainOf(const DraftItem &item, const QString &tld)
{
    Api::DomainMeta domain;
    domain.sld = item.field(QStringLiteral("domain.sld")).trimmed().toLower();
    domain.tld = tld;
    domain.action = item.field(QStringLiteral("domain.action"));
    if (domain.action.isEmpty())
        domain.action = QStringLiteral("register");
    domain.epp = item.field(QStringLiteral("domain.epp")).trimmed();
    const QString nameservers = item.field(QStringLiteral("domain.nameservers"));
    for (const QString &server :
        nameservers.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        domain.nameservers.append(server);
    if (item.fields.value(QStringLiteral("domain.id_protect")).toBool())
        domain.idProtect = true;
    const QString prefix = QStringLiteral("domain.extra_attributes.");
    for (auto it = item.fields.constBegin(); it != item.fields.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            domain.extraAttributes.insert(it.key().mid(prefix.size()), it.value());
    }
    return domain;
}

Api::SslMeta sslOf(const DraftItem &item)
{
    const auto field = [&item](const char *name) {
        return item.field(QStringLiteral("ssl.") + QLatin1String(name)).trimmed();
    };
    Api::SslMeta ssl;
    ssl.ipType = field("ip_type");
    ssl.ip = field("ip");
    ssl.commonName = field("common_name").toLower();
    ssl.approverEmail = field("approver_email");
    ssl.organization = field("organization");
    ssl.organizationUnit = field("organization_unit");
    ssl.country = field("country");
    ssl.city = field("city");
    ssl.state = field("state");
    ssl.email = field("email");
    ssl.address = field("address");
    ssl.address2 = field("address2");
    ssl.address3 = field("address3");
    ssl.zip = field("zip");
    return ssl;
}

} // namespace

QString OrderDraft::nextKey() const
{
    int highest = 0;
    for (const DraftItem &existing : items)
        highest = qMax(highest, existing.key.toInt());
    return QString::number(highest + 1);
}

DraftItem *OrderDraft::item(const QString &key)
{
    for (DraftItem &existing : items) {
        if (existing.key == key)
            return &existing;
    }
    return nullptr;
}

const DraftItem *OrderDraft::item(const QString &key) const
{
    return const_cast<OrderDraft *>(this)->item(key);
}

void OrderDraft::removeItem(const QString &key)
{
    QStringList removed { key };
    for (qsizetype i = 0; i < removed.size(); ++i) {
        for (const DraftItem &existing : std::as_const(items)) {
            if (existing.parentKey == removed.at(i))
                removed.append(existing.key);
        }
    }
    items.removeIf(
        [&removed](const DraftItem &existing) { return removed.contains(existing.key); });
}

QList<const DraftItem *> OrderDraft::children(const QString &parentKey) const
{
    QList<const DraftItem *> found;
    for (const DraftItem &existing : items) {
        if (existing.parentKey == parentKey)
            found.append(&existing);
    }
    return found;
}

std::optional<double> OrderDraft::itemPrice(
    const DraftItem &item, const CatalogModel &catalog) const
{
    if (item.isCustom()) {
        bool ok = false;
        const double price = item.field(QStringLiteral("price")).toDouble(&ok);
        if (!ok || price < 0)
            return std::nullopt;
        return roundCents(price * item.quantity);
    }
    const std::optional<double> unit = catalog.unitPrice(item.catalogId, item.action, item.period);
    if (!unit)
        return std::nullopt;
    return roundCents(*unit * item.quantity);
}

std::optional<double> OrderDraft::total(const CatalogModel &catalog) const
{
    double sum = 0;
    for (const DraftItem &existing : items) {
        const std::optional<double> price = itemPrice(existing, catalog);
        if (!price)
            return std::nullopt;
        sum += *price;
    }
    return roundCents(sum);
}

Api::OrderRequest OrderDraft::toRequest(const CatalogModel &catalog) const
{
    Api::OrderRequest request;
    request.storeId = storeId;
    request.clientResellerId = clientResellerId;
    request.contact = contactOf(contact);
    if (contact.value(QStringLiteral("invoice_request")).toBool()) {
        request.invoiceRequest = true;
        request.invoiceType = text(contact, "invoice_type");
        request.invoiceName = text(contact, "invoice_name");
        request.invoiceCeo = text(contact, "invoice_ceo");
        request.invoiceIdentity = text(contact, "invoice_identity");
        request.invoiceVatNumber = text(contact, "invoice_vat_number");
        request.invoiceCountry = text(contact, "invoice_country");
        request.invoiceAddress = text(contact, "invoice_address");
    }
    for (const DraftItem &draftItem : items) {
        Api::OrderItemRequest item;
        item.itemId = draftItem.key;
        item.parentItemId = draftItem.parentKey;
        item.action = draftItem.action;
        item.resourceId = draftItem.resourceId;
        if (!draftItem.contact.isEmpty())
            item.contact = contactOf(draftItem.contact);
        if (draftItem.isCustom()) {
            item.setCustomPurchase(draftItem.field(QStringLiteral("purchase.items")).trimmed(),
                draftItem.field(QStringLiteral("price")).trimmed());
            if (draftItem.quantity != 1)
                item.quantity = draftItem.quantity;
            request.items.append(item);
            continue;
        }
        item.catalogId = draftItem.catalogId;
        item.period = draftItem.period;
        if (draftItem.quantity != 1)
            item.quantity = draftItem.quantity;
        const std::optional<Api::CatalogNode> node = catalog.node(draftItem.catalogId);
        const QString type = node ? catalog.productType(*node) : QString();
        // Renewals and upgrades name the resource, so only new orders carry product details.
        if (draftItem.action == u"order") {
            if (type == u"hosting")
                item.setHosting(draftItem.field(QStringLiteral("hosting.hostname")).trimmed());
            else if (type == u"server")
                item.setServer(draftItem.field(QStringLiteral("server.hostname")).trimmed());
            else if (type == u"domain")
                item.setDomain(domainOf(draftItem, catalog.product(*node)->sku().toLower()));
            else if (type == u"ssl")
                item.setSsl(sslOf(draftItem));
        }
        request.items.append(item);
    }
    return request;
}

Api::OrderRequest OrderDraft::updateRequest(const Api::Order &order)
{
    Api::OrderRequest request;
    request.orderId = order.orderId();
    request.storeId = order.storeId();
    for (const Api::OrderItem &stored : order.items()) {
        Api::OrderItemRequest item;
        item.itemId = stored.itemId();
        item.parentItemId = stored.parentItemId();
        item.catalogId = stored.catalogId();
        item.resourceId = stored.resourceId();
        item.parentResourceId = stored.parentResourceId();
        item.action = stored.action();
        item.period = stored.period();
        item.quantity = stored.quantity();
        if (item.action == u"purchase") {
            // The stored price covers the whole quantity; the request sends the unit price.
            const double unit = stored.price().value_or(0) / qMax(1, stored.quantity().value_or(1));
            item.setCustomPurchase(stored.meta().value(QStringLiteral("items")).toString(),
                QString::number(roundCents(unit), 'f', 2));
            item.quantity = stored.quantity();
        } else if (!stored.metaKey().isEmpty()) {
            item.metaKey = stored.metaKey();
            item.meta = stored.meta();
        }
        request.items.append(item);
    }
    return request;
}

QJsonObject OrderDraft::toJson() const
{
    QJsonArray itemArray;
    for (const DraftItem &existing : items) {
        QJsonObject json { { QStringLiteral("key"), existing.key },
            { QStringLiteral("parent"), existing.parentKey },
            { QStringLiteral("catalog_id"), existing.catalogId },
            { QStringLiteral("action"), existing.action },
            { QStringLiteral("period"), existing.period },
            { QStringLiteral("quantity"), existing.quantity },
            { QStringLiteral("label"), existing.label },
            { QStringLiteral("fields"), existing.fields } };
        if (existing.resourceId)
            json.insert(QStringLiteral("resource_id"), *existing.resourceId);
        if (!existing.contact.isEmpty())
            json.insert(QStringLiteral("contact"), existing.contact);
        itemArray.append(json);
    }
    QJsonObject json { { QStringLiteral("contact"), contact },
        { QStringLiteral("items"), itemArray } };
    if (storeId)
        json.insert(QStringLiteral("store_id"), *storeId);
    if (clientResellerId)
        json.insert(QStringLiteral("client_reseller_id"), *clientResellerId);
    return json;
}

OrderDraft OrderDraft::fromJson(const QJsonObject &json)
{
    OrderDraft draft;
    if (json.contains(QStringLiteral("store_id")))
        draft.storeId = json.value(QStringLiteral("store_id")).toInteger();
    if (json.contains(QStringLiteral("client_reseller_id")))
        draft.clientResellerId = json.value(QStringLiteral("client_reseller_id")).toInteger();
    draft.contact = json.value(QStringLiteral("contact")).toObject();
    const QJsonArray itemArray = json.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &value : itemArray) {
        const QJsonObject object = value.toObject();
        DraftItem item;
        item.key = object.value(QStringLiteral("key")).toString();
        if (item.key.isEmpty())
            continue;
        item.parentKey = object.value(QStringLiteral("parent")).toString();
        item.catalogId = object.value(QStringLiteral("catalog_id")).toInteger();
        if (object.contains(QStringLiteral("resource_id")))
            item.resourceId = object.value(QStringLiteral("resource_id")).toInteger();
        item.action = object.value(QStringLiteral("action")).toString(QStringLiteral("order"));
        item.period = qMax(1, object.value(QStringLiteral("period")).toInt(1));
        item.quantity = qMax(1, object.value(QStringLiteral("quantity")).toInt(1));
        item.label = object.value(QStringLiteral("label")).toString();
        item.fields = object.value(QStringLiteral("fields")).toObject();
        item.contact = object.value(QStringLiteral("contact")).toObject();
        draft.items.append(item);
    }
    return draft;
}

QString OrderDraft::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/order-draft.json");
}

bool OrderDraft::save(const QString &path, QString *errorMessage) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                "OrderDraft", "Could not save the order draft to %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<OrderDraft> OrderDraft::load(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument document;
    if (file.open(QIODevice::ReadOnly))
        document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("OrderDraft", "The order draft %1 is unreadable: %2")
                      .arg(QDir::toNativeSeparators(path),
                          file.error() != QFile::NoError ? file.errorString()
                                                         : parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.object());
}

} // namespace ResellerDesk::Models
