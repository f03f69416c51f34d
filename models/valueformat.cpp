#include "models/valueformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>

namespace ResellerDesk::Models::ValueFormat {

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

// Reads `count` ASCII digits at `pos`, or returns -1.
int readDigits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Parses an optional minus sign and up to 15 ASCII digits, the common case of the service's
// numeric strings, without the cost of a general number parser.
std::optional<double> parseSmallInteger(QStringView text)
{
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    qsizetype i = text.at(0) == u'-' ? 1 : 0;
    if (i == text.size())
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return double(text.at(0) == u'-' ? -value : value);
}

// Returns the locale's short date and time format without seconds. Some locales, such as C,
// include seconds in QLocale::ShortFormat, which people do not need in a table.
QString dateTimeFormatWithoutSeconds(const QLocale &locale)
{
    thread_local QString cachedLocale;
    thread_local QString cachedFormat;
    const QString name = locale.bcp47Name();
    if (cachedFormat.isEmpty() || name != cachedLocale) {
        QString time = locale.timeFormat(QLocale::ShortFormat);
        time.remove(QRegularExpression(QStringLiteral("[:.]s+")));
        cachedFormat = locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
        cachedLocale = name;
    }
    return cachedFormat;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("ValueFormat", text);
}

} // namespace

// Hand-written because QDateTime::fromString() is several times slower, and a page of
// list items contains several dates per row.
QDateTime parseDateTime(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10 && text.size() != 19)
        return {};
    if (text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const QDate date(readDigits(text, 0, 4), readDigits(text, 5, 2), readDigits(text, 8, 2));
    if (!date.isValid())
        return {};
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    if ((text.at(10) != u' ' && text.at(10) != u'T') || text.at(13) != u':'
        || text.at(16) != u':')
        return {};
    const QTime time(readDigits(text, 11, 2), readDigits(text, 14, 2), readDigits(text, 17, 2));
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

double sortKey(ValueType type, QStringView text)
{
    switch (type) {
    case ValueType::Text:
    case ValueType::Enum:
        return notANumber;
    case ValueType::DateTime:
    case ValueType::Date: {
        const QDateTime dateTime = parseDateTime(text);
        return dateTime.isValid() ? double(dateTime.toMSecsSinceEpoch()) : notANumber;
    }
    case ValueType::Flag:
        if (text == u"1" || text == u"true")
            return 1;
        if (text == u"0" || text == u"false")
            return 0;
        return notANumber;
    case ValueType::Id:
    case ValueType::Integer:
    case ValueType::Decimal:
    case ValueType::Amount:
        break;
    }
    if (const std::optional<double> integer = parseSmallInteger(text))
        return *integer;
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? value : notANumber;
}

QVariant sortValue(ValueType type, double key, const QString &text)
{
    switch (type) {
    case ValueType::Text:
        return text.isEmpty() ? QVariant() : QVariant(text);
    case ValueType::Enum:
        return text.isEmpty() ? QVariant() : QVariant(enumText(text));
    default:
        break;
    }
    if (std::isnan(key))
        return {};
    switch (type) {
    case ValueType::DateTime:
    case ValueType::Date:
        return QDateTime::fromMSecsSinceEpoch(qint64(key), Qt::UTC);
    case ValueType::Flag:
        return key != 0;
    case ValueType::Id:
    case ValueType::Integer:
        return qlonglong(key);
    default:
        return key;
    }
}

// Dates are shown in the time zone they were requested in (UTC, the API's default), because
// the filter pane sends its dates in that zone too and both must read the same.
QString displayText(ValueType type, const QString &text, const QString &currency,
                    const QLocale &locale)
{
    if (text.isEmpty())
        return {};
    const double key = sortKey(type, text);
    switch (type) {
    case ValueType::Text:
    case ValueType::Id:
        return text;
    case ValueType::Enum:
        return enumText(text);
    case ValueType::DateTime:
        if (std::isnan(key))
            return text;
        return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(key), Qt::UTC),
                               dateTimeFormatWithoutSeconds(locale));
    case ValueType::Date:
        if (std::isnan(key))
            return text;
        return locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(key), Qt::UTC).date(),
                               QLocale::ShortFormat);
    case ValueType::Flag:
        if (std::isnan(key))
            return text;
    {
        // Marked apart from the call: lupdate reads translate(...) as a translate call of its
        // own and skips a marker nested inside it.
        static const char *const yes = QT_TRANSLATE_NOOP("ValueFormat", "Yes");
        static const char *const no = QT_TRANSLATE_NOOP("ValueFormat", "No");
        return key != 0 ? translate(yes) : translate(no);
    }
    case ValueType::Integer:
        return std::isnan(key) ? text : locale.toString(qlonglong(key));
    case ValueType::Decimal:
        return std::isnan(key) ? text : locale.toString(key, 'f', 2);
    case ValueType::Amount:
        if (std::isnan(key))
            return text;
        if (currency.isEmpty())
            return locale.toString(key, 'f', 2);
        return locale.toString(key, 'f', 2) + u' ' + currency;
    }
    return text;
}

