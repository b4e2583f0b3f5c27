#include "signin.h"

#include "staffpin.h"

#include "../store/store.h"
#include "../store/tablerow.h"

#include <QSqlQuery>

namespace Stride {

SignIn::Result SignIn::attempt(const QString &staffId, const QString &pin, const QDateTime &now)
{
    Result result;
    const auto member = m_store.staff(staffId);
    if (!member || !member->active) {
        result.message = QStringLiteral("That name is not on this tablet any more. Ask the office.");
        return result;
    }
    if (member->pinHash.isEmpty()) {
        result.outcome = Outcome::NoPinSet;
        result.message =
            QStringLiteral("%1 has no PIN yet. Ask the office to set one.").arg(member->firstName);
        return result;
    }

    // Lockout state belongs to this device only: it is not a change to sync.
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT failures, locked_until FROM pin_attempt WHERE staff_id = ?"));
    q.addBindValue(staffId);
    q.exec();
    int failures = 0;
    QDateTime lockedUntil;
    if (q.next()) {
        failures = q.value(0).toInt();
        lockedUntil = Column::toInstant(q.value(1));
    }
    q.finish();
    if (lockedUntil.isValid() && now < lockedUntil) {
        result.outcome = Outcome::LockedOut;
        result.lockedUntil = lockedUntil;
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(lockedUntil) + 59) / 60);
        result.message =
            QStringLiteral("Too many wrong PINs. Try again in %1 minute%2, or ask a colleague to sign "
                           "in.")
                .arg(minutes)
                .arg(minutes == 1 ? QString() : QStringLiteral("s"));
        return result;
    }

    QSqlQuery update(db);
    if (StaffPin::matches(*member, pin)) {
        update.prepare(QStringLiteral("DELETE FROM pin_attempt WHERE staff_id = ?"));
        update.addBindValue(staffId);
        update.exec();
        result.outcome = Outcome::SignedIn;
        return result;
    }

    failures = (lockedUntil.isValid() ? 0 : failures) + 1; // a served lockout starts a fresh count
    QVariant lockValue;
    if (failures >= kAttemptsBeforeLockout) {
        result.lockedUntil = now.addSecs(kLockoutSeconds);
        lockValue = Column::instant(result.lockedUntil);
    }
    update.prepare(
        QStringLiteral("INSERT INTO pin_attempt (staff_id, failures, locked_until) VALUES (?, ?, ?)"
                       " ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures,"
                       " locked_until = excluded.locked_until"));
    update.addBindValue(staffId);
    update.addBindValue(failures);
    update.addBindValue(lockValue);
    update.exec();
    if (result.lockedUntil.isValid()) {
        result.outcome = Outcome::LockedOut;
        result.message =
            QStringLiteral("Too many wrong PINs. Try again in %1 minutes, or ask a colleague to sign in.")
                .arg(kLockoutSeconds / 60);
    } else {
        result.outcome = Outcome::WrongPin;
        result.attemptsLeft = kAttemptsBeforeLockout - failures;
        result.message = QStringLiteral("That PIN is not right. %1 more tr%2 before a five-minute pause.")
                             .arg(result.attemptsLeft)
                             .arg(result.attemptsLeft == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    }
    return result;
}

} // namespace Stride
