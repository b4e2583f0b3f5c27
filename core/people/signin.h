#pragma once

#include <QDateTime>
#include <QString>

namespace Stride {

class Store;

// Signing in on a shared tablet. The PIN opens the person's own credential on this tablet
// (CredentialVault), which proves the changes they make; that works offline. Someone with no
// credential here yet is checked by the school's store (StoreSignIn), which then gives one:
// NeedsStore says so. Wrong PINs lead to a lockout that grows with every further wrong PIN, kept
// on this device (in the store, so restarting the app does not reset it); the store keeps its own
// count for first sign-ins.
class SignIn
{
public:
    // Wrong PINs in a row (since the person's last right PIN) that are answered "try again":
    // the fifth pauses the PIN pad for kLockoutSeconds. From then on every wrong PIN typed after a
    // pause has ended pauses it again, each pause twice the one before (10, 20, 40 minutes ...),
    // never longer than kLongestLockoutSeconds. Only the right PIN clears the count.
    static constexpr int kAttemptsBeforeLockout = 5;
    static constexpr int kLockoutSeconds = 300;
    static constexpr int kLongestLockoutSeconds = 24 * 60 * 60;
    // How long the PIN pad pauses after `failures` wrong PINs in a row (0 before the fifth).
    static qint64 lockoutSecondsAfter(int failures);

    enum class Outcome {
        SignedIn,
        WrongPin,
        LockedOut,
        NeedsStore,     // no credential on this tablet yet: the store must check the PIN first
        KeyUnavailable, // this tablet's secret cannot be read, so no credential opens
        UnknownStaff,
        OfflineTooLong // the tablet has not reached the store for too long (OfflineLock)
    };
    struct Result
    {
        Outcome outcome = Outcome::UnknownStaff;
        QString message; // for the person at the tablet
        int attemptsLeft = 0;
        QDateTime lockedUntil;
        QByteArray credential; // SignedIn: the person's credential, for Store::setActingStaffId
    };

    explicit SignIn(Store &store) : m_store(store) {}
    Result attempt(const QString &staffId, const QString &pin,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // After the store has checked the PIN and given this person a credential: keeps it sealed with
    // the PIN, and clears their wrong tries here. Returns false if it could not be kept.
    bool keepCredential(const QString &staffId, const QString &pin, const QByteArray &credential);

private:
    Store &m_store;
};

} // namespace Stride