QString enumText(const QString &code)
{
    static const QHash<QString, const char *> known = {
        // Statuses from account-enums, the order, item, ticket, service and client property
        // tables, and the sandbox's demo data. Codes not listed here are shown humanized.
        { QStringLiteral("active"), QT_TRANSLATE_NOOP("ValueFormat", "Active") },
        { QStringLiteral("expiring"), QT_TRANSLATE_NOOP("ValueFormat", "Expiring") },
        { QStringLiteral("expired"), QT_TRANSLATE_NOOP("ValueFormat", "Expired") },
        { QStringLiteral("blocked"), QT_TRANSLATE_NOOP("ValueFormat", "Blocked") },
        { QStringLiteral("canceled"), QT_TRANSLATE_NOOP("ValueFormat", "Canceled") },
        { QStringLiteral("running"), QT_TRANSLATE_NOOP("ValueFormat", "Running") },
        { QStringLiteral("limited"), QT_TRANSLATE_NOOP("ValueFormat", "Limited") },
        { QStringLiteral("stopped"), QT_TRANSLATE_NOOP("ValueFormat", "Stopped") },
        { QStringLiteral("suspended"), QT_TRANSLATE_NOOP("ValueFormat", "Suspended") },
        { QStringLiteral("processing"), QT_TRANSLATE_NOOP("ValueFormat", "Processing") },
        { QStringLiteral("new"), QT_TRANSLATE_NOOP("ValueFormat", "New") },
        { QStringLiteral("completed"), QT_TRANSLATE_NOOP("ValueFormat", "Completed") },
        { QStringLiteral("fully_paid"), QT_TRANSLATE_NOOP("ValueFormat", "Fully paid") },
        { QStringLiteral("partially_paid"), QT_TRANSLATE_NOOP("ValueFormat", "Partially paid") },
        { QStringLiteral("paid"), QT_TRANSLATE_NOOP("ValueFormat", "Paid") },
        { QStringLiteral("taken"), QT_TRANSLATE_NOOP("ValueFormat", "Taken") },
        { QStringLiteral("answered"), QT_TRANSLATE_NOOP("ValueFormat", "Answered") },
        { QStringLiteral("open_ticket"), QT_TRANSLATE_NOOP("ValueFormat", "Open") },
        { QStringLiteral("order"), QT_TRANSLATE_NOOP("ValueFormat", "New order") },
        { QStringLiteral("renewal"), QT_TRANSLATE_NOOP("ValueFormat", "Renewal") },
        { QStringLiteral("upgrade"), QT_TRANSLATE_NOOP("ValueFormat", "Upgrade") },
        { QStringLiteral("purchase"), QT_TRANSLATE_NOOP("ValueFormat", "Purchase") },
        { QStringLiteral("incoming"), QT_TRANSLATE_NOOP("ValueFormat", "Incoming") },
        { QStringLiteral("refund"), QT_TRANSLATE_NOOP("ValueFormat", "Refund") },
        { QStringLiteral("chargeback"), QT_TRANSLATE_NOOP("ValueFormat", "Chargeback") },
        { QStringLiteral("personal"), QT_TRANSLATE_NOOP("ValueFormat", "Personal") },
        { QStringLiteral("business"), QT_TRANSLATE_NOOP("ValueFormat", "Business") },
        { QStringLiteral("inprogress"), QT_TRANSLATE_NOOP("ValueFormat", "In progress") },
        { QStringLiteral("not_paid"), QT_TRANSLATE_NOOP("ValueFormat", "Not paid") },
        { QStringLiteral("ok"), QT_TRANSLATE_NOOP("ValueFormat", "OK") },
        { QStringLiteral("YR"), QT_TRANSLATE_NOOP("ValueFormat", "Yearly") },
        { QStringLiteral("MO"), QT_TRANSLATE_NOOP("ValueFormat", "Monthly") },
        { QStringLiteral("QR"), QT_TRANSLATE_NOOP("ValueFormat", "Quarterly") },
        { QStringLiteral("SA"), QT_TRANSLATE_NOOP("ValueFormat", "Semiannually") },
        { QStringLiteral("our"), QT_TRANSLATE_NOOP("ValueFormat", "ICDSoft") },
        { QStringLiteral("foreign"), QT_TRANSLATE_NOOP("ValueFormat", "Another provider") },
        { QStringLiteral("ssl"), QT_TRANSLATE_NOOP("ValueFormat", "SSL certificate") },
        { QStringLiteral("ss"), QT_TRANSLATE_NOOP("ValueFormat", "suresupport.com") },
        { QStringLiteral("rcp"), QT_TRANSLATE_NOOP("ValueFormat", "Reseller Account Panel") },
        { QStringLiteral("billingrcp"), QT_TRANSLATE_NOOP("ValueFormat", "Client Account Panel") },
        { QStringLiteral("api"), QT_TRANSLATE_NOOP("ValueFormat", "API") },
        { QStringLiteral("closed_ticket"), QT_TRANSLATE_NOOP("ValueFormat", "Closed") },
        { QStringLiteral("centurylink"), QT_TRANSLATE_NOOP("ValueFormat", "USA (CenturyLink)") },
        { QStringLiteral("neterra"), QT_TRANSLATE_NOOP("ValueFormat", "Europe (Neterra)") },
        { QStringLiteral("iadvantage"),
          QT_TRANSLATE_NOOP("ValueFormat", "Hong Kong (iAdvantage)") },
    };
    const auto it = known.constFind(code);
    if (it != known.constEnd())
        return translate(it.value());
    return humanizeKey(code);
}

