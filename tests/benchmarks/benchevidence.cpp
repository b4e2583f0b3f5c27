#include "benchevidence.h"

#include "store/store.h"

#include <QHash>
#include <QRandomGenerator>
#include <algorithm>

using namespace Stride;

namespace BenchEvidence {

namespace {

// Settings and people as staff type them: mostly the classroom, often a named adult.
const QStringList kSettings{QStringLiteral("classroom"),  QStringLiteral("classroom"),
                            QStringLiteral("classroom"),  QStringLiteral("hall"),
                            QStringLiteral("playground"), QStringLiteral("dining hall"),
                            QStringLiteral("café"),       QStringLiteral("swimming_pool"),
                            QStringLiteral("community"),  QStringLiteral("sensory room")};
const QStringList kPeople{
    QStringLiteral("Mrs Patel"), QStringLiteral("Mr Okafor"), QStringLiteral("speech and language therapist"),
    QStringLiteral("Mum"),       QStringLiteral("a peer"),    QStringLiteral("lunchtime supervisor")};
const QStringList kNotes{QStringLiteral("Observation %1: requested a drink at snack time using a symbol."),
                         QStringLiteral("Observation %1: waited for a turn in the group game."),
                         QStringLiteral("Observation %1: matched the coins to the price on the card."),
                         QStringLiteral("Observation %1: put on coat and shoes before going outside."),
                         QStringLiteral("Observation %1: greeted the visitor and answered a question.")};

PromptLevel promptLevelFor(double progress, QRandomGenerator &random)
{
    // Steps from 0 (full physical) to 4 (independent): about physical at the start of a term,
    // about gestural by its end, with a step either way from item to item.
    const int step = std::clamp(int(1.5 + 2.0 * progress) + int(random.bounded(3)) - 1, 0, 4);
    return static_cast<PromptLevel>(4 - step);
}

} // namespace

QList<QDate> schoolDays(const Term &term, const QDate &until)
{
    QList<QDate> days;
    for (QDate d = term.startsOn; d <= term.endsOn && d <= until; d = d.addDays(1)) {
        const bool halfTerm =
            term.halfTermStartsOn.isValid() && d >= term.halfTermStartsOn && d <= term.halfTermEndsOn;
        if (d.dayOfWeek() <= 5 && !halfTerm)
            days << d;
    }
    return days;
}

QString add(Store &store, const QString &schoolId, const QList<Pupil> &pupils, const Term &term,
            const QDate &until, int count, QRandomGenerator &random)
{
    const QList<QDate> days = schoolDays(term, until);
    if (days.isEmpty() || pupils.isEmpty())
        return QStringLiteral("No school days in %1 up to %2 to record evidence on.")
            .arg(term.name, until.toString(Qt::ISODate));
    // Classmates for group evidence: each pupil once, however often they are listed.
    QHash<QString, QList<qsizetype>> classmates;
    QStringList seen;
    for (qsizetype i = 0; i < pupils.size(); ++i)
        if (!seen.contains(pupils.at(i).pupilId)) {
            seen << pupils.at(i).pupilId;
            classmates[pupils.at(i).classId] << i;
        }

    QString refused;
    constexpr int kBatch = 1000;
    for (int done = 0; done < count && refused.isEmpty();) {
        const bool saved = store.transaction([&] {
            for (int i = 0; i < kBatch && done < count; ++i, ++done) {
                const Pupil &who = pupils.at(random.bounded(pupils.size()));
                const qsizetype dayIndex = random.bounded(days.size());
                EvidenceItem e;
                e.id = newId();
                e.schoolId = schoolId;
                e.kind = EvidenceKind::Written;
                e.capturedAt = QDateTime(days.at(dayIndex), QTime(9, 0)).addSecs(random.bounded(6 * 3600));
                e.capturedBy = who.staffIds.at(random.bounded(who.staffIds.size()));
                e.note = kNotes.at(random.bounded(kNotes.size())).arg(done);
                if (random.bounded(10) != 0) // now and then the prompt level is not recorded
                    e.promptLevel = promptLevelFor(double(dayIndex) / days.size(), random);
                e.setting = kSettings.at(random.bounded(kSettings.size()));
                if (random.bounded(3) != 0) {
                    QStringList present{kPeople.at(random.bounded(kPeople.size()))};
                    if (random.bounded(3) == 0)
                        present << kPeople.at(random.bounded(kPeople.size()));
                    present.removeDuplicates();
                    e.peoplePresent = present.join(QStringLiteral(", "));
                }
                if (random.bounded(4) == 0)
                    e.measure = QStringLiteral("%1 of 5 attempts").arg(1 + random.bounded(5));
                EvidencePupil ep{who.pupilId, {who.targetIds.at(random.bounded(who.targetIds.size()))}};
                if (random.bounded(3) == 0)
                    ep.targetIds << who.targetIds.at(random.bounded(who.targetIds.size()));
                ep.targetIds.removeDuplicates();
                e.pupils << ep;
                if (random.bounded(10) == 0) { // group evidence with one or two classmates
                    const QList<qsizetype> &group = classmates.value(who.classId);
                    const int wanted = 1 + int(random.bounded(2));
                    for (int tries = 0; tries < 6 && e.pupils.size() <= wanted; ++tries) {
                        const Pupil &other = pupils.at(group.at(random.bounded(group.size())));
                        if (!e.pupilIds().contains(other.pupilId))
                            e.pupils.append({other.pupilId,
                                             {other.targetIds.at(random.bounded(other.targetIds.size()))}});
                    }
                }
                const WriteResult r = store.save(e);
                if (!r.ok) {
                    refused = r.message;
                    return false;
                }
            }
            return true;
        });
        if (!saved && refused.isEmpty())
            refused = store.lastError();
    }
    return refused;
}

} // namespace BenchEvidence
