// Countries, datacenters, TLDs and currency rates, with the values of the API reference's
// examples where it shows them.
#include "sandbox/commercedata.h"

#include "sandbox/commerceschema.h"
#include "sandbox/tablebatch.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ResellerDesk::Sandbox::CommerceData {

namespace {

// iso2, iso3, phone code, eu, eea, vat, lat, lng, continent, currency, language, name.
struct CountryRow
{
    const char *iso2, *iso3, *phoneCode, *eu, *eea, *vat, *lat, *lng, *continent, *currency,
        *language, *name;
};

const CountryRow Countries[] = {
    { "AG", "ATG", "+1", "0", "0", "0", "17.06081600", "-61.79642800", "NA", "XCD", "en",
        "Antigua and Barbuda" },
    { "AQ", "ATA", "+672", "0", "0", "0", "-75.25097300", "-0.07138900", "AN", "", "en",
        "Antarctica" },
    { "AT", "AUT", "+43", "1", "1", "20", "47.51623100", "14.55007200", "EU", "EUR", "de",
        "Austria" },
    { "AU", "AUS", "+61", "0", "0", "0", "-25.27439800", "133.77513600", "OC", "AUD", "en",
        "Australia" },
    { "BE", "BEL", "+32", "1", "1", "21", "50.50388700", "4.46993600", "EU", "EUR", "nl",
        "Belgium" },
    { "BG", "BGR", "+359", "1", "1", "20", "42.73388300", "25.48583000", "EU", "BGN", "bg",
        "Bulgaria" },
    { "CA", "CAN", "+1", "0", "0", "0", "56.13036600", "-106.34677100", "NA", "CAD", "en",
        "Canada" },
    { "DE", "DEU", "+49", "1", "1", "19", "51.16569100", "10.45152600", "EU", "EUR", "de",
        "Germany" },
    { "ES", "ESP", "+34", "1", "1", "21", "40.46366700", "-3.74922000", "EU", "EUR", "es",
        "Spain" },
    { "FR", "FRA", "+33", "1", "1", "20", "46.22763800", "2.21374900", "EU", "EUR", "fr",
        "France" },
    { "GB", "GBR", "+44", "0", "0", "0", "55.37805100", "-3.43597300", "EU", "GBP", "en",
        "United Kingdom" },
    { "GR", "GRC", "+30", "1", "1", "24", "39.07420800", "21.82431200", "EU", "EUR", "el",
        "Greece" },
    { "HK", "HKG", "+852", "0", "0", "0", "22.39642800", "114.10949700", "AS", "HKD", "zh",
        "Hong Kong" },
    { "JP", "JPN", "+81", "0", "0", "0", "36.20482400", "138.25292400", "AS", "JPY", "ja",
        "Japan" },
    { "MX", "MEX", "+52", "0", "0", "0", "23.63450100", "-102.55278400", "NA", "MXN", "es",
        "Mexico" },
    { "NL", "NLD", "+31", "1", "1", "21", "52.13263300", "5.29126600", "EU", "EUR", "nl",
        "Netherlands" },
    { "NO", "NOR", "+47", "0", "1", "0", "60.47202400", "8.46894600", "EU", "NOK", "no", "Norway" },
    { "US", "USA", "+1", "0", "0", "0", "37.09024000", "-95.71289100", "NA", "USD", "en",
        "United States" },
};

// tld, transfer, id_protect, idn, epp, rgp, min_period, max_period, icann.
struct TldRow
{
    const char *tld, *transfer, *idProtect, *idn, *epp, *rgp, *minPeriod, *maxPeriod, *icann;
};

const TldRow Tlds[] = {
    { "com", "1", "1", "1", "1", "1", "1", "10", "1" },
    { "net", "1", "1", "1", "1", "1", "1", "10", "1" },
    { "org", "1", "1", "1", "1", "1", "1", "10", "1" },
    { "info", "1", "1", "1", "1", "1", "1", "10", "1" },
    { "co.uk", "1", "0", "0", "1", "0", "1", "10", "0" },
    // .bg transfers go through the registry without an EPP code.
    { "bg", "1", "0", "1", "0", "0", "1", "5", "0" },
    { "eu", "0", "0", "0", "1", "1", "1", "10", "0" },
};

QJsonObject options(std::initializer_list<std::pair<const char *, const char *>> labels)
{
    QJsonObject result;
    for (const auto &[key, label] : labels)
        result.insert(
            QLatin1String(key), QJsonObject { { QStringLiteral("label"), QLatin1String(label) } });
    return result;
}

QJsonObject extraAttributes(const QString &tld)
{
    if (tld == u"eu") {
        return {
            { QStringLiteral("eu_adr_lang"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("select") },
                    { QStringLiteral("required"), QStringLiteral("1") },
                    { QStringLiteral("label"), QStringLiteral("Alternate Dispute Resolution") },
                    { QStringLiteral("options"),
                        options({ { "en", "English" }, { "es", "Spanish" }, { "et", "Estonian" },
                            { "de", "German" }, { "fr", "French" }, { "bg", "Bulgarian" } }) } } },
            { QStringLiteral("eu_country_of_citizenship"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("select") },
                    { QStringLiteral("required"), QStringLiteral("0") },
                    { QStringLiteral("label"), QStringLiteral("EU Country of Citizenship") },
                    { QStringLiteral("options"),
                        options({ { "AT", "Austria" }, { "BE", "Belgium" }, { "BG", "Bulgaria" },
                            { "DE", "Germany" }, { "FR", "France" } }) },
                    { QStringLiteral("placeholder"),
                        QStringLiteral("Leave blank if your country of residence is in the "
                                       "EU or EEA") } } }
        };
    }
    if (tld == u"bg") {
        // One attribute of each field type the reference lists: text, select with
        // select_type, checkbox and hidden.
        return { { QStringLiteral("bg_identity_number"),
                     QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                         { QStringLiteral("required"), QStringLiteral("1") },
                         { QStringLiteral("label"), QStringLiteral("Personal or company ID") },
                         { QStringLiteral("placeholder"), QStringLiteral("EGN or EIK") } } },
            { QStringLiteral("bg_registrant_country"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("select") },
                    { QStringLiteral("required"), QStringLiteral("1") },
                    { QStringLiteral("label"), QStringLiteral("Registrant country") },
                    { QStringLiteral("select_type"), QStringLiteral("country") },
                    { QStringLiteral("value"), QStringLiteral("BG") } } },
            { QStringLiteral("bg_accept_terms"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("checkbox") },
                    { QStringLiteral("required"), QStringLiteral("1") },
                    { QStringLiteral("label"),
                        QStringLiteral("I accept the .bg registration terms") } } },
            { QStringLiteral("bg_registry"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("hidden") },
                    { QStringLiteral("required"), QStringLiteral("0") },
                    { QStringLiteral("label"), QStringLiteral("Registry") },
                    { QStringLiteral("value"), QStringLiteral("register.bg") } } } };
    }
    if (tld == u"co.uk") {
        return { { QStringLiteral("uk_legal_type"),
                     QJsonObject { { QStringLiteral("type"), QStringLiteral("select") },
                         { QStringLiteral("required"), QStringLiteral("1") },
                         { QStringLiteral("label"), QStringLiteral("Legal type") },
                         { QStringLiteral("options"),
                             options({ { "IND", "UK individual" }, { "LTD", "UK limited company" },
                                 { "FIND", "Non-UK individual" } }) },
                         { QStringLiteral("value"), QStringLiteral("IND") } } },
            { QStringLiteral("uk_company_number"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                    { QStringLiteral("required"), QStringLiteral("0") },
                    { QStringLiteral("label"), QStringLiteral("Company number") } } } };
    }
    return {};
}

