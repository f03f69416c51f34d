#include "ui/orderdialog.h"

#include "ui/orderadditemdialog.h"
#include "ui/orderdetailseditor.h"
#include "ui/uilogging.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"
#include "models/orderdraft.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace ResellerDesk::Ui {

namespace {

QString money(std::optional<double> amount, const QString &currency)
{
    return amount ? QString::number(*amount, 'f', 2) + u' ' + currency : QString();
}

} // namespace

OrderDialog::OrderDialog(Api::ApiClient *client, const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
    , m_orderId(orderId)
{
    setWindowTitle(tr("Order %1").arg(orderId));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemsView = new QTreeWidget(this);
    m_itemsView->setObjectName(QStringLiteral("orderItems"));
    m_itemsView->setHeaderLabels(
        { tr("Item"), tr("Action"), tr("Period"), tr("Status"), tr("Price") });
    m_itemsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_paymentsView = new QTreeWidget(this);
    m_paymentsView->setObjectName(QStringLiteral("orderPayments"));
    m_paymentsView->setRootIsDecorated(false);
    m_paymentsView->setHeaderLabels(
        { tr("Payment"), tr("Type"), tr("Method"), tr("Transaction"), tr("Date"), tr("Total") });
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("paymentDue"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("orderStatus"));
    m_status->setWordWrap(true);

    const auto button = [this](const QString &text, const char *name, bool edit) {
        auto *created = new QPushButton(text, this);
        created->setObjectName(QLatin1String(name));
        created->setAutoDefault(false);
        m_buttons.append(created);
        if (edit)
            m_editButtons.append(created);
        return created;
    };
    QPushButton *addItemButton = button(tr("&Add item…"), "addItem", true);
    QPushButton *removeItem = button(tr("&Remove item"), "removeItem", true);
    QPushButton *periodButton = button(tr("Change &period…"), "changePeriod", true);
    QPushButton *deleteOrderButton = button(tr("&Delete order…"), "deleteOrder", true);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(addItemButton);
    itemButtons->addWidget(removeItem);
    itemButtons->addWidget(periodButton);
    itemButtons->addStretch();
    itemButtons->addWidget(deleteOrderButton);

    auto *paymentsPage = new QWidget(this);
    auto *paymentBox = new QGroupBox(tr("Record a payment"), paymentsPage);
    auto *paymentForm = new QFormLayout(paymentBox);
    m_amountEdit = new QLineEdit(paymentBox);
    m_methodEdit = new QLineEdit(tr("Bank transfer"), paymentBox);
    m_transactionEdit = new QLineEdit(paymentBox);
    paymentForm->addRow(tr("Amount:"), m_amountEdit);
    paymentForm->addRow(tr("Received by:"), m_methodEdit);
    paymentForm->addRow(tr("Transaction id:"), m_transactionEdit);
    QPushButton *addPaymentButton = button(tr("Add pa&yment"), "addPayment", false);
    QPushButton *deletePaymentButton = button(tr("D&elete payment…"), "deletePayment", false);
    auto *paymentButtons = new QHBoxLayout;
    paymentButtons->addWidget(addPaymentButton);
    paymentButtons->addWidget(deletePaymentButton);
    paymentForm->addRow(QString(), paymentButtons);
    auto *paymentsLayout = new QVBoxLayout(paymentsPage);
    paymentsLayout->addWidget(m_paymentsView, 1);
    paymentsLayout->addWidget(m_dueLabel);
    paymentsLayout->addWidget(paymentBox);

    m_detailsEditor = new OrderDetailsEditor(this);
    m_buttons.append(m_detailsEditor->saveButton());
    m_editButtons.append(m_detailsEditor->saveButton());
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_detailsEditor);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(paymentsPage, tr("Pa&yments"));
    m_tabs->addTab(detailsScroll, tr("&Contact and invoice"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_itemsView, 2);
    layout->addLayout(itemButtons);
    layout->addWidget(m_tabs, 3);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addItemButton, &QPushButton::clicked, this, &OrderDialog::chooseItemToAdd);
    connect(removeItem, &QPushButton::clicked, this, &OrderDialog::removeSelectedItem);
    connect(periodButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *current = m_itemsView->currentItem();
        if (!current)
            return;
        bool ok = false;
        const int years = QInputDialog::getInt(this, tr("Change period"), tr("Period in years:"),
            qMax(1, current->data(2, Qt::UserRole).toInt()), 1, 99, 1, &ok);
        if (ok)
            changeSelectedPeriod(years);
    });
    connect(deleteOrderButton, &QPushButton::clicked, this, [this] { deleteOrder(true); });
    connect(m_detailsEditor, &OrderDetailsEditor::saveRequested, this, &OrderDialog::saveContact);
    connect(addPaymentButton, &QPushButton::clicked, this, &OrderDialog::addPayment);
    connect(
        deletePaymentButton, &QPushButton::clicked, this, [this] { deleteSelectedPayment(true); });
    resize(960, 760);
    reload();
}

OrderDialog::~OrderDialog() = default;

void OrderDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void OrderDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *each : std::as_const(m_buttons))
        each->setEnabled(!busy && (!m_editButtons.contains(each) || isEditable()));
}

