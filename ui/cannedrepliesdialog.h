#pragma once

#include "models/cannedreplies.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ResellerDesk::Ui {

// Tickets > Canned replies…: adds, edits, renames, deletes and reorders the canned replies of
// CannedReplies. Changes are saved only by OK, after CannedReplies::validate() accepted them.
class CannedRepliesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CannedRepliesDialog(QWidget *parent = nullptr);

    const QList<Models::CannedReply> &replies() const { return m_replies; }
    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QLineEdit *shortcutEdit() const { return m_shortcutEdit; }
    QPlainTextEdit *textEdit() const { return m_textEdit; }
    // The message that stopped the last accept(), or an empty string.
    QString errorMessage() const;

public slots:
    void addReply();
    void deleteCurrent();
    void moveCurrent(int offset);
    // Validates and saves the replies, then closes the dialog. An invalid reply is selected
    // and the dialog stays open with a message.
    void accept() override;

private:
    void showCurrent();
    void storeField();
    void updateButtons();
    void showError(const QString &message);
    QString listText(const Models::CannedReply &reply) const;

    QList<Models::CannedReply> m_replies;
    QListWidget *m_list = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_shortcutEdit = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    // True while showCurrent() fills the fields, so that their change signals store nothing.
    bool m_showing = false;
};

} // namespace ResellerDesk::Ui
