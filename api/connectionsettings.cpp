#include "api/connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ResellerDesk::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Api::ConnectionSettings", text);
}

} // namespace

bool ConnectionSettings::validate(QString *errorMessage) const
{
    QString problem;
    const QString displayedUrl = baseUrl.toDisplayString();
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        problem = tr("The API address \"%1\" is not a valid URL. Enter an address such as "
                     "https://api.suresupport.com.")
                          .arg(displayedUrl);
    } else if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        problem = tr("The API address \"%1\" uses the scheme \"%2\". Use an https:// address.")
                          .arg(displayedUrl, baseUrl.scheme());
    } else if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host())) {
        problem = tr("The API address \"%1\" uses plain http, which would send the API token "
                     "unencrypted. Use https://, or http:// only for this computer (127.0.0.1, "
                     "::1 or localhost).")
                          .arg(displayedUrl);
    } else if (!baseUrl.query().isEmpty() || !baseUrl.fragment().isEmpty()) {
        problem = tr("The API address \"%1\" contains a query or fragment. Enter only the "
                     "scheme, host and optional path.")
                          .arg(displayedUrl);
    } else if (timeoutMs <= 0) {
        problem = tr("The timeout %1 ms is not positive. Enter a timeout of at least 1000 ms.")
                          .arg(timeoutMs);
    }
    if (errorMessage)
        *errorMessage = problem;
    return problem.isEmpty();
}

QUrl ConnectionSettings::commandUrl(const QString &command) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + command);
    return url;
}

bool ConnectionSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString address = host;
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

} // namespace ResellerDesk::Api
