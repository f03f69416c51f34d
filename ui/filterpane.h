#pragma once

#include "ui/filterfields.h"

#include "api/listquery.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace ResellerDesk::Ui {

// Fields for the server-side filters of one list command, with Apply and Reset buttons.
// Enter in any field applies. Widgets are named "filter_<property>" ("_from" and "_to" for
// the two dates of a range) so tests and style sheets can find them.
class FilterPane : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPane(Models::Entity entity, QWidget *parent = nullptr);

    // Adds the filters of the filled-in fields to query. On invalid input, returns false,
    // shows the problem under the fields and stores it in errorMessage (when not null).
    bool buildQuery(Api::ListQuery *query, QString *errorMessage = nullptr);

    // Values of the filled-in fields, keyed by property ("<property>_from" and "_to" for the
    // two dates of a range): text, the chosen code, a list of checked codes, or an ISO date.
    QVariantMap fieldValues() const;
    // Empties every field, then fills in the given values. Unknown keys and choices that the
    // pane does not offer are skipped, so values saved by an older version still load.
    void setFieldValues(const QVariantMap &values);
    // Adds a button under Apply and Reset.
    void addButton(QWidget *button);

public slots:
    // Empties every field. Does not apply.
    void reset();
    // Emits applyRequested(), as the Apply button does.
    void apply() { emit applyRequested(); }

signals:
    void applyRequested();
    void resetRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct FieldWidgets
    {
        FilterField field;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QList<QCheckBox *> checks;
        QCheckBox *fromEnabled = nullptr;
        QDateEdit *from = nullptr;
        QCheckBox *toEnabled = nullptr;
        QDateEdit *to = nullptr;
    };

    QWidget *createFieldWidget(FieldWidgets &widgets);
    QWidget *createDateRange(FieldWidgets &widgets);
    bool addFilters(const FieldWidgets &widgets, Api::ListQuery *query, QString *errorMessage);
    bool addDateRange(const FieldWidgets &widgets, Api::ListQuery *query, QString *errorMessage);

    QList<FieldWidgets> m_fields;
    QLabel *m_errorLabel = nullptr;
    QVBoxLayout *m_buttonLayout = nullptr;
};

} // namespace ResellerDesk::Ui
