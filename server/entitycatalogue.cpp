#include "entitycatalogue.h"

#include "sqlconnection.h"

#include <store/migrations.h>
#include <store/remotechange.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <mutex>

namespace Stride::Server {

const EntityCatalogue &EntityCatalogue::instance()
{
    static std::once_flag once;
    static const EntityCatalogue *catalogue = nullptr;
    std::call_once(once, [] { catalogue = new EntityCatalogue(); });
    return *catalogue;
}

EntityCatalogue::EntityCatalogue()
{
    const QString name = QStringLiteral("stride-store-catalogue");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (!db.open() || !Migrations::migrate(db, Migrations::latestVersion(), &error))
            throw StoreError(
                QStringLiteral("The record types could not be read from the core's schema: %1").arg(error));
        for (const QString &entity : syncedEntities()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(entity));
            QHash<QString, QString> columns;
            QStringList required;
            // PRAGMA table_info: cid, name, type, notnull, dflt_value, pk
            while (q.next()) {
                const QString column = q.value(1).toString();
                columns.insert(column, q.value(2).toString().toUpper());
                if (q.value(3).toInt() != 0 && q.value(4).isNull() && q.value(5).toInt() == 0)
                    required << column;
            }
            m_required.insert(entity, required);
            // A table the core does not have (yet) cannot be synced: refusing is safer than
            // accepting fields nobody can read.
            if (!columns.isEmpty())
                m_columns.insert(entity, columns);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool EntityCatalogue::hasColumn(const QString &entity, const QString &column) const
{
    const auto it = m_columns.constFind(entity);
    return it != m_columns.constEnd() && it->contains(column);
}

QString EntityCatalogue::columnType(const QString &entity, const QString &column) const
{
    return m_columns.value(entity).value(column);
}

QStringList EntityCatalogue::columns(const QString &entity) const
{
    return m_columns.value(entity).keys();
}

bool EntityCatalogue::isReference(const QString &entity, const QString &column) const
{
    if (!hasColumn(entity, column) || column == QLatin1String("id") || column == QLatin1String("device_id"))
        return false;
    static const QSet<QString> staffColumns{QStringLiteral("captured_by"), QStringLiteral("judged_by"),
                                            QStringLiteral("recorded_by")};
    if (column.endsWith(QLatin1String("_id")) || staffColumns.contains(column))
        return true;
    return false;
}

} // namespace Stride::Server
