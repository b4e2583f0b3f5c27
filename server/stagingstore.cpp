#include "stagingstore.h"

#include "recordstore.h"
#include "sqlconnection.h"

#include <domain/validation.h>

#include <QDir>
#include <QFile>
#include <QSqlError>

namespace Stride::Server {

namespace {

// Parents before children, so the seeded rows are in the order a tablet would have made them.
const QStringList &seededTables()
{
    static const QStringList tables{QStringLiteral("school"),
                                    QStringLiteral("staff"),
                                    QStringLiteral("school_class"),
                                    QStringLiteral("class_staff"),
                                    QStringLiteral("pupil"),
                                    QStringLiteral("ehcp_outcome"),
                                    QStringLiteral("term"),
                                    QStringLiteral("area_of_learning"),
                                    QStringLiteral("ilp"),
                                    QStringLiteral("target"),
                                    QStringLiteral("target_ehcp_link")};
    return tables;
}

// A JSON field value as the core's SQLite column holds it (BLOBs travel as base64).
QVariant columnValue(const QJsonValue &v, const QString &type)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (type == QLatin1String("BLOB"))
        return QByteArray::fromBase64(v.toString().toLatin1());
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    return v.toString();
}

} // namespace

StagingStore::StagingStore(const QString &dataDir)
{
    const QDir dir(QDir(dataDir).absoluteFilePath(QStringLiteral("staging")));
    dir.mkpath(QStringLiteral("."));
    m_path = dir.absoluteFilePath(newId() + QStringLiteral(".db"));
}

StagingStore::~StagingStore()
{
    m_store.close();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QString::fromLatin1(suffix));
}

bool StagingStore::open(QString *error)
{
    // A scratch copy on the school's server, removed when the command ends: it has no tablet's
    // device key, and is kept as plain SQLite.
    const OpenResult result = m_store.open(m_path, Store::AtRest::Plain);
    if (!result.ok()) {
        *error = QStringLiteral("The working copy for this command could not be made: %1 %2")
                     .arg(result.message, result.detail);
        return false;
    }
    return true;
}

bool StagingStore::seed(const QString &schoolId, QString *error)
{
    QSqlDatabase &server = SqlConnection::forThisThread();
    RecordStore records(server);
    const QList<StoredRecord> rows = records.recordsOfSchool(schoolId, seededTables());
    bool hasSchool = false;
    for (const StoredRecord &r : rows)
        hasSchool = hasSchool || r.entity == QLatin1String("school");
    if (!hasSchool) {
        *error = QStringLiteral(
                     "The store has no school with the id %1. \"stride-store create-school\" prints the id "
                     "of a new school.")
                     .arg(schoolId);
        return false;
    }

    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    // Rows are copied as they are; the server already holds them, whole.
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    QHash<QString, QHash<QString, QString>> columnTypes;
    for (const QString &table : seededTables()) {
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            columnTypes[table].insert(q.value(1).toString(), q.value(2).toString().toUpper());
    }
    const bool ok = m_store.transaction([&] {
        for (const StoredRecord &r : rows) {
            const QHash<QString, QString> &types = columnTypes[r.entity];
            QStringList columns{QStringLiteral("id")};
            QVariantList values{r.entityId};
            for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it)
                if (types.contains(it.key()) && it.key() != QLatin1String("id")) {
                    columns << it.key();
                    values << columnValue(it.value(), types.value(it.key()));
                }
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                    .arg(r.entity, columns.join(QStringLiteral(", ")),
                         QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            for (const QVariant &v : values)
                insert.addBindValue(v);
            if (!insert.exec()) {
                *error = QStringLiteral("A %1 record from the store could not be copied: %2")
                             .arg(r.entity, insert.lastError().text());
                return false;
            }
        }
        return true;
    });
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!ok)
        return false;
    if (const auto last = HlcTimestamp::parse(records.latestHlc()))
        m_store.clock().restore(*last);
    return true;
}

QList<QJsonObject> StagingStore::pendingMutations() const
{
    QList<QJsonObject> list;
    qint64 after = 0;
    for (;;) {
        const QList<Mutation> page = m_store.mutations(after, 1000);
        for (const Mutation &m : page) {
            list << QJsonObject{{QStringLiteral("mutation_id"), m.mutationId},
                                {QStringLiteral("entity"), m.entity},
                                {QStringLiteral("entity_id"), m.entityId},
                                {QStringLiteral("op"), m.op},
                                {QStringLiteral("fields"), m.fields},
                                {QStringLiteral("previous"), m.previous},
                                {QStringLiteral("hlc"), m.hlc},
                                {QStringLiteral("author_staff_id"), m.authorStaffId},
                                {QStringLiteral("recorded_at"), m.recordedAt.toString(Qt::ISODateWithMs)}};
            after = m.seq;
        }
        if (page.size() < 1000)
            return list;
    }
}

} // namespace Stride::Server
