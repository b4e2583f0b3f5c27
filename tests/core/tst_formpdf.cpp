// Each moderation form as a PDF (core/moderation/formpdf.h), read back with poppler's pdftotext:
// every field label of seed 000's paper form and every value written on it is in the PDF, with the
// attached evidence after it, the blind order and what changed since moderation for SLT.
#include "moderation/blindorder.h"
#include "moderation/formchanges.h"
#include "moderation/formpdf.h"
#include "testsupport.h"

#include "core/packfixture.h"
#include "core/packtools.h"

#include <QFileInfo>
#include <QIODevice>

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

void requireWords(const QString &words, const QStringList &expected)
{
    for (const QString &e : expected) {
        INFO("looking for: " << e.toStdString());
        CHECK(words.contains(e.simplified()));
    }
}

struct PdfMeeting
{
    Testing::TempStore db;
    QTemporaryDir mediaDir;
    MediaStore media = Testing::keyedMediaStore(mediaDir.path(), db.store.deviceKeys().media);
    PackFixture::Meeting m;
    PdfMeeting()
    {
        media.prepareFolders();
        INFO(m.error.toStdString());
        REQUIRE(m.setUp(db.store, &media));
    }
};

} // namespace

TEST_CASE("Assessment moderation form PDF: every field of the seed's form, with its values and evidence",
          "[pack][pdf]")
{
    PdfMeeting t;
    auto &m = t.m;
    Store &store = t.db.store;
    const Target &target = m.avaTargets.first();
    QList<EvidenceItem> evidence;
    for (int i = 0; i < 3; ++i) {
        const auto e =
            m.addEvidence(store, m.ava, target, EvidenceKind::Photo,
                          QStringLiteral("Photo caption %1: Ava hands over the cup symbol").arg(i + 1));
        INFO(m.error.toStdString());
        REQUIRE(e);
        evidence << *e;
    }
    const auto video =
        m.addEvidence(store, m.ava, target, EvidenceKind::Video, QStringLiteral("Video at snack time"));
    const auto voice =
        m.addEvidence(store, m.ava, target, EvidenceKind::Audio, QStringLiteral("Ava says drink"));
    const auto written = m.addEvidence(store, m.ava, target, EvidenceKind::Written,
                                       QStringLiteral("Asked for juice without a prompt"));
    REQUIRE(video);
    REQUIRE(voice);
    REQUIRE(written);
    evidence << *video << *voice << *written;
    // The assessor circled 3 then crossed it out for 4; the moderator and SLT circled 2.
    REQUIRE(m.judge(store, target, {TargetStatus::Met, TargetStatus::Exceeded}, TargetStatus::PartiallyMet,
                    TargetStatus::PartiallyMet));
    auto form = m.addAssessmentForm(store, target, evidence);
    INFO(m.error.toStdString());
    REQUIRE(form);
    // The moderator saw all six items (the fixture records it); one is deleted afterwards: SLT are told.
    REQUIRE(form->moderatedEvidence.size() == 6);
    store.setActingStaffId(m.assessor.id);
    REQUIRE(store.removeEvidenceItem(written->id).ok);

    int waveforms = 0;
    FormPdf::Settings settings;
    settings.pictures.voiceNoteWaveform = [&waveforms](QIODevice *sound, const QString &mimeType,
                                                       QSize size) {
        ++waveforms;
        CHECK(mimeType.startsWith(QStringLiteral("audio/")));
        REQUIRE(sound);
        CHECK(sound->isReadable());
        CHECK(sound->size() > 0);
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        return image;
    };
    const QString pdfPath = t.db.dir.filePath(QStringLiteral("assessment.pdf"));
    QString error;
    REQUIRE(FormPdf::writeAssessmentForm(store, &t.media, form->id, pdfPath, settings, &error));
    CHECK(error.isEmpty());
    CHECK(waveforms == 1);
    const QString words = PackTools::pdfWords(pdfPath);
    INFO(words.toStdString());

    // The seed's labels, in its words.
    requireWords(words,
                 {
                     QStringLiteral("ILPs Assessment Moderation Form"),
                     QStringLiteral("Assessor Section"),
                     QStringLiteral("Class teachers use this side of the form to provide details relating "
                                    "to one target for one pupil."),
                     QStringLiteral("Please attach any supporting evidence to this form."),
                     QStringLiteral("Pupil Initials:"),
                     QStringLiteral("Year Group:"),
                     QStringLiteral("Class:"),
                     QStringLiteral("Specific Needs:"),
                     QStringLiteral("Area of Learning:"),
                     QStringLiteral("ILP Target:"),
                     QStringLiteral("Summary description of starting point for this assessment window:"),
                     QStringLiteral("What could they already do?"),
                     QStringLiteral("Provision and strategies used:"),
                     QStringLiteral("What help have they had?"),
                     QStringLiteral("Progress evidence provided for moderation:"),
                     QStringLiteral("Observations? Photo? Video? Evaluations? Work? Charts?"),
                     QStringLiteral("Summary description of current abilities with respect to target:"),
                     QStringLiteral("What can I do now?"),
                     QStringLiteral("first formed their own opinion."),
                     QStringLiteral("Assessment Criteria"),
                     QStringLiteral("Unmet"),
                     QStringLiteral("Partially Met"),
                     QStringLiteral("Exceeded"),
                     QStringLiteral("Progress is limited or has not taken place with this target."),
                     QStringLiteral("Progress is substantial, but this target is not yet fully met."),
                     QStringLiteral("Progress is at the expected rate, and the target is fully achieved."),
                     QStringLiteral("Progress is significantly better than expected with this target."),
                     QStringLiteral("Moderator Section"),
                     QStringLiteral("Explain your assessment, detail your conversation with the assessor."),
                     QStringLiteral("Did you agree with the assessor? If not, what appears to be the source "
                                    "of disagreement? Have either of you changed your mind?"),
                     QStringLiteral("Assessment Section"),
                     QStringLiteral("Assessor, Moderator and SLT all indicate assessments on this table by "
                                    "circling number."),
                     QStringLiteral("If you change your mind, put a cross through your previous assessment "
                                    "and circle the new one."),
                     QStringLiteral("SLT Section"),
                     QStringLiteral("Did the assessor and moderator agree?"),
                     QStringLiteral("Who changed their mind?"),
                     QStringLiteral("Neither"),
                     QStringLiteral("Comments on evidence and explanations:"),
                     QStringLiteral("SLT final decision on target status:"),
                     QStringLiteral("Final Target Status:"),
                     QStringLiteral("Moderation Outcome:"),
                     QStringLiteral("Up"),
                     QStringLiteral("Down"),
                     QStringLiteral("Same"),
                 });
    // What Stride knows and what was written on it.
    requireWords(words, {
                            QStringLiteral("AS"),
                            QStringLiteral("Year 5"),
                            QStringLiteral("Oak"),
                            QStringLiteral("ASD, SLD"),
                            QStringLiteral("Communication and Interaction"),
                            target.text,
                            form->startingPoint,
                            form->provisionUsed,
                            form->progressEvidenceNote,
                            form->currentAbilities,
                            form->moderatorExplanation,
                            form->disagreementSource,
                            form->sltComments,
                            form->sltFinalDecision,
                            QStringLiteral("Tom Gallagher"),
                            QStringLiteral("Helen Ward"),
                            QStringLiteral("Sarah Jones"),
                        });
    // The assessor's changed mind in words beside the circles, and the ticked boxes.
    CHECK(words.contains(
        QStringLiteral("Assessor changed their mind: 3 on 20 Nov 2026, then 4 on 21 Nov 2026")));
    CHECK(words.count(QStringLiteral("\u2713")) >= 3); // disagreed (moderator and SLT), the assessor changed
    // For SLT: the blind order and what changed since moderation, as core/moderation words them.
    const BlindOrder order = blindOrder(*form, store.judgementsOfTarget(target.id));
    REQUIRE_FALSE(order.sentence.isEmpty());
    CHECK(words.contains(order.sentence.simplified()));
    const FormChanges changes = formChanges(store, *store.assessmentModerationForm(form->id));
    REQUIRE(changes.any());
    for (const QString &s : changes.sentences())
        CHECK(words.contains(s.simplified()));
    // The evidence pages: each remaining item's caption, date and prompt level, the video's time.
    for (const EvidenceItem &e : evidence.mid(0, 5))
        CHECK(words.contains(e.note));
    CHECK(words.contains(QStringLiteral("Prompt level: Gestural prompt")));
    CHECK(words.contains(QStringLiteral("Video (0:42)")));
    CHECK(words.contains(QStringLiteral("Voice note (0:07)")));
    CHECK(words.contains(QStringLiteral("Tue 3 Nov 2026, 10:15")));
    CHECK(words.contains(QStringLiteral("Recorded by Sarah Jones, Classroom")));
}

