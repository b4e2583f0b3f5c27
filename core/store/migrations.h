#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Stride {

// A numbered step of the local schema. Steps are only ever appended: a shipped step never
// changes, because tablets in schools hold databases made by every version ever released.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
    // The schema version recorded in the file (SQLite's user_version; 0 for a new file).
    static int currentVersion(QSqlDatabase &db);
    // Applies every step after the file's version up to `targetVersion`, each in its own
    // transaction together with the new user_version, so a crash leaves a whole version.
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
};

} // namespace Stride
