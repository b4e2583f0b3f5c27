#include "profilehighlight.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems ProfileHighlight::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The highlight's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, Words::tr("The highlight's pupil"));
    requireId(p, QStringLiteral("termId"), termId, Words::tr("The highlight's term"));
    requireId(p, QStringLiteral("evidenceId"), evidenceId, Words::tr("The evidence highlighted"));
    requireId(p, QStringLiteral("chosenBy"), chosenBy, Words::tr("Who chose the highlight"));
    limitText(p, QStringLiteral("caption"), caption, Words::tr("The caption"), 500);
    return p;
}

} // namespace Stride
