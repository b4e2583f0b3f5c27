#pragma once

#include "ehcpoutcome.h"
#include "vocabulary.h"

#include <QDate>

namespace Stride {

// A pupil. Moderation forms show initials only; generated documents use the pronouns.
struct Pupil
{
    QString id;
    QString schoolId;
    QString classId;
    QString upn; // Unique Pupil Number: the key CSV imports match on
    QString firstName;
    QString surname;
    QString initials;      // derived from the names when left empty
    int yearGroup = 0;     // 0 = Reception, 1..14
    int keyStage = 0;      // 0 = EYFS, 1..5
    QString specificNeeds; // free text, e.g. "ASD, SLD"
    Pronouns pronouns = Pronouns::They;
    MediaConsent mediaConsent = MediaConsent::None; // the safe default until the school records consent
    QList<EhcpOutcome> ehcpOutcomes;
    // The day the pupil left the school; invalid while they are on roll. Their records stay.
    QDate leftOn;

    QString displayName() const { return firstName + QLatin1Char(' ') + surname; }
    static QString initialsFor(const QString &firstName, const QString &surname);
    static int keyStageForYear(int yearGroup);
    // Preparing for Adulthood pathways start at Key Stage 4 (seed 004).
    bool isPreparingForAdulthood() const { return keyStage >= 4; }

    ValidationProblems validate() const;
    bool operator==(const Pupil &) const = default;
};

} // namespace Stride
