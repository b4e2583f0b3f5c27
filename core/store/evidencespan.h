#pragma once

#include <QDateTime>

namespace Stride {

// How much evidence a target has and when it runs from and to, as the store keeps it beside each
// target (migration 8): what the class grid needs without reading any item.
struct EvidenceSpan
{
    int count = 0;
    QDateTime first; // the earliest capture (UTC)
    QDateTime last;  // the latest capture (UTC)

    bool operator==(const EvidenceSpan &) const = default;
};

} // namespace Stride
