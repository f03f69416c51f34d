#pragma once

#include "api/referencerecords.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QTreeView;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class CatalogModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

// The store's catalog as a tree with order and renewal prices per period, in the store
// currency or converted to a currency from currencyrates.
class CatalogBrowser : public QDialog
{
    Q_OBJECT

public:
    CatalogBrowser(
        Api::ApiClient *client, Models::CatalogModel *catalog, QWidget *parent = nullptr);
    ~CatalogBrowser() override;

    QTreeView *view() const { return m_view; }
    QComboBox *storeCombo() const { return m_storeCombo; }
    QComboBox *currencyCombo() const { return m_currencyCombo; }
    QLabel *statusLabel() const { return m_status; }

private:
    void loadStores();
    void loadRates();
    void applyCurrency();
    void setStatus(const QString &text, bool error);

    std::unique_ptr<Api::ApiCommands> m_commands;
    Models::CatalogModel *m_catalog = nullptr;
    QComboBox *m_storeCombo = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    std::optional<Api::CurrencyRates> m_rates;
};

} // namespace ResellerDesk::Ui
