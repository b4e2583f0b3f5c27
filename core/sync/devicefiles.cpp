#include "devicefiles.h"

#include "../store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Stride::DeviceFiles {

QString mediaDirFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-media");
}

EraseResult erase(Store &store, const QString &mediaDir)
{
    EraseResult result;
    const QString path = store.path();
    store.close();
    if (!path.isEmpty()) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
              QStringLiteral(
                  "-device.key")}) { // the last: DeviceSecret::fileFor, the credentials' other half
            const QString file = path + suffix;
            if (QFile::exists(file) && !QFile::remove(file))
                result.leftBehind << file;
        }
    }
    if (!mediaDir.isEmpty() && QFileInfo::exists(mediaDir) && !QDir(mediaDir).removeRecursively())
        result.leftBehind << mediaDir;
    result.ok = result.leftBehind.isEmpty();
    return result;
}

} // namespace Stride::DeviceFiles
