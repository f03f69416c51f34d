#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace ResellerDesk::Models {

// The folder for attachments opened with the desktop's default application. There is one per
// run, a child of the QCoreApplication, so the folder and every copy in it are removed when
// the application object is destroyed at exit. A crash leaves the folder in the system's
// temporary location.
class OpenedAttachmentsFolder : public QObject
{
    Q_OBJECT

public:
    // Returns the folder of this run and creates it on first use. Call it on the thread of
    // the QCoreApplication.
    static OpenedAttachmentsFolder *instance();

    bool isValid() const { return m_folder.isValid(); }
    QString path() const { return m_folder.path(); }
    QString errorString() const { return m_folder.errorString(); }

private:
    explicit OpenedAttachmentsFolder(QObject *parent);

    QTemporaryDir m_folder;
};

} // namespace ResellerDesk::Models
