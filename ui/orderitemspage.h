#pragma once

#include <QList>
#include <QWizardPage>

class QScrollArea;
class QVBoxLayout;

namespace ResellerDesk::Ui {

class OrderItemForm;
class OrderWizard;

// Third page: one form per order item with the details its product type needs.
class OrderItemsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderItemsPage(OrderWizard *wizard);

    QList<OrderItemForm *> forms() const { return m_forms; }
    OrderItemForm *form(const QString &itemKey) const;

    // Builds one form per item of the draft.
    void initializePage() override;
    void cleanupPage() override { }
    bool validatePage() override;

private:
    OrderWizard *m_wizard = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QVBoxLayout *m_formsLayout = nullptr;
    QList<OrderItemForm *> m_forms;
};

} // namespace ResellerDesk::Ui
