#include "schoolclass.h"

namespace Stride {

ValidationProblems SchoolClass::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The class's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, QStringLiteral("The class's school"));
    requireText(p, QStringLiteral("name"), name, QStringLiteral("The class name"), 100);
    return p;
}

} // namespace Stride
