#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QByteArray>
#include <QStringList>

namespace Stride {

// A member of staff. Tablets are shared, so each person signs in with a short PIN; only a salted,
// stretched hash of it is stored.
struct Staff
{
    QString id;
    QString schoolId;
    QString firstName;
    QString surname;
    QString email; // the key CSV imports match on; optional for staff who have none
    QList<StaffRole> roles;
    QStringList classIds; // classes they work in
    QByteArray pinHash;
    QByteArray pinSalt;
    bool active = true;

    QString displayName() const { return firstName + QLatin1Char(' ') + surname; }
    bool hasRole(StaffRole role) const { return roles.contains(role); }
    // Judging targets is for teachers and above; final decisions for SLT (domain.md).
    bool canJudgeTargets() const { return hasRole(StaffRole::Teacher) || hasRole(StaffRole::SeniorLeader); }
    bool canRecordFinalDecisions() const { return hasRole(StaffRole::SeniorLeader); }

    ValidationProblems validate() const;
    bool operator==(const Staff &) const = default;
};

} // namespace Stride
