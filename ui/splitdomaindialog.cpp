#include "ui/splitdomaindialog.h"

#include "ui/uilogging.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/hostingrecords.h"
#include "api/recordparsing.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

SplitDomainDialog::SplitDomainDialog(Api::ApiClient *client, QWidget *parent)
    : ToolDialog(QStringLiteral("splitDomain"), QSize(520, 220), parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
{
    setWindowTitle(tr("Split Domain"));
    m_hostnameEdit = new QLineEdit(this);
    m_hostnameEdit->setObjectName(QStringLiteral("splitHostname"));
    m_hostnameEdit->setPlaceholderText(tr("Host or domain name, such as www.example.co.uk"));
    m_splitButton = new QPushButton(tr("&Split"), this);
    m_splitButton->setObjectName(QStringLiteral("splitButton"));
    m_splitButton->setDefault(true);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_hostnameEdit, 1);
    inputRow->addWidget(m_splitButton);

    // Read-only line edits rather than labels, so that the parts can be selected and copied.
    m_tldEdit = new QLineEdit(this);
    m_tldEdit->setObjectName(QStringLiteral("splitTld"));
    m_tldEdit->setReadOnly(true);
    m_sldEdit = new QLineEdit(this);
    m_sldEdit->setObjectName(QStringLiteral("splitSld"));
    m_sldEdit->setReadOnly(true);

    auto *form = new QFormLayout;
    // A label made by addRow() for a layout has no buddy and would show the '&' itself.
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_hostnameEdit);
    form->addRow(nameLabel, inputRow);
    form->addRow(tr("TLD (top-level domain):"), m_tldEdit);
    form->addRow(tr("SLD (second-level domain):"), m_sldEdit);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("splitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status, 1, Qt::AlignTop);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_splitButton, &QPushButton::clicked, this, &SplitDomainDialog::split);
    connect(m_hostnameEdit, &QLineEdit::returnPressed, this, &SplitDomainDialog::split);
    setStatus(tr("Enter a name and press Split. The service knows multi-part TLDs such as "
                 "co.uk."),
        false);
}

SplitDomainDialog::~SplitDomainDialog()
{
    dropReply(m_reply);
}

QString SplitDomainDialog::tld() const
{
    return m_tldEdit->text();
}

QString SplitDomainDialog::sld() const
{
    return m_sldEdit->text();
}

QString SplitDomainDialog::statusText() const
{
    return m_status->text();
}

void SplitDomainDialog::split()
{
    dropReply(m_reply);
    m_tldEdit->clear();
    m_sldEdit->clear();
    const QString hostname = m_hostnameEdit->text().trimmed();
    setStatus(tr("Splitting \"%1\"…").arg(hostname), false);
    // An empty name is rejected by the typed call with a message, like any other bad value.
    m_reply = m_commands->domainTldSld(hostname);
    Api::ApiReply *reply = m_reply;
    connect(reply, &Api::ApiReply::finished, this,
        [this, reply, hostname] { handleReply(reply, hostname); });
}

void SplitDomainDialog::refresh()
{
    if (!m_hostnameEdit->text().trimmed().isEmpty())
        split();
}

void SplitDomainDialog::handleReply(Api::ApiReply *reply, const QString &hostname)
{
    reply->deleteLater();
    m_reply = nullptr;
    QString problem;
    std::optional<Api::DomainParts> parts;
    if (reply->isOk())
        parts = Api::RecordParsing::parseRecord<Api::DomainParts>(reply->data(), {}, &problem);
    else
        problem = reply->error().userMessage();
    if (!parts || parts->tld().isEmpty()) {
        if (parts)
            problem = tr("The service returned no TLD for \"%1\". Check the name and try again.")
                          .arg(hostname);
        else
            problem = tr("Could not split \"%1\". %2").arg(hostname, problem);
        qCWarning(lcUi) << "domain-tldsld failed:" << problem;
        setStatus(problem, true);
        emit splitFinished(false);
        return;
    }
    m_tldEdit->setText(parts->tld());
    m_sldEdit->setText(parts->sld());
    setStatus(tr("\"%1\" is the SLD \"%2\" under the TLD \"%3\".")
                  .arg(hostname, parts->sld(), parts->tld()),
        false);
    emit splitFinished(true);
}

void SplitDomainDialog::setStatus(const QString &text, bool error)
{
    showStatus(m_status, text, error);
}

} // namespace ResellerDesk::Ui
