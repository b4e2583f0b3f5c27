#pragma once

#include "validation.h"

#include <QDate>

namespace Stride {

// A parent's or carer's reply to the progress report (page 1 of the ILP): approval of the new
// targets, or comments.
struct ParentResponse
{
    QString id;
    QString ilpId;
    QDate receivedOn;
    QString respondentName; // "Mrs Khan (mum)"
    bool approved = false;
    QString comments;
    QString recordedBy; // staff id

    ValidationProblems validate() const;
    bool operator==(const ParentResponse &) const = default;
};

} // namespace Stride
