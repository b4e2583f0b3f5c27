// Every entity saved and read back equal, through a close and reopen of the file.
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {
template <typename T> void mustSave(Store &store, const T &value)
{
    const WriteResult r = store.save(value);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}
} // namespace

TEST_CASE("Every entity survives a save, a reopen and a load unchanged", "[store][roundtrip]")
{
    TempStore t;
    Store &store = t.store;
    MiniSchool m = makeMiniSchool(store);

    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.kind = EvidenceKind::Photo;
    item.capturedAt = QDateTime(QDate(2026, 11, 18), QTime(10, 15, 30, 250), Qt::UTC);
    item.capturedBy = m.assistant.id;
    item.note =
        QStringLiteral("Went to his PECS book and exchanged the \"drink\" symbol, first time this week.");
    item.pupils = {{m.ava.id, {m.avaTargets.at(0).id, m.avaTargets.at(2).id}}};
    item.promptLevel = PromptLevel::Gestural;
    item.setting = QStringLiteral("cafe");
    item.peoplePresent = QStringLiteral("Mrs Patel (TA), two peers");
    item.measure = QStringLiteral("2 requests this week");
    item.learnerVoice = QStringLiteral("Signed \"more\" and smiled");
    item.visibility = Visibility::ShareableWithParents;
    item.media = {{QString(64, QLatin1Char('a')), MediaRole::Original, QStringLiteral("image/jpeg"),
                   4'000'000, 4032, 3024, 0},
                  {QString(64, QLatin1Char('b')), MediaRole::Thumbnail, QStringLiteral("image/jpeg"), 20'000,
                   320, 240, 0}};
    mustSave(store, item);

    Judgement assessor{newId(),
                       m.avaTargets.first().id,
                       JudgementRole::Assessor,
                       TargetStatus::PartiallyMet,
                       NextStep::Continue,
                       m.teacher.id,
                       QDateTime(QDate(2026, 11, 19), QTime(15, 40), Qt::UTC),
                       QStringLiteral("Needs a gestural prompt still"),
                       QStringLiteral("Asks for a drink with her PECS book when the TA points to it"),
                       QStringLiteral("Chose the \"café\" photo for her next target by pointing twice"),
                       {}};
    mustSave(store, assessor);
    Judgement changedMind = assessor;
    changedMind.id = newId();
    changedMind.status = TargetStatus::Met;
    changedMind.judgedAt = assessor.judgedAt.addDays(5);
    changedMind.supersedesId = assessor.id;
    changedMind.currentAbilities = QStringLiteral("Asks for a drink unprompted, at snack time");
    changedMind.learnerVoice.clear(); // an answer taken back on the new judgement stays empty
    mustSave(store, changedMind);

    AssessmentModerationForm amf;
    amf.id = newId();
    amf.targetId = m.avaTargets.first().id;
    amf.assessorId = m.teacher.id;
    amf.startingPoint = QStringLiteral("Used PECS with full physical prompt");
    amf.provisionUsed = QStringLiteral("Daily PECS sessions");
    amf.evidenceIds = {item.id};
    amf.progressEvidenceNote = QStringLiteral("Tally chart of requests");
    amf.currentAbilities = QStringLiteral("Requests a drink with a gestural prompt");
    amf.moderatorId = m.seniorLeader.id;
    amf.moderatorExplanation = QStringLiteral("Looked at the video first");
    amf.moderatorAgreed = false;
    amf.disagreementSource = QStringLiteral("Whether the gestural prompt counts as independent");
    amf.seniorLeaderId = m.seniorLeader.id;
    amf.assessorModeratorAgreed = false;
    amf.mindChangedBy = MindChangedBy::Assessor;
    amf.sltComments = QStringLiteral("Evidence supports 2");
    amf.sltFinalDecision = QStringLiteral("Partially met");
    amf.finalStatus = TargetStatus::PartiallyMet;
    amf.moderationOutcome = ModerationOutcome::Down;
    amf.createdAt = QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC);
    amf.assessorShownAt = QDateTime(QDate(2026, 11, 24), QTime(16, 20), Qt::UTC);
    amf.moderatedTargetText = QStringLiteral("To request a drink using PECS");
    amf.moderatedEvidence = {
        {item.id, EvidenceKind::Photo, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC),
         QStringLiteral("Ava hands over the drink card"), PromptLevel::Gestural},
        {newId(), EvidenceKind::Written, QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC),
         QStringLiteral("Asked at snack"), std::nullopt}};
    mustSave(store, amf);

    TargetSettingModerationForm tsf;
    tsf.id = newId();
    tsf.pupilId = m.ava.id;
    tsf.areaId = m.areas.first().id;
    tsf.termId = m.term.id;
    tsf.previousTargetId = m.avaTargets.first().id;
    tsf.setterId = m.teacher.id;
    tsf.previousStatus = TargetStatus::PartiallyMet;
    tsf.nextStep = NextStep::Amend;
    tsf.proposedTargetText = QStringLiteral("To request a drink independently in two different cafés");
    tsf.originalProposedText = QStringLiteral("To request a drink independently in the café, twice a week");
    tsf.reasons = QStringLiteral("Requests in class reliably; not yet elsewhere");
    tsf.ehcpOutcomeIds = {m.ava.ehcpOutcomes.first().id};
    tsf.plannedProvision = QStringLiteral("Weekly café visit with PECS book");
    tsf.moderatorId = m.seniorLeader.id;
    tsf.clearEhcpLink = QStringLiteral("Yes, EO1");
    tsf.successCriteriaEmbedded = QStringLiteral("Yes: twice a week, independently");
    tsf.clearWhatMetLooksLike = QStringLiteral("Yes");
    tsf.provisionSuitable = QStringLiteral("Yes");
    tsf.otherSuggestions = QStringLiteral("Try a second café");
    tsf.challenge = ChallengeLevel::JustRight;
    tsf.suggestedRewrite = QStringLiteral("To request a drink independently in two different cafés");
    tsf.setterAcceptsAmendment = true;
    tsf.seniorLeaderId = m.seniorLeader.id;
    tsf.amendmentProposed = true;
    tsf.amendmentAccepted = true;
    tsf.moderationOutcome = QStringLiteral("Amended target agreed");
    tsf.createdAt = QDateTime(QDate(2026, 11, 24), QTime(16, 30), Qt::UTC);
    mustSave(store, tsf);

    ParentResponse reply{newId(),
                         m.avaIlp.id,
                         QDate(2026, 12, 10),
                         QStringLiteral("Mrs Smith (mum)"),
                         false,
                         QStringLiteral("Could the café target include the one near us?"),
                         m.teacher.id};
    mustSave(store, reply);

    // Reopen: what comes back must come from the file, not from anything held in memory.
    store.close();
    REQUIRE(store.open(t.path()).ok());

    CHECK(store.school(m.school.id) == m.school);
    CHECK(store.schoolClass(m.oak.id) == m.oak);
    CHECK(store.staff(m.teacher.id) == m.teacher);
    CHECK(store.staff(m.seniorLeader.id) == m.seniorLeader);
    CHECK(store.staff(m.assistant.id) == m.assistant);
    Pupil expectedAva = m.ava;
    expectedAva.initials = QStringLiteral("AS"); // derived when left empty
    CHECK(store.pupil(m.ava.id) == expectedAva);
    CHECK(store.term(m.term.id) == m.term);
    CHECK(store.areasOfSchool(m.school.id) == m.areas);
    CHECK(store.ilp(m.avaIlp.id) == m.avaIlp);
    CHECK(store.targetsOfIlp(m.avaIlp.id) == m.avaTargets);
    CHECK(store.evidenceItem(item.id)->deviceId == store.deviceId());
    EvidenceItem expectedItem = item;
    expectedItem.deviceId = store.deviceId();
    CHECK(store.evidenceItem(item.id) == expectedItem);
    CHECK(store.judgementsOfTarget(m.avaTargets.first().id) == QList<Judgement>{assessor, changedMind});
    CHECK(store.assessmentModerationForm(amf.id) == amf);
    CHECK(store.targetSettingModerationForm(tsf.id) == tsf);
    CHECK(store.parentResponsesOfIlp(m.avaIlp.id) == QList<ParentResponse>{reply});
}

