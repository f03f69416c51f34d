#include "api/certificateerrorlog.h"

#include "api/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QStringList>

namespace ResellerDesk::Api {

namespace {

// Each message names its context, ResellerDesk::Api::CertificateErrorLog, because lupdate
// would file tr() calls under the class or namespace of the calling function.

QString joinedInfo(const QSslCertificate &certificate, QSslCertificate::SubjectInfo field,
                   bool issuer)
{
    const QStringList values =
            issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
    return values.join(QStringLiteral(", "));
}

QString describeCertificate(const QSslCertificate &certificate)
{
    QStringList lines;
    lines << QCoreApplication::translate("ResellerDesk::Api::CertificateErrorLog", "Issued to: %1")
                 .arg(joinedInfo(certificate, QSslCertificate::CommonName, false));
    lines << QCoreApplication::translate(
        "ResellerDesk::Api::CertificateErrorLog", "Issued by: %1 (%2)")
                 .arg(joinedInfo(certificate, QSslCertificate::CommonName, true),
                     joinedInfo(certificate, QSslCertificate::Organization, true));
    lines << QCoreApplication::translate(
        "ResellerDesk::Api::CertificateErrorLog", "Valid from %1 to %2 (UTC)")
                 .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                     certificate.expiryDate().toUTC().toString(Qt::ISODate));
    const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex(':');
    lines << QCoreApplication::translate(
        "ResellerDesk::Api::CertificateErrorLog", "SHA-256 fingerprint: %1")
                 .arg(QString::fromLatin1(fingerprint.toUpper()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CertificateErrorLog::CertificateErrorLog(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
{
    connect(network, &QNetworkAccessManager::sslErrors, this, &CertificateErrorLog::record);
}

QString CertificateErrorLog::description(const QString &host) const
{
    return m_descriptions.value(host.toLower());
}

QString CertificateErrorLog::describe(const QList<QSslError> &errors)
{
    QStringList lines;
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        lines << QStringLiteral("• ") + error.errorString();
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    if (!certificate.isNull())
        lines << describeCertificate(certificate);
    return lines.join(QLatin1Char('\n'));
}

void CertificateErrorLog::record(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QString host = reply->url().host().toLower();
    QStringList names;
    for (const QSslError &error : errors)
        names << error.errorString();
    qCWarning(lcApi).noquote() << "rejected the certificate of" << host << "because:"
                               << names.join(QStringLiteral("; "));
    const QString description = describe(errors);
    m_descriptions.insert(host, description);
    emit certificateRejected(host, description);
}

} // namespace ResellerDesk::Api
