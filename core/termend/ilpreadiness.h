#pragma once

#include <QStringList>

namespace Stride {

struct IlpDocumentData;

// Whether one pupil's ILP document can go out. `problems` stop it being printed at all (no class,
// pronouns not recorded, no targets for the new term): each is a sentence that names the pupil and
// says what to fix. The document can still be printed when the new targets are not final, but the
// run names the pupil with `notFinalReasons` (seed 000: the new targets are agreed at the
// moderation meeting, "Assessments, target-setting and moderation have already taken place").
struct IlpReadiness
{
    QStringList problems;
    bool newTargetsFinal = true;
    QStringList notFinalReasons; // each names the pupil and the area

    bool canPrint() const { return problems.isEmpty(); }
};

IlpReadiness ilpReadiness(const IlpDocumentData &data);

} // namespace Stride
