#include "ui/savedfiltersdialog.h"

#include "models/savedfilterstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

SavedFiltersDialog::SavedFiltersDialog(Models::SavedFilterStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Saved filters"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("savedFilterList"));
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_renameButton = new QPushButton(tr("&Rename…"), this);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    connect(m_list, &QListWidget::currentRowChanged, this, &SavedFiltersDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, m_applyButton, &QPushButton::click);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        emit applyRequested(selectedName());
        accept();
    });
    connect(m_renameButton, &QPushButton::clicked, this, &SavedFiltersDialog::askRename);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Delete saved filter"),
            tr("Delete the saved filter \"%1\"?").arg(selectedName()));
        if (answer == QMessageBox::Yes)
            deleteSelected();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    reload();
}

void SavedFiltersDialog::reload(const QString &selectName)
{
    m_list->clear();
    m_list->addItems(m_store->names());
    const QList<QListWidgetItem *> matches = m_list->findItems(selectName, Qt::MatchExactly);
    m_list->setCurrentRow(matches.isEmpty() ? 0 : m_list->row(matches.constFirst()));
    updateButtons();
}

QString SavedFiltersDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void SavedFiltersDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_applyButton->setEnabled(selected);
    m_renameButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

bool SavedFiltersDialog::renameSelected(const QString &newName, QString *errorMessage)
{
    if (!m_store->rename(selectedName(), newName, errorMessage))
        return false;
    reload(newName.trimmed());
    return true;
}

void SavedFiltersDialog::deleteSelected()
{
    const int row = m_list->currentRow();
    m_store->remove(selectedName());
    reload();
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

void SavedFiltersDialog::askRename()
{
    QString name = selectedName();
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(
            this, tr("Rename saved filter"), tr("New name:"), QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        QString problem;
        if (renameSelected(name, &problem))
            return;
        QMessageBox::warning(this, tr("Rename saved filter"), problem);
    }
}

} // namespace ResellerDesk::Ui
