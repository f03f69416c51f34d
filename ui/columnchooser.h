#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QTableView;

namespace ResellerDesk::Ui {

// Dialog with one check box per column of a table, in the order the header shows them.
// OK shows and hides the columns. At least one column must stay visible.
class ColumnChooser : public QDialog
{
    Q_OBJECT

public:
    explicit ColumnChooser(QTableView *view, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void accept() override;

private:
    void restoreDefaults();
    bool hasCheckedColumn() const;
    void updateOkButton();

    QTableView *m_view = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace ResellerDesk::Ui
