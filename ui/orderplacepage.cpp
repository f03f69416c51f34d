#include "ui/orderplacepage.h"

#include "ui/orderwizard.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "models/catalogmodel.h"
#include "models/orderplacer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

using State = Models::OrderPlacer::State;

OrderPlacePage::OrderPlacePage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Place the order"));
    setSubTitle(tr("The order is sent once. Afterwards you can request or record a payment."));
    m_summary = new QLabel(this);
    m_placeButton = new QPushButton(tr("&Place order"), this);
    m_placeButton->setObjectName(QStringLiteral("placeOrder"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("placeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_unknownBox = new QGroupBox(tr("Was the order created?"), this);
    m_matchCombo = new QComboBox(m_unknownBox);
    m_adoptButton = new QPushButton(tr("&Use this order"), m_unknownBox);
    m_adoptButton->setObjectName(QStringLiteral("adoptOrder"));
    m_resendButton = new QPushButton(tr("It was not created: &send again"), m_unknownBox);
    m_resendButton->setObjectName(QStringLiteral("resendOrder"));
    auto *unknownLayout = new QHBoxLayout(m_unknownBox);
    unknownLayout->addWidget(m_matchCombo, 1);
    unknownLayout->addWidget(m_adoptButton);
    unknownLayout->addWidget(m_resendButton);
    m_unknownBox->setVisible(false);

    m_paymentBox = new QGroupBox(tr("Payment"), this);
    m_paymentBox->setEnabled(false);
    auto *paymentForm = new QFormLayout(m_paymentBox);
    m_processorCombo = new QComboBox(m_paymentBox);
    m_processorCombo->setObjectName(QStringLiteral("processorCombo"));
    m_requestButton = new QPushButton(tr("Create payment &request"), m_paymentBox);
    m_requestButton->setObjectName(QStringLiteral("createPaymentRequest"));
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_processorCombo, 1);
    requestRow->addWidget(m_requestButton);
    paymentForm->addRow(tr("Payment method:"), requestRow);
    m_amountEdit = new QLineEdit(m_paymentBox);
    m_amountEdit->setObjectName(QStringLiteral("paymentAmount"));
    m_methodEdit = new QLineEdit(tr("Bank transfer"), m_paymentBox);
    m_methodEdit->setObjectName(QStringLiteral("paymentMethod"));
    m_transactionEdit = new QLineEdit(m_paymentBox);
    m_transactionEdit->setObjectName(QStringLiteral("paymentTransaction"));
    m_recordButton = new QPushButton(tr("Record payment &received"), m_paymentBox);
    m_recordButton->setObjectName(QStringLiteral("recordPayment"));
    paymentForm->addRow(tr("Amount received:"), m_amountEdit);
    paymentForm->addRow(tr("Received by:"), m_methodEdit);
    paymentForm->addRow(tr("Transaction id:"), m_transactionEdit);
    paymentForm->addRow(QString(), m_recordButton);
    m_paymentStatus = new QLabel(m_paymentBox);
    m_paymentStatus->setObjectName(QStringLiteral("paymentStatus"));
    m_paymentStatus->setWordWrap(true);
    m_paymentStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paymentForm->addRow(m_paymentStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_placeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_unknownBox);
    layout->addWidget(m_paymentBox);
    layout->addStretch();

    Models::OrderPlacer *placer = m_wizard->placer();
    connect(m_placeButton, &QPushButton::clicked, this, &OrderPlacePage::placeOrder);
    connect(placer, &Models::OrderPlacer::placed, this, &OrderPlacePage::handlePlaced);
    connect(
        placer, &Models::OrderPlacer::outcomeUnknown, this, &OrderPlacePage::handleOutcomeUnknown);
    connect(placer, &Models::OrderPlacer::stateChanged, this, [this](State state) {
        m_placeButton->setEnabled(m_wizard->placer()->canPlace());
        if (state == State::Searching)
            setStatus(tr("No answer from the service. Looking for the order in the recent "
                         "orders before anything is sent again…"));
        emit completeChanged();
    });
    connect(m_adoptButton, &QPushButton::clicked, this, [this] {
        const int index = m_matchCombo->currentIndex();
        if (index >= 0 && index < m_matches.size())
            m_wizard->placer()->adopt(m_matches.at(index));
    });
    connect(m_resendButton, &QPushButton::clicked, this, [this] {
        m_unknownBox->setVisible(false);
        m_wizard->placer()->allowResend();
        placeOrder();
    });
    connect(m_requestButton, &QPushButton::clicked, this, &OrderPlacePage::createPaymentRequest);
    connect(m_recordButton, &QPushButton::clicked, this, &OrderPlacePage::recordPayment);
    // A recorded payment is not sent again until something about it changes.
    for (QLineEdit *edit : { m_amountEdit, m_methodEdit, m_transactionEdit })
        connect(edit, &QLineEdit::textEdited, this, [this] { m_recordButton->setEnabled(true); });
}

void OrderPlacePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void OrderPlacePage::showError(const QString &text)
{
    setStatus(text, true);
}

void OrderPlacePage::initializePage()
{
    const std::optional<double> total = m_wizard->draft().total(*m_wizard->catalog());
    m_summary->setText(tr("%n item(s), total %1.", nullptr, int(m_wizard->draft().items.size()))
                           .arg(m_wizard->catalog()->formatAmount(total.value_or(0))));
    m_placeButton->setEnabled(m_wizard->placer()->canPlace());
    if (m_wizard->placer()->state() != State::Placed)
        setStatus(QString());
}

bool OrderPlacePage::isComplete() const
{
    return m_wizard->placer()->state() == State::Placed;
}

void OrderPlacePage::placeOrder()
{
    // Disabled before anything else, so a second click or Enter finds no enabled button.
    m_placeButton->setEnabled(false);
    const Api::OrderRequest request = m_wizard->draft().toRequest(*m_wizard->catalog());
    QString message;
    if (!request.validate(false, &message)) {
        showError(message);
        m_placeButton->setEnabled(true);
        return;
    }
    if (!m_wizard->placer()->place(request))
        return;
    setStatus(tr("Sending the order…"));
}

void OrderPlacePage::handlePlaced(const Api::OrderResult &result)
{
    m_unknownBox->setVisible(false);
    const Api::Order order = result.order();
    const QString currency = order.currency().isEmpty() ? result.currency() : order.currency();
    const std::optional<double> total = order.total() ? order.total() : result.total();
    setStatus(tr("Order %1 was placed. Total: %2 %3.")
                  .arg(m_wizard->placer()->orderId(),
                      total ? QString::number(*total, 'f', 2) : tr("unknown"), currency));
    m_amountEdit->setText(total ? QString::number(*total, 'f', 2) : QString());
    m_paymentBox->setEnabled(true);
    loadProcessors();
    emit completeChanged();
}

void OrderPlacePage::handleOutcomeUnknown(const QList<Api::Order> &matches,
    const Api::ApiError &sendError, const Api::ApiError &searchError)
{
    m_matches = matches;
    m_matchCombo->clear();
    for (const Api::Order &order : matches)
        m_matchCombo->addItem(
            tr("%1 from %2, %3 %4")
                .arg(order.orderId(),
                    order.date().value_or(QDateTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    QString::number(order.total().value_or(0), 'f', 2), order.currency()));
    m_matchCombo->setVisible(!matches.isEmpty());
    m_adoptButton->setVisible(!matches.isEmpty());
    m_unknownBox->setVisible(true);
    QString text = Models::OrderPlacer::describeUnknownOutcome(sendError) + u' ';
    if (searchError.isError())
        text += tr("The recent orders could not be searched either (%1). Check the Orders tab "
                   "before you send the order again.")
                    .arg(searchError.userMessage());
    else if (matches.isEmpty())
        text += tr("No recent order with this e-mail and these items exists, so it was "
                   "probably not created. Send it again when the connection works.");
    else
        text += tr("%n order(s) of the last day have this e-mail and these items. If the "
                   "newest is this order, use it instead of sending the order again.",
            nullptr, int(matches.size()));
    showError(text);
}

void OrderPlacePage::loadProcessors()
{
    Api::PaymentProcessorQuery query;
    query.storeId = m_wizard->draft().storeId;
    query.active = true;
    Api::ApiReply *reply = m_wizard->commands()->paymentProcessors(query);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString message;
        const auto processors = reply->isOk()
            ? Api::RecordParsing::parseKeyedRecords<Api::PaymentProcessor>(
                reply->data(), QStringLiteral("processors"), &message)
            : std::nullopt;
        if (!processors) {
            m_paymentStatus->setText(reply->isOk() ? message : reply->error().userMessage());
            return;
        }
        m_processorCombo->clear();
        for (const Api::PaymentProcessor &processor : *processors) {
            if (!processor.isOffline())
                m_processorCombo->addItem(
                    processor.displayName().isEmpty() ? processor.name() : processor.displayName(),
                    processor.slug());
        }
        m_requestButton->setEnabled(m_processorCombo->count() > 0);
    });
}

