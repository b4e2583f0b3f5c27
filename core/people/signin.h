#pragma once

#include <QDateTime>
#include <QString>

namespace Stride {

class Store;

// Signing in on a shared tablet: the PIN check, and a lockout after repeated wrong PINs that is
// kept on this device (in the store, so restarting the app does not reset it).
class SignIn
{
public:
    static constexpr int kAttemptsBeforeLockout = 5;
    static constexpr int kLockoutSeconds = 300;

    enum class Outcome {
        SignedIn,
        WrongPin,
        LockedOut,
        NoPinSet,
        UnknownStaff
    };
    struct Result
    {
        Outcome outcome = Outcome::UnknownStaff;
        QString message; // for the person at the tablet
        int attemptsLeft = 0;
        QDateTime lockedUntil;
    };

    explicit SignIn(Store &store) : m_store(store) {}
    Result attempt(const QString &staffId, const QString &pin,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Store &m_store;
};

} // namespace Stride