void OrderDialog::reload()
{
    setBusy(true);
    Api::ApiReply *reply = m_commands->orderDetails(m_orderId);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const auto order = reply->isOk() ? Api::RecordParsing::parseRecord<Api::Order>(
                               reply->data(), QStringLiteral("order"), &message)
                                         : std::nullopt;
        if (!order) {
            setStatus(reply->isOk() ? message : reply->error().userMessage(), true);
            m_busy = false;
            emit loaded();
            return;
        }
        m_order = *order;
        showOrder();
        setBusy(false);
        emit loaded();
    });
}

void OrderDialog::showOrder()
{
    const QString currency = m_order.currency();
    m_summary->setText(
        tr("<b>%1</b> from %2, %3 %4 &lt;%5&gt;. Status: %6, %7. Total: %8.")
            .arg(m_order.orderId(),
                m_order.date().value_or(QDateTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                m_order.contact().firstName().toHtmlEscaped(),
                m_order.contact().lastName().toHtmlEscaped(),
                m_order.contact().email().toHtmlEscaped(), m_order.status(), m_order.paid(),
                money(m_order.total(), currency)));
    m_itemsView->clear();
    QHash<QString, QTreeWidgetItem *> rows;
    const QList<Api::OrderItem> items = m_order.items();
    for (const Api::OrderItem &item : items) {
        auto *row = new QTreeWidgetItem(
            { item.label(), item.action(), tr("%n year(s)", nullptr, item.period().value_or(0)),
                item.status(), money(item.price(), currency) });
        row->setData(0, Qt::UserRole, item.itemId());
        row->setData(2, Qt::UserRole, item.period().value_or(1));
        rows.insert(item.itemId(), row);
    }
    for (const Api::OrderItem &item : items) {
        if (QTreeWidgetItem *parent = rows.value(item.parentItemId()))
            parent->addChild(rows.value(item.itemId()));
        else
            m_itemsView->addTopLevelItem(rows.value(item.itemId()));
    }
    m_itemsView->expandAll();
    m_paymentsView->clear();
    for (const Api::Payment &payment : m_order.payments()) {
        auto *row = new QTreeWidgetItem(m_paymentsView,
            { payment.paymentId(), payment.paymentType(), payment.paymentMethod(),
                payment.transactionId(),
                payment.date().value_or(QDateTime()).toString(QStringLiteral("yyyy-MM-dd")),
                money(payment.total(), payment.currency()) });
        row->setData(0, Qt::UserRole, payment.paymentId());
    }
    m_dueLabel->setText(tr("Payments: %1. Due: %2.")
                            .arg(money(m_order.paymentsTotal().value_or(0), currency),
                                money(m_order.paymentDue(), currency)));
    m_detailsEditor->setOrder(m_order);
    if (m_amountEdit->text().isEmpty() && m_order.paymentDue().value_or(0) > 0)
        m_amountEdit->setText(QString::number(*m_order.paymentDue(), 'f', 2));
    if (!isEditable())
        setStatus(tr("The service has processed this order, so only payments can change."), false);
}

void OrderDialog::runChange(Api::ApiReply *reply, const QString &doneText, bool reloadAfter)
{
    setBusy(true);
    setStatus(tr("Saving…"), false);
    connect(reply, &Api::ApiReply::finished, this, [this, reply, doneText, reloadAfter] {
        reply->deleteLater();
        if (!reply->isOk()) {
            qCWarning(lcUi) << reply->command() << "failed for order" << m_orderId;
            QStringList lines;
            for (const Api::ApiMessage &message : reply->error().messages)
                lines.append(message.describe());
            setStatus(lines.isEmpty() ? reply->error().userMessage() : lines.join(u'\n'), true);
            setBusy(false);
            emit changeFinished(false);
            return;
        }
        setStatus(doneText, false);
        emit changeFinished(true);
        if (reloadAfter)
            reload();
    });
}

void OrderDialog::removeSelectedItem()
{
    const QTreeWidgetItem *current = m_itemsView->currentItem();
    if (m_busy || !current)
        return;
    const QString itemId = current->data(0, Qt::UserRole).toString();
    Api::OrderRequest request = Models::OrderDraft::updateRequest(m_order);
    // Items ordered with the removed one cannot stay without it.
    QStringList removed { itemId };
    for (qsizetype i = 0; i < removed.size(); ++i) {
        for (const Api::OrderItemRequest &item : std::as_const(request.items)) {
            if (item.parentItemId == removed.at(i))
                removed.append(item.itemId);
        }
    }
    request.items.removeIf(
        [&removed](const Api::OrderItemRequest &item) { return removed.contains(item.itemId); });
    if (request.items.isEmpty()) {
        setStatus(tr("An order needs at least one item. Delete the order instead."), true);
        return;
    }
    runChange(m_commands->orderUpdate(request), tr("Item removed."));
}

void OrderDialog::changeSelectedPeriod(int years)
{
    const QTreeWidgetItem *current = m_itemsView->currentItem();
    if (m_busy || !current)
        return;
    const QString itemId = current->data(0, Qt::UserRole).toString();
    Api::OrderRequest request = Models::OrderDraft::updateRequest(m_order);
    for (Api::OrderItemRequest &item : request.items) {
        if (item.itemId == itemId)
            item.period = years;
    }
    // The service checks the period against the catalog and names it in its error.
    runChange(
        m_commands->orderUpdate(request), tr("Period changed to %n year(s).", nullptr, years));
}

QLineEdit *OrderDialog::emailEdit() const
{
    return qobject_cast<QLineEdit *>(m_detailsEditor->field(QStringLiteral("email")));
}

QLineEdit *OrderDialog::phoneEdit() const
{
    return qobject_cast<QLineEdit *>(m_detailsEditor->field(QStringLiteral("phone")));
}

void OrderDialog::saveContact()
{
    if (m_busy)
        return;
    if (!m_detailsEditor->validate()) {
        m_tabs->setCurrentIndex(1);
        setStatus(tr("Correct the marked contact and invoice fields, then save again."), true);
        return;
    }
    Api::ApiReply *reply = m_commands->orderUpdate(m_detailsEditor->request(m_order));
    runChange(reply, tr("Contact and invoice details saved."));
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (reply->isOk())
            return;
        m_tabs->setCurrentIndex(1);
        m_detailsEditor->showErrors(reply->error());
    });
}

