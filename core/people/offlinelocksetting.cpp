#include "offlinelocksetting.h"

#include "../domain/school.h"
#include "../store/store.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives these sentences the page's context ("SchoolSettings") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSettings)
};

} // namespace

bool OfflineLockSetting::mayChange(const Store &store, const QString &staffId)
{
    const auto me = staffId.isEmpty() ? std::nullopt : store.staff(staffId);
    return me && me->active && (me->hasRole(StaffRole::SeniorLeader) || me->hasRole(StaffRole::Admin));
}

std::optional<int> OfflineLockSetting::parse(const QString &typed, QString *problem)
{
    const QString text = typed.trimmed();
    bool number = false;
    const int days = text.toInt(&number);
    QString why;
    if (text.isEmpty())
        why = Words::tr("Type how many days, from 1 to %1.").arg(School::kMostOfflineLockDays);
    else if (!number)
        why = Words::tr("Type the days as a whole number, from 1 to %1 (found \"%2\").")
                  .arg(School::kMostOfflineLockDays)
                  .arg(text);
    else if (days < 1 || days > School::kMostOfflineLockDays)
        why = Words::tr("A tablet may go between 1 and %1 days without reaching the school's store before it "
                        "locks itself (found %2).")
                  .arg(School::kMostOfflineLockDays)
                  .arg(days);
    if (problem)
        *problem = why;
    return why.isEmpty() ? std::optional<int>(days) : std::nullopt;
}

WriteResult OfflineLockSetting::change(Store &store, const QString &schoolId, const QString &typed)
{
    if (!mayChange(store, store.actingStaffId()))
        return WriteResult::failure(
            Words::tr("Only a senior leader or the office can change how long a tablet may stay offline."));
    QString problem;
    const std::optional<int> days = parse(typed, &problem);
    if (!days)
        return WriteResult::invalid({{QStringLiteral("offlineLockDays"), problem}});
    auto school = store.school(schoolId);
    if (!school)
        return WriteResult::failure(
            Words::tr("The school's details are not on this tablet yet. Sync, then try again."));
    if (school->offlineLockDays == *days)
        return WriteResult::success(); // nothing to send
    school->offlineLockDays = *days;
    return store.save(*school);
}

} // namespace Stride
