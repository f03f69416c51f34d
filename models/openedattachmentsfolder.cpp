#include "models/openedattachmentsfolder.h"

#include "models/modelslogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>

namespace ResellerDesk::Models {

OpenedAttachmentsFolder::OpenedAttachmentsFolder(QObject *parent)
    : QObject(parent),
      m_folder(QDir(QDir::tempPath()).filePath(QStringLiteral("resellerdesk-opened-XXXXXX")))
{
    if (m_folder.isValid())
        qCInfo(lcModels) << "Opened attachments go to" << m_folder.path();
    else
        qCWarning(lcModels) << "Failed to create a folder for opened attachments in"
                            << QDir::tempPath() << ":" << m_folder.errorString();
}

OpenedAttachmentsFolder *OpenedAttachmentsFolder::instance()
{
    // Deleted with the application object, or earlier by a test.
    static QPointer<OpenedAttachmentsFolder> folder;
    if (!folder)
        folder = new OpenedAttachmentsFolder(QCoreApplication::instance());
    return folder;
}

} // namespace ResellerDesk::Models
