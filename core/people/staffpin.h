#pragma once

#include "../domain/staff.h"

namespace Stride {

// The PIN a member of staff signs in with on a shared tablet. Only a salted PBKDF2 hash is kept.
// A four-digit PIN has only 10,000 values, so the hash alone would not stop a determined guesser:
// the lockout in SignIn is what does.
class StaffPin
{
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 8;
    // Problems with a PIN someone is choosing: length, digits only, not an obvious one.
    static ValidationProblems check(const QString &pin);
    // Sets a new salt and hash on `staff`; returns false (and changes nothing) if check() fails.
    static bool set(Staff &staff, const QString &pin);
    static bool matches(const Staff &staff, const QString &pin);
};

} // namespace Stride