// Abbreviations are written the usual way ("CPU limit used", "SSL status", "Account ID").
QString humanizeKey(const QString &key)
{
    static const QHash<QString, QString> abbreviations = {
        { QStringLiteral("id"), QStringLiteral("ID") },
        { QStringLiteral("ip"), QStringLiteral("IP") },
        { QStringLiteral("ssl"), QStringLiteral("SSL") },
        { QStringLiteral("cpu"), QStringLiteral("CPU") },
        { QStringLiteral("mysql"), QStringLiteral("MySQL") },
        { QStringLiteral("url"), QStringLiteral("URL") },
        { QStringLiteral("idn"), QStringLiteral("IDN") },
        { QStringLiteral("tld"), QStringLiteral("TLD") },
        { QStringLiteral("sld"), QStringLiteral("SLD") },
        { QStringLiteral("vat"), QStringLiteral("VAT") },
        { QStringLiteral("dns"), QStringLiteral("DNS") },
        { QStringLiteral("api"), QStringLiteral("API") },
        { QStringLiteral("ftp"), QStringLiteral("FTP") },
        { QStringLiteral("ssh"), QStringLiteral("SSH") },
        { QStringLiteral("vps"), QStringLiteral("VPS") },
        { QStringLiteral("ips"), QStringLiteral("IPs") },
    };
    QStringList words = key.split(u'_', Qt::SkipEmptyParts);
    for (QString &word : words) {
        const auto abbreviation = abbreviations.constFind(word.toLower());
        if (abbreviation != abbreviations.constEnd())
            word = abbreviation.value();
    }
    QString text = words.join(u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace ResellerDesk::Models::ValueFormat
