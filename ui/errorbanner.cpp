#include "ui/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ResellerDesk::Ui {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fbe3e4; border: 1px solid #e0a0a4;"
                                 " border-radius: 4px; } #errorBanner QLabel { color: #5c1114; }"));
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(tr("Retry"), this);
    auto *closeButton = new QToolButton(this);
    closeButton->setAutoRaise(true);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setToolTip(tr("Hide this message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);
    layout->addWidget(closeButton, 0, Qt::AlignTop);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QString ErrorBanner::message() const
{
    return m_label->text();
}

void ErrorBanner::showMessage(const QString &message, bool retry)
{
    m_label->setText(message);
    m_retryButton->setVisible(retry);
    show();
}

} // namespace ResellerDesk::Ui
