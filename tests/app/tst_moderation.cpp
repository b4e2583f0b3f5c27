// The moderation meeting through the view models its pages bind to, on the demo school: a class
// teacher's sample making the forms, a moderator who cannot read the assessor's judgement through
// the form before giving their own, who may write which part of each form, SLT's outcome worked
// out, and what is saved read back by a form opened afresh.

#include "appfixture.h"

#include "moderation/assessmentmoderationdetail.h"
#include "moderation/moderationmeeting.h"
#include "moderation/moderationsamplechooser.h"
#include "moderation/newmoderationforms.h"
#include "moderation/targetsettingmoderationdetail.h"
#include "review/judgementhistory.h"
#include "review/nexttermtarget.h"
#include "review/targeteditor.h"
#include "review/targetreviewdetail.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QString oakId(DemoTablet &t)
{
    return t.store().classByName(t.session().schoolId(), QStringLiteral("Oak"))->id;
}

void switchTo(DemoTablet &t, const QString &firstName)
{
    t.session().signOut();
    REQUIRE(t.signInAs(firstName));
}

// An Oak target with no moderation form and no judgement yet, judged now by Hannah (its class
// teacher) as `status`, and its form made in her name: the form Hannah brings to the meeting.
struct OakForm
{
    DemoTablet t;
    Target target;
    QString formId;
    int assessorStatus = 0;

    explicit OakForm(int status = 2)
    {
        REQUIRE(t.signInAs(QStringLiteral("Hannah")));
        QSet<QString> withForms;
        for (const PlacedAssessmentForm &f :
             t.store().placedAssessmentModerationForms(t.session().schoolId(), t.session().termId()))
            withForms.insert(f.form.targetId);
        for (const Pupil &p : t.store().pupilsInClass(oakId(t))) {
            for (const Target &candidate : t.targetsOf(p.id))
                if (!withForms.contains(candidate.id) &&
                    t.store().judgementsOfTarget(candidate.id).isEmpty()) {
                    target = candidate;
                    break;
                }
            if (!target.id.isEmpty())
                break;
        }
        REQUIRE_FALSE(target.id.isEmpty());
        TargetReviewDetail review;
        review.setSession(&t.session());
        review.setTargetId(target.id);
        REQUIRE(review.judge(status, QStringLiteral("amend"),
                             QStringLiteral("Finds the symbol with a point."), QString(), QString()));
        assessorStatus = status;
        const auto staff = t.store().staff(t.session().staffId());
        const auto form = newAssessmentForm(t.store(), target.id, *staff, t.session().now());
        REQUIRE(form);
        REQUIRE(t.store().save(*form).ok);
        formId = form->id;
    }
};

} // namespace

