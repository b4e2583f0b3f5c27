#include "databaseconfig.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace Stride::Server {

QString DatabaseConfig::describe() const
{
    if (!isPostgres())
        return QStringLiteral("SQLite file %1").arg(sqlitePath);
    return QStringLiteral("PostgreSQL database %1 on %2:%3 as %4")
        .arg(database, host.isEmpty() ? QStringLiteral("localhost") : host)
        .arg(port)
        .arg(user);
}

std::optional<DatabaseConfig> DatabaseConfig::fromArguments(const QString &dataDir, const QString &url,
                                                            QString *error)
{
    DatabaseConfig config;
    if (url.isEmpty()) {
        config.kind = Kind::Sqlite;
        config.sqlitePath = QDir(dataDir).absoluteFilePath(QStringLiteral("stride-store.db"));
        return config;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error =
            QStringLiteral(
                "The database address must look like postgresql://user:password@host:5432/database "
                "(got \"%1\").")
                .arg(parsed.isValid() ? parsed.toString(QUrl::RemovePassword) : QStringLiteral("unreadable"));
        return std::nullopt;
    }
    config.kind = Kind::Postgres;
    config.host = parsed.host(QUrl::FullyDecoded);
    config.port = parsed.port(5432);
    config.user = parsed.userName(QUrl::FullyDecoded);
    config.password = parsed.password(QUrl::FullyDecoded);
    config.database = parsed.path(QUrl::FullyDecoded).mid(1);
    // libpq's own convention for a Unix socket directory: ?host=/run/postgresql
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("host")))
        config.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (config.database.isEmpty() || config.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("The database address does not name a database: add it after the host, as in "
                                "postgresql://stride@localhost:5432/stride.");
        return std::nullopt;
    }
    return config;
}

} // namespace Stride::Server
