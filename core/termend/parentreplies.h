#pragma once

#include "../domain/parentresponse.h"
#include "../domain/pupil.h"
#include "../domain/term.h"

#include <QList>
#include <optional>

namespace Stride {

class Store;

// The families' replies to the progress report (seed 000: parents and carers "are then able to
// confirm their approval of the new targets or offer comments by returning a form to school").
// The reply slip comes back on paper; someone in school records it in Stride against the ILP the
// report showed the new targets of.
namespace ParentReplies {

// The id of the reply to an ILP: derived from the ILP, so two tablets that record the same
// family's slip make one record, which sync merges field by field; where they typed different
// things, the field is a clash for a person to settle (docs/sync.md, "Conflicts").
QString replyIdFor(const QString &ilpId);

// A new reply to `ilpId`, received `today` and recorded by `recordedBy`, not yet approved.
ParentResponse newReply(const QString &ilpId, const QString &recordedBy, const QDate &today);

// The reply recorded for this ILP: the one with replyIdFor()'s id, else (a reply made some other
// way, e.g. before the ids were derived) the latest received.
std::optional<ParentResponse> replyTo(const Store &store, const QString &ilpId);
std::optional<ParentResponse> replyOf(const Store &store, const QString &pupilId, const QString &termId);

// The ILP a reply (by its id) answers, for naming it where only the id is known (a sync clash);
// empty if the reply is not on this tablet.
QString ilpIdOfReply(const Store &store, const QString &replyId);

// The term whose progress report families are replying to on `today`: the report showing next
// term's targets goes home in this term's ILP documents week, so from then on it is the next
// term; before it, the current term (whose report went home at the end of last term). In a
// holiday, the term to come. Empty only for a school with no terms.
std::optional<Term> reportTerm(const Store &store, const QString &schoolId, const QDate &today);

// A family whose reply has not come back.
struct AwaitedFamily
{
    Pupil pupil;
    QString className;
    QString ilpId;
};

struct Awaited
{
    QList<AwaitedFamily> families; // by class, then by name as the class list has them
    int replied = 0;               // of the pupils looked at, how many families have replied
    // Pupils on roll with no ILP for the term: no report has gone home, so there is nothing to
    // reply to yet.
    QList<Pupil> withoutIlp;
};

// The families of the whole school (an empty classId) or of one class who have not replied to
// `termId`'s progress report. Pupils who left before the term are not awaited.
Awaited awaiting(const Store &store, const QString &schoolId, const QString &termId,
                 const QString &classId = {});

// "Approved on 10 Dec by Mrs Khan (mum)", or "Comments on 10 Dec from Mrs Khan (mum): ..."
QString summary(const ParentResponse &reply);
// "10 Dec"
QString shortDate(const QDate &date);

} // namespace ParentReplies

} // namespace Stride
