#include "storesetup.h"

#include "databaseconfig.h"
#include "entitycatalogue.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QDir>

namespace Stride::Server {

bool openStore(const CommandLine &line, QString *dataDir, QString *error)
{
    QString dir = line.value(QStringLiteral("data-dir"), qEnvironmentVariable("STRIDE_STORE_DATA_DIR"));
    if (dir.trimmed().isEmpty()) {
        *error =
            QStringLiteral("Say where the store keeps its data: --data-dir /var/lib/stride-store (or set "
                           "STRIDE_STORE_DATA_DIR).");
        return false;
    }
    dir = QDir(dir).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("Could not create the data directory %1. Check its permissions.").arg(dir);
        return false;
    }
    const auto config = DatabaseConfig::fromArguments(
        dir, line.value(QStringLiteral("database"), qEnvironmentVariable("STRIDE_STORE_DATABASE")), error);
    if (!config)
        return false;
    SqlConnection::configure(*config);
    try {
        EntityCatalogue::instance();
        QSqlDatabase &db = SqlConnection::forThisThread();
        if (!Schema::migrate(db, error))
            return false;
    } catch (const StoreError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    *dataDir = dir;
    return true;
}

} // namespace Stride::Server
