#include "ui/columnchooser.h"

#include "models/entitytablemodel.h"

#include <QAbstractProxyModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

ColumnChooser::ColumnChooser(QTableView *view, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
{
    setWindowTitle(tr("Columns"));
    auto *label = new QLabel(tr("Show these columns. Drag a column header in the table to "
                                "move it."),
        this);
    label->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("columnList"));
    const QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        auto *item
            = new QListWidgetItem(model->headerData(logical, Qt::Horizontal).toString(), m_list);
        item->setData(Qt::UserRole, logical);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(header->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
    }

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnChooser::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &ColumnChooser::restoreDefaults);
    connect(m_list, &QListWidget::itemChanged, this, &ColumnChooser::updateOkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(360, 460);
}

// The defaults are the hiddenByDefault flags of the entity's columns. With another model,
// every column is shown.
void ColumnChooser::restoreDefaults()
{
    const auto *source = qobject_cast<const Models::EntityTableModel *>(m_view->model());
    if (!source) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_view->model());
        source = proxy ? qobject_cast<const Models::EntityTableModel *>(proxy->sourceModel())
                       : nullptr;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const int logical = item->data(Qt::UserRole).toInt();
        const bool hidden = source && logical < source->spec().columns.size()
            && source->spec().columns.at(logical).hiddenByDefault;
        item->setCheckState(hidden ? Qt::Unchecked : Qt::Checked);
    }
}

bool ColumnChooser::hasCheckedColumn() const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            return true;
    }
    return false;
}

void ColumnChooser::updateOkButton()
{
    const bool anyChecked = hasCheckedColumn();
    m_okButton->setEnabled(anyChecked);
    m_okButton->setToolTip(anyChecked ? QString() : tr("Check at least one column."));
}

void ColumnChooser::accept()
{
    if (!hasCheckedColumn())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        m_view->setColumnHidden(
            item->data(Qt::UserRole).toInt(), item->checkState() != Qt::Checked);
    }
    QDialog::accept();
}

} // namespace ResellerDesk::Ui
