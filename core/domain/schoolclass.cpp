#include "schoolclass.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems SchoolClass::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The class's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, Words::tr("The class's school"));
    requireText(p, QStringLiteral("name"), name, Words::tr("The class name"), 100);
    return p;
}

} // namespace Stride
