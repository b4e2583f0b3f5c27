#include "pupiltargets.h"

#include "session.h"
#include "wording.h"

#include "store/store.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace Stride {

namespace {

struct AreaPlace
{
    QString name;
    QString kind;
    int index = 0;
};

QHash<QString, AreaPlace> areaPlaces(const Store &store, const QString &schoolId)
{
    // The same colours as the pupil page: numbered per kind, in the school's order.
    QHash<QString, AreaPlace> places;
    int send = 0;
    int pfa = 0;
    for (const AreaOfLearning &area : store.areasOfSchool(schoolId)) {
        const bool isPfa = area.kind == AreaKind::PreparingForAdulthood;
        places.insert(area.id, {area.name, toKey(area.kind), isPfa ? pfa++ : send++});
    }
    return places;
}

} // namespace

QVariantMap PupilTargets::describe(const Session &session, const QString &pupilId,
                                   const QStringList &alsoTargetIds)
{
    const Store &store = session.store();
    if (!store.isOpen())
        return {};
    const auto pupil = store.pupil(pupilId);
    if (!pupil)
        return {};
    const QHash<QString, AreaPlace> places = areaPlaces(store, pupil->schoolId);

    QList<Target> targets;
    bool hasPlan = false;
    if (!session.termId().isEmpty()) {
        if (const auto plan = store.ilpFor(pupil->id, session.termId())) {
            hasPlan = true;
            targets = store.targetsOfIlp(plan->id);
        }
    }
    // Sorted by the school's area order, so chips sit where the pupil page shows the cards.
    auto order = [&](const Target &t) {
        const AreaPlace p = places.value(t.areaId);
        const int kindRank = p.kind == QLatin1String("send") ? 0 : p.kind == QLatin1String("pfa") ? 1 : 2;
        return std::pair(kindRank, p.index);
    };
    std::stable_sort(targets.begin(), targets.end(),
                     [&](const Target &a, const Target &b) { return order(a) < order(b); });
    QSet<QString> listed;
    QVariantList targetList;
    auto add = [&](const Target &t, bool thisTerm) {
        const AreaPlace place = places.value(
            t.areaId, {QCoreApplication::translate("PupilTargets", "Area no longer in use"), {}, 0});
        targetList.append(QVariantMap{{QStringLiteral("targetId"), t.id},
                                      {QStringLiteral("areaName"), place.name},
                                      {QStringLiteral("areaKind"), place.kind},
                                      {QStringLiteral("areaIndex"), place.index},
                                      {QStringLiteral("text"), t.text},
                                      {QStringLiteral("thisTerm"), thisTerm}});
        listed.insert(t.id);
    };
    for (const Target &t : targets)
        add(t, true);
    for (const QString &id : alsoTargetIds)
        if (!listed.contains(id))
            if (const auto t = store.target(id))
                add(*t, false);

    return {{QStringLiteral("pupilId"), pupil->id},
            {QStringLiteral("name"), pupil->displayName()},
            {QStringLiteral("firstName"), pupil->firstName},
            {QStringLiteral("classId"), pupil->classId},
            {QStringLiteral("initials"), pupil->initials.isEmpty()
                                             ? Pupil::initialsFor(pupil->firstName, pupil->surname)
                                             : pupil->initials},
            {QStringLiteral("consent"), int(pupil->mediaConsent)}, // QML: Vocabulary.MediaConsent
            {QStringLiteral("consentText"), Wording::consentBadge(pupil->mediaConsent)},
            {QStringLiteral("hasPlan"), hasPlan},
            {QStringLiteral("targets"), targetList}};
}

QString PupilTargets::areaNameOf(const Session &session, const QString &targetId)
{
    const Store &store = session.store();
    const auto t = store.isOpen() ? store.target(targetId) : std::nullopt;
    if (!t)
        return {};
    const auto a = store.area(t->areaId);
    return a ? a->name : QString();
}

} // namespace Stride
