#include "ui/tooldialog.h"

#include "api/apireply.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QSettings>

namespace ResellerDesk::Ui {

ToolDialog::ToolDialog(const QString &name, const QSize &defaultSize, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(name);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &ToolDialog::refresh);

    const QSize saved = QSettings().value(sizeKey()).toSize();
    resize(saved.isValid() ? saved : defaultSize);
}

void ToolDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(sizeKey(), size());
    QDialog::hideEvent(event);
}

void ToolDialog::showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ToolDialog::dropReply(Api::ApiReply *reply)
{
    if (!reply)
        return;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

QString ToolDialog::sizeKey() const
{
    return QStringLiteral("tools/") + objectName() + QStringLiteral("/size");
}

} // namespace ResellerDesk::Ui
