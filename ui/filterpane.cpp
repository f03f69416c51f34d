#include "ui/filterpane.h"

#include "models/valueformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ResellerDesk::Ui {

namespace {

// Field columns per grid row; each takes a label and a widget.
constexpr int fieldsPerRow = 3;

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("FilterFields", text) : QString();
}

QString objectNameFor(const QString &property)
{
    return QStringLiteral("filter_") + property;
}

} // namespace

FilterPane::FilterPane(Models::Entity entity, QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const QList<FilterField> fields = filterFields(entity);
    m_fields.reserve(fields.size());
    for (const FilterField &field : fields) {
        FieldWidgets widgets;
        widgets.field = field;
        m_fields.append(widgets);
    }
    // Date ranges and rows of check boxes are about twice as wide as a line edit. Each takes
    // two slots of its row, spanning the next label column too, so that wide fields of
    // different rows do not stack in separate columns and make the window wider than a
    // 1366-pixel screen.
    int row = 0;
    int slot = 0;
    for (FieldWidgets &widgets : m_fields) {
        QWidget *widget = createFieldWidget(widgets);
        auto *label = new QLabel(translated(widgets.field.label), this);
        label->setBuddy(widget);
        const bool wide = widgets.field.kind == FilterField::Kind::DateRange
                || widgets.field.kind == FilterField::Kind::MultiChoice;
        const int span = wide ? 2 : 1;
        if (slot + span > fieldsPerRow) {
            ++row;
            slot = 0;
        }
        grid->addWidget(label, row, slot * 2, Qt::AlignRight);
        grid->addWidget(widget, row, slot * 2 + 1, 1, span * 2 - 1);
        slot += span;
    }
    for (int slotIndex = 0; slotIndex < fieldsPerRow; ++slotIndex)
        grid->setColumnStretch(slotIndex * 2 + 1, 1);

    auto *applyButton = new QPushButton(tr("Apply"), this);
    applyButton->setObjectName(QStringLiteral("filterApply"));
    applyButton->setDefault(true);
    applyButton->setToolTip(tr("Load the rows that match these filters from the server (Enter)"));
    auto *resetButton = new QPushButton(tr("Reset"), this);
    resetButton->setObjectName(QStringLiteral("filterReset"));
    resetButton->setToolTip(tr("Clear the filters and load every row"));
    connect(applyButton, &QPushButton::clicked, this, &FilterPane::applyRequested);
    connect(resetButton, &QPushButton::clicked, this, [this] {
        reset();
        emit resetRequested();
    });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("filterError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(applyButton);
    buttons->addWidget(resetButton);
    buttons->addStretch();
    m_buttonLayout = buttons;

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(grid, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
}

QWidget *FilterPane::createFieldWidget(FieldWidgets &widgets)
{
    const FilterField &field = widgets.field;
    switch (field.kind) {
    case FilterField::Kind::Text:
    case FilterField::Kind::Integer: {
        widgets.edit = new QLineEdit(this);
        widgets.edit->setObjectName(objectNameFor(field.property));
        widgets.edit->setPlaceholderText(translated(field.placeholder));
        widgets.edit->setClearButtonEnabled(true);
        if (field.kind == FilterField::Kind::Integer)
            widgets.edit->setValidator(new QIntValidator(0, 1000000, widgets.edit));
        return widgets.edit;
    }
    case FilterField::Kind::Choice:
        widgets.combo = new QComboBox(this);
        widgets.combo->setObjectName(objectNameFor(field.property));
        widgets.combo->addItem(tr("Any"));
        for (const QString &choice : field.choices)
            widgets.combo->addItem(Models::ValueFormat::enumText(choice), choice);
        return widgets.combo;
    case FilterField::Kind::MultiChoice: {
        auto *box = new QWidget(this);
        box->setObjectName(objectNameFor(field.property));
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const QString &choice : field.choices) {
            auto *check = new QCheckBox(Models::ValueFormat::enumText(choice), box);
            check->setObjectName(objectNameFor(field.property) + u'_' + choice);
            check->setProperty("filterValue", choice);
            layout->addWidget(check);
            widgets.checks.append(check);
        }
        layout->addStretch();
        return box;
    }
    case FilterField::Kind::DateRange:
        break;
    }
    return createDateRange(widgets);
}

QWidget *FilterPane::createDateRange(FieldWidgets &widgets)
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString name = objectNameFor(widgets.field.property);
    auto makeSide = [&](const QString &text, const QString &suffix, QCheckBox **check,
                        QDateEdit **edit) {
        *check = new QCheckBox(text, box);
        (*check)->setObjectName(name + suffix + QStringLiteral("_enabled"));
        *edit = new QDateEdit(QDate::currentDate(), box);
        (*edit)->setObjectName(name + suffix);
        (*edit)->setCalendarPopup(true);
        (*edit)->setEnabled(false);
        connect(*check, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
        layout->addWidget(*check);
        layout->addWidget(*edit, 1);
    };
    makeSide(tr("from"), QStringLiteral("_from"), &widgets.fromEnabled, &widgets.from);
    makeSide(tr("to"), QStringLiteral("_to"), &widgets.toEnabled, &widgets.to);
    return box;
}

bool FilterPane::buildQuery(Api::ListQuery *query, QString *errorMessage)
{
    QString problem;
    bool ok = true;
    for (const FieldWidgets &widgets : std::as_const(m_fields)) {
        if (!addFilters(widgets, query, &problem)) {
            ok = false;
            break;
        }
    }
    if (ok && !query->validate(&problem))
        ok = false;
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!ok);
    if (!ok && errorMessage)
        *errorMessage = problem;
    return ok;
}

