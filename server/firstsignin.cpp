#include "firstsignin.h"

#include "auditlog.h"
#include "authorcredentials.h"
#include "permissions.h"
#include "recordstore.h"
#include "sqlconnection.h"
#include "sqltransaction.h"

#include <people/staffpin.h>

#include <QDateTime>

#include <algorithm>

namespace Stride::Server::FirstSignIn {

namespace {

// A count of wrong PINs with nothing new for a day starts again.
constexpr qint64 kForgetAfterSeconds = 24 * 3600;
constexpr qint64 kLongestPauseSeconds = 24 * 3600;

struct Tries
{
    int failures = 0;
    QDateTime lockedUntil;
};

QString isoText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Tries triesOf(QSqlDatabase &db, const QString &subject, const QDateTime &now)
{
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral(
            "SELECT failures, locked_until, last_failure_at FROM sign_in_attempt WHERE subject = ?"),
        {subject});
    Tries t;
    if (!q.next())
        return t;
    const QDateTime last = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    if (last.isValid() && last.secsTo(now) > kForgetAfterSeconds)
        return t;
    t.failures = q.value(0).toInt();
    t.lockedUntil = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return t;
}

// One more wrong PIN against `subject`; every `allowed` of them a pause, doubling each time.
Tries countFailure(QSqlDatabase &db, const QString &subject, Tries t, int allowed, int pauseSeconds,
                   const QDateTime &now)
{
    ++t.failures;
    t.lockedUntil = QDateTime();
    if (t.failures % allowed == 0) {
        const int doublings = std::min(t.failures / allowed - 1, 16);
        t.lockedUntil =
            now.addSecs(std::min<qint64>(qint64(pauseSeconds) << doublings, kLongestPauseSeconds));
    }
    Sql::exec(db,
              QStringLiteral(
                  "INSERT INTO sign_in_attempt (subject, failures, locked_until, last_failure_at)"
                  " VALUES (?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures,"
                  " locked_until = excluded.locked_until, last_failure_at = excluded.last_failure_at"),
              {subject, t.failures, t.lockedUntil.isValid() ? QVariant(isoText(t.lockedUntil)) : QVariant(),
               isoText(now)});
    return t;
}

// "1 minute", "5 minutes": how long a pause has left, rounded up.
QString minutesUntil(const QDateTime &now, const QDateTime &until)
{
    const qint64 minutes = std::max<qint64>(1, (now.secsTo(until) + 59) / 60);
    return minutes == 1 ? QStringLiteral("1 minute") : QStringLiteral("%1 minutes").arg(minutes);
}

Answer refusal(int status, const QString &code, const QString &message)
{
    return {status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, 0};
}

Answer paused(const QDateTime &now, const QDateTime &until, const QString &message)
{
    Answer a = refusal(423, QStringLiteral("sign_in_paused"), message);
    a.retryAfterSeconds = int(std::max<qint64>(1, now.secsTo(until)));
    return a;
}

Answer decide(QSqlDatabase &db, const Device &device, const QString &staffId, const QString &pin)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString personKey = QStringLiteral("staff:") + staffId;
    const QString tabletKey = QStringLiteral("device:") + device.id;

    // The tablet's pause first: while it lasts, nothing about anyone's PIN is checked from it.
    const Tries tablet = triesOf(db, tabletKey, now);
    if (tablet.lockedUntil.isValid() && now < tablet.lockedUntil) {
        return paused(
            now, tablet.lockedUntil,
            QStringLiteral("Too many wrong PINs have been typed on this tablet. Signing in for the first "
                           "time on it is paused for %1; anyone who has signed in on it before can "
                           "still do so.")
                .arg(minutesUntil(now, tablet.lockedUntil)));
    }

    RecordStore records(db);
    const auto staff = records.find(QStringLiteral("staff"), staffId);
    if (!staff || staff->deleted || staff->schoolId != device.schoolId)
        return refusal(
            403, QStringLiteral("unknown_staff"),
            QStringLiteral("That person is not on this school's staff list in the store. Ask the office."));
    const QString name = Permissions::nameOf(*staff);
    const QJsonValue active = staff->fields.value(QLatin1String("active"));
    if (active == QJsonValue(0) || active == QJsonValue(false))
        return refusal(
            403, QStringLiteral("forbidden"),
            QStringLiteral("%1 is no longer active on the staff list, so cannot sign in.").arg(name));
    Staff member;
    member.pinHash =
        QByteArray::fromBase64(staff->fields.value(QLatin1String("pin_hash")).toString().toLatin1());
    member.pinSalt =
        QByteArray::fromBase64(staff->fields.value(QLatin1String("pin_salt")).toString().toLatin1());
    if (member.pinHash.isEmpty() || member.pinSalt.isEmpty())
        return refusal(403, QStringLiteral("no_pin"),
                       QStringLiteral("%1 has no PIN yet. Ask the office to set one.").arg(name));

    const Tries person = triesOf(db, personKey, now);
    if (person.lockedUntil.isValid() && now < person.lockedUntil) {
        return paused(
            now, person.lockedUntil,
            QStringLiteral("Too many wrong PINs for %1. Try again in %2, or ask the office to check "
                           "the PIN.")
                .arg(name, minutesUntil(now, person.lockedUntil)));
    }

    if (!StaffPin::matches(member, pin)) {
        const Tries p = countFailure(db, personKey, person, kPersonTries, kPersonPauseSeconds, now);
        const Tries t = countFailure(db, tabletKey, tablet, kTabletTries, kTabletPauseSeconds, now);
        const int left =
            std::min(kPersonTries - p.failures % kPersonTries, kTabletTries - t.failures % kTabletTries);
        if (p.lockedUntil.isValid() || t.lockedUntil.isValid()) {
            const QDateTime until = std::max(p.lockedUntil, t.lockedUntil);
            return paused(
                now, until,
                QStringLiteral("That PIN is not right, and that was the last try for now. Try again "
                               "in %1, or ask the office to check the PIN.")
                    .arg(minutesUntil(now, until)));
        }
        Answer a = refusal(401, QStringLiteral("wrong_pin"),
                           QStringLiteral("That PIN is not right. %1 more tr%2 before a pause.")
                               .arg(left)
                               .arg(left == 1 ? "y" : "ies"));
        a.body.insert(QStringLiteral("attempts_left"), left);
        return a;
    }

    // Right: this person's count starts again (the tablet's does not, so one person's own PIN
    // cannot be used to reset guesses at everyone else's).
    Sql::exec(db, QStringLiteral("DELETE FROM sign_in_attempt WHERE subject = ?"), {personKey});
    const QByteArray credential = AuthorCredentials::issue(db, device.id, staffId, device.schoolId);
    return {200,
            {{QStringLiteral("staff_id"), staffId},
             {QStringLiteral("credential"), QString::fromLatin1(credential.toBase64())}},
            0};
}

} // namespace

Answer answer(const Device &device, const QString &staffId, const QString &pin)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    SqlTransaction tx(db);
    const Answer a = decide(db, device, staffId, pin);
    // Every first sign-in, granted or refused, goes in the school's audit log (never the PIN).
    AuditLog(db).signIn(device, staffId,
                        a.status == 200 ? QString() : a.body.value(QLatin1String("error")).toString());
    tx.commit();
    return a;
}

void forgetWrongTries(QSqlDatabase &db, const QString &staffId)
{
    Sql::exec(db, QStringLiteral("DELETE FROM sign_in_attempt WHERE subject = ?"),
              {QStringLiteral("staff:") + staffId});
}

} // namespace Stride::Server::FirstSignIn
