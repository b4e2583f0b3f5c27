#pragma once

#include "validation.h"

namespace Stride {

// A school. One store may hold several (a multi-academy trust).
struct School
{
    QString id;
    QString name;
    QString urn; // the DfE Unique Reference Number, six digits; optional
    // The cover letter sent home with the parents' progress report, with merge fields such as
    // <FIRST NAME> (core/termend/coverletter.h lists them). Written once by the assessment lead.
    QString parentLetter;
    // How many days a tablet may go without reaching the school's store before it locks itself
    // (OfflineLock): nobody signs in on it until it reaches the store again. Senior leaders or the
    // office choose it.
    static constexpr int kDefaultOfflineLockDays = 14;
    static constexpr int kMostOfflineLockDays = 365;
    int offlineLockDays = kDefaultOfflineLockDays;

    ValidationProblems validate() const;
    bool operator==(const School &) const = default;
};

} // namespace Stride
