#include "areaoflearning.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

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
    requireId(p, QStringLiteral("id"), id, Words::tr("The area's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, Words::tr("The area's school"));
    requireText(p, QStringLiteral("name"), name, Words::tr("The area's name"), 100);
    if (minKeyStage && (*minKeyStage < 0 || *minKeyStage > 5))
        p.append(
            {QStringLiteral("minKeyStage"), Words::tr("Key stage %1 is outside 0 to 5.").arg(*minKeyStage)});
    return p;
}

} // namespace Stride
