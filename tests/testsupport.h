#pragma once

#include "media/mediastore.h"
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

// A media store holding its key, as the app gives it one (DeviceKeys::media of the store it
// serves): without a key a media store neither writes nor reads.
inline MediaStore keyedMediaStore(const QString &dir, const QByteArray &key = QByteArray(32, '\x6d'))
{
    MediaStore media(dir);
    media.setKey(key);
    return media;
}

} // namespace Stride::Testing
