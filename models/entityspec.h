#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ResellerDesk::Models {

// Value type of a column. It decides the DisplayRole format and the SortRole type.
enum class ValueType {
    Text,
    // Number shown as sent, without digit grouping, and sorted as a number.
    Id,
    Integer,
    // Decimal number shown with 2 decimals, such as storage_used.
    Decimal,
    // Money shown with 2 decimals and the currency of the row's `currency` property.
    Amount,
    // "yyyy-MM-dd HH:mm:ss" in the request's time zone (UTC unless `tz` is sent).
    DateTime,
    // Code such as "not_paid", shown as readable text.
    Enum,
    // "0" or "1", shown as No or Yes.
    Flag,
};

// One column of a list: the property key in the list items, the header and the type.
struct ColumnSpec
{
    QString key;
    // Untranslated header, translated in the "EntitySpec" context.
    const char *header = nullptr;
    ValueType type = ValueType::Text;
    // Shown only when the user turns it on: ids and rarely read contact fields.
    bool hiddenByDefault = false;
};

enum class Entity { Accounts, Domains, Orders, Tickets };

// Description of one entity's list and details commands for the models and the UI.
struct EntitySpec
{
    Entity entity = Entity::Accounts;
    QString listCommand;
    QString detailsCommand;
    // Property of a list item that identifies it, and the details command's parameter for it.
    QString idProperty;
    QString detailsIdParameter;
    // Relations sent as `with` to the details command.
    QStringList detailsRelations;
    QList<ColumnSpec> columns;

    int columnIndex(const QString &key) const;
};

const EntitySpec &entitySpec(Entity entity);
QString translatedHeader(const ColumnSpec &column);

} // namespace ResellerDesk::Models
