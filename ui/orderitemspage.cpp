#include "ui/orderitemspage.h"

#include "ui/orderitemform.h"
#include "ui/orderwizard.h"
#include "ui/wizardfields.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

OrderItemsPage::OrderItemsPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Details"));
    setSubTitle(tr("Enter the details of each item."));
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidgetResizable(true);
    auto *content = new QWidget(m_scrollArea);
    m_formsLayout = new QVBoxLayout(content);
    m_formsLayout->addStretch();
    m_scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
}

OrderItemForm *OrderItemsPage::form(const QString &itemKey) const
{
    for (OrderItemForm *candidate : m_forms) {
        if (candidate->itemKey() == itemKey)
            return candidate;
    }
    return nullptr;
}

void OrderItemsPage::initializePage()
{
    // The forms read their values from the draft, so building them again loses nothing.
    qDeleteAll(m_forms);
    m_forms.clear();
    QWidget *content = m_scrollArea->widget();
    for (const Models::DraftItem &item : m_wizard->draft().items) {
        auto *itemForm = new OrderItemForm(m_wizard, item.key, content);
        m_formsLayout->insertWidget(m_formsLayout->count() - 1, itemForm);
        m_forms.append(itemForm);
    }
}

bool OrderItemsPage::validatePage()
{
    WizardFields::clearErrors(this);
    bool valid = true;
    for (OrderItemForm *itemForm : std::as_const(m_forms)) {
        if (!itemForm->validateFields()) {
            if (valid)
                m_scrollArea->ensureWidgetVisible(itemForm);
            valid = false;
        }
    }
    m_wizard->scheduleDraftSave();
    return valid;
}

} // namespace ResellerDesk::Ui