TEST_CASE("The moderator cannot read the assessor's judgement through the form before their own",
          "[moderation]")
{
    OakForm oak(2);
    DemoTablet &t = oak.t;
    AssessmentModerationDetail form;
    form.setSession(&t.session());
    form.setFormId(oak.formId);
    REQUIRE(form.found());

    // The assessor sees her own number.
    CHECK(form.assessorJudgementVisible());
    CHECK(form.assessorStatus() == 2);

    // Tom (Willow's teacher) moderates: before he judges, nothing on the form says what she gave.
    switchTo(t, QStringLiteral("Tom"));
    REQUIRE(form.canModerate());
    CHECK_FALSE(form.assessorJudgementVisible());
    CHECK(form.assessorStatus() == 0);
    CHECK(form.outcomeText().isEmpty());
    const QVariantMap assessorRow = form.table().value(0).toMap();
    CHECK(assessorRow.value(QStringLiteral("roleKey")).toString() == QStringLiteral("assessor"));
    CHECK(assessorRow.value(QStringLiteral("hidden")).toBool());
    CHECK(assessorRow.value(QStringLiteral("entries")).toList().isEmpty());
    CHECK(assessorRow.value(QStringLiteral("standing")).toInt() == 0);
    CHECK_FALSE(form.canShowAssessorJudgement());
    CHECK_FALSE(form.showAssessorJudgement()); // asking first is refused...
    CHECK_FALSE(
        t.store().assessmentModerationForm(oak.formId)->assessorShownAt.isValid()); // ...and not recorded

    // Nor does a senior leader who might yet moderate it see it before the moderation.
    switchTo(t, QStringLiteral("David"));
    CHECK(form.assessorStatus() == 0);
    switchTo(t, QStringLiteral("Tom"));

    // He judges 3 blind: what he saw is kept with the form; still no assessor's number until he asks.
    REQUIRE(form.judge(QStringLiteral("moderator"), 3));
    CHECK(form.moderatorHasJudged());
    CHECK(form.assessorStatus() == 0);
    CHECK(form.canShowAssessorJudgement());
    const auto judged = t.store().assessmentModerationForm(oak.formId);
    CHECK(judged->moderatorId == t.staffId(QStringLiteral("Tom")));
    CHECK(judged->moderatedTargetText == oak.target.text);

    // Now he asks: it is shown, and when is recorded, after his judgement.
    REQUIRE(form.showAssessorJudgement());
    CHECK(form.assessorStatus() == 2);
    const auto shown = t.store().assessmentModerationForm(oak.formId);
    REQUIRE(shown->assessorShownAt.isValid());
    CHECK(form.blindOrderKept());
    CHECK_FALSE(form.blindOrderText().isEmpty());
}

TEST_CASE("Each part of the assessment form is editable only by the person whose part it is", "[moderation]")
{
    OakForm oak(3);
    DemoTablet &t = oak.t;
    AssessmentModerationDetail form;
    form.setSession(&t.session());
    form.setFormId(oak.formId);

    // The assessor: her side and her row, nothing else.
    CHECK(form.canEditAssessor());
    CHECK_FALSE(form.canModerate());
    CHECK_FALSE(form.canEditSlt());
    CHECK(form.writableRoles() == QStringList{QStringLiteral("assessor")});
    CHECK_FALSE(form.judge(QStringLiteral("moderator"), 2));
    CHECK_FALSE(form.saveModeratorSection(QStringLiteral("I agree with myself."), 1, QString()));
    CHECK_FALSE(form.saveSltSection(1, QStringLiteral("neither"), QString(), QString(), 3));
    CHECK(t.store().judgementsOfTarget(oak.target.id).size() == 1);

    // A TA reads it all and writes none of it.
    switchTo(t, QStringLiteral("Priya"));
    CHECK_FALSE(form.canEditAssessor());
    CHECK_FALSE(form.canModerate());
    CHECK_FALSE(form.canEditSlt());
    CHECK_FALSE(form.saveAssessorSection(QStringLiteral("Could point."), QString(), QString(), QString()));

    // Another teacher moderates, and may not touch the assessor's side or the SLT section.
    switchTo(t, QStringLiteral("Tom"));
    CHECK(form.canModerate());
    CHECK_FALSE(form.canEditAssessor());
    CHECK_FALSE(form.canEditSlt());
    CHECK_FALSE(form.judge(QStringLiteral("assessor"), 4));
    CHECK_FALSE(form.saveAssessorSection(QStringLiteral("Could point."), QString(), QString(), QString()));
    REQUIRE(form.judge(QStringLiteral("moderator"), 3));

    // Once he has moderated it, the form is his to moderate: another teacher cannot.
    switchTo(t, QStringLiteral("Rachel"));
    CHECK_FALSE(form.canModerate());
    CHECK_FALSE(form.judge(QStringLiteral("moderator"), 1));

    // SLT write the SLT section; the outcome is worked out from the final status, not typed.
    switchTo(t, QStringLiteral("David"));
    CHECK(form.canEditSlt());
    REQUIRE(form.saveSltSection(1, QStringLiteral("neither"), QStringLiteral("Clear evidence of pointing."),
                                QStringLiteral("Met, as both said."), 4));
    CHECK(form.finalStatus() == 4);
    CHECK(form.outcomeText() == QStringLiteral("Up")); // 4 against the assessor's first 3
    CHECK(t.store().assessmentModerationForm(oak.formId)->moderationOutcome == ModerationOutcome::Up);
}

