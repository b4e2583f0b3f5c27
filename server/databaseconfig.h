#pragma once

#include <QString>
#include <optional>

namespace Stride::Server {

// Where the store keeps its records: an SQLite file in the data directory (the default, for one
// school on one machine), or PostgreSQL given as a URL (a trust, or several server processes).
struct DatabaseConfig
{
    enum class Kind {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    // PostgreSQL, from postgresql://user:pass@host:port/db?host=/socket/dir
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    bool isPostgres() const { return kind == Kind::Postgres; }
    // For messages and logs: never includes the password.
    QString describe() const;

    // `url` empty means SQLite at <dataDir>/stride-store.db. Returns nullopt and a sentence in
    // *error when the URL cannot be understood.
    static std::optional<DatabaseConfig> fromArguments(const QString &dataDir, const QString &url,
                                                       QString *error);
};

} // namespace Stride::Server
