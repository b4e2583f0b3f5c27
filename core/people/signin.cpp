#include "signin.h"

#include "credentialvault.h"

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

} // namespace

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
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(lockedUntil) + 59) / 60);
        result.message =
            Words::tr("Too many wrong PINs. Try again in %n minute(s), or ask a colleague to sign in.",
                      nullptr, int(minutes));
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
            Words::tr("Too many wrong PINs. Try again in %n minute(s), or ask a colleague to sign in.",
                      nullptr, int(kLockoutSeconds / 60));
    } else {
        result.outcome = Outcome::WrongPin;
        result.attemptsLeft = kAttemptsBeforeLockout - failures;
        result.message = Words::tr("That PIN is not right. %n more try/tries before a five-minute pause.",
                                   nullptr, result.attemptsLeft);
    }
    return result;
}

} // namespace Stride
