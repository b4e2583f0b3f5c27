#include "devices.h"

#include "recordstore.h"
#include "sqlconnection.h"
#include "sqltransaction.h"
#include "tokens.h"

#include <domain/validation.h>

#include <QHash>
#include <mutex>

namespace Stride::Server {

namespace {

Device deviceFrom(QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt() != 0};
}

const QString kDeviceColumns =
    QStringLiteral("id, school_id, name, kind, enrolled_at, revoked_at, last_seen_at, whole_school");

void writeClasses(QSqlDatabase &db, const QString &deviceId, const DeviceScope &scope)
{
    Sql::exec(db, QStringLiteral("DELETE FROM device_class WHERE device_id = ?"), {deviceId});
    if (scope.wholeSchool)
        return;
    for (const QString &classId : scope.classIds)
        Sql::exec(db,
                  QStringLiteral("INSERT INTO device_class (device_id, class_id) VALUES (?, ?) ON CONFLICT "
                                 "(device_id, class_id) DO NOTHING"),
                  {deviceId, classId});
}

} // namespace

std::optional<QString> DeviceRegistry::schoolName(const QString &schoolId)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    RecordStore records(db);
    const auto school = records.find(QStringLiteral("school"), schoolId);
    if (!school || school->deleted)
        return std::nullopt;
    return school->fields.value(QLatin1String("name")).toString();
}

QString DeviceScope::describe(const QString &schoolId) const
{
    if (wholeSchool)
        return QStringLiteral("the whole school");
    RecordStore records(SqlConnection::forThisThread());
    QStringList names;
    for (const QString &id : classIds) {
        const auto c = records.find(QStringLiteral("school_class"), id);
        names << (c && c->schoolId == schoolId ? c->fields.value(QLatin1String("name")).toString() : id);
    }
    return names.join(QStringLiteral(", "));
}

QString DeviceRegistry::createEnrolmentCode(const QString &schoolId, const QString &deviceName,
                                            int validSeconds, const DeviceScope &scope)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    const QString code = Tokens::newEnrolmentCode();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Sql::exec(db,
              QStringLiteral(
                  "INSERT INTO enrolment_code (code_sha256, school_id, device_name, created_at, expires_at,"
                  " whole_school, class_ids) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {Tokens::sha256Hex(Tokens::normaliseEnrolmentCode(code).toUtf8()), schoolId, deviceName,
               now.toString(Qt::ISODateWithMs), now.addSecs(validSeconds).toString(Qt::ISODateWithMs),
               scope.wholeSchool ? 1 : 0, Sql::text(scope.classIds.join(QLatin1Char(',')))});
    return code;
}

std::optional<Enrolment> DeviceRegistry::enrol(const QString &typedCode, const QString &deviceName)
{
    const QString code = Tokens::normaliseEnrolmentCode(typedCode);
    if (code.size() != 10)
        return std::nullopt;
    const QString codeHash = Tokens::sha256Hex(code.toUtf8());
    QSqlDatabase &db = SqlConnection::forThisThread();
    SqlTransaction tx(db);
    QSqlQuery found = Sql::exec(db,
                                QStringLiteral("SELECT school_id, device_name, whole_school, class_ids FROM "
                                               "enrolment_code WHERE code_sha256 = ?"),
                                {codeHash});
    if (!found.next())
        return std::nullopt;
    const QString schoolId = found.value(0).toString();
    const QString plannedName = found.value(1).toString();
    DeviceScope scope;
    scope.wholeSchool = found.value(2).toInt() != 0;
    scope.classIds = found.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto name = schoolName(schoolId);
    if (!name)
        return std::nullopt;

    Enrolment e;
    e.device.id = newId();
    e.device.schoolId = schoolId;
    e.device.name = deviceName.trimmed().isEmpty() ? plannedName : deviceName.trimmed().left(200);
    e.device.kind = QStringLiteral("tablet");
    e.device.enrolledAt = nowText();
    e.device.wholeSchool = scope.wholeSchool;
    e.token = Tokens::newDeviceToken();
    e.schoolName = *name;
    // The conditions are in the UPDATE itself, so a used or expired code can never be used again,
    // however many tablets try it at the same moment.
    QSqlQuery used =
        Sql::exec(db,
                  QStringLiteral("UPDATE enrolment_code SET used_at = ?, device_id = ? WHERE code_sha256 = ?"
                                 " AND used_at IS NULL AND expires_at > ?"),
                  {e.device.enrolledAt, e.device.id, codeHash, e.device.enrolledAt});
    if (used.numRowsAffected() != 1)
        return std::nullopt;
    Sql::exec(db,
              QStringLiteral("INSERT INTO device (id, school_id, name, kind, token_sha256, enrolled_at, "
                             "whole_school) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {e.device.id, schoolId, e.device.name, e.device.kind, Tokens::sha256Hex(e.token.toUtf8()),
               e.device.enrolledAt, scope.wholeSchool ? 1 : 0});
    writeClasses(db, e.device.id, scope);
    tx.commit();
    return e;
}

Authentication DeviceRegistry::authenticate(const QString &token)
{
    Authentication a;
    if (token.isEmpty() || token.size() > 200)
        return a;
    QSqlDatabase &db = SqlConnection::forThisThread();
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT %1 FROM device WHERE token_sha256 = ?").arg(kDeviceColumns),
                  {Tokens::sha256Hex(token.toUtf8())});
    if (!q.next())
        return a;
    a.device = deviceFrom(q);
    a.status = a.device.revoked() ? Authentication::Status::Revoked : Authentication::Status::Ok;
    return a;
}

