#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <optional>

namespace Stride {

// An area of learning: per-school data. The default set is the four SEND Code of Practice areas;
// Preparing for Adulthood pathways apply from a minimum key stage (KS4).
struct AreaOfLearning
{
    QString id;
    QString schoolId;
    QString name;
    AreaKind kind = AreaKind::SendCodeOfPractice;
    int sortOrder = 0;
    std::optional<int> minKeyStage; // only pupils at or above this key stage carry targets in it
    bool active = true;

    bool appliesTo(int keyStage) const { return active && (!minKeyStage || keyStage >= *minKeyStage); }
    // The set a new school starts with; the school edits it freely afterwards.
    static QList<AreaOfLearning> defaultSet(const QString &schoolId);

    ValidationProblems validate() const;
    bool operator==(const AreaOfLearning &) const = default;
};

} // namespace Stride
