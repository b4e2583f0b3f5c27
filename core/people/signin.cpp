#include "signin.h"

#include "credentialvault.h"
#include "offlinelock.h"

#include "../store/store.h"
#include "../store/tablerow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Stride {

namespace {

// Gives these sentences one context ("SignIn") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)
};

void clearWrongTries(Store &store, const QString &staffId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("DELETE FROM pin_attempt WHERE staff_id = ?"));
    q.addBindValue(staffId);
    q.exec();
}

// "4 minutes", "2 hours": how long a pause still has to run, rounded up.
QString pauseLength(qint64 seconds)
{
    if (seconds <= 60 * 60)
        return Words::tr("%n minute(s)", nullptr, int(std::max<qint64>(1, (seconds + 59) / 60)));
    return Words::tr("%n hour(s)", nullptr, int((seconds + 3599) / 3600));
}

QString pausedMessage(qint64 seconds)
{
    return Words::tr("Too many wrong PINs. Try again in %1, or ask a colleague to sign in.")
        .arg(pauseLength(seconds));
}

} // namespace

qint64 SignIn::lockoutSecondsAfter(int failures)
{
    if (failures < kAttemptsBeforeLockout)
        return 0;
    qint64 seconds = kLockoutSeconds;
    for (int extra = failures - kAttemptsBeforeLockout; extra > 0 && seconds < kLongestLockoutSeconds;
         --extra)
        seconds *= 2;
    return std::min<qint64>(seconds, kLongestLockoutSeconds);
}

bool SignIn::keepCredential(const QString &staffId, const QString &pin, const QByteArray &credential)
{
    if (!CredentialVault(m_store).keep(staffId, credential, pin))
        return false;
    clearWrongTries(m_store, staffId);
    return true;
}

SignIn::Result SignIn::attempt(const QString &staffId, const QString &pin, const QDateTime &now)
{
    Result result;
    // Before any PIN is looked at: a tablet kept offline takes no guesses at all.
    if (const OfflineLock::State offline = OfflineLock(m_store).check(now); offline.locked) {
        result.outcome = Outcome::OfflineTooLong;
        result.message = offline.message;
        return result;
    }
    const auto member = m_store.staff(staffId);
    if (!member || !member->active) {
        // Someone no longer on the staff list keeps nothing here that could prove a change.
        CredentialVault(m_store).remove(staffId);
        result.message = Words::tr("That name is not on this tablet any more. Ask the office.");
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
        result.message = pausedMessage(now.secsTo(lockedUntil));
        return result;
    }

    CredentialVault vault(m_store);
    const CredentialVault::Result opened = vault.unseal(staffId, pin);
    switch (opened.outcome) {
    case CredentialVault::Unseal::Unsealed:
        clearWrongTries(m_store, staffId);
        result.outcome = Outcome::SignedIn;
        result.credential = opened.secret;
        return result;
    case CredentialVault::Unseal::NoCredential:
        // Not a wrong try: the store checks this PIN, and counts wrong ones itself.
        result.outcome = Outcome::NeedsStore;
        result.message = Words::tr("The first time %1 signs in on this tablet, the school's store checks the "
                                   "PIN, so the tablet must be on the school's Wi-Fi.")
                             .arg(member->firstName);
        return result;
    case CredentialVault::Unseal::NoDeviceSecret:
        result.outcome = Outcome::KeyUnavailable;
        result.message = Words::tr("Nobody can sign in on this tablet: %1 Ask IT support to look at it.")
                             .arg(opened.problem);
        return result;
    case CredentialVault::Unseal::WrongPin:
        break;
    }

    QSqlQuery update(db);

    // The count runs on through a served pause: only the right PIN clears it, so each wrong PIN
    // after a pause makes the next pause twice as long.
    ++failures;
    const qint64 pause = lockoutSecondsAfter(failures);
    QVariant lockValue;
    if (pause > 0) {
        result.lockedUntil = now.addSecs(pause);
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
        result.message = pausedMessage(pause);
        if (pause < kLongestLockoutSeconds)
            result.message +=
                QLatin1Char(' ') + Words::tr("Another wrong PIN after that pauses it for twice as long.");
    } else {
        result.outcome = Outcome::WrongPin;
        result.attemptsLeft = kAttemptsBeforeLockout - failures;
        result.message = Words::tr("That PIN is not right. %n more try/tries before a five-minute pause.",
                                   nullptr, result.attemptsLeft);
    }
    return result;
}

} // namespace Stride