TEST_CASE("A changed mind is crossed out in the table, and the form reads back as saved", "[moderation]")
{
    OakForm oak(2);
    DemoTablet &t = oak.t;
    {
        AssessmentModerationDetail form;
        form.setSession(&t.session());
        form.setFormId(oak.formId);
        REQUIRE(form.saveAssessorSection(QStringLiteral("Needed a hand over hand prompt."),
                                         QStringLiteral("PECS book on his table, daily."),
                                         QStringLiteral("Finds the symbol with a point."),
                                         QStringLiteral("Class chart of requests.")));
        // Hannah changes her mind: the 2 is crossed out and the 3 stands.
        REQUIRE(form.judge(QStringLiteral("assessor"), 3));
        const QVariantList entries = form.table().value(0).toMap().value(QStringLiteral("entries")).toList();
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].toMap().value(QStringLiteral("status")).toInt() == 2);
        CHECK(entries[0].toMap().value(QStringLiteral("crossed")).toBool());
        CHECK_FALSE(entries[1].toMap().value(QStringLiteral("crossed")).toBool());
        CHECK(form.assessorStatus() == 3);
    }
    // Opened afresh (another page, or after the app restarts), the form says the same.
    AssessmentModerationDetail reopened;
    reopened.setSession(&t.session());
    reopened.setFormId(oak.formId);
    REQUIRE(reopened.found());
    CHECK(reopened.startingPoint() == QStringLiteral("Needed a hand over hand prompt."));
    CHECK(reopened.provisionUsed() == QStringLiteral("PECS book on his table, daily."));
    CHECK(reopened.currentAbilities() == QStringLiteral("Finds the symbol with a point."));
    CHECK(reopened.progressEvidenceNote() == QStringLiteral("Class chart of requests."));
    CHECK(reopened.pupilInitials() == t.store().pupil(reopened.pupilId())->initials);
    CHECK(reopened.className() == QStringLiteral("Oak"));
    CHECK(reopened.assessorStatus() == 3);

    // The outcome reads against the FIRST judgement (2), whatever she changed it to.
    switchTo(t, QStringLiteral("Tom"));
    REQUIRE(reopened.judge(QStringLiteral("moderator"), 3));
    switchTo(t, QStringLiteral("Claire"));
    REQUIRE(reopened.saveSltSection(0, QStringLiteral("assessor"), QString(), QString(), 3));
    CHECK(reopened.outcomeText() == QStringLiteral("Up"));
}

TEST_CASE("Only the assessor's own target's evidence is attached, and it can be taken off", "[moderation]")
{
    OakForm oak(3);
    DemoTablet &t = oak.t;
    AssessmentModerationDetail form;
    form.setSession(&t.session());
    form.setFormId(oak.formId);
    // Evidence of this target, and evidence of another pupil's.
    EvidenceFilter mine;
    mine.targetId = oak.target.id;
    const QList<EvidenceItem> ofTarget = t.store().evidence(mine, 5);
    QString otherItem;
    for (const Pupil &p : t.store().pupilsOfSchool(t.session().schoolId()))
        for (const EvidenceItem &e : t.store().newestEvidenceForPupil(p.id, 5))
            if (otherItem.isEmpty() && !e.pupilIds().contains(t.store().ilp(oak.target.ilpId)->pupilId))
                otherItem = e.id;
    REQUIRE_FALSE(otherItem.isEmpty());
    CHECK_FALSE(form.setAttached(otherItem, true));
    CHECK(form.attachedIds().isEmpty());
    if (ofTarget.isEmpty())
        return; // the demo gave this target no evidence: nothing more to attach
    REQUIRE(form.setAttached(ofTarget.first().id, true));
    CHECK(form.attachedIds() == QStringList{ofTarget.first().id});
    CHECK(form.evidence().size() == 1);
    REQUIRE(form.setAttached(ofTarget.first().id, false));
    CHECK(form.attachedIds().isEmpty());
}

