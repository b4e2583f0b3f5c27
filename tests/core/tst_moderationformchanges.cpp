// What changed on an Assessment Moderation Form since the moderator judged it
// (core/moderation/formchanges.h): the form keeps what the moderator saw, and a target amended,
// evidence deleted or taken off, or evidence attached afterwards is named beside it.
#include "testsupport.h"

#include "moderation/formchanges.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

EvidenceItem observation(const MiniSchool &m, const QString &note, const QDateTime &when, EvidenceKind kind)
{
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.kind = kind;
    item.capturedAt = when;
    item.capturedBy = m.teacher.id;
    item.note = note;
    item.promptLevel = PromptLevel::Gestural;
    item.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    if (kind != EvidenceKind::Written)
        item.media = {
            {QString(64, QLatin1Char('a')), MediaRole::Original, QStringLiteral("image/jpeg"), 1000}};
    return item;
}

AssessmentModerationForm formFor(const MiniSchool &m, const QStringList &evidenceIds)
{
    AssessmentModerationForm f;
    f.id = newId();
    f.targetId = m.avaTargets.first().id;
    f.assessorId = m.teacher.id;
    f.moderatorId = m.seniorLeader.id;
    f.evidenceIds = evidenceIds;
    f.createdAt = QDateTime(QDate(2026, 11, 18), QTime(15, 0));
    return f;
}

} // namespace

TEST_CASE("What changed since moderation: nothing before the moderator judges, nothing when all is as seen",
          "[moderation][changes]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    t.store.setActingStaffId(m.teacher.id);
    const EvidenceItem drink =
        observation(m, QStringLiteral("Asked for juice with PECS."),
                    QDateTime(QDate(2026, 11, 10), QTime(10, 0)), EvidenceKind::Written);
    REQUIRE(t.store.save(drink).ok);
    AssessmentModerationForm f = formFor(m, {drink.id});
    REQUIRE(t.store.save(f).ok);

    const FormChanges none = formChanges(t.store, f);
    CHECK_FALSE(none.hasSnapshot);
    CHECK_FALSE(none.any());
    CHECK(none.sentences().isEmpty());

    // The moderator judges: the snapshot is what the store holds at that moment.
    f = withWhatTheModeratorSaw(t.store, f);
    CHECK(f.moderatedTargetText == m.avaTargets.first().text);
    REQUIRE(f.moderatedEvidence.size() == 1);
    const SeenEvidence &seen = f.moderatedEvidence.first();
    CHECK(seen.evidenceId == drink.id);
    CHECK(seen.kind == EvidenceKind::Written);
    CHECK(seen.capturedAt == drink.capturedAt);
    CHECK(seen.caption == drink.note);
    CHECK(seen.promptLevel == PromptLevel::Gestural);
    REQUIRE(t.store.save(f).ok);
    const auto reread = t.store.assessmentModerationForm(f.id);
    REQUIRE(reread);
    CHECK(reread->moderatedEvidence == f.moderatedEvidence);

    const FormChanges same = formChanges(t.store, *reread);
    CHECK(same.hasSnapshot);
    CHECK_FALSE(same.any());
    CHECK(same.sentences().isEmpty());
}

