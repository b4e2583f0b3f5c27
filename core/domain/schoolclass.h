#pragma once

#include "validation.h"

namespace Stride {

// A class (named SchoolClass because "class" is a C++ keyword). Its staff are held on Staff.
struct SchoolClass
{
    QString id;
    QString schoolId;
    QString name;

    ValidationProblems validate() const;
    bool operator==(const SchoolClass &) const = default;
};

} // namespace Stride