bool FilterPane::addFilters(const FieldWidgets &widgets, Api::ListQuery *query,
                            QString *errorMessage)
{
    const FilterField &field = widgets.field;
    switch (field.kind) {
    case FilterField::Kind::Text: {
        const QString text = widgets.edit->text().trimmed();
        if (!text.isEmpty())
            query->addFilter(field.property, field.condition, text);
        return true;
    }
    case FilterField::Kind::Integer: {
        const QString text = widgets.edit->text().trimmed();
        if (text.isEmpty())
            return true;
        bool isNumber = false;
        const int value = text.toInt(&isNumber);
        if (!isNumber) {
            *errorMessage = tr("\"%1\" is not a whole number. Enter a number of days such as 30, "
                               "or clear the field.")
                                    .arg(text);
            return false;
        }
        // Sent as a string like the service's own numbers, e.g. filter[attachment_count:>=]=1.
        // A range field counts from 0 up to the value, e.g. filter[days_to_expire:range]=0,30.
        const QString number = QString::number(value);
        query->addFilter(field.property, field.condition,
                         field.condition == Api::FilterCondition::Range
                                 ? QStringLiteral("0,") + number
                                 : number);
        return true;
    }
    case FilterField::Kind::Choice: {
        const QString value = widgets.combo->currentData().toString();
        if (!value.isEmpty())
            query->addFilter(field.property, field.condition, value);
        return true;
    }
    case FilterField::Kind::MultiChoice: {
        QJsonArray values;
        for (const QCheckBox *check : widgets.checks) {
            if (check->isChecked())
                values.append(check->property("filterValue").toString());
        }
        if (!values.isEmpty())
            query->addFilter(field.property, field.condition, values);
        return true;
    }
    case FilterField::Kind::DateRange:
        break;
    }
    return addDateRange(widgets, query, errorMessage);
}

