// Where the app keeps its data: private to the app, never a gallery or shared folder.
#include "apppaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Stride;

TEST_CASE("AppPaths keeps the database and media in the app's private data folder", "[apppaths]")
{
    QStandardPaths::setTestModeEnabled(true);
    const AppPaths paths = AppPaths::forThisDevice();
    CHECK(paths.dataDir() ==
          QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    CHECK(paths.databasePath() == QDir(paths.dataDir()).filePath(QStringLiteral("stride.db")));
    CHECK(paths.mediaDir().startsWith(paths.dataDir() + QLatin1Char('/')));
    CHECK_FALSE(AppPaths::isSharedLocation(paths.dataDir()));
    CHECK_FALSE(AppPaths::isSharedLocation(paths.mediaDir()));
    QStandardPaths::setTestModeEnabled(false);
}

TEST_CASE("AppPaths makes its folders", "[apppaths]")
{
    QTemporaryDir tmp;
    const AppPaths paths(tmp.filePath(QStringLiteral("a/b")));
    QString error;
    REQUIRE(paths.ensureExists(&error));
    CHECK(error.isEmpty());
    CHECK(QDir(paths.dataDir()).exists());
    CHECK(QDir(paths.mediaDir()).exists());
}

TEST_CASE("Gallery and shared folders are recognised as shared", "[apppaths]")
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && QDir::cleanPath(pictures) != QDir::cleanPath(QDir::homePath()))
        CHECK(AppPaths::isSharedLocation(QDir(pictures).filePath(QStringLiteral("Stride"))));
    CHECK(AppPaths::isSharedLocation(QStringLiteral("/storage/emulated/0/DCIM/Camera")));
    CHECK(AppPaths::isSharedLocation(QDir::homePath()));
    CHECK_FALSE(AppPaths::isSharedLocation(QStringLiteral("/data/user/0/org.stride.app/files")));
}
