#include "sandbox/commandcontext.h"

#include <QDateTime>

namespace ResellerDesk::Sandbox {

QJsonValue CommandContext::outputDate(const QVariant &storedUtc) const
{
    if (storedUtc.isNull())
        return QJsonValue::Null;
    const QString text = storedUtc.toString();
    if (timeZone == QTimeZone::utc())
        return text;
    QDateTime moment = QDateTime::fromString(text, StoredDateFormat.toString());
    if (!moment.isValid())
        return text;
    moment.setTimeZone(QTimeZone::utc());
    return moment.toTimeZone(timeZone).toString(StoredDateFormat.toString());
}

QString CommandContext::inputDateToUtc(const QString &text, bool endOfDay) const
{
    const QString trimmed = text.trimmed();
    QDateTime moment = QDateTime::fromString(trimmed, StoredDateFormat.toString());
    if (!moment.isValid()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (!day.isValid() || trimmed.size() != 10)
            return {};
        moment = QDateTime(day, endOfDay ? QTime(23, 59, 59) : QTime(0, 0));
    }
    moment.setTimeZone(timeZone);
    return moment.toUTC().toString(StoredDateFormat.toString());
}

} // namespace ResellerDesk::Sandbox
