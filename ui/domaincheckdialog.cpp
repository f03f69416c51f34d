#include "ui/domaincheckdialog.h"

#include "api/apicommands.h"
#include "models/domaincheckmodel.h"
#include "models/quickfilterproxymodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

DomainCheckDialog::DomainCheckDialog(Api::ApiClient *client, QWidget *parent)
    : ToolDialog(QStringLiteral("domainCheck"), QSize(900, 560), parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
    , m_model(new Models::DomainCheckModel(this))
    , m_proxy(new Models::QuickFilterProxyModel(this))
{
    setWindowTitle(tr("Domain Check"));
    m_namesEdit = new QPlainTextEdit(this);
    m_namesEdit->setObjectName(QStringLiteral("domainNames"));
    m_namesEdit->setPlaceholderText(tr("One domain name per line, such as:\nexample.com\n"
                                       "example.net"));
    m_namesEdit->setTabChangesFocus(true);
    m_checkButton = new QPushButton(tr("C&heck"), this);
    m_checkButton->setObjectName(QStringLiteral("checkDomains"));
    m_checkButton->setToolTip(tr("Check the names (Ctrl+Enter)"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelCheck"));
    m_cancelButton->setEnabled(false);
    auto *inputButtons = new QVBoxLayout;
    inputButtons->addWidget(m_checkButton);
    inputButtons->addWidget(m_cancelButton);
    inputButtons->addStretch(1);
    auto *input = new QWidget(this);
    auto *inputLayout = new QHBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_namesEdit, 1);
    inputLayout->addLayout(inputButtons);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("quickFilter"));
    m_filterEdit->setPlaceholderText(tr("Quick filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("domainResults"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    // Long results stay on one line, and the tooltip shows the whole text.
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        Models::DomainCheckModel::ResultColumn, QHeaderView::Stretch);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_filterEdit);
    resultsLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(input);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 120, 360 });

    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m checked"));
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("domainCheckStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, &DomainCheckDialog::checkNames);
    connect(m_cancelButton, &QPushButton::clicked, m_model, &Models::DomainCheckModel::cancel);
    auto *checkShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(checkShortcut, &QShortcut::activated, this, &DomainCheckDialog::checkNames);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
        &Models::QuickFilterProxyModel::setQuickFilter);
    connect(m_model, &Models::DomainCheckModel::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_model, &Models::DomainCheckModel::finished, this, [this] {
        m_progress->hide();
        m_cancelButton->setEnabled(false);
        m_checkButton->setEnabled(true);
        int failed = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->state(row) == Models::DomainCheckModel::State::Failed)
                ++failed;
        }
        if (failed == 0)
            setStatus(tr("Checked %n name(s).", nullptr, m_model->rowCount()), false);
        else
            setStatus(
                tr("%n name(s) could not be checked; the Result column says why.", nullptr, failed),
                true);
    });
    setStatus(tr("Enter domain names, one per line, and press Check."), false);
}

DomainCheckDialog::~DomainCheckDialog() = default;

QString DomainCheckDialog::statusText() const
{
    return m_status->text();
}

void DomainCheckDialog::checkNames()
{
    if (m_model->isRunning())
        return;
    QString problem;
    const std::optional<QStringList> names
        = Models::DomainCheckModel::parseNames(m_namesEdit->toPlainText(), &problem);
    if (!names) {
        setStatus(problem, true);
        m_namesEdit->setFocus();
        return;
    }
    setStatus(tr("Checking %n name(s)…", nullptr, int(names->size())), false);
    m_checkButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, int(names->size()));
    m_progress->setValue(0);
    m_progress->show();
    m_model->check(m_commands.get(), *names);
}

void DomainCheckDialog::refresh()
{
    if (m_model->rowCount() > 0)
        checkNames();
}

void DomainCheckDialog::setStatus(const QString &text, bool error)
{
    showStatus(m_status, text, error);
}

} // namespace ResellerDesk::Ui
