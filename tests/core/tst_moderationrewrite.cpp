// The moderator's re-written target (core/moderation/targetrewrite.h): accepted, it becomes the
// proposed target with the setter's wording kept (the lineage), and next term's target is amended
// with it; declined, the setter's wording stands.
#include "testsupport.h"

#include "moderation/targetrewrite.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

const QString kSetterWords = QStringLiteral("To request a drink using PECS.");
const QString kRewrite =
    QStringLiteral("To independently request a drink at least twice a day, by exchanging the correct "
                   "symbol from a page of 12.");

TargetSettingModerationForm proposal()
{
    TargetSettingModerationForm f;
    f.id = QStringLiteral("a2000000-0000-4000-8000-000000000001");
    f.pupilId = QStringLiteral("b0000000-0000-4000-8000-000000000001");
    f.areaId = QStringLiteral("f0000000-0000-4000-8000-000000000001");
    f.setterId = QStringLiteral("60000000-0000-4000-8000-000000000001");
    f.moderatorId = QStringLiteral("60000000-0000-4000-8000-000000000002");
    f.proposedTargetText = kSetterWords;
    f.suggestedRewrite = kRewrite;
    f.challenge = ChallengeLevel::TooEasy;
    return f;
}

} // namespace

TEST_CASE("Accepted rewrite: it becomes the proposed target, the setter's wording kept",
          "[moderation][rewrite]")
{
    const TargetSettingModerationForm before = proposal();
    const RewriteAnswer accepted = acceptRewrite(before, std::nullopt);
    REQUIRE(accepted.ok);
    CHECK(accepted.changed);
    CHECK(accepted.form.proposedTargetText == kRewrite);
    CHECK(accepted.form.originalProposedText == kSetterWords);
    CHECK(accepted.form.setterAcceptsAmendment == true);
    CHECK_FALSE(accepted.amendedTarget);
    CHECK(accepted.form.validate().isEmpty());

    // Accepting twice changes nothing.
    const RewriteAnswer again = acceptRewrite(accepted.form, std::nullopt);
    REQUIRE(again.ok);
    CHECK_FALSE(again.changed);
    CHECK(again.form == accepted.form);

    // The moderator revises the rewrite and it is accepted again: the setter's own wording is kept,
    // not the first rewrite.
    TargetSettingModerationForm revised = accepted.form;
    revised.suggestedRewrite = kRewrite + QStringLiteral(" In class and at the café.");
    const RewriteAnswer second = acceptRewrite(revised, std::nullopt);
    CHECK(second.form.proposedTargetText == revised.suggestedRewrite);
    CHECK(second.form.originalProposedText == kSetterWords);

    // Declined after accepting: the setter's wording comes back.
    const RewriteAnswer declined = declineRewrite(accepted.form, std::nullopt);
    REQUIRE(declined.ok);
    CHECK(declined.form.proposedTargetText == kSetterWords);
    CHECK(declined.form.originalProposedText.isEmpty());
    CHECK(declined.form.setterAcceptsAmendment == false);

    // Declined at once: the proposal stays as it was.
    const RewriteAnswer no = declineRewrite(before, std::nullopt);
    CHECK(no.form.proposedTargetText == kSetterWords);
    CHECK(no.form.setterAcceptsAmendment == false);

    // Nothing to accept without a rewrite.
    TargetSettingModerationForm noRewrite = before;
    noRewrite.suggestedRewrite = QStringLiteral("  ");
    const RewriteAnswer refused = acceptRewrite(noRewrite, std::nullopt);
    CHECK_FALSE(refused.ok);
    CHECK(refused.refusal.contains(QStringLiteral("not re-written")));
    CHECK_FALSE(declineRewrite(noRewrite, std::nullopt).ok);
}

