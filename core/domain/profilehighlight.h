#pragma once

#include "validation.h"

#include <QString>

namespace Stride {

// One highlight of a pupil's term on their one-page profile for families (seed 004's "Unique
// Profiles"): an evidence item the teacher chose, with a caption in plain words for parents.
// Whether its photo may be printed is read from consent when the page is made, never stored here.
struct ProfileHighlight
{
    QString id;
    QString pupilId;
    QString termId;
    QString evidenceId;
    QString caption;  // plain words for the family, e.g. "Sam bounced on his own for the first time"
    QString chosenBy; // staff id
    int sortOrder = 0;

    ValidationProblems validate() const;
    bool operator==(const ProfileHighlight &) const = default;
};

} // namespace Stride
