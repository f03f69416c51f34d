#include "sandbox/domainname.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpsl.h>

namespace ResellerDesk::Sandbox {

namespace {

// libpsl's context compiled into the library; it is owned by libpsl and never freed.
const psl_ctx_t *publicSuffixList()
{
    static const psl_ctx_t *context = psl_builtin();
    return context;
}

// A DNS label in ACE form: letters, digits and hyphens, at most 63 characters, no hyphen at
// either end (RFC 1035 and RFC 5891).
bool isValidLabel(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return pattern.match(label).hasMatch();
}

} // namespace

QString DomainName::display(const QString &ace) const
{
    // Without IgnoreIDNWhitelist Qt keeps ACE for TLDs outside its display whitelist.
    return isUnicodeInput ? QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist) : ace;
}

bool DomainName::parse(const QString &hostname, DomainName *result, QString *reason)
{
    QString name = hostname.trimmed();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty()) {
        *reason = QStringLiteral("the host name is empty");
        return false;
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    if (ace.isEmpty() || ace.size() > 253) {
        *reason = QStringLiteral("not a valid host name; use letters, digits, hyphens and dots, "
                                 "at most 253 characters");
        return false;
    }
    const QStringList labels = ace.split(u'.');
    for (const QString &label : labels) {
        if (!isValidLabel(label)) {
            *reason = QStringLiteral("the label \"%1\" is invalid; labels have 1 to 63 letters, "
                                     "digits or inner hyphens")
                          .arg(label);
            return false;
        }
    }

    const psl_ctx_t *psl = publicSuffixList();
    if (!psl) {
        *reason = QStringLiteral("the Public Suffix List is not available");
        return false;
    }
    // Registry view: only the list's ICANN section counts and the implicit "*" rule does not,
    // so "example.blogspot.com" has the tld "com" and an unknown last label is rejected.
    const auto isSuffix = [psl](const QString &candidate) {
        return psl_is_public_suffix2(psl, candidate.toUtf8().constData(),
                                     PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE)
               != 0;
    };
    if (isSuffix(ace)) {
        *reason = QStringLiteral("\"%1\" is a public suffix and has no second-level part")
                      .arg(ace);
        return false;
    }
    QString tld;
    for (qsizetype i = 1; i < labels.size() && tld.isEmpty(); ++i) {
        const QString candidate = labels.mid(i).join(u'.');
        if (isSuffix(candidate))
            tld = candidate;
    }
    if (tld.isEmpty()) {
        *reason = QStringLiteral("unknown top-level domain \"%1\"").arg(labels.last());
        return false;
    }

    const QStringList left = ace.left(ace.size() - tld.size() - 1).split(u'.');
    result->tld = tld;
    result->sld = left.last();
    result->subdomain = left.mid(0, left.size() - 1).join(u'.');
    result->isUnicodeInput = ace != name.toLower();
    return true;
}

} // namespace ResellerDesk::Sandbox
