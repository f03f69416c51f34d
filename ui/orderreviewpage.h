#pragma once

#include "api/referencerecords.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace ResellerDesk::Ui {

class OrderWizard;

// Fifth page: every item with its period and price and the total in the store currency,
// computed from the catalog as the service computes them, and converted to another currency
// from currencyrates on request.
class OrderReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderReviewPage(OrderWizard *wizard);

    QTreeWidget *itemsView() const { return m_itemsView; }
    QComboBox *currencyCombo() const { return m_currencyCombo; }
    QLabel *totalLabel() const { return m_totalLabel; }
    QLabel *convertedLabel() const { return m_convertedLabel; }
    std::optional<double> total() const;

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    void loadRates();
    void updateConverted();

    OrderWizard *m_wizard = nullptr;
    QTreeWidget *m_itemsView = nullptr;
    QLabel *m_totalLabel = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QLabel *m_convertedLabel = nullptr;
    Api::CurrencyRates m_rates;
};

} // namespace ResellerDesk::Ui
