#include "validation.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

void requireId(ValidationProblems &problems, const QString &field, const QString &id, const QString &what)
{
    if (!isValidId(id))
        problems.append({field, Words::tr("%1 is missing.").arg(what)});
}

void requireText(ValidationProblems &problems, const QString &field, const QString &text, const QString &what,
                 int maxLength)
{
    if (text.trimmed().isEmpty())
        problems.append({field, Words::tr("%1 must not be empty.").arg(what)});
    else
        limitText(problems, field, text, what, maxLength);
}

void limitText(ValidationProblems &problems, const QString &field, const QString &text, const QString &what,
               int maxLength)
{
    if (text.size() > maxLength)
        problems.append({field, Words::tr("%1 is too long (%2 characters; at most %3).")
                                    .arg(what)
                                    .arg(text.size())
                                    .arg(maxLength)});
}

} // namespace Stride