TEST_CASE("A class teacher's sample makes the forms, and the meeting shows each person theirs",
          "[moderation]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    ModerationSampleChooser chooser;
    chooser.setSession(&t.session());
    chooser.setClassId(oakId(t));
    REQUIRE(chooser.ready());
    REQUIRE(chooser.mayChoose());
    // Stride's suggestion starts ticked, where no form exists yet.
    int suggestedWithoutForm = 0;
    for (const QVariant &c : chooser.choices()) {
        const QVariantMap choice = c.toMap();
        if (choice.value(QStringLiteral("suggested")).toBool() &&
            !choice.value(QStringLiteral("formMade")).toBool())
            ++suggestedWithoutForm;
        CHECK(choice.value(QStringLiteral("chosen")).toBool() ==
              (choice.value(QStringLiteral("suggested")).toBool() &&
               !choice.value(QStringLiteral("formMade")).toBool()));
    }
    REQUIRE(suggestedWithoutForm > 0);
    CHECK(chooser.chosenCount() == suggestedWithoutForm);
    CHECK(chooser.makeForms() == suggestedWithoutForm);
    CHECK(chooser.chosenCount() == 0);
    CHECK(chooser.makeForms() == -1); // nothing ticked: nothing made, and said so
    CHECK_FALSE(chooser.message().isEmpty());

    // Made again on another tablet, the same targets give the same forms (one each, merged by sync).
    const auto first = chooser.choices().value(0).toMap();
    const QString targetId = first.value(QStringLiteral("targetId")).toString();
    const auto again =
        newAssessmentForm(t.store(), targetId, *t.store().staff(t.session().staffId()), t.session().now());
    CHECK(again->id == assessmentFormIdFor(targetId));

    // Hannah's forms wait for her; Tom sees them to moderate; Priya (a TA) chooses no sample.
    ModerationMeeting meeting;
    meeting.setSession(&t.session());
    REQUIRE(meeting.ready());
    CHECK(meeting.waitingCount() >= suggestedWithoutForm);
    CHECK_FALSE(meeting.firstWaitingFormId().isEmpty());
    switchTo(t, QStringLiteral("Priya"));
    CHECK(meeting.classes().isEmpty());
    switchTo(t, QStringLiteral("Tom"));
    ModerationSampleChooser notHis;
    notHis.setSession(&t.session());
    notHis.setClassId(oakId(t));
    CHECK_FALSE(notHis.mayChoose());
    CHECK(notHis.makeForms() == -1);
}

