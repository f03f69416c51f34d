// The order dialog of the Orders tab against the sandbox. Items, payments and the amount due
// show as order-details returns them. Adding and removing an item, editing the contact and
// invoice details, adding and deleting a payment and deleting the order each reach the
// service once.

#include "ui/orderadditemdialog.h"
#include "ui/orderdetailseditor.h"
#include "ui/orderdialog.h"
#include "ui/wizardfields.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"
#include "sandbox/sandboxhost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;

class TestOrderDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsItemsAndDue();
    void removesItem();
    void changesPeriod();
    void editsContact();
    void addsAndDeletesPayment();
    void deletesOrder();
    void addsItem();
    void addItemDialogBuildsItem();
    void editsInvoiceDetails();
    void invoiceErrorOnField();

private:
    // Creates an order with a hosting plan and a custom product; returns its id.
    QString createOrder();
    std::unique_ptr<Ui::OrderDialog> openDialog(const QString &orderId);
    bool waitChange(Ui::OrderDialog *dialog);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::ApiCommands> m_commands;
};

void TestOrderDialog::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString problem;
    QVERIFY2(m_sandbox->start(Sandbox::SandboxOptions(), &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = std::make_unique<Api::ApiClient>(settings);
    m_commands = std::make_unique<Api::ApiCommands>(m_client.get());
}

QString TestOrderDialog::createOrder()
{
    Api::OrderRequest order;
    order.storeId = 16;
    order.contact.firstName = QStringLiteral("Ann");
    order.contact.lastName = QStringLiteral("Lee");
    order.contact.address = QStringLiteral("1 Main St");
    order.contact.city = QStringLiteral("Vancouver");
    order.contact.state = QStringLiteral("BC");
    order.contact.zip = QStringLiteral("V5H 3Z7");
    order.contact.country = QStringLiteral("CA");
    order.contact.email = QStringLiteral("dialog@example.com");
    order.contact.phoneCountry = QStringLiteral("CA");
    order.contact.phone = QStringLiteral("965832823");
    Api::OrderItemRequest hosting;
    hosting.itemId = QStringLiteral("1");
    hosting.catalogId = 1;
    hosting.period = 1;
    hosting.setHosting(QStringLiteral("dialog.com"));
    Api::OrderItemRequest setup;
    setup.itemId = QStringLiteral("2");
    setup.setCustomPurchase(QStringLiteral("Setup"), QStringLiteral("20.00"));
    order.items = { hosting, setup };
    std::unique_ptr<Api::ApiReply> reply(m_commands->orderCreate(order));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return {};
    const auto result = Api::RecordParsing::parseRecord<Api::OrderResult>(reply->data());
    return result ? result->orderId() : QString();
}

std::unique_ptr<Ui::OrderDialog> TestOrderDialog::openDialog(const QString &orderId)
{
    auto dialog = std::make_unique<Ui::OrderDialog>(m_client.get(), orderId);
    QSignalSpy loaded(dialog.get(), &Ui::OrderDialog::loaded);
    dialog->show();
    if (!loaded.wait(10000))
        return nullptr;
    return dialog;
}

bool TestOrderDialog::waitChange(Ui::OrderDialog *dialog)
{
    QSignalSpy changed(dialog, &Ui::OrderDialog::changeFinished);
    QSignalSpy loaded(dialog, &Ui::OrderDialog::loaded);
    if (!changed.wait(10000) || !changed.first().first().toBool()) {
        qWarning() << dialog->statusLabel()->text();
        return false;
    }
    return loaded.wait(10000);
}

void TestOrderDialog::showsItemsAndDue()
{
    const QString orderId = createOrder();
    QVERIFY(!orderId.isEmpty());
    auto dialog = openDialog(orderId);
    QVERIFY(dialog);
    QCOMPARE(dialog->order().orderId(), orderId);
    QCOMPARE(dialog->itemsView()->topLevelItemCount(), 2);
    QCOMPARE(dialog->paymentsView()->topLevelItemCount(), 0);
    QVERIFY2(dialog->dueLabel()->text().contains(QStringLiteral("92.00")),
        qPrintable(dialog->dueLabel()->text()));
    QCOMPARE(dialog->paymentAmountEdit()->text(), QStringLiteral("92.00"));
}

void TestOrderDialog::removesItem()
{
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    QTreeWidgetItem *custom = nullptr;
    for (int i = 0; i < dialog->itemsView()->topLevelItemCount(); ++i) {
        if (dialog->itemsView()->topLevelItem(i)->text(1) == u"purchase")
            custom = dialog->itemsView()->topLevelItem(i);
    }
    QVERIFY(custom);
    dialog->itemsView()->setCurrentItem(custom);
    dialog->removeSelectedItem();
    QVERIFY(waitChange(dialog.get()));
    QCOMPARE(dialog->itemsView()->topLevelItemCount(), 1);
    QCOMPARE(dialog->order().total(), std::optional<double>(72));
    // The kept hosting item keeps its hostname.
    QCOMPARE(dialog->order().items().first().meta().value(QStringLiteral("hostname")).toString(),
        QStringLiteral("dialog.com"));
}

void TestOrderDialog::changesPeriod()
{
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    QTreeWidgetItem *hosting = nullptr;
    for (int i = 0; i < dialog->itemsView()->topLevelItemCount(); ++i) {
        if (dialog->itemsView()->topLevelItem(i)->text(1) == u"order")
            hosting = dialog->itemsView()->topLevelItem(i);
    }
    QVERIFY(hosting);
    dialog->itemsView()->setCurrentItem(hosting);
    dialog->changeSelectedPeriod(2);
    QVERIFY(waitChange(dialog.get()));
    // Economy costs 129.60 for 2 years, plus the 20.00 custom product.
    QCOMPARE(dialog->order().total(), std::optional<double>(149.6));
    QCOMPARE(dialog->itemsView()->topLevelItemCount(), 2);

    // A period beyond the product's maximum of 10 years is rejected and shown.
    for (int i = 0; i < dialog->itemsView()->topLevelItemCount(); ++i) {
        if (dialog->itemsView()->topLevelItem(i)->text(1) == u"order")
            dialog->itemsView()->setCurrentItem(dialog->itemsView()->topLevelItem(i));
    }
    QSignalSpy changed(dialog.get(), &Ui::OrderDialog::changeFinished);
    dialog->changeSelectedPeriod(11);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toBool(), false);
    QVERIFY2(dialog->statusLabel()->text().contains(u"period"),
        qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(dialog->order().total(), std::optional<double>(149.6));
}

void TestOrderDialog::editsContact()
{
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    dialog->emailEdit()->setText(QStringLiteral("changed@example.com"));
    dialog->saveContact();
    QVERIFY(waitChange(dialog.get()));
    QCOMPARE(dialog->order().contact().email(), QStringLiteral("changed@example.com"));
    QCOMPARE(dialog->order().contact().firstName(), QStringLiteral("Ann"));
}

void TestOrderDialog::addsAndDeletesPayment()
{
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    dialog->paymentAmountEdit()->setText(QStringLiteral("50"));
    dialog->transactionEdit()->setText(QStringLiteral("TX-1"));
    dialog->addPayment();
    // A second call while the first is in flight sends nothing.
    dialog->addPayment();
    QVERIFY(waitChange(dialog.get()));
    QCOMPARE(dialog->paymentsView()->topLevelItemCount(), 1);
    QCOMPARE(dialog->order().paymentDue(), std::optional<double>(42));
    dialog->paymentsView()->setCurrentItem(dialog->paymentsView()->topLevelItem(0));
    dialog->deleteSelectedPayment(false);
    QVERIFY(waitChange(dialog.get()));
    QCOMPARE(dialog->paymentsView()->topLevelItemCount(), 0);
    QCOMPARE(dialog->order().paymentDue(), std::optional<double>(92));
}

void TestOrderDialog::deletesOrder()
{
    const QString orderId = createOrder();
    auto dialog = openDialog(orderId);
    QVERIFY(dialog);
    QSignalSpy deleted(dialog.get(), &Ui::OrderDialog::orderDeleted);
    dialog->deleteOrder(false);
    QVERIFY(deleted.wait(10000));
    std::unique_ptr<Api::ApiReply> reply(m_commands->orderDetails(orderId));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!reply->isOk());
    QVERIFY(reply->error().hasCode(QStringLiteral("not_found:order_id")));
}

