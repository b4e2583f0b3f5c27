#include "areaoflearning.h"

namespace Stride {

QList<AreaOfLearning> AreaOfLearning::defaultSet(const QString &schoolId)
{
    const QList<std::pair<const char *, AreaKind>> names{
        {"Communication and Interaction", AreaKind::SendCodeOfPractice},
        {"Cognition and Learning", AreaKind::SendCodeOfPractice},
        {"Social, Emotional and Mental Health", AreaKind::SendCodeOfPractice},
        {"Physical and/or Sensory Development", AreaKind::SendCodeOfPractice},
        {"Employment or Participation", AreaKind::PreparingForAdulthood},
        {"Independent Living", AreaKind::PreparingForAdulthood},
        {"Community Inclusion", AreaKind::PreparingForAdulthood},
        {"Health", AreaKind::PreparingForAdulthood}};
    QList<AreaOfLearning> areas;
    int order = 0;
    for (const auto &[name, kind] : names) {
        AreaOfLearning area;
        area.id = newId();
        area.schoolId = schoolId;
        area.name = QString::fromLatin1(name);
        area.kind = kind;
        area.sortOrder = ++order;
        if (kind == AreaKind::PreparingForAdulthood)
            area.minKeyStage = 4;
        areas << area;
    }
    return areas;
}

ValidationProblems AreaOfLearning::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The area's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, QStringLiteral("The area's school"));
    requireText(p, QStringLiteral("name"), name, QStringLiteral("The area's name"), 100);
    if (minKeyStage && (*minKeyStage < 0 || *minKeyStage > 5))
        p.append({QStringLiteral("minKeyStage"),
                  QStringLiteral("Key stage %1 is outside 0 to 5.").arg(*minKeyStage)});
    return p;
}

} // namespace Stride