// The end date is inclusive: it covers the whole day up to 23:59:59, in the request's time
// zone (UTC unless tz is set), which is also the zone the table shows.
bool FilterPane::addDateRange(const FieldWidgets &widgets, Api::ListQuery *query,
                              QString *errorMessage)
{
    const FilterField &field = widgets.field;
    const bool hasFrom = widgets.fromEnabled->isChecked();
    const bool hasTo = widgets.toEnabled->isChecked();
    const QDate fromDate = widgets.from->date();
    const QDate toDate = widgets.to->date();
    if (hasFrom && hasTo && fromDate > toDate) {
        *errorMessage = tr("%1: the start date %2 is after the end date %3. Swap the dates or "
                           "clear one of them.")
                                .arg(translated(field.label),
                                     fromDate.toString(Qt::ISODate), toDate.toString(Qt::ISODate));
        return false;
    }
    const QString from = fromDate.toString(Qt::ISODate) + QStringLiteral(" 00:00:00");
    const QString to = toDate.toString(Qt::ISODate) + QStringLiteral(" 23:59:59");
    using Condition = Api::FilterCondition;
    if (field.dateRangeStyle == FilterField::DateRangeStyle::SeparateProperties) {
        if (hasFrom)
            query->addFilter(field.fromProperty, Condition::Equal, from);
        if (hasTo)
            query->addFilter(field.toProperty, Condition::Equal, to);
        return true;
    }
    if (hasFrom && hasTo)
        query->addRange(field.property, Condition::DateRange, from, to);
    else if (hasFrom)
        query->addFilter(field.property, Condition::GreaterOrEqual, from);
    else if (hasTo)
        query->addFilter(field.property, Condition::LessOrEqual, to);
    return true;
}

void FilterPane::reset()
{
    for (FieldWidgets &widgets : m_fields) {
        if (widgets.edit)
            widgets.edit->clear();
        if (widgets.combo)
            widgets.combo->setCurrentIndex(0);
        for (QCheckBox *check : std::as_const(widgets.checks))
            check->setChecked(false);
        if (widgets.fromEnabled) {
            widgets.fromEnabled->setChecked(false);
            widgets.toEnabled->setChecked(false);
        }
    }
    m_errorLabel->hide();
}

void FilterPane::addButton(QWidget *button)
{
    // Before the stretch, which is the last item.
    m_buttonLayout->insertWidget(m_buttonLayout->count() - 1, button);
}

QVariantMap FilterPane::fieldValues() const
{
    QVariantMap values;
    for (const FieldWidgets &widgets : m_fields) {
        const QString &property = widgets.field.property;
        if (widgets.edit && !widgets.edit->text().trimmed().isEmpty())
            values.insert(property, widgets.edit->text().trimmed());
        if (widgets.combo && widgets.combo->currentIndex() > 0)
            values.insert(property, widgets.combo->currentData());
        QStringList checked;
        for (const QCheckBox *check : widgets.checks) {
            if (check->isChecked())
                checked.append(check->property("filterValue").toString());
        }
        if (!checked.isEmpty())
            values.insert(property, checked);
        if (widgets.fromEnabled && widgets.fromEnabled->isChecked())
            values.insert(property + u"_from", widgets.from->date().toString(Qt::ISODate));
        if (widgets.toEnabled && widgets.toEnabled->isChecked())
            values.insert(property + u"_to", widgets.to->date().toString(Qt::ISODate));
    }
    return values;
}

void FilterPane::setFieldValues(const QVariantMap &values)
{
    reset();
    for (FieldWidgets &widgets : m_fields) {
        const QString &property = widgets.field.property;
        const QVariant value = values.value(property);
        if (widgets.edit)
            widgets.edit->setText(value.toString());
        if (widgets.combo) {
            const int index = widgets.combo->findData(value.toString());
            widgets.combo->setCurrentIndex(qMax(0, index));
        }
        const QStringList checked = value.toStringList();
        for (QCheckBox *check : std::as_const(widgets.checks))
            check->setChecked(checked.contains(check->property("filterValue").toString()));
        const auto setDate = [&values](const QString &key, QCheckBox *enabled, QDateEdit *edit) {
            const QDate date = QDate::fromString(values.value(key).toString(), Qt::ISODate);
            enabled->setChecked(date.isValid());
            if (date.isValid())
                edit->setDate(date);
        };
        if (widgets.fromEnabled) {
            setDate(property + u"_from", widgets.fromEnabled, widgets.from);
            setDate(property + u"_to", widgets.toEnabled, widgets.to);
        }
    }
}

// Line edits, combo boxes and date edits leave Return unhandled, so it reaches this pane
// from any field. Connecting QLineEdit::returnPressed as well would apply twice.
void FilterPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit applyRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ResellerDesk::Ui