TEST_CASE(
    "The target-setting form: pre-filled from assessment week, a rewrite accepted keeps the setter's words",
    "[moderation]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    // An Oak target judged Amend, with next term's target written for it at assessment week.
    Target target;
    for (const Pupil &p : t.store().pupilsInClass(oakId(t))) {
        for (const Target &candidate : t.targetsOf(p.id))
            if (t.store().judgementsOfTarget(candidate.id).isEmpty()) {
                target = candidate;
                break;
            }
        if (!target.id.isEmpty())
            break;
    }
    REQUIRE_FALSE(target.id.isEmpty());
    TargetReviewDetail review;
    review.setSession(&t.session());
    review.setTargetId(target.id);
    REQUIRE(review.judge(2, QStringLiteral("amend"), QStringLiteral("Requests a drink with a prompt."),
                         QString(), QString()));
    TargetEditor editor;
    editor.setSession(&t.session());
    editor.setFromTargetId(target.id);
    REQUIRE(waitUntil([&] { return editor.ready(); }));
    editor.setText(QStringLiteral("To request a drink with his PECS book, twice a day."));
    REQUIRE(editor.save());

    ModerationSampleChooser chooser;
    chooser.setSession(&t.session());
    chooser.setClassId(oakId(t));
    chooser.setFormKind(QStringLiteral("targetSetting"));
    REQUIRE(chooser.ready());
    for (const QVariant &c : chooser.choices())
        if (c.toMap().value(QStringLiteral("chosen")).toBool())
            chooser.toggle(c.toMap().value(QStringLiteral("targetId")).toString());
    chooser.toggle(target.id);
    REQUIRE(chooser.chosenCount() == 1);
    REQUIRE(chooser.makeForms() == 1);
    const QString formId = targetSettingFormIdFor(target.id, t.session().termId());

    TargetSettingModerationDetail form;
    form.setSession(&t.session());
    form.setFormId(formId);
    REQUIRE(form.found());
    CHECK(form.previousTargetText() == target.text);
    CHECK(form.previousStatus() == 2);
    CHECK(form.nextStep() == QStringLiteral("amend"));
    CHECK(form.proposedTargetText() == QStringLiteral("To request a drink with his PECS book, twice a day."));
    CHECK(form.reasons() == QStringLiteral("Requests a drink with a prompt."));
    CHECK(form.canEditSetter());
    CHECK_FALSE(form.canModerate());
    CHECK_FALSE(form.canAnswerRewrite());
    REQUIRE(form.saveSetterSection(form.proposedTargetText(), form.reasons(), {},
                                   QStringLiteral("Not in his EHCP: a new need this year."),
                                   QStringLiteral("PECS book at snack, with Mrs Patel.")));

    // Tom moderates: too hard, and a rewrite. He cannot answer it for her.
    switchTo(t, QStringLiteral("Tom"));
    CHECK(form.canModerate());
    CHECK_FALSE(form.canEditSetter());
    CHECK_FALSE(form.saveSetterSection(QStringLiteral("Mine now."), QString(), {}, QString(), QString()));
    const QString rewrite =
        QStringLiteral("To request a drink with his PECS book, once a day at snack time.");
    REQUIRE(form.saveModeratorSection(QStringLiteral("No EHCP link; the reason is given."),
                                      QStringLiteral("Yes"), QStringLiteral("Twice a day, with the book"),
                                      QStringLiteral("Yes"), QString(), QStringLiteral("too_hard"), rewrite));
    CHECK_FALSE(form.canAnswerRewrite());
    CHECK_FALSE(form.answerRewrite(true));

    // Hannah accepts: the rewrite becomes the proposed target, her own words kept beside it.
    switchTo(t, QStringLiteral("Hannah"));
    REQUIRE(form.canAnswerRewrite());
    REQUIRE(form.answerRewrite(true));
    CHECK(form.proposedTargetText() == rewrite);
    CHECK(form.originalProposedText() ==
          QStringLiteral("To request a drink with his PECS book, twice a day."));
    CHECK(form.setterAccepts() == 1);

    // SLT's section, and the whole form read back by a form opened afresh.
    switchTo(t, QStringLiteral("David"));
    CHECK_FALSE(form.canEditSetter());
    REQUIRE(form.saveSltSection(1, 1, QStringLiteral("Amended: a more suitable challenge.")));
    TargetSettingModerationDetail reopened;
    reopened.setSession(&t.session());
    reopened.setFormId(formId);
    CHECK(reopened.challenge() == QStringLiteral("too_hard"));
    CHECK(reopened.suggestedRewrite() == rewrite);
    CHECK(reopened.proposedTargetText() == rewrite);
    CHECK(reopened.noEhcpLinkReason() == QStringLiteral("Not in his EHCP: a new need this year."));
    CHECK(reopened.plannedProvision() == QStringLiteral("PECS book at snack, with Mrs Patel."));
    CHECK(reopened.amendmentProposed() == 1);
    CHECK(reopened.amendmentAccepted() == 1);
    CHECK(reopened.moderationOutcome() == QStringLiteral("Amended: a more suitable challenge."));
    CHECK(reopened.moderatorName() == QStringLiteral("Tom Gallagher"));
}