TEST_CASE("A pupil without media consent cannot be saved into a photo, alone or in a group",
          "[store][consent]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    EvidenceItem photo;
    photo.id = newId();
    photo.schoolId = m.school.id;
    photo.kind = EvidenceKind::Photo;
    photo.capturedAt = QDateTime::currentDateTimeUtc();
    photo.capturedBy = m.assistant.id;
    photo.media = {
        {QString(64, QLatin1Char('c')), MediaRole::Original, QStringLiteral("image/jpeg"), 1000, 10, 10, 0}};

    SECTION("alone")
    {
        photo.pupils = {{m.ben.id, {}}};
    }
    SECTION("in a group")
    {
        photo.pupils = {{m.ava.id, {}}, {m.ben.id, {}}};
    }
    const qint64 before = t.store.mutations(0, 100000).size();
    const WriteResult r = t.store.save(photo);
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QStringLiteral("Ben Okafor")));
    CHECK(r.message.contains(QStringLiteral("written observation")));
    CHECK_FALSE(t.store.evidenceItem(photo.id));
    CHECK(t.store.mutations(0, 100000).size() == before);

    // The same moment as a written observation is fine.
    photo.kind = EvidenceKind::Written;
    photo.media.clear();
    photo.note = QStringLiteral("Ben stacked five bricks.");
    CHECK(t.store.save(photo).ok);
}

