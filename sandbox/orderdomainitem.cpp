// Domain product meta of order items: SLD, TLD, domain action, EPP code and the TLD's extra
// attributes, checked against the tlds table.
#include "sandbox/orderrequest.h"

#include "sandbox/catalog.h"
#include "sandbox/referencedata.h"
#include "sandbox/requestpayload.h"

#include <QRegularExpression>

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

bool isSld(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

} // namespace

void OrderRequest::validateDomain(OrderItemDraft &draft, const PayloadNode &item)
{
    const PayloadNode *domain = item.child(QStringLiteral("domain"));
    if (!domain || domain->kind != PayloadNode::Kind::Object) {
        addError(QStringLiteral("required:items.domain"), draft.key);
        return;
    }
    const auto field
        = [domain](const char *key) { return textOf(domain->child(QLatin1String(key))); };
    const QString sld = field("sld").toLower();
    const QString tld = field("tld").toLower();
    const QString action = field("action");
    const qsizetype errorsBefore = m_errors.size();
    if (sld.isEmpty())
        addError(QStringLiteral("required:items.domain.sld"), draft.key);
    else if (!isSld(sld))
        addError(QStringLiteral("invalid:items.domain.sld"), draft.key,
            { { QStringLiteral("value"), sld },
                { QStringLiteral("reason"),
                    QStringLiteral("expected 1 to 63 letters, digits and inner hyphens") } });
    if (tld.isEmpty())
        addError(QStringLiteral("required:items.domain.tld"), draft.key);
    else if (tld != draft.node->product)
        addError(QStringLiteral("invalid:items.domain.tld"), draft.key,
            { { QStringLiteral("value"), tld },
                { QStringLiteral("reason"),
                    QStringLiteral("catalog node %1 sells .%2 domains")
                        .arg(draft.node->id, draft.node->product) } });
    static const QStringList actions { QStringLiteral("register"), QStringLiteral("transfer"),
        QStringLiteral("renewal") };
    if (action.isEmpty())
        addError(QStringLiteral("required:items.domain.action"), draft.key);
    else if (!actions.contains(action))
        addError(QStringLiteral("invalid:items.domain.action"), draft.key,
            { { QStringLiteral("value"), action },
                { QStringLiteral("reason"),
                    QStringLiteral("expected register, transfer or renewal") } });
    if (m_errors.size() != errorsBefore)
        return;

    const QJsonObject tldInfo = ReferenceData::tlds(m_context).value(tld).toObject();
    const auto flag = [&tldInfo](const char *key) {
        return tldInfo.value(QLatin1String(key)).toString() == u"1";
    };
    if (action == u"transfer" && !flag("transfer"))
        addError(QStringLiteral("invalid:items.domain.action"), draft.key,
            { { QStringLiteral("value"), action },
                { QStringLiteral("reason"),
                    QStringLiteral(".%1 domains cannot be transferred").arg(tld) } });
    if (action == u"transfer" && flag("epp") && field("epp").isEmpty())
        addError(QStringLiteral("required:items.domain.epp"), draft.key,
            { { QStringLiteral("reason"),
                QStringLiteral("a .%1 transfer needs the EPP authorization code").arg(tld) } });
    if (field("id_protect") == u"1" && !flag("id_protect"))
        addError(QStringLiteral("invalid:items.domain.id_protect"), draft.key,
            { { QStringLiteral("value"), field("id_protect") },
                { QStringLiteral("reason"),
                    QStringLiteral(".%1 domains have no WHOIS privacy service").arg(tld) } });
    const int minPeriod = tldInfo.value(QStringLiteral("min_period")).toString().toInt();
    const int maxPeriod = tldInfo.value(QStringLiteral("max_period")).toString().toInt();
    if (draft.period < minPeriod || draft.period > maxPeriod)
        addError(QStringLiteral("invalid:items.period"), draft.key,
            { { QStringLiteral("value"), draft.period }, { QStringLiteral("min"), minPeriod },
                { QStringLiteral("max"), maxPeriod },
                { QStringLiteral("reason"),
                    QStringLiteral(".%1 domains are registered for %2 to %3 years")
                        .arg(tld)
                        .arg(minPeriod)
                        .arg(maxPeriod) } });

    QJsonObject attributes;
    const PayloadNode *sent = domain->child(QStringLiteral("extra_attributes"));
    const QJsonObject specs = tldInfo.value(QStringLiteral("extra_attributes")).toObject();
    if (sent
        && (sent->kind == PayloadNode::Kind::Object || sent->kind == PayloadNode::Kind::Array)) {
        for (const auto &[key, value] : sent->children) {
            if (!specs.contains(key))
                addError(QStringLiteral("invalid:items.domain.extra_attributes.") + key, draft.key,
                    { { QStringLiteral("value"), textOf(&value) },
                        { QStringLiteral("reason"),
                            QStringLiteral("not an attribute of .%1; see tlds").arg(tld) } });
            else
                attributes.insert(key, textOf(&value));
        }
    }
    // Renewals keep the attributes given at registration, so only register and transfer
    // need them.
    const bool needsAttributes = action != u"renewal";
    const QJsonObject countries = ReferenceData::countries(m_context);
    for (auto it = specs.constBegin(); it != specs.constEnd(); ++it) {
        const QJsonObject spec = it.value().toObject();
        const QString code = QStringLiteral("items.domain.extra_attributes.") + it.key();
        QString value = attributes.value(it.key()).toString();
        // NOTE: the sandbox fills a left-out attribute with its default `value`, as the
        // service's order forms preselect it.
        if (value.isEmpty() && spec.contains(QStringLiteral("value")))
            value = spec.value(QStringLiteral("value")).toString();
        const bool required = spec.value(QStringLiteral("required")).toString() == u"1";
        const QString type = spec.value(QStringLiteral("type")).toString();
        if (value.isEmpty()) {
            if (required && needsAttributes)
                addError(QStringLiteral("required:") + code, draft.key,
                    { { QStringLiteral("label"), spec.value(QStringLiteral("label")) } });
            continue;
        }
        QString reason;
        const QJsonObject options = spec.value(QStringLiteral("options")).toObject();
        if (type == u"select" && !options.isEmpty() && !options.contains(value))
            reason
                = QStringLiteral("expected one of: ") + options.keys().join(QStringLiteral(", "));
        else if (spec.value(QStringLiteral("select_type")).toString() == u"country"
            && !countries.contains(value.toUpper()))
            reason = QStringLiteral("expected an ISO2 country code; see countries");
        else if (type == u"checkbox" && value != u"1" && (required || value != u"0"))
            reason = required ? QStringLiteral("must be 1 (checked)")
                              : QStringLiteral("expected 0 or 1");
        if (!reason.isEmpty())
            addError(QStringLiteral("invalid:") + code, draft.key,
                { { QStringLiteral("value"), value }, { QStringLiteral("reason"), reason } });
        attributes.insert(it.key(), value);
    }

    const bool attached = !draft.parentRequestedId.isEmpty();
    // A domain ordered with a hosting account uses its DNS zone unless global_dns is 0.
    int globalDns = attached ? 1 : 0;
    if (!field("global_dns").isEmpty())
        globalDns = field("global_dns").toInt();
    QJsonObject meta { { QStringLiteral("sld"), sld }, { QStringLiteral("tld"), tld },
        { QStringLiteral("parked_to"), attached ? QStringLiteral("main") : QString() },
        { QStringLiteral("epp"), field("epp") },
        { QStringLiteral("extra_attributes"),
            attributes.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(attributes) },
        { QStringLiteral("extra_attributes_admin"), QJsonArray() },
        { QStringLiteral("global_dns"), globalDns }, { QStringLiteral("action"), action },
        { QStringLiteral("id_protect"), field("id_protect").toInt() },
        { QStringLiteral("transfer_whois_checks"), 1 } };
    for (const char *ns : { "ns1", "ns2", "ns3", "ns4", "ns5" })
        meta.insert(QLatin1String(ns), field(ns));
    draft.label = tld.toUpper() + QStringLiteral(" - ") + sld + u'.' + tld;
    draft.meta.insert(QStringLiteral("domain"), meta);
}

} // namespace ResellerDesk::Sandbox