// Value of one US dollar in each supported currency, from the reference's USD row. JPY is
// not in the reference's example and is a plausible value.
const std::pair<const char *, double> UsdRates[] = { { "AUD", 1.492956 }, { "BGN", 1.767420 },
    { "CAD", 1.323603 }, { "EUR", 0.903668 }, { "GBP", 0.761861 }, { "HKD", 7.800000 },
    { "JPY", 108.250000 }, { "MXN", 18.711333 }, { "USD", 1.000000 } };

// The reference's AUD and EUR rows. They are not exact cross rates of the USD row (AUD to GBP
// is 0.523241, not 0.510304), so the sandbox stores them as published.
const std::pair<const char *, const char *> PublishedRates[] = { { "AUD:AUD", "1.000000" },
    { "AUD:BGN", "1.183840" }, { "AUD:CAD", "0.886566" }, { "AUD:EUR", "0.605288" },
    { "AUD:GBP", "0.523241" }, { "AUD:HKD", "5.201544" }, { "AUD:MXN", "12.850831" },
    { "AUD:USD", "0.669812" }, { "EUR:AUD", "1.652107" }, { "EUR:BGN", "1.955830" },
    { "EUR:CAD", "1.464702" }, { "EUR:EUR", "1.000000" }, { "EUR:GBP", "0.844979" },
    { "EUR:HKD", "8.593506" }, { "EUR:MXN", "20.752725" }, { "EUR:USD", "1.106601" } };

} // namespace

