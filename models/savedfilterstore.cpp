#include "models/savedfilterstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace ResellerDesk::Models {

namespace {

const QString nameKey = QStringLiteral("name");
const QString valuesKey = QStringLiteral("values");

} // namespace

SavedFilterStore::SavedFilterStore(const QString &listCommand)
    : m_key(QStringLiteral("savedFilters/") + listCommand)
{
}

QList<SavedFilterStore::Entry> SavedFilterStore::read() const
{
    QList<Entry> entries;
    const QVariantList list = QSettings().value(m_key).toList();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        const QString name = map.value(nameKey).toString();
        if (!name.isEmpty())
            entries.append({ name, map.value(valuesKey).toMap() });
    }
    return entries;
}

void SavedFilterStore::write(const QList<Entry> &entries) const
{
    QVariantList list;
    for (const Entry &entry : entries)
        list.append(QVariantMap { { nameKey, entry.name }, { valuesKey, entry.values } });
    QSettings settings;
    if (list.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, list);
}

QStringList SavedFilterStore::names() const
{
    QStringList names;
    for (const Entry &entry : read())
        names.append(entry.name);
    return names;
}

bool SavedFilterStore::contains(const QString &name) const
{
    return values(name).has_value();
}

std::optional<QVariantMap> SavedFilterStore::values(const QString &name) const
{
    for (const Entry &entry : read()) {
        if (entry.name == name)
            return entry.values;
    }
    return std::nullopt;
}

bool SavedFilterStore::validateName(const QString &name, QString *errorMessage)
{
    if (name.trimmed().isEmpty()) {
        *errorMessage = QCoreApplication::translate("SavedFilterStore",
            "The filter name is empty. Enter a name "
            "such as \"Expiring this month\".");
        return false;
    }
    if (name.size() > maxNameLength) {
        *errorMessage = QCoreApplication::translate("SavedFilterStore",
            "The filter name \"%1\" is longer than %n "
            "characters. Enter a shorter name.",
            nullptr, maxNameLength)
                            .arg(name.left(maxNameLength) + u'…');
        return false;
    }
    return true;
}

bool SavedFilterStore::save(const QString &name, const QVariantMap &values, QString *errorMessage)
{
    const QString trimmed = name.trimmed();
    if (!validateName(trimmed, errorMessage))
        return false;
    QList<Entry> entries = read();
    for (Entry &entry : entries) {
        if (entry.name == trimmed) {
            entry.values = values;
            write(entries);
            return true;
        }
    }
    entries.append({ trimmed, values });
    write(entries);
    return true;
}

bool SavedFilterStore::rename(const QString &from, const QString &to, QString *errorMessage)
{
    const QString trimmed = to.trimmed();
    if (!validateName(trimmed, errorMessage))
        return false;
    QList<Entry> entries = read();
    Entry *found = nullptr;
    for (Entry &entry : entries) {
        if (entry.name == trimmed && entry.name != from) {
            *errorMessage = QCoreApplication::translate("SavedFilterStore",
                "A saved filter named \"%1\" already "
                "exists. Choose another name or delete "
                "that filter first.")
                                .arg(trimmed);
            return false;
        }
        if (entry.name == from)
            found = &entry;
    }
    if (!found) {
        *errorMessage = QCoreApplication::translate("SavedFilterStore",
            "The saved filter \"%1\" was not found. It "
            "may have been deleted in another window.")
                            .arg(from);
        return false;
    }
    found->name = trimmed;
    write(entries);
    return true;
}

void SavedFilterStore::remove(const QString &name)
{
    QList<Entry> entries = read();
    entries.removeIf([&name](const Entry &entry) { return entry.name == name; });
    write(entries);
}

} // namespace ResellerDesk::Models
