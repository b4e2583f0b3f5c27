#include "ilpreadiness.h"

#include "ilpdocumentdata.h"

#include <QCoreApplication>
#include <QSet>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(IlpReadiness)
};

} // namespace

IlpReadiness ilpReadiness(const IlpDocumentData &data)
{
    IlpReadiness r;
    const QString name = data.pupil.displayName();
    const QString term = data.newTerm.name;
    if (data.className.isEmpty())
        r.problems << Words::tr("%1 has no class: give them a class on their pupil record.").arg(name);
    if (data.pupil.pronouns == Pronouns::NotRecorded)
        r.problems << Words::tr("%1's pronouns are not recorded: the ILP's overview needs them. Record "
                                "them on their pupil record.")
                          .arg(name);
    if (data.newTargetCount() == 0)
        r.problems << Words::tr("%1 has no targets for %2: set their new targets before printing the ILP.")
                          .arg(name, term);

    // The new targets are final once every target of last term is judged with its next step, no
    // judgement is left disagreeing, and every area that had a target has a new one.
    QSet<QString> areasWithNewTarget;
    for (const IlpDocumentData::NewTargetRow &row : data.newTargets)
        if (!row.targetText.trimmed().isEmpty())
            areasWithNewTarget.insert(row.areaId);
    for (const IlpDocumentData::ReviewRow &row : data.review) {
        if (row.targetId.isEmpty())
            continue;
        if (row.outcome.clash)
            r.notFinalReasons << Words::tr("%1, %2: the judgements of last term's target disagree; "
                                           "settle them before the new target is final.")
                                     .arg(name, row.areaName);
        else if (!row.outcome.isJudged())
            r.notFinalReasons
                << Words::tr("%1, %2: last term's target has not been judged.").arg(name, row.areaName);
        else if (!row.outcome.action)
            r.notFinalReasons << Words::tr("%1, %2: last term's target has no action (Continue, Amend or "
                                           "Replace).")
                                     .arg(name, row.areaName);
        if (!areasWithNewTarget.contains(row.areaId))
            r.notFinalReasons << Words::tr("%1, %2: there was a target last term but there is no new target "
                                           "for %3.")
                                     .arg(name, row.areaName, term);
    }
    r.notFinalReasons.removeDuplicates();
    r.newTargetsFinal = r.notFinalReasons.isEmpty();
    return r;
}

} // namespace Stride