TEST_CASE("Accepted rewrite: next term's target, when the proposal is one already, is amended too",
          "[moderation][rewrite]")
{
    Target next;
    next.id = QStringLiteral("d0000000-0000-4000-8000-000000000002");
    next.text = kSetterWords;
    TargetSettingModerationForm f = proposal();
    f.proposedTargetId = next.id;
    const RewriteAnswer accepted = acceptRewrite(f, next);
    REQUIRE(accepted.amendedTarget);
    CHECK(accepted.amendedTarget->id == next.id);
    CHECK(accepted.amendedTarget->text == kRewrite);

    // Declining puts the target back only if it still reads as the rewrite.
    const RewriteAnswer declined = declineRewrite(accepted.form, *accepted.amendedTarget);
    REQUIRE(declined.amendedTarget);
    CHECK(declined.amendedTarget->text == kSetterWords);
    Target editedSince = *accepted.amendedTarget;
    editedSince.text = QStringLiteral("Edited in the target editor since.");
    CHECK_FALSE(declineRewrite(accepted.form, editedSince).amendedTarget);
}

TEST_CASE("Accepted rewrite on the store: the form and next term's target in one go, by the setter only",
          "[moderation][rewrite]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    Term spring;
    spring.id = newId();
    spring.schoolId = m.school.id;
    spring.name = QStringLiteral("Spring 2027");
    spring.startsOn = QDate(2027, 1, 5);
    spring.endsOn = QDate(2027, 3, 26);
    spring.applyStandardCycle();
    REQUIRE(t.store.save(spring).ok);
    const Ilp springIlp{newId(), m.ava.id, spring.id, QString()};
    REQUIRE(t.store.save(springIlp).ok);
    Target next = m.avaTargets.first();
    next.id = newId();
    next.ilpId = springIlp.id;
    next.text = kSetterWords;
    next.lineage = TargetLineage::Amends;
    next.lineageTargetId = m.avaTargets.first().id;
    REQUIRE(t.store.save(next).ok);

    TargetSettingModerationForm f;
    f.id = newId();
    f.pupilId = m.ava.id;
    f.areaId = next.areaId;
    f.termId = m.term.id;
    f.previousTargetId = m.avaTargets.first().id;
    f.setterId = m.teacher.id;
    f.moderatorId = m.seniorLeader.id;
    f.proposedTargetText = kSetterWords;
    f.proposedTargetId = next.id;
    f.suggestedRewrite = kRewrite;
    f.createdAt = QDateTime(QDate(2026, 11, 18), QTime(15, 0));
    REQUIRE(t.store.save(f).ok);

    // The moderator cannot accept on the setter's behalf.
    t.store.setActingStaffId(m.seniorLeader.id);
    const WriteResult notTheSetter = acceptRewrite(t.store, f.id);
    CHECK_FALSE(notTheSetter.ok);
    CHECK(notTheSetter.message.contains(m.teacher.displayName()));
    CHECK(t.store.targetSettingModerationForm(f.id)->proposedTargetText == kSetterWords);

    t.store.setActingStaffId(m.teacher.id);
    const WriteResult ok = acceptRewrite(t.store, f.id);
    INFO(ok.message.toStdString());
    REQUIRE(ok.ok);
    const auto saved = t.store.targetSettingModerationForm(f.id);
    REQUIRE(saved);
    CHECK(saved->proposedTargetText == kRewrite);
    CHECK(saved->originalProposedText == kSetterWords);
    CHECK(saved->setterAcceptsAmendment == true);
    const auto amended = t.store.target(next.id);
    REQUIRE(amended);
    CHECK(amended->text == kRewrite);
    CHECK(amended->lineage == TargetLineage::Amends); // the rest of the target is as it was
    CHECK(amended->lineageTargetId == m.avaTargets.first().id);

    // Answering the same again writes nothing more.
    const qsizetype logged = t.store.mutations(0, 100000).size();
    CHECK(acceptRewrite(t.store, f.id).ok);
    CHECK(t.store.mutations(0, 100000).size() == logged);

    CHECK_FALSE(acceptRewrite(t.store, newId()).ok);
}