bool insertReferenceData(QSqlDatabase &database, QString *errorMessage)
{
    TableBatch countries(QStringLiteral("countries"), CommerceSchema::countryColumns());
    int seq = 0;
    for (const CountryRow &row : Countries) {
        const QString iso2 = QLatin1String(row.iso2);
        // Greece is the one EU country whose VAT prefix differs from its ISO code.
        const QVariant vatPrefix = iso2 == u"GR" ? QVariant(QStringLiteral("EL")) : QVariant();
        countries.addRow(
            { QString::number(seq + 1), iso2, QLatin1String(row.iso3), QLatin1String(row.phoneCode),
                QLatin1String(row.eu), QLatin1String(row.eea), vatPrefix, QLatin1String(row.vat),
                QLatin1String(row.lat), QLatin1String(row.lng), QLatin1String(row.continent),
                QLatin1String(row.currency), iso2.toLower(), QStringLiteral("0"),
                QString::number(seq), QLatin1String(row.language), QLatin1String(row.name) });
        ++seq;
    }

    TableBatch datacenters(QStringLiteral("datacenters"), CommerceSchema::datacenterColumns());
    datacenters.addRow(
        { QStringLiteral("centurylink"), QStringLiteral("USA"), QStringLiteral("US") });
    datacenters.addRow(
        { QStringLiteral("neterra"), QStringLiteral("Europe"), QStringLiteral("BG") });
    datacenters.addRow(
        { QStringLiteral("iadvantage"), QStringLiteral("Hong Kong"), QStringLiteral("HK") });

    TableBatch tlds(QStringLiteral("tlds"), CommerceSchema::tldColumns());
    for (const TldRow &row : Tlds) {
        const QString tld = QLatin1String(row.tld);
        const QJsonObject extra = extraAttributes(tld);
        const QString extraText = extra.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
        tlds.addRow({ tld, QLatin1String(row.transfer), QLatin1String(row.idProtect),
            QLatin1String(row.idn), QLatin1String(row.epp), QLatin1String(row.rgp),
            QLatin1String(row.minPeriod), QLatin1String(row.maxPeriod), QLatin1String(row.icann),
            extraText });
    }

    QHash<QString, QString> published;
    for (const auto &[pair, rate] : PublishedRates)
        published.insert(QLatin1String(pair), QLatin1String(rate));
    TableBatch rates(QStringLiteral("currency_rates"),
        { QStringLiteral("base"), QStringLiteral("quote"), QStringLiteral("rate") });
    for (const auto &[base, baseRate] : UsdRates) {
        for (const auto &[quote, quoteRate] : UsdRates) {
            const QString pair = QLatin1String(base) + u':' + QLatin1String(quote);
            const QString rate
                = published.value(pair, QString::number(quoteRate / baseRate, 'f', 6));
            rates.addRow({ QLatin1String(base), QLatin1String(quote), rate });
        }
    }

    return countries.insert(database, errorMessage) && datacenters.insert(database, errorMessage)
        && tlds.insert(database, errorMessage) && rates.insert(database, errorMessage);
}

} // namespace ResellerDesk::Sandbox::CommerceData