void OrderPlacePage::createPaymentRequest()
{
    Api::PaymentRequestCreateRequest request;
    request.orderId = m_wizard->placer()->orderId();
    request.amount = m_amountEdit->text().trimmed();
    request.currency = m_wizard->catalog()->storeCurrency();
    request.paymentMethod = m_processorCombo->currentData().toString();
    m_requestButton->setEnabled(false);
    Api::ApiReply *reply = m_wizard->commands()->paymentRequestCreate(request);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_requestButton->setEnabled(true);
        QString message;
        const auto created = reply->isOk() ? Api::RecordParsing::parseRecord<Api::PaymentRequest>(
                                 reply->data(), QStringLiteral("payment_request"), &message)
                                           : std::nullopt;
        if (!created) {
            m_paymentStatus->setText(reply->isOk() ? message : reply->error().userMessage());
            return;
        }
        m_paymentStatus->setText(tr("Payment request %1 created: %2 %3 through %4. Send the "
                                    "client the store's payment page for it.")
                                     .arg(created->id().value_or(0))
                                     .arg(created->amount().value_or(0), 0, 'f', 2)
                                     .arg(created->currency(), created->paymentMethod()));
    });
}

void OrderPlacePage::recordPayment()
{
    Api::PaymentAddRequest payment;
    payment.orderId = m_wizard->placer()->orderId();
    payment.total = m_amountEdit->text().trimmed();
    payment.currency = m_wizard->catalog()->storeCurrency();
    payment.paymentMethod = m_methodEdit->text().trimmed();
    payment.transactionId = m_transactionEdit->text().trimmed();
    payment.paymentDate = QDateTime::currentDateTimeUtc();
    // Payments recorded by hand come from no processor.
    payment.merchantId = QStringLiteral("manual");
    QString message;
    if (!payment.validate(&message)) {
        m_paymentStatus->setText(message);
        return;
    }
    // ApiClient never retries payment-add, and this button stays disabled until a field
    // changes, so one click records one payment.
    m_recordButton->setEnabled(false);
    Api::ApiReply *reply = m_wizard->commands()->paymentAdd(payment);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_paymentStatus->setText(reply->error().userMessage());
            if (reply->error().kind == Api::ApiError::Kind::Api)
                m_recordButton->setEnabled(true);
            return;
        }
        const Api::PaymentAddResult result(reply->data().toObject());
        m_paymentStatus->setText(tr("Payment %1 recorded.").arg(result.paymentId()));
    });
}

} // namespace ResellerDesk::Ui
