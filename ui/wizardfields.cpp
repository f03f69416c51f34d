#include "ui/wizardfields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ResellerDesk::Ui::WizardFields {

namespace {

QString errorLabelName(const QString &name)
{
    return name + QStringLiteral("#error");
}

} // namespace

QString contactField(const QString &path)
{
    return QStringLiteral("contact:") + path;
}

QString itemField(const QString &itemKey, const QString &path)
{
    return QStringLiteral("item:") + itemKey + u':' + path;
}

void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &name)
{
    field->setObjectName(name);
    form->addRow(label, field);
    auto *error = new QLabel(form->parentWidget());
    error->setObjectName(errorLabelName(name));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setVisible(false);
    form->addRow(QString(), error);
    form->setRowVisible(error, false);
}

QLineEdit *addLineEdit(
    QFormLayout *form, const QString &label, const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, form->parentWidget());
    addRow(form, label, edit, name);
    return edit;
}

bool showError(QWidget *root, const QString &name, const QString &message)
{
    auto *field = root->findChild<QWidget *>(name);
    auto *error = root->findChild<QLabel *>(errorLabelName(name));
    if (!field || !error)
        return false;
    error->setText(message);
    if (auto *form = qobject_cast<QFormLayout *>(error->parentWidget()->layout()))
        form->setRowVisible(error, true);
    error->setVisible(true);
    field->setProperty("fieldError", true);
    field->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
    return true;
}

QString errorText(const QWidget *root, const QString &name)
{
    const auto *error = root->findChild<QLabel *>(errorLabelName(name));
    return error && !error->isHidden() ? error->text() : QString();
}

void clearErrors(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->objectName().endsWith(QStringLiteral("#error")) || label->isHidden())
            continue;
        label->clear();
        if (auto *form = qobject_cast<QFormLayout *>(label->parentWidget()->layout()))
            form->setRowVisible(label, false);
        label->setVisible(false);
    }
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->property("fieldError").toBool()) {
            widget->setProperty("fieldError", false);
            widget->setStyleSheet(QString());
        }
    }
}

bool selectData(QComboBox *combo, const QString &value)
{
    // Compared as text because findData() treats the number 6 and the string "6" as different.
    for (int index = 0; index < combo->count(); ++index) {
        if (combo->itemData(index).toString() == value) {
            combo->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace ResellerDesk::Ui::WizardFields

namespace ResellerDesk::Ui::WizardFields {

const QStringList &requiredContactFields()
{
    static const QStringList fields { QStringLiteral("firstname"), QStringLiteral("lastname"),
        QStringLiteral("address"), QStringLiteral("city"), QStringLiteral("state"),
        QStringLiteral("zip"), QStringLiteral("country"), QStringLiteral("email"),
        QStringLiteral("phone_country"), QStringLiteral("phone") };
    return fields;
}

bool checkContact(QWidget *root, const QJsonObject &contact, const ContactFieldName &fieldName)
{
    bool valid = true;
    for (const QString &name : requiredContactFields()) {
        if (!contact.value(name).toString().trimmed().isEmpty())
            continue;
        showError(root, fieldName(name),
            QCoreApplication::translate("WizardFields", "Required: enter a value."));
        valid = false;
    }
    const QString email = contact.value(QStringLiteral("email")).toString().trimmed();
    if (!email.isEmpty() && !email.contains(u'@')) {
        showError(root, fieldName(QStringLiteral("email")),
            QCoreApplication::translate("WizardFields", "\"%1\" is not an e-mail address.")
                .arg(email));
        valid = false;
    }
    return valid;
}

void fillCountries(QComboBox *combo, const QList<Api::Country> &countries, bool phone)
{
    if (combo->count() > 1)
        return;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QString(), QString());
    for (const Api::Country &country : countries) {
        const QString text = QCoreApplication::translate("WizardFields", "%1 (%2)")
                                 .arg(country.name(), phone ? country.phoneCode() : country.key());
        combo->addItem(text, country.key());
    }
}

} // namespace ResellerDesk::Ui::WizardFields
