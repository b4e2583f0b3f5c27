#include "school.h"

#include "../termend/coverletter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems School::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The school's id"));
    requireText(p, QStringLiteral("name"), name, Words::tr("The school's name"), 200);
    static const QRegularExpression urnPattern(QStringLiteral("^\\d{6}$"));
    if (!urn.isEmpty() && !urnPattern.match(urn).hasMatch())
        p.append({QStringLiteral("urn"), Words::tr("A school URN is six digits (found \"%1\").").arg(urn)});
    limitText(p, QStringLiteral("parentLetter"), parentLetter, Words::tr("The cover letter"), 20000);
    // A field Stride cannot fill in would reach every family as "<TEACHER>": refused here, so the
    // store refuses it too, whichever tablet sent it.
    if (const QString problem = CoverLetter::unknownFieldsProblem(parentLetter); !problem.isEmpty())
        p.append({QStringLiteral("parentLetter"), problem});
    if (offlineLockDays < 1 || offlineLockDays > kMostOfflineLockDays)
        p.append({QStringLiteral("offlineLockDays"),
                  Words::tr("A tablet may go between 1 and %1 days without reaching the school's store "
                            "before it locks itself (found %2).")
                      .arg(kMostOfflineLockDays)
                      .arg(offlineLockDays)});
    return p;
}

} // namespace Stride
