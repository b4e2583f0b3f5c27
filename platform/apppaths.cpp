#include "apppaths.h"

#include "sync/devicefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Stride {

namespace {
QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isInside(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QString p = cleanAbsolute(path);
    const QString f = cleanAbsolute(folder);
    return p == f || p.startsWith(f + QLatin1Char('/'));
}
} // namespace

AppPaths::AppPaths(QString dataDir) : m_dataDir(QDir::cleanPath(std::move(dataDir))) {}

AppPaths AppPaths::forThisDevice()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Without an application name Qt answers with the generic data folder shared by every app;
    // name ours so that two programs never share (or delete) each other's files.
    if (QCoreApplication::applicationName().isEmpty() || dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                  .filePath(QStringLiteral("Stride"));
    // A misconfigured XDG folder can point the data folder into Pictures or the home folder
    // itself; the app-local folder is the safer second choice there.
    if (isSharedLocation(dir))
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return AppPaths(dir);
}

QString AppPaths::databasePath() const
{
    // The same name StartupOptions has always used, so an existing store is found again.
    return QDir(m_dataDir).filePath(QStringLiteral("stride.db"));
}

QString AppPaths::mediaDir() const
{
    // The database's own media folder (docs/sync.md, decision 11), so that erasing a revoked
    // tablet removes exactly the database and its media, and nothing else in the folder.
    return DeviceFiles::mediaDirFor(databasePath());
}

bool AppPaths::ensureExists(QString *error) const
{
    for (const QString &dir : {m_dataDir, mediaDir()}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QCoreApplication::translate("AppPaths",
                                                     "Stride could not make its folder %1 on this device.")
                             .arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    return true;
}

bool AppPaths::isSharedLocation(const QString &path)
{
    using SP = QStandardPaths;
    for (const SP::StandardLocation location :
         {SP::PicturesLocation, SP::MoviesLocation, SP::MusicLocation, SP::DownloadLocation,
          SP::DocumentsLocation, SP::DesktopLocation}) {
        for (const QString &shared : SP::standardLocations(location)) {
            // Some platforms answer with the home folder itself for a location they lack.
            if (cleanAbsolute(shared) == cleanAbsolute(QDir::homePath()))
                continue;
            if (isInside(path, shared))
                return true;
        }
    }
    // Android's camera roll, wherever the storage is mounted.
    const QStringList parts = cleanAbsolute(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.contains(QStringLiteral("DCIM")))
        return true;
    return cleanAbsolute(path) == cleanAbsolute(QDir::homePath());
}

} // namespace Stride