TEST_CASE("What changed since moderation: target amended, evidence deleted, taken off and attached",
          "[moderation][changes]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    t.store.setActingStaffId(m.teacher.id);
    const EvidenceItem drink =
        observation(m, QStringLiteral("Asked for juice with PECS."),
                    QDateTime(QDate(2026, 11, 10), QTime(10, 0)), EvidenceKind::Written);
    const EvidenceItem photo = observation(m, QStringLiteral("At the snack table"),
                                           QDateTime(QDate(2026, 11, 11), QTime(11, 0)), EvidenceKind::Photo);
    const EvidenceItem kept =
        observation(m, QStringLiteral("Snack time tally"), QDateTime(QDate(2026, 11, 12), QTime(12, 0)),
                    EvidenceKind::WorkSample);
    const EvidenceItem later = observation(m, QStringLiteral("Requested at the café"),
                                           QDateTime(QDate(2026, 11, 24), QTime(13, 0)), EvidenceKind::Video);
    for (const EvidenceItem &item : {drink, photo, kept, later})
        REQUIRE(t.store.save(item).ok);
    AssessmentModerationForm f = withWhatTheModeratorSaw(t.store, formFor(m, {drink.id, photo.id, kept.id}));
    REQUIRE(f.moderatedEvidence.size() == 3);
    REQUIRE(t.store.save(f).ok);

    // After moderation: the target is amended, the written observation deleted, the photo taken off
    // the form, and a video attached.
    Target amended = m.avaTargets.first();
    amended.text = QStringLiteral("To independently request a drink at least three times a day.");
    REQUIRE(t.store.save(amended).ok);
    REQUIRE(t.store.removeEvidenceItem(drink.id).ok);
    f = *t.store.assessmentModerationForm(f.id);
    CHECK_FALSE(f.evidenceIds.contains(drink.id)); // a delete takes the form's link with it
    f.evidenceIds.removeAll(photo.id);
    f.evidenceIds << later.id;
    REQUIRE(t.store.save(f).ok);

    const FormChanges changes = formChanges(t.store, *t.store.assessmentModerationForm(f.id));
    CHECK(changes.any());
    CHECK(changes.targetAmended);
    CHECK(changes.moderatedTargetText == m.avaTargets.first().text);
    CHECK(changes.currentTargetText == amended.text);
    REQUIRE(changes.deletedSinceSeen.size() == 1);
    CHECK(changes.deletedSinceSeen.first().evidenceId == drink.id);
    CHECK(changes.deletedSinceSeen.first().caption == drink.note); // what they saw is still there
    REQUIRE(changes.detachedSinceSeen.size() == 1);
    CHECK(changes.detachedSinceSeen.first().evidenceId == photo.id);
    REQUIRE(changes.attachedSinceSeen.size() == 1);
    CHECK(changes.attachedSinceSeen.first().evidenceId == later.id);

    const QStringList sentences = changes.sentences();
    REQUIRE(sentences.size() == 4);
    CHECK(sentences.at(0).contains(amended.text));
    CHECK(sentences.at(0).contains(m.avaTargets.first().text));
    CHECK(sentences.at(1).startsWith(QStringLiteral("Deleted from Stride")));
    CHECK(sentences.at(1).contains(QStringLiteral("Asked for juice with PECS.")));
    CHECK(sentences.at(1).contains(QStringLiteral("10 November")));
    CHECK(sentences.at(2).startsWith(QStringLiteral("Taken off the form")));
    CHECK(sentences.at(2).contains(QStringLiteral("photo")));
    CHECK(sentences.at(3).startsWith(QStringLiteral("Attached after the moderator judged")));
    CHECK(sentences.at(3).contains(QStringLiteral("video")));

    // Judging again takes what is there now: nothing has changed since the judgement that stands.
    const AssessmentModerationForm again =
        withWhatTheModeratorSaw(t.store, *t.store.assessmentModerationForm(f.id));
    CHECK(again.moderatedTargetText == amended.text);
    CHECK_FALSE(formChanges(t.store, again).any());
}

TEST_CASE("What changed since moderation, without a store: deleted and taken off told apart",
          "[moderation][changes]")
{
    Target target;
    target.id = QStringLiteral("d0000000-0000-4000-8000-000000000001");
    target.text = QStringLiteral("To sit for five minutes at group time.");
    AssessmentModerationForm f;
    f.targetId = target.id;
    f.moderatedTargetText = QStringLiteral("  To sit for five minutes at group time. ");
    const SeenEvidence a{QStringLiteral("e1"), EvidenceKind::Photo,
                         QDateTime(QDate(2026, 11, 2), QTime(9, 0)), QString(), std::nullopt};
    const SeenEvidence b{QStringLiteral("e2"), EvidenceKind::Audio,
                         QDateTime(QDate(2026, 11, 3), QTime(9, 0)), QStringLiteral("Counting to ten"),
                         PromptLevel::Spoken};
    f.moderatedEvidence = {a, b};
    // Neither is attached now; e2 still exists, e1 does not.
    const FormChanges changes = formChanges(f, target, {}, {QStringLiteral("e2")});
    CHECK_FALSE(changes.targetAmended); // spaces around the same words are no amendment
    REQUIRE(changes.deletedSinceSeen.size() == 1);
    CHECK(changes.deletedSinceSeen.first() == a);
    REQUIRE(changes.detachedSinceSeen.size() == 1);
    CHECK(changes.detachedSinceSeen.first() == b);
    CHECK(changes.attachedSinceSeen.isEmpty());
    CHECK(changes.sentences().at(0).contains(QStringLiteral("the photo of 2 November")));
}
