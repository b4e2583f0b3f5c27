#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Stride::Server {

// The tables that sync (the core's syncedEntities(), docs/sync.md "Records") and their columns.
// The columns are read from the core's own migrations, applied to an in-memory SQLite database
// once at start-up, so the server accepts exactly the fields a tablet of the same release can
// write, with no second copy of the schema or of the list of tables to drift out of step.
class EntityCatalogue
{
public:
    // Builds the catalogue; throws StoreError if the core's schema cannot be built.
    static const EntityCatalogue &instance();

    bool isSynced(const QString &entity) const { return m_columns.contains(entity); }
    bool hasColumn(const QString &entity, const QString &column) const;
    // The declared SQLite type of a column ("TEXT", "INTEGER", "BLOB"...), empty if unknown.
    QString columnType(const QString &entity, const QString &column) const;
    QStringList columns(const QString &entity) const;
    bool hasSchoolColumn(const QString &entity) const
    {
        return hasColumn(entity, QStringLiteral("school_id"));
    }
    // The columns a new row must have (NOT NULL without a default): a change that creates a row
    // must carry them all, as a tablet needs them to insert it (docs/sync.md, decision 3).
    QStringList requiredColumns(const QString &entity) const { return m_required.value(entity); }
    // Columns that name another record (pupil_id, captured_by...): checked to be in the same school.
    bool isReference(const QString &entity, const QString &column) const;

private:
    EntityCatalogue();
    QHash<QString, QHash<QString, QString>> m_columns; // entity -> column -> type
    QHash<QString, QStringList> m_required;
};

} // namespace Stride::Server
