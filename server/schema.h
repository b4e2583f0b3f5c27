#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Stride::Server {

// The store's own schema (not the tablets'): a generic record table, field clocks, the change
// sequence, devices, enrolment codes, conflicts and uploads. Portable SQL that runs unchanged on
// SQLite and PostgreSQL. Numbered steps, each applied in its own transaction together with its row
// in server_schema; shipped steps never change.
class Schema
{
public:
    static int latestVersion();
    // Brings the database up to date. Refuses (with a sentence in *error) a database made by a
    // newer stride-store, without touching it.
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace Stride::Server
