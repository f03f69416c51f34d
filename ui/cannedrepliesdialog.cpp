#include "ui/cannedrepliesdialog.h"

#include "ui/uilogging.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

CannedRepliesDialog::CannedRepliesDialog(QWidget *parent)
    : QDialog(parent), m_replies(Models::CannedReplies::load())
{
    setWindowTitle(tr("Canned replies"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cannedReplyList"));
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("cannedReplyTitle"));
    m_shortcutEdit = new QLineEdit(this);
    m_shortcutEdit->setObjectName(QStringLiteral("cannedReplyShortcut"));
    m_shortcutEdit->setPlaceholderText(tr("e.g. /thanks"));
    m_shortcutEdit->setToolTip(tr("Type the shortcut in a message and press Tab to insert the "
                                  "reply."));
    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("cannedReplyText"));
    m_textEdit->setTabChangesFocus(true);
    auto *hint = new QLabel(tr("Placeholders: {name} (the customer's name), {username}, "
                               "{domain}, {subject} and {ticket} (the ticket id)."),
                            this);
    hint->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("cannedReplyError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto *addButton = new QPushButton(tr("&Add"), this);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_upButton = new QPushButton(tr("Move &up"), this);
    m_upButton->setToolTip(tr("Move up (Alt+Up)"));
    m_downButton = new QPushButton(tr("Move do&wn"), this);
    m_downButton->setToolTip(tr("Move down (Alt+Down)"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addWidget(m_upButton);
    listButtons->addWidget(m_downButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Shortcut:"), m_shortcutEdit);
    form->addRow(tr("Te&xt:"), m_textEdit);
    form->addRow(QString(), hint);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(form, 3);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(box);

    auto *upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    addAction(upAction);
    auto *downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    addAction(downAction);

    for (const Models::CannedReply &reply : std::as_const(m_replies))
        m_list->addItem(listText(reply));

    connect(m_list, &QListWidget::currentRowChanged, this, &CannedRepliesDialog::showCurrent);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &CannedRepliesDialog::storeField);
    connect(m_shortcutEdit, &QLineEdit::textChanged, this, &CannedRepliesDialog::storeField);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &CannedRepliesDialog::storeField);
    connect(addButton, &QPushButton::clicked, this, &CannedRepliesDialog::addReply);
    connect(m_deleteButton, &QPushButton::clicked, this, &CannedRepliesDialog::deleteCurrent);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(downAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(box, &QDialogButtonBox::accepted, this, &CannedRepliesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_list->setCurrentRow(m_replies.isEmpty() ? -1 : 0);
    showCurrent();
    resize(820, 480);
}

QString CannedRepliesDialog::errorMessage() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString CannedRepliesDialog::listText(const Models::CannedReply &reply) const
{
    const QString title = reply.title.trimmed().isEmpty() ? tr("(no title)") : reply.title;
    return reply.shortcut.isEmpty() ? title : tr("%1 (%2)").arg(title, reply.shortcut);
}

void CannedRepliesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_replies.size();
    m_showing = true;
    m_titleEdit->setText(valid ? m_replies.at(row).title : QString());
    m_shortcutEdit->setText(valid ? m_replies.at(row).shortcut : QString());
    m_textEdit->setPlainText(valid ? m_replies.at(row).text : QString());
    m_showing = false;
    m_titleEdit->setEnabled(valid);
    m_shortcutEdit->setEnabled(valid);
    m_textEdit->setEnabled(valid);
    updateButtons();
}

// Copies the fields into the current reply as they are edited, so renaming updates the list.
void CannedRepliesDialog::storeField()
{
    const int row = m_list->currentRow();
    if (m_showing || row < 0 || row >= m_replies.size())
        return;
    Models::CannedReply &reply = m_replies[row];
    reply.title = m_titleEdit->text();
    reply.shortcut = m_shortcutEdit->text().trimmed();
    reply.text = m_textEdit->toPlainText();
    m_list->item(row)->setText(listText(reply));
    showError({});
}

void CannedRepliesDialog::addReply()
{
    m_replies.append({tr("New reply"), QString(), QString()});
    m_list->addItem(listText(m_replies.last()));
    m_list->setCurrentRow(int(m_replies.size() - 1));
    m_titleEdit->setFocus();
    m_titleEdit->selectAll();
}

void CannedRepliesDialog::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_replies.size())
        return;
    m_replies.removeAt(row);
    delete m_list->takeItem(row);
    showError({});
    showCurrent();
}

void CannedRepliesDialog::moveCurrent(int offset)
{
    const int row = m_list->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_replies.size())
        return;
    m_replies.move(row, target);
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void CannedRepliesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_deleteButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_replies.size());
}

void CannedRepliesDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CannedRepliesDialog::accept()
{
    int invalid = -1;
    const QString problem = Models::CannedReplies::validate(m_replies, &invalid);
    if (!problem.isEmpty()) {
        m_list->setCurrentRow(invalid);
        showError(problem);
        return;
    }
    Models::CannedReplies::save(m_replies);
    qCInfo(lcUi) << "Saved" << m_replies.size() << "canned replies";
    QDialog::accept();
}

} // namespace ResellerDesk::Ui
