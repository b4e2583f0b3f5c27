#include "ehcpoutcome.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems EhcpOutcome::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The outcome's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, Words::tr("The outcome's pupil"));
    requireText(p, QStringLiteral("reference"), reference, Words::tr("The outcome's reference"), 20);
    requireText(p, QStringLiteral("text"), text, Words::tr("The outcome's wording"), 2000);
    return p;
}

} // namespace Stride
