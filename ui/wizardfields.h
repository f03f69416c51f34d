#pragma once

#include "api/referencerecords.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace ResellerDesk::Ui::WizardFields {

// Field names follow the request paths the service names in its errors: "contact:firstname"
// for order fields and "item:<item key>:domain.sld" for item fields.
QString contactField(const QString &path);
QString itemField(const QString &itemKey, const QString &path);

// Adds a labelled field named `name` with a hidden error line under it, which showError()
// fills.
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &name);
QLineEdit *addLineEdit(
    QFormLayout *form, const QString &label, const QString &name, const QString &text = {});

// Shows message under the field named `name` below root. Returns false if there is none.
bool showError(QWidget *root, const QString &name, const QString &message);
// Returns the error shown under the field, or an empty string.
QString errorText(const QWidget *root, const QString &name);
void clearErrors(QWidget *root);

// Selects the item whose data reads as `value`. Returns false and keeps the selection if
// there is none.
bool selectData(QComboBox *combo, const QString &value);

} // namespace ResellerDesk::Ui::WizardFields

namespace ResellerDesk::Ui::WizardFields {

// Maps a contact property such as "firstname" to the name of its field widget.
using ContactFieldName = std::function<QString(const QString &property)>;

// The contact properties that order-create requires of the order contact and of an item's
// own contact.
const QStringList &requiredContactFields();

// Marks the missing required properties of contact and an e-mail without "@" under their
// fields below root. Returns false if it marked one.
bool checkContact(QWidget *root, const QJsonObject &contact, const ContactFieldName &fieldName);

// Fills an empty country combo with "" and the countries of order-data, showing the phone
// dialing code when phone is true.
void fillCountries(QComboBox *combo, const QList<Api::Country> &countries, bool phone);

} // namespace ResellerDesk::Ui::WizardFields
