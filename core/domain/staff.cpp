#include "staff.h"

#include <QRegularExpression>

namespace Stride {

ValidationProblems Staff::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The staff member's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, QStringLiteral("The staff member's school"));
    requireText(p, QStringLiteral("firstName"), firstName, QStringLiteral("First name"), 100);
    requireText(p, QStringLiteral("surname"), surname, QStringLiteral("Surname"), 100);
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        p.append({QStringLiteral("email"), QStringLiteral("\"%1\" is not an email address.").arg(email)});
    if (roles.isEmpty())
        p.append({QStringLiteral("roles"),
                  QStringLiteral("A staff member needs at least one role (TA, teacher, SLT or admin).")});
    for (const QString &classId : classIds)
        requireId(p, QStringLiteral("classIds"), classId, QStringLiteral("A class"));
    return p;
}

} // namespace Stride
