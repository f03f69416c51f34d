#pragma once

#include "api/orderrequest.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ResellerDesk::Models {
class CatalogModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

// Asks for one item to append to an existing order: a standalone product of the store's
// catalog (hosting plan, server, domain registration) with its period and hostname or domain
// name, or a custom product with description and price.
// NOTE: certificates need approver e-mail and organization fields, so they are ordered from
// the order wizard only, and products ordered with a parent (discounted domains, add-ons) are
// not offered here.
class OrderAddItemDialog : public QDialog
{
    Q_OBJECT

public:
    // catalog must be loaded for the order's store.
    OrderAddItemDialog(const Models::CatalogModel *catalog, QWidget *parent = nullptr);

    QComboBox *productCombo() const { return m_productCombo; }
    QComboBox *periodCombo() const { return m_periodCombo; }
    // The hostname, the domain name without the TLD, or the custom product's description.
    QLineEdit *detailEdit() const { return m_detailEdit; }
    QLineEdit *priceEdit() const { return m_priceEdit; }

    // Returns the item with itemId, or nullopt with a message under the form when a field is
    // missing.
    std::optional<Api::OrderItemRequest> item(const QString &itemId);

    void accept() override;

private:
    void updateFields();
    QString selectedType() const;

    const Models::CatalogModel *m_catalog = nullptr;
    QComboBox *m_productCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLineEdit *m_detailEdit = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLineEdit *m_priceEdit = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ResellerDesk::Ui
