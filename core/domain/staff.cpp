#include "staff.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems Staff::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The staff member's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, Words::tr("The staff member's school"));
    requireText(p, QStringLiteral("firstName"), firstName, Words::tr("First name"), 100);
    requireText(p, QStringLiteral("surname"), surname, Words::tr("Surname"), 100);
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        p.append({QStringLiteral("email"), Words::tr("\"%1\" is not an email address.").arg(email)});
    if (roles.isEmpty())
        p.append({QStringLiteral("roles"),
                  Words::tr("A staff member needs at least one role (TA, teacher, SLT or admin).")});
    for (const QString &classId : classIds)
        requireId(p, QStringLiteral("classIds"), classId, Words::tr("A class"));
    return p;
}

} // namespace Stride
