#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ResellerDesk::Ui {

// Bar above a table that names the preset query the table shows ("Domains expiring in
// 30 days"), with a Clear button that returns to the filter pane's own filters.
class PresetFilterBar : public QFrame
{
    Q_OBJECT

public:
    explicit PresetFilterBar(QWidget *parent = nullptr);

    QString description() const;
    QPushButton *clearButton() const { return m_clearButton; }

public slots:
    void showDescription(const QString &description);

signals:
    void clearRequested();

private:
    QString m_description;
    QLabel *m_label = nullptr;
    QPushButton *m_clearButton = nullptr;
};

} // namespace ResellerDesk::Ui
