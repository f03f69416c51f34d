#pragma once

#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace ResellerDesk::Models {

// Named sets of filter pane values for one list command, kept in QSettings under
// "savedFilters/<list command>" as a list of {name, values} maps in the order they were
// saved. Names are compared exactly, so "Expiring" and "expiring" are two filters.
class SavedFilterStore
{
public:
    static constexpr int maxNameLength = 80;

    explicit SavedFilterStore(const QString &listCommand);

    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<QVariantMap> values(const QString &name) const;

    // Saves values under name, replacing a filter of the same name. Returns false with a
    // translated message for an empty or too long name.
    bool save(const QString &name, const QVariantMap &values, QString *errorMessage);
    // Returns false with a translated message when `from` does not exist or `to` is invalid
    // or already taken.
    bool rename(const QString &from, const QString &to, QString *errorMessage);
    void remove(const QString &name);

private:
    struct Entry
    {
        QString name;
        QVariantMap values;
    };

    QList<Entry> read() const;
    void write(const QList<Entry> &entries) const;
    static bool validateName(const QString &name, QString *errorMessage);

    QString m_key;
};

} // namespace ResellerDesk::Models
