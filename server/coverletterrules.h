#pragma once

#include "incomingmutation.h"

#include <optional>

namespace Stride::Server {

// The school's cover letter to parents (school.parent_letter) may hold only the merge fields
// Stride fills in (core/termend/coverletter.h). The tablet refuses an unknown one before saving;
// the store refuses it too, so a letter from an older tablet or a hand-made push cannot reach
// every family with "<TEACHER>" printed in it.
class CoverLetterRules
{
public:
    // A rejection (`invalid_value`) naming the unknown fields and the known ones.
    static std::optional<Rejection> check(const IncomingMutation &m);
};

} // namespace Stride::Server
