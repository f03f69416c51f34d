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
    // "yyyy-MM-dd HH:mm:ss" in the request's time zone (UTC unless `tz` is sent), shown with
    // the time, for values where the time matters (ticket responses, payments).
    DateTime,
    // Same format as DateTime, shown as the date only, for expiry and start dates.
    Date,
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

enum class Entity {
    Accounts,
    Domains,
    Orders,
    Tickets,
    Certificates,
    Clients,
    Resources,
    Services,
    Stores,
    Products,
    Payments,
};

// A list of another entity that belongs to a row, such as the domains of an account. The
// details pane offers it as a link that loads `entity`'s list filtered by
// `filterProperty` = the row's `sourceProperty`.
struct RelatedList
{
    Entity entity = Entity::Accounts;
    QString filterProperty;
    QString sourceProperty;
    // Untranslated link text and description in the "EntitySpec" context. The description
    // takes the row's title as %1.
    const char *label = nullptr;
    const char *description = nullptr;
};

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
    // Relations sent as `with` to the list command.
    QStringList listRelations;
    // Properties that name a row in the details pane's title, in order of preference.
    QStringList titleProperties;
    QList<RelatedList> links;
    QList<ColumnSpec> columns;

    int columnIndex(const QString &key) const;
};

const EntitySpec &entitySpec(Entity entity);
// Every entity, in the order of the enum.
QList<Entity> allEntities();
QString translatedHeader(const ColumnSpec &column);
// Returns the column for `key` in `preferred`, else the first column with that key in any
// entity's spec, else nullptr. Relations nest other entities' rows, and a key has the same
// value type across the reference's commands. Its header may differ: "product" is the TLD
// in domain-list and a product SKU elsewhere.
const ColumnSpec *findColumn(const QString &key, const EntitySpec &preferred);

} // namespace ResellerDesk::Models
