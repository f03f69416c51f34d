#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantHash>

namespace ResellerDesk::Sandbox {

// Fills an empty sandbox database with deterministic data placed relative to `today`. It
// inserts the records of the API reference's examples plus generated accounts, domains,
// orders and tickets. Their expiry dates fall within 7, 30 and 90 days, further out, or in
// the past.
class DataGenerator
{
public:
    // Number of generated domains in the demo data.
    static constexpr int DemoDomainCount = 60;

    explicit DataGenerator(const QDate &today) : m_today(today) {}

    // Returns the order fields that every demo order shares: the reseller, the USD store
    // currency and rate, the payment processor and an empty invoice request.
    static QVariantHash commonOrderFields();

    // Inserts the demo data and `scale` more generated domains with proportionate accounts
    // (one per three domains), orders (one per three) and tickets (one per ten), all in one
    // transaction. Returns false and sets *errorMessage on failure.
    bool seed(QSqlDatabase &database, int scale, QString *errorMessage) const;

private:
    bool insertExamples(QSqlDatabase &database, QString *errorMessage) const;
    bool insertGenerated(QSqlDatabase &database, int domainCount, QString *errorMessage) const;

    QDate m_today;
};

} // namespace ResellerDesk::Sandbox
