#pragma once

#include "api/listquery.h"
#include "models/entityspec.h"

#include <QList>
#include <QString>

namespace ResellerDesk::Ui {

// One field of a filter pane and the server-side filter it sends.
struct FilterField
{
    enum class Kind {
        // Line edit; the text is sent with `condition`.
        Text,
        // Line edit for a whole number; sent with `condition`.
        Integer,
        // Combo box of `choices`; the first entry, "any", sends nothing.
        Choice,
        // One check box per choice; the checked values are sent as an `in` list.
        MultiChoice,
        // Two optional dates, see DateRangeStyle.
        DateRange,
    };
    // Encoding of a DateRange field in the query.
    enum class DateRangeStyle {
        // `property:daterange` with both dates, `>=` or `<=` with one.
        Conditions,
        // Separate properties `fromProperty` and `toProperty` with the plain `=` key, for
        // order-list, which takes no conditions after a colon.
        SeparateProperties,
    };

    Kind kind = Kind::Text;
    QString property;
    Api::FilterCondition condition = Api::FilterCondition::Equal;
    // Untranslated label in the "FilterFields" context.
    const char *label = nullptr;
    // Untranslated placeholder in the "FilterFields" context.
    const char *placeholder = nullptr;
    // Values sent for Choice and MultiChoice fields, shown through ValueFormat::enumText().
    QStringList choices;
    DateRangeStyle dateRangeStyle = DateRangeStyle::Conditions;
    QString fromProperty;
    QString toProperty;
};

// Returns the filters that the reference documents for the entity's list command.
QList<FilterField> filterFields(Models::Entity entity);

} // namespace ResellerDesk::Ui
