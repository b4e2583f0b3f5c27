#pragma once

#include "store/store.h"

#include <QTemporaryDir>
#include <memory>

namespace Stride::Testing {

// A store in a fresh temporary directory, removed when the test ends.
struct TempStore
{
    QTemporaryDir dir;
    Store store;
    explicit TempStore(HybridLogicalClock::WallClock wallClock = {});
    QString path() const { return dir.filePath(QStringLiteral("stride.db")); }
};

// A small, complete school: one class, a teacher, an SLT member, a TA, two pupils (one without
// media consent), the default areas, the current term, ILPs with one target per area.
struct MiniSchool
{
    School school;
    SchoolClass oak;
    Staff teacher;
    Staff seniorLeader;
    Staff assistant;
    Pupil ava; // consent: shareable
    Pupil ben; // consent: none
    Term term;
    QList<AreaOfLearning> areas;
    Ilp avaIlp;
    Ilp benIlp;
    QList<Target> avaTargets;
    QList<Target> benTargets;
};
MiniSchool makeMiniSchool(Store &store);

QString testDataPath(const QString &relative);

} // namespace Stride::Testing
