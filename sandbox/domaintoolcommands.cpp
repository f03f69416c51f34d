// domain-check and domain-tldsld, computed from the Public Suffix List and the demo domains.
#include "sandbox/commandcontext.h"
#include "sandbox/commandregistry.h"
#include "sandbox/domainname.h"
#include "sandbox/requestpayload.h"

#include <QSqlQuery>

namespace ResellerDesk::Sandbox {

namespace {

// TLDs that the sandbox's store sells. The real list is longer and changes over time.
const QStringList OfferedTlds{QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
                              QStringLiteral("info"), QStringLiteral("biz"), QStringLiteral("eu"),
                              QStringLiteral("bg"), QStringLiteral("co.uk"), QStringLiteral("uk"),
                              QStringLiteral("de"), QStringLiteral("us"), QStringLiteral("ca")};
// Generic TLDs under ICANN contracts; country-code TLDs follow their own registries' rules.
const QStringList IcannTlds{QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
                            QStringLiteral("info"), QStringLiteral("biz")};
// TLDs that move between registrars with an EPP authorization code. .uk uses an IPS tag and
// .bg a signed request instead.
const QStringList EppTlds{QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
                          QStringLiteral("info"), QStringLiteral("biz"), QStringLiteral("eu"),
                          QStringLiteral("de"), QStringLiteral("us"), QStringLiteral("ca")};

CommandResult invalidName(const QString &parameter, const QString &value, const QString &reason)
{
    return CommandResult::error(QStringLiteral("invalid:") + parameter,
                                {{QStringLiteral("value"), value},
                                 {QStringLiteral("reason"), reason}});
}

bool isDemoDomain(const CommandContext &context, const DomainName &name)
{
    QSqlQuery query(context.database);
    query.prepare(QStringLiteral("SELECT 1 FROM domains WHERE domain = ? COLLATE NOCASE OR "
                                 "domain = ? COLLATE NOCASE LIMIT 1"));
    query.addBindValue(name.registrable());
    query.addBindValue(name.display(name.registrable()));
    return query.exec() && query.next();
}

CommandResult domainCheck(const CommandContext &context)
{
    QString domain = context.payload.text(QStringLiteral("domain")).trimmed();
    QString parameter = QStringLiteral("domain");
    if (domain.isEmpty()) {
        const QString sld = context.payload.text(QStringLiteral("sld")).trimmed();
        const QString tld = context.payload.text(QStringLiteral("tld")).trimmed();
        if (sld.isEmpty() && tld.isEmpty())
            return CommandResult::error(QStringLiteral("required:domain"),
                                        {{QStringLiteral("reason"),
                                          QStringLiteral("send domain, or sld and tld")}});
        if (sld.isEmpty())
            return CommandResult::error(QStringLiteral("required:sld"));
        if (tld.isEmpty())
            return CommandResult::error(QStringLiteral("required:tld"));
        domain = sld + u'.' + (tld.startsWith(u'.') ? tld.mid(1) : tld);
        parameter = QStringLiteral("sld");
    }

    DomainName name;
    QString reason;
    if (!DomainName::parse(domain, &name, &reason))
        return invalidName(parameter, domain, reason);
    // Only registrable names can be checked; "www.example.com" is a host name.
    if (!name.subdomain.isEmpty())
        return invalidName(parameter, domain,
                           QStringLiteral("expected a registrable name such as ")
                               + name.display(name.registrable()));

    // Deterministic results: demo domains are registered here and hosted on the demo accounts,
    // names containing "taken" are registered elsewhere, every other name is free.
    const bool hosted = isDemoDomain(context, name);
    const bool registeredElsewhere = name.sld.contains(QStringLiteral("taken"));
    const bool offered = OfferedTlds.contains(name.tld);
    const auto flag = [](bool value) { return value ? 1 : 0; };
    return CommandResult::success(QJsonObject{
        {QStringLiteral("domain"), name.display(name.registrable())},
        {QStringLiteral("available"), flag(offered && !hosted && !registeredElsewhere)},
        {QStringLiteral("transfer"), flag(offered && registeredElsewhere && !hosted)},
        {QStringLiteral("offered"), flag(offered)},
        {QStringLiteral("icann"), flag(IcannTlds.contains(name.tld))},
        {QStringLiteral("epp"), flag(EppTlds.contains(name.tld))},
        {QStringLiteral("hosted"), flag(hosted)}});
}

CommandResult domainTldSld(const CommandContext &context)
{
    const QString hostname = context.payload.text(QStringLiteral("hostname")).trimmed();
    if (hostname.isEmpty())
        return CommandResult::error(QStringLiteral("required:hostname"));
    DomainName name;
    QString reason;
    if (!DomainName::parse(hostname, &name, &reason))
        return invalidName(QStringLiteral("hostname"), hostname, reason);
    // Unicode input gets Unicode parts back; subdomain labels are dropped, as "www" is part
    // of neither the sld nor the tld.
    return CommandResult::success(QJsonObject{{QStringLiteral("tld"), name.display(name.tld)},
                                              {QStringLiteral("sld"), name.display(name.sld)}});
}

} // namespace

void registerDomainToolCommands(CommandRegistry &registry)
{
    registry.add(QStringLiteral("domain-check"), domainCheck);
    registry.add(QStringLiteral("domain-tldsld"), domainTldSld);
}

} // namespace ResellerDesk::Sandbox