void TestOrderDialog::addsItem()
{
    // The service checks the TLD against the catalog node, so look up the node that sells .com.
    Models::CatalogModel catalog;
    QSignalSpy loaded(&catalog, &Models::CatalogModel::loaded);
    catalog.load(m_commands.get(), 16);
    QVERIFY(loaded.wait(10000));
    const std::optional<qlonglong> com = catalog.findTopLevel(QStringLiteral("com"));
    QVERIFY(com);
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    Api::OrderItemRequest domain;
    domain.catalogId = *com;
    domain.period = 1;
    Api::DomainMeta meta;
    meta.sld = QStringLiteral("added-later");
    meta.tld = QStringLiteral("com");
    meta.action = QStringLiteral("register");
    domain.setDomain(meta);
    dialog->addItem(domain);
    QVERIFY(waitChange(dialog.get()));
    QCOMPARE(dialog->order().items().size(), 3);
    bool found = false;
    for (const Api::OrderItem &item : dialog->order().items())
        found = found || item.meta().value(QStringLiteral("sld")).toString() == u"added-later";
    QVERIFY(found);
    QCOMPARE(dialog->itemsView()->topLevelItemCount(), 3);
}

void TestOrderDialog::addItemDialogBuildsItem()
{
    Models::CatalogModel catalog;
    QSignalSpy loaded(&catalog, &Models::CatalogModel::loaded);
    catalog.load(m_commands.get(), 16);
    QVERIFY(loaded.wait(10000));
    Ui::OrderAddItemDialog dialog(&catalog);
    // Plans and standalone domains are offered, options sold with a plan are not.
    QVERIFY(dialog.productCombo()->count() > 2);
    QVERIFY(dialog.productCombo()->findData(QVariant::fromValue<qlonglong>(1)) >= 0);
    QCOMPARE(dialog.productCombo()->findData(QVariant::fromValue<qlonglong>(3)), -1);
    // A missing detail keeps the dialog open with a message that names the field.
    dialog.productCombo()->setCurrentIndex(
        dialog.productCombo()->findData(QVariant::fromValue<qlonglong>(1)));
    QVERIFY(dialog.periodCombo()->count() > 0);
    QVERIFY(!dialog.item(QStringLiteral("x")));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("addItemError"));
    QVERIFY(error->text().contains(QStringLiteral("Hostname")));
    dialog.detailEdit()->setText(QStringLiteral("added.com"));
    const std::optional<Api::OrderItemRequest> hosting = dialog.item(QStringLiteral("x"));
    QVERIFY(hosting);
    QCOMPARE(hosting->catalogId, std::optional<qlonglong>(1));
    QCOMPARE(hosting->metaKey, QStringLiteral("hosting"));
    QCOMPARE(
        hosting->meta.value(QStringLiteral("hostname")).toString(), QStringLiteral("added.com"));
    // A custom product needs a price that is an amount.
    dialog.productCombo()->setCurrentIndex(dialog.productCombo()->count() - 1);
    QVERIFY(dialog.priceEdit()->isVisibleTo(&dialog));
    dialog.detailEdit()->setText(QStringLiteral("Migration"));
    dialog.priceEdit()->setText(QStringLiteral("ten"));
    QVERIFY(!dialog.item(QStringLiteral("x")));
    QVERIFY(error->text().contains(QStringLiteral("ten")));
    dialog.priceEdit()->setText(QStringLiteral("10.00"));
    const std::optional<Api::OrderItemRequest> custom = dialog.item(QStringLiteral("x"));
    QVERIFY(custom);
    QCOMPARE(custom->action, QStringLiteral("purchase"));
}