TEST_CASE("Visibility never exceeds the most restrictive consent in the item", "[store][consent]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    EvidenceItem note;
    note.id = newId();
    note.schoolId = m.school.id;
    note.kind = EvidenceKind::Written;
    note.capturedAt = QDateTime::currentDateTimeUtc();
    note.capturedBy = m.assistant.id;
    note.note = QStringLiteral("Took turns in the parachute game.");
    note.pupils = {{m.ava.id, {}}, {m.ben.id, {}}};
    note.visibility = Visibility::ShareableWithParents;
    const WriteResult r = t.store.save(note);
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QStringLiteral("Ben Okafor")));
    note.visibility = Visibility::InternalOnly;
    CHECK(t.store.save(note).ok);
}

TEST_CASE("Evidence links only to the pupil's own targets", "[store][evidence]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    EvidenceItem note;
    note.id = newId();
    note.schoolId = m.school.id;
    note.capturedAt = QDateTime::currentDateTimeUtc();
    note.capturedBy = m.assistant.id;
    note.note = QStringLiteral("Counted to ten.");
    note.pupils = {{m.ava.id, {m.benTargets.first().id}}};
    const WriteResult r = t.store.save(note);
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QStringLiteral("Ava's own targets")));
}

TEST_CASE("Judgements keep their history and respect roles", "[store][judgement]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    Judgement j{newId(),
                m.avaTargets.first().id,
                JudgementRole::Assessor,
                TargetStatus::Met,
                NextStep::Replace,
                m.teacher.id,
                QDateTime::currentDateTimeUtc(),
                {},
                {},
                {},
                {}};
    REQUIRE(t.store.save(j).ok);
    CHECK(t.store.save(j).ok); // the same judgement again changes nothing

    Judgement overwrite = j;
    overwrite.status = TargetStatus::Exceeded;
    CHECK_FALSE(t.store.save(overwrite).ok);

    Judgement byAssistant = j;
    byAssistant.id = newId();
    byAssistant.judgedBy = m.assistant.id;
    CHECK_FALSE(t.store.save(byAssistant).ok);

    Judgement finalByTeacher = j;
    finalByTeacher.id = newId();
    finalByTeacher.role = JudgementRole::Final;
    CHECK_FALSE(t.store.save(finalByTeacher).ok);
    finalByTeacher.judgedBy = m.seniorLeader.id;
    CHECK(t.store.save(finalByTeacher).ok);
    CHECK(t.store.judgementsOfTarget(j.targetId).size() == 2);
}

TEST_CASE("An ILP holds one target per area", "[store][target]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    Target second = m.avaTargets.first();
    second.id = newId();
    const WriteResult r = t.store.save(second);
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QStringLiteral("one target per area")));
}