TEST_CASE("Target setting moderation form PDF: every field of the seed's form, with its values",
          "[pack][pdf]")
{
    PdfMeeting t;
    auto &m = t.m;
    Store &store = t.db.store;
    const auto form = m.addTargetSettingForm(store, m.ava, m.avaTargets.first());
    INFO(m.error.toStdString());
    REQUIRE(form);
    const QString pdfPath = t.db.dir.filePath(QStringLiteral("target-setting.pdf"));
    QString error;
    REQUIRE(FormPdf::writeTargetSettingForm(store, &t.media, form->id, pdfPath, {}, &error));
    const QString words = PackTools::pdfWords(pdfPath);
    INFO(words.toStdString());
    requireWords(words,
                 {
                     QStringLiteral("ILPs Target Setting Moderation Form"),
                     QStringLiteral("Target-Setter Section"),
                     QStringLiteral("Class teachers use this side of the form to provide details relating "
                                    "to one target for one pupil."),
                     QStringLiteral("Pupil Initials:"),
                     QStringLiteral("Year Group:"),
                     QStringLiteral("Class:"),
                     QStringLiteral("Specific Needs:"),
                     QStringLiteral("Area of Learning:"),
                     QStringLiteral("Previous ILP target in this area:"),
                     QStringLiteral("Unmet"),
                     QStringLiteral("Partially Met"),
                     QStringLiteral("Exceeded"),
                     QStringLiteral("Progress is limited or has not taken place with this target."),
                     QStringLiteral("Progress is significantly better than expected with this target."),
                     QStringLiteral("box to indicate next step"),
                     QStringLiteral("Continue"),
                     QStringLiteral("Amend"),
                     QStringLiteral("Replace"),
                     QStringLiteral("Target remains relevant for this term"),
                     QStringLiteral("or more suitable level of challenge"),
                     QStringLiteral("A completely new target needs to be set"),
                     QStringLiteral("Proposed new ILP target in this area:"),
                     QStringLiteral("Reasons for proposing this new target:"),
                     QStringLiteral("Include a summary of current abilities, and an explanation of the "
                                    "action taken."),
                     QStringLiteral("Does this target relate to any EHCP outcomes?"),
                     QStringLiteral("If so, which ones?"),
                     QStringLiteral("If not, why not?"),
                     QStringLiteral("Planned provision:"),
                     QStringLiteral("How will we teach this pupil?"),
                     QStringLiteral("Moderator Section"),
                     QStringLiteral("eir thinking using the reverse side of this form"),
                     QStringLiteral("APCSS target setting"),
                     QStringLiteral("Is there a clear link between this ILP target and EHCP outcome/s?:"),
                     QStringLiteral("If not, is there a suitable explanation for why not?"),
                     QStringLiteral("Are success criteria embedded within the target?"),
                     QStringLiteral("Is it clear what it will look like for this target to be met?"),
                     QStringLiteral("Does the planned provision look suitable?"),
                     QStringLiteral("Have you got any other suggestions for things to try?"),
                     QStringLiteral("What do you think about the level of challenge presented by this "
                                    "target?"),
                     QStringLiteral("Too Easy"),
                     QStringLiteral("Just Right!"),
                     QStringLiteral("Too Hard"),
                     QStringLiteral("Would you suggest any amendments to this target?"),
                     QStringLiteral("If so, please re-write the target here."),
                     QStringLiteral("Does the target setter accept this amendment?"),
                     QStringLiteral("SLT Section"),
                     QStringLiteral("Has the moderator proposed an amendment?"),
                     QStringLiteral("Has the target setter accepted this amendment?"),
                     QStringLiteral("Moderation outcome"),
                     QStringLiteral("Yes"),
                     QStringLiteral("No"),
                 });
    requireWords(words, {
                            QStringLiteral("AS"),
                            QStringLiteral("Year 5"),
                            QStringLiteral("Oak"),
                            QStringLiteral("ASD, SLD"),
                            QStringLiteral("Communication and Interaction"),
                            m.avaTargets.first().text,
                            form->proposedTargetText,
                            form->originalProposedText,
                            form->reasons,
                            QStringLiteral("EO1: Ava will communicate needs and wants using symbols."),
                            form->plannedProvision,
                            form->clearEhcpLink,
                            form->successCriteriaEmbedded,
                            form->clearWhatMetLooksLike,
                            form->provisionSuitable,
                            form->otherSuggestions,
                            form->moderationOutcome,
                            QStringLiteral("Sarah Jones"),
                            QStringLiteral("Tom Gallagher"),
                            QStringLiteral("Helen Ward"),
                        });
    // Amend, the setter's acceptance, and both SLT answers are ticked.
    CHECK(words.count(QStringLiteral("\u2713")) == 4);
}

TEST_CASE("Form PDF: a form that is not on this device is a sentence, and no file", "[pack][pdf]")
{
    PdfMeeting t;
    const QString pdfPath = t.db.dir.filePath(QStringLiteral("none.pdf"));
    QString error;
    CHECK_FALSE(FormPdf::writeAssessmentForm(t.db.store, &t.media, QStringLiteral("no-such-form"), pdfPath,
                                             {}, &error));
    CHECK(error == QStringLiteral("The assessment moderation form is not on this device."));
    CHECK_FALSE(QFileInfo::exists(pdfPath));
}
