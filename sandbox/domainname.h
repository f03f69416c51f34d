#pragma once

#include <QString>

namespace ResellerDesk::Sandbox {

// A host name split at its public suffix with the Public Suffix List (libpsl's built-in copy),
// so that "www.example.co.uk" gives sld "example" and tld "co.uk".
struct DomainName
{
    // Lower-case ASCII (ACE) forms, such as "xn--e1afmkfd" and "xn--90ae".
    QString sld;
    QString tld;
    // Labels left of the sld, such as "www"; empty for a registrable name.
    QString subdomain;
    // True when the input had non-ASCII labels, so responses can use the Unicode form.
    bool isUnicodeInput = false;

    QString registrable() const { return sld + u'.' + tld; }
    // Returns the sld, tld or registrable name in the form the caller sent (Unicode for IDN input).
    QString display(const QString &ace) const;

    // Parses `hostname` (Unicode or ACE, any case, an optional trailing dot). Returns false and
    // sets *reason to a short English text for names that are no valid host name, that are a
    // public suffix themselves, or whose suffix is not in the Public Suffix List.
    static bool parse(const QString &hostname, DomainName *result, QString *reason);
};

} // namespace ResellerDesk::Sandbox
