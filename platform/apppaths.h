#pragma once

#include <QString>

namespace Stride {

// Where the app keeps what it owns on this device: the database and the media store, in the
// app's private data folder. Children's photos and videos must never land in a shared place
// (Pictures, DCIM, Movies, Downloads) where the gallery, a backup app or another user sees them.
class AppPaths
{
public:
    // The app-private data folder of this device (QStandardPaths::AppDataLocation), never a
    // shared media folder.
    static AppPaths forThisDevice();
    explicit AppPaths(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString mediaDir() const;
    // Creates the folders; false (and why, in words) if they cannot be made.
    bool ensureExists(QString *error = nullptr) const;

    // True for a folder the user's gallery, file manager or other apps look into.
    static bool isSharedLocation(const QString &path);

private:
    QString m_dataDir;
};

} // namespace Stride
