#include "ilp.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems Ilp::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The ILP's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, Words::tr("The ILP's pupil"));
    requireId(p, QStringLiteral("termId"), termId, Words::tr("The ILP's term"));
    limitText(p, QStringLiteral("additionalProvision"), additionalProvision,
              Words::tr("Additional/general provision"), 4000);
    return p;
}

} // namespace Stride
