#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Stride::Server {

// The audit log read back for a person at the school (`stride-store audit`, docs/operations.md):
// plain lines, oldest first, each saying when, who (name and roles), on which tablet, and what, in
// words an office can read out to a parent or a DPO.
//
// Which pupil a row is about is worked out here, not when it was written: an evidence item and its
// pupils arrive as separate changes (a group photo names several), and a download knows only the
// file's SHA-256. The links are read from the records and from the ids each logged change kept
// (AuditLog keeps them in its rows' "refs"), so evidence whose link to a pupil was later removed still
// counts.
struct AuditReport
{
    QString heading;
    QStringList lines;
    QString error; // set when no one (or more than one) matches; nothing else is then

    // Everyone and every tablet that changed, opened, downloaded or received the pupil's records.
    // `pupil` is their id, or their full name or UPN if only one pupil has it.
    static AuditReport forPupil(const QString &pupil, const QDate &since = {});
    // Everything the member of staff changed, tried to change, or opened. `staff` is their id, or
    // their full name or email if only one person has it.
    static AuditReport forStaff(const QString &staff, const QDate &since = {});
};

} // namespace Stride::Server
