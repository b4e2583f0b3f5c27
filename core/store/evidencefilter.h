#pragma once

#include "../domain/vocabulary.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Stride {

// What a person narrows a pupil's or a target's evidence down to. Empty members do not filter.
struct EvidenceFilter
{
    QString pupilId;
    QString targetId;
    std::optional<EvidenceKind> kind;
    std::optional<PromptLevel> promptLevel;
    QDate from; // inclusive, local school days
    QDate to;   // inclusive
};

} // namespace Stride
