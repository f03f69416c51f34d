#include "ui/presetfilterbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ResellerDesk::Ui {

PresetFilterBar::PresetFilterBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("presetFilterBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#presetFilterBar { background: #e3effb; border: 1px solid"
                                 " #a0bfe0; border-radius: 4px; }"
                                 " #presetFilterBar QLabel { color: #11325c; }"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("presetFilterText"));
    m_label->setWordWrap(true);
    m_clearButton = new QPushButton(tr("Clear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearPresetFilter"));
    m_clearButton->setToolTip(tr("Show the rows of the filters above instead"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clearButton);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        hide();
        emit clearRequested();
    });
    hide();
}

QString PresetFilterBar::description() const
{
    return m_description;
}

void PresetFilterBar::showDescription(const QString &description)
{
    m_description = description;
    m_label->setText(tr("Showing: %1").arg(description));
    show();
}

} // namespace ResellerDesk::Ui
