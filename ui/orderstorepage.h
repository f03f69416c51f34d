#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace ResellerDesk::Ui {

class OrderWizard;

// First page: the store (reseller tokens choose one; a store token sees only its own store,
// so the choice is hidden) and the client: an existing one from client-list or a new contact.
class OrderStorePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrderStorePage(OrderWizard *wizard);

    QComboBox *storeCombo() const { return m_storeCombo; }
    QComboBox *clientCombo() const { return m_clientCombo; }
    QRadioButton *existingClientButton() const { return m_existingClient; }

    void initializePage() override;
    void cleanupPage() override { }
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadStores();
    void loadClients();
    void loadCatalog();
    void showStatus(const QString &text, bool error = false);

    OrderWizard *m_wizard = nullptr;
    QComboBox *m_storeCombo = nullptr;
    QLabel *m_storeLabel = nullptr;
    QRadioButton *m_newClient = nullptr;
    QRadioButton *m_existingClient = nullptr;
    QComboBox *m_clientCombo = nullptr;
    QLabel *m_status = nullptr;
    bool m_storesLoaded = false;
    bool m_clientsLoaded = false;
};

} // namespace ResellerDesk::Ui
