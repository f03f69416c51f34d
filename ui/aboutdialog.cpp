#include "ui/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

constexpr int iconSize = 96;

} // namespace

QString AboutDialog::version()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(RESELLERDESK_VERSION) : version;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ResellerDesk"));
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    // qVersion() is the Qt library loaded at run time, QT_VERSION_STR the one built against.
    text->setText(tr("<h2>ResellerDesk %1</h2>"
                     "<p>Desktop client for ICDSoft resellers: hosting accounts, domains, "
                     "orders and support tickets through the ICDSoft reseller API.</p>"
                     "<p>Qt %2 (built with Qt %3)</p>")
                      .arg(version().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                          QStringLiteral(QT_VERSION_STR)));
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace ResellerDesk::Ui
