#pragma once

#include "validation.h"

namespace Stride {

// A class (named SchoolClass because "class" is a C++ keyword). Its staff are held on Staff.
struct SchoolClass
{
    QString id;
    QString schoolId;
    QString name;
    // Where this class's pupils go at the end of the summer term (the class they move up to);
    // empty when the school decides pupil by pupil. Only the year-end move reads it.
    QString nextClassId;

    ValidationProblems validate() const;
    bool operator==(const SchoolClass &) const = default;
};

} // namespace Stride
