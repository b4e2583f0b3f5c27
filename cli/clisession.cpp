#include "clisession.h"

#include "sync/devicefiles.h"

#include <QFileInfo>

namespace Stride::Cli {

Session::Session() : out(stdout), err(stderr) {}

bool Session::open(const QString &path, bool mustExist)
{
    databasePath = QFileInfo(path).absoluteFilePath();
    if (mustExist && !QFileInfo::exists(databasePath)) {
        fail(QStringLiteral("There is no Stride database at %1. Enrol first: stride-cli enrol --server URL "
                            "--code CODE --database %1")
                 .arg(path));
        return false;
    }
    const OpenResult opened = store.open(databasePath);
    if (!opened.ok()) {
        fail(opened.message +
             (opened.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(opened.detail)));
        return false;
    }
    mediaDir = DeviceFiles::mediaDirFor(databasePath);
    media = std::make_unique<MediaStore>(mediaDir);
    return true;
}

void Session::say(const QString &line)
{
    out << line << Qt::endl;
}

int Session::fail(const QString &line, int code)
{
    err << line << Qt::endl;
    return code;
}

} // namespace Stride::Cli
