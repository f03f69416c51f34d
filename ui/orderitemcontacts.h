#pragma once

#include <QWidget>

class QVBoxLayout;

namespace ResellerDesk::Ui {

class OrderWizard;

// The contacts of the domain items of an order: each new domain uses the order's contact or a
// contact of its own, which order-create sends as the item's "contact". The reference gives an
// item one contact only, so the registrar uses it for every WHOIS role (registrant, admin,
// tech). Separate role contacts cannot be ordered.
class OrderItemContacts : public QWidget
{
    Q_OBJECT

public:
    explicit OrderItemContacts(OrderWizard *wizard, QWidget *parent = nullptr);

    // Builds one box per domain item of the draft that registers or transfers a domain.
    void rebuild();
    // Returns the number of items listed by rebuild().
    int itemCount() const { return m_itemCount; }
    // Checks the own contacts like the order contact; marks problems and returns false.
    bool validate();

private:
    QWidget *addItemBox(const QString &itemKey, const QString &title);
    void setOwnContact(const QString &itemKey, bool own, QWidget *fields);

    OrderWizard *m_wizard = nullptr;
    QVBoxLayout *m_layout = nullptr;
    int m_itemCount = 0;
};

} // namespace ResellerDesk::Ui