void OrderDialog::chooseItemToAdd()
{
    if (m_busy)
        return;
    if (!m_catalog) {
        m_catalog = new Models::CatalogModel(this);
        connect(m_catalog, &Models::CatalogModel::loadFailed, this,
            [this](const Api::ApiError &error) { setStatus(error.userMessage(), true); });
    }
    // The dialog opens once the catalog is there, at once when it is still fresh.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_catalog, &Models::CatalogModel::loaded, this, [this, connection] {
        disconnect(*connection);
        OrderAddItemDialog dialog(m_catalog, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (std::optional<Api::OrderItemRequest> item = dialog.item(QString()))
            addItem(*item);
    });
    setStatus(tr("Loading the catalog…"), false);
    m_catalog->load(m_commands.get(), m_order.storeId());
}

void OrderDialog::addItem(Api::OrderItemRequest item)
{
    if (m_busy)
        return;
    Api::OrderRequest request = Models::OrderDraft::updateRequest(m_order);
    // The service gives an appended item an id of its own. The sent id must still differ from
    // the stored items' ids, because a stored id makes the service update that item instead.
    QSet<QString> usedIds;
    for (const Api::OrderItemRequest &stored : std::as_const(request.items))
        usedIds.insert(stored.itemId);
    int number = 1;
    while (usedIds.contains(QStringLiteral("new-%1").arg(number)))
        ++number;
    item.itemId = QStringLiteral("new-%1").arg(number);
    request.items.append(item);
    runChange(m_commands->orderUpdate(request), tr("Item added."));
}

void OrderDialog::deleteOrder(bool confirm)
{
    if (m_busy)
        return;
    if (confirm
        && QMessageBox::question(this, tr("Delete order"),
               tr("Delete order %1 with its %n item(s)? This cannot be undone.", nullptr,
                   int(m_order.items().size()))
                   .arg(m_orderId))
            != QMessageBox::Yes)
        return;
    Api::ApiReply *reply = m_commands->orderDelete(m_orderId, m_order.storeId());
    runChange(reply, tr("Order %1 deleted.").arg(m_orderId), false);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (reply->isOk()) {
            for (QPushButton *each : std::as_const(m_buttons))
                each->setEnabled(false);
            emit orderDeleted(m_orderId);
        }
    });
}

void OrderDialog::addPayment()
{
    if (m_busy)
        return;
    Api::PaymentAddRequest payment;
    payment.orderId = m_orderId;
    payment.total = m_amountEdit->text().trimmed();
    payment.currency = m_order.currency();
    payment.paymentMethod = m_methodEdit->text().trimmed();
    payment.transactionId = m_transactionEdit->text().trimmed();
    payment.paymentDate = QDateTime::currentDateTimeUtc();
    // Payments recorded by hand come from no processor.
    payment.merchantId = QStringLiteral("manual");
    QString message;
    if (!payment.validate(&message)) {
        setStatus(message, true);
        return;
    }
    runChange(m_commands->paymentAdd(payment), tr("Payment recorded."));
    // The next payment needs its own transaction id, so Enter cannot record this one twice.
    m_transactionEdit->clear();
    m_amountEdit->clear();
}

void OrderDialog::deleteSelectedPayment(bool confirm)
{
    const QTreeWidgetItem *current = m_paymentsView->currentItem();
    if (m_busy || !current)
        return;
    const QString paymentId = current->data(0, Qt::UserRole).toString();
    if (confirm
        && QMessageBox::question(this, tr("Delete payment"),
               tr("Delete payment %1 of order %2?").arg(paymentId, m_orderId))
            != QMessageBox::Yes)
        return;
    runChange(m_commands->paymentDelete(paymentId), tr("Payment %1 deleted.").arg(paymentId));
}

} // namespace ResellerDesk::Ui
