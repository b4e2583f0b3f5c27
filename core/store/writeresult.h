#pragma once

#include "../domain/validation.h"

#include <QStringList>

namespace Stride {

// The outcome of saving something: fine, or why not, in words for the person who tried.
struct WriteResult
{
    bool ok = true;
    QString message;
    ValidationProblems problems;

    static WriteResult success() { return {}; }
    static WriteResult failure(const QString &message, const ValidationProblems &problems = {})
    {
        return {false, message, problems};
    }
    static WriteResult invalid(const ValidationProblems &problems)
    {
        QStringList lines;
        for (const ValidationProblem &p : problems)
            lines << p.message;
        return {false, lines.join(QLatin1Char(' ')), problems};
    }
    explicit operator bool() const { return ok; }
};

} // namespace Stride