void DeviceRegistry::noteSeen(const Device &device)
{
    static std::mutex mutex;
    static QHash<QString, qint64> lastNoted;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard lock(mutex);
        qint64 &last = lastNoted[device.id];
        if (now - last < 5 * 60 * 1000)
            return; // a write per request would queue every pull behind SQLite's one writer
        last = now;
    }
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::exec(db, QStringLiteral("UPDATE device SET last_seen_at = ? WHERE id = ?"), {nowText(), device.id});
}

bool DeviceRegistry::revoke(const QString &deviceId, Device *revoked)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    SqlTransaction tx(db);
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT %1 FROM device WHERE id = ? AND kind = 'tablet'").arg(kDeviceColumns),
        {deviceId});
    if (!q.next())
        return false;
    *revoked = deviceFrom(q);
    if (!revoked->revoked()) {
        revoked->revokedAt = nowText();
        Sql::exec(db, QStringLiteral("UPDATE device SET revoked_at = ? WHERE id = ?"),
                  {revoked->revokedAt, deviceId});
    }
    tx.commit();
    return true;
}

QList<Device> DeviceRegistry::list(const QString &schoolId)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT %1 FROM device WHERE school_id = ? AND kind = 'tablet' ORDER BY enrolled_at")
            .arg(kDeviceColumns),
        {schoolId});
    QList<Device> devices;
    while (q.next())
        devices << deviceFrom(q);
    return devices;
}

DeviceScope DeviceRegistry::scopeOf(const Device &device)
{
    DeviceScope scope;
    scope.wholeSchool = device.wholeSchool;
    if (scope.wholeSchool)
        return scope;
    QSqlQuery q =
        Sql::exec(SqlConnection::forThisThread(),
                  QStringLiteral("SELECT class_id FROM device_class WHERE device_id = ? ORDER BY class_id"),
                  {device.id});
    while (q.next())
        scope.classIds << q.value(0).toString();
    return scope;
}

std::optional<Device> DeviceRegistry::find(const QString &deviceId)
{
    QSqlQuery q = Sql::exec(
        SqlConnection::forThisThread(),
        QStringLiteral("SELECT %1 FROM device WHERE id = ? AND kind = 'tablet'").arg(kDeviceColumns),
        {deviceId});
    if (!q.next())
        return std::nullopt;
    return deviceFrom(q);
}

QStringList DeviceRegistry::classesNamed(const QString &schoolId, const QString &name)
{
    RecordStore records(SqlConnection::forThisThread());
    QStringList ids;
    for (const StoredRecord &c : records.recordsOfSchool(schoolId, {QStringLiteral("school_class")}))
        if (c.fields.value(QLatin1String("name"))
                .toString()
                .trimmed()
                .compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            ids << c.entityId;
    return ids;
}

void DeviceRegistry::setScope(const Device &device, const DeviceScope &scope)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    SqlTransaction tx(db);
    RecordStore records(db);
    records.ensureSchoolSequence(device.schoolId);
    const qint64 seq = records.lockSchool(device.schoolId) + 1;
    // A tablet that served the whole school holds every pupil: say so, so that its next pull
    // removes those of other classes.
    const bool tracked =
        Sql::exec(db, QStringLiteral("SELECT 1 FROM device_pupil WHERE device_id = ?"), {device.id}).next();
    if (device.wholeSchool && !scope.wholeSchool && !tracked)
        for (const StoredRecord &p : records.recordsOfSchool(device.schoolId, {QStringLiteral("pupil")}))
            Sql::exec(
                db,
                QStringLiteral("INSERT INTO device_pupil (device_id, pupil_id, extent, seq) VALUES (?, ?, "
                               "'class', 0)"),
                {device.id, p.entityId});
    // A class tablet holds none of the pupils it has no row for: say so, so that its next pull
    // sends each one it now serves whole. Without it, a tablet of a class with no pupils yet that
    // is given the whole school would look like one that always served it (no rows at all) and
    // receive only what changed after its cursor.
    if (!device.wholeSchool)
        for (const StoredRecord &p : records.recordsOfSchool(device.schoolId, {QStringLiteral("pupil")}))
            Sql::exec(
                db,
                QStringLiteral("INSERT INTO device_pupil (device_id, pupil_id, extent, seq) VALUES (?, ?, "
                               "'evicted', 0) ON CONFLICT (device_id, pupil_id) DO NOTHING"),
                {device.id, p.entityId});
    Sql::exec(db, QStringLiteral("UPDATE device SET whole_school = ? WHERE id = ?"),
              {scope.wholeSchool ? 1 : 0, device.id});
    writeClasses(db, device.id, scope);
    ChangeEntry marker;
    marker.seq = seq;
    marker.mutationId = newId();
    marker.entity = scopeChangeEntity();
    marker.entityId = device.id;
    marker.op = QStringLiteral("upsert");
    marker.hlc = records.latestHlc();
    if (marker.hlc.isEmpty())
        marker.hlc = QStringLiteral("000000000000-0000-stride-store");
    marker.deviceId = QStringLiteral("stride-store");
    records.appendChange(device.schoolId, marker);
    records.setLastSeq(device.schoolId, seq);
    tx.commit();
}

QString DeviceRegistry::adminDevice(const QString &schoolId)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id FROM device WHERE school_id = ? AND kind = 'admin'"), {schoolId});
    if (q.next())
        return q.value(0).toString();
    const QString id = newId();
    Sql::exec(db,
              QStringLiteral(
                  "INSERT INTO device (id, school_id, name, kind, enrolled_at) VALUES (?, ?, ?, 'admin', ?)"),
              {id, schoolId, QStringLiteral("stride-store admin commands"), nowText()});
    return id;
}

} // namespace Stride::Server
