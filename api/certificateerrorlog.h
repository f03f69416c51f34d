#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace ResellerDesk::Api {

// Records the certificate errors of a QNetworkAccessManager's connections, so that a
// failed call (ApiError::Kind::Tls) can show the certificate it rejected. It never ignores
// an error: verification stays on and the connection fails as before.
class CertificateErrorLog : public QObject
{
    Q_OBJECT

public:
    explicit CertificateErrorLog(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Returns the translated description of the last certificate errors for host (errors,
    // subject, issuer, validity, SHA-256 fingerprint), or an empty string if there were none.
    QString description(const QString &host) const;

    // Returns a translated, multi-line description of the errors and the certificate.
    static QString describe(const QList<QSslError> &errors);

signals:
    // Emitted for every connection whose certificate was rejected.
    void certificateRejected(const QString &host, const QString &description);

private:
    void record(QNetworkReply *reply, const QList<QSslError> &errors);

    QHash<QString, QString> m_descriptions;
};

} // namespace ResellerDesk::Api
