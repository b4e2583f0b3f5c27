#pragma once

#include <QString>

namespace Stride::SqlText {

// "?,?,?": the placeholders of an IN list or a row of n values.
inline QString placeholders(qsizetype n)
{
    return QStringLiteral("?,").repeated(n).chopped(1);
}

} // namespace Stride::SqlText