void TestOrderDialog::editsInvoiceDetails()
{
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    Ui::OrderDetailsEditor *editor = dialog->detailsEditor();
    const auto edit = [editor](const char *name) {
        return qobject_cast<QLineEdit *>(editor->field(QLatin1String(name)));
    };
    QCOMPARE(edit("firstname")->text(), QStringLiteral("Ann"));
    edit("company")->setText(QStringLiteral("Lee Ltd"));
    editor->invoiceCheck()->setChecked(true);
    auto *type = qobject_cast<QComboBox *>(editor->field(QStringLiteral("invoice_type")));
    QVERIFY(Ui::WizardFields::selectData(type, QStringLiteral("business")));
    // A business invoice needs the CEO's name before anything is sent.
    QSignalSpy changed(dialog.get(), &Ui::OrderDialog::changeFinished);
    dialog->saveContact();
    QCOMPARE(changed.count(), 0);
    QVERIFY(!Ui::WizardFields::errorText(
        editor, Ui::WizardFields::contactField(QStringLiteral("invoice_ceo")))
                 .isEmpty());
    edit("invoice_ceo")->setText(QStringLiteral("Ann Lee"));
    edit("invoice_name")->setText(QStringLiteral("Lee Ltd"));
    edit("invoice_identity")->setText(QStringLiteral("987654321"));
    edit("invoice_vat_number")->setText(QStringLiteral("CA987654321"));
    edit("invoice_country")->setText(QStringLiteral("ca"));
    edit("invoice_address")->setText(QStringLiteral("456 Sunny Blvd."));
    dialog->saveContact();
    QVERIFY(waitChange(dialog.get()));
    const Api::Order order = dialog->order();
    QVERIFY(order.invoiceRequested());
    QCOMPARE(order.invoiceType(), QStringLiteral("business"));
    QCOMPARE(order.invoiceCeo(), QStringLiteral("Ann Lee"));
    QCOMPARE(order.invoiceName(), QStringLiteral("Lee Ltd"));
    QCOMPARE(order.invoiceIdentity(), QStringLiteral("987654321"));
    QCOMPARE(order.invoiceVatNumber(), QStringLiteral("CA987654321"));
    QCOMPARE(order.invoiceCountry(), QStringLiteral("CA"));
    QCOMPARE(order.invoiceAddress(), QStringLiteral("456 Sunny Blvd."));
    QCOMPARE(order.text(u"company"), QStringLiteral("Lee Ltd"));
    // Clearing a field clears it on the service.
    edit("company")->clear();
    dialog->saveContact();
    QVERIFY(waitChange(dialog.get()));
    QCOMPARE(dialog->order().text(u"company"), QString());
}

void TestOrderDialog::invoiceErrorOnField()
{
    auto dialog = openDialog(createOrder());
    QVERIFY(dialog);
    Ui::OrderDetailsEditor *editor = dialog->detailsEditor();
    qobject_cast<QLineEdit *>(editor->field(QStringLiteral("invoice_country")))
        ->setText(QStringLiteral("ZZ"));
    QSignalSpy changed(dialog.get(), &Ui::OrderDialog::changeFinished);
    dialog->saveContact();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toBool(), false);
    const QString error = Ui::WizardFields::errorText(
        editor, Ui::WizardFields::contactField(QStringLiteral("invoice_country")));
    QVERIFY2(!error.isEmpty(), qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("invoice_country")),
        qPrintable(dialog->statusLabel()->text()));
}

QTEST_MAIN(TestOrderDialog)
#include "tst_orderdialog.moc"
