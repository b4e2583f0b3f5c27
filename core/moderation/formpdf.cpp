#include "formpdf.h"

#include "blindorder.h"
#include "formchanges.h"
#include "formpdflayout.h"
#include "formpdftables.h"
#include "formpdftext.h"
#include "moderationoutcome.h"

#include "../review/judgementhistory.h"
#include "../store/store.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace Stride {

FormPdf::FormPdf(const Store &store, const MediaStore *media, Settings settings)
    : m_store(store), m_media(media), m_settings(std::move(settings))
{}

FormPdf::~FormPdf() = default;

bool FormPdf::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool FormPdf::begin(QIODevice *device, const QString &documentTitle)
{
    m_writer = std::make_unique<QPdfWriter>(device);
    m_writer->setTitle(documentTitle);
    m_writer->setCreator(QStringLiteral("Stride"));
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    m_writer->setResolution(600);
    m_layout = std::make_unique<FormPdfLayout>(m_writer.get());
    if (!m_layout->isActive())
        return fail(tr("The PDF could not be started."));
    return true;
}

bool FormPdf::finish()
{
    if (!m_layout)
        return fail(tr("The PDF was not started."));
    const bool ok = m_layout->finish();
    m_layout.reset();
    m_writer.reset();
    return ok || fail(tr("The PDF could not be finished."));
}

QString FormPdf::staffName(const QString &staffId) const
{
    if (staffId.isEmpty())
        return {};
    const auto s = m_store.staff(staffId);
    return s ? s->displayName() : QString();
}

bool FormPdf::addAssessmentForm(const QString &formId)
{
    const auto form = m_store.assessmentModerationForm(formId);
    if (!form)
        return fail(tr("The assessment moderation form is not on this device."));
    if (!m_layout)
        return fail(tr("The PDF was not started."));
    drawAssessmentForm(*form);
    ++m_forms;
    return true;
}

bool FormPdf::addTargetSettingForm(const QString &formId)
{
    const auto form = m_store.targetSettingModerationForm(formId);
    if (!form)
        return fail(tr("The target setting moderation form is not on this device."));
    if (!m_layout)
        return fail(tr("The PDF was not started."));
    drawTargetSettingForm(*form);
    ++m_forms;
    return true;
}

void FormPdf::drawAssessmentForm(const AssessmentModerationForm &form)
{
    FormPdfLayout &l = *m_layout;
    const auto target = m_store.target(form.targetId);
    const auto ilp = target ? m_store.ilp(target->ilpId) : std::nullopt;
    const auto pupil = ilp ? m_store.pupil(ilp->pupilId) : std::nullopt;
    const auto schoolClass = pupil ? m_store.schoolClass(pupil->classId) : std::nullopt;
    const auto area = target ? m_store.area(target->areaId) : std::nullopt;
    const QList<Judgement> judgements = m_store.judgementsOfTarget(form.targetId);
    const QList<EvidenceItem> attached = attachedEvidence(m_store, form);
    const QString initials = pupil ? pupil->initials : QString();
    const QString areaName = area ? area->name : QString();

    l.startPage();
    l.setFooter(tr("ILPs Assessment Moderation Form - %1 - %2 - %3")
                    .arg(initials, schoolClass ? schoolClass->name : QString(), areaName));
    l.title(tr("ILPs Assessment Moderation Form"));

    // --- Assessor Section
    l.sectionBar(tr("Assessor Section"));
    l.instructions(tr("Class teachers use this side of the form to provide details relating to one target "
                      "for one pupil.\nPlease attach any supporting evidence to this form."));
    l.row({FormCell::labelled(tr("Pupil Initials:"), {}, 1.1), FormCell::value(initials, 1.4),
           FormCell::labelled(tr("Year Group:"), {}, 1.1),
           FormCell::value(pupil ? yearGroupText(*pupil) : QString(), 1.4)},
          18);
    l.row({FormCell::labelled(tr("Class:"), {}, 1.1),
           FormCell::value(schoolClass ? schoolClass->name : QString(), 1.4),
           FormCell::labelled(tr("Specific Needs:"), {}, 1.1),
           FormCell::value(pupil ? pupil->specificNeeds : QString(), 1.4)},
          18);
    l.row({FormCell::labelled(tr("Area of Learning:"), {}, 1.1), FormCell::value(areaName, 3.9)}, 18);
    l.row({FormCell::labelled(tr("ILP Target:"), {}, 1.1),
           FormCell::value(target ? target->text : QString(), 3.9)},
          30);
    l.row({FormCell::labelled(tr("Summary description of starting point for this assessment window:"),
                              tr("What could they already do?"), 1.1),
           FormCell::value(form.startingPoint, 3.9)},
          62);
    l.row({FormCell::labelled(tr("Provision and strategies used:"), tr("What help have they had?"), 1.1),
           FormCell::value(form.provisionUsed, 3.9)},
          55);
    QStringList evidenceLines;
    for (const EvidenceItem &item : attached)
        evidenceLines << QStringLiteral("\u2022 ") + evidenceLine(item);
    if (!form.progressEvidenceNote.isEmpty())
        evidenceLines << form.progressEvidenceNote;
    if (!attached.isEmpty())
        evidenceLines << (attached.size() == 1
                              ? tr("(1 item attached: see the evidence pages after this form.)")
                              : tr("(%1 items attached: see the evidence pages after this form.)")
                                    .arg(attached.size()));
    l.row({FormCell::labelled(tr("Progress evidence provided for moderation:"),
                              tr("Observations? Photo? Video? Evaluations? Work? Charts?"), 1.1),
           FormCell::value(evidenceLines.join(QLatin1Char('\n')), 3.9)},
          62);
    l.row({FormCell::labelled(tr("Summary description of current abilities with respect to target:"),
                              tr("What can I do now?"), 1.1),
           FormCell::value(form.currentAbilities, 3.9)},
          62);
    l.instructions(tr("Indicate your assessment of the progress made with this target in the assessment "
                      "section of the form below. During moderation meetings, start by showing them this "
                      "side of the paper only, and then only look at your assessment after they have first "
                      "formed their own opinion."),
                   true);
    l.sectionBar(tr("Assessment Criteria"));
    criteriaTable(l, -1);

    // --- Moderator Section: the other side of the paper, which the moderator fills in after
    // forming their own opinion from the first.
    l.startPage();
    l.sectionBar(tr("Moderator Section"));
    l.instructions(tr("Using the evidence you have seen and your conversation with the assessor, indicate "
                      "your opinion of the target status in the assessment section below."));
    const QString moderator = staffName(form.moderatorId);
    l.row({FormCell::labelled(tr("Explain your assessment, detail your conversation with the assessor."),
                              moderator.isEmpty() ? QString() : tr("Moderator: %1").arg(moderator), 1.1),
           FormCell::value(form.moderatorExplanation, 3.9)},
          62);
    // The tick boxes say whether they agreed; the words under them are the source of disagreement.
    FormCell agreedAnswer = FormCell::value(form.disagreementSource, 3.9);
    agreedAnswer.draw =
        tickChoices({tr("Yes"), tr("No")}, form.moderatorAgreed ? (*form.moderatorAgreed ? 0 : 1) : -1);
    agreedAnswer.drawHeight = 16;
    agreedAnswer.drawFirst = true;
    const FormCell agreedQuestion = FormCell::labelled(
        tr("Did you agree with the assessor? If not, what appears to be the source of disagreement? Have "
           "either of you changed your mind?"),
        {}, 1.1);
    l.row({agreedQuestion, agreedAnswer}, 62);

    // --- Assessment Section
    l.sectionBar(tr("Assessment Section"));
    l.instructions(tr("Assessor, Moderator and SLT all indicate assessments on this table by circling "
                      "number.\nIf you change your mind, put a cross through your previous assessment and "
                      "circle the new one."));
    assessmentTable(l, m_store, judgements);

    // --- SLT Section
    l.sectionBar(tr("SLT Section"));
    l.instructions(tr("Read the evidence and information provided by the assessor and the moderator, and "
                      "discuss it with the assessor (and moderator) where needed."));
    const QString senior = staffName(form.seniorLeaderId);
    l.row({FormCell::labelled(tr("Did the assessor and moderator agree?"), {}, 2.6),
           drawnCell(tickChoices({tr("Yes"), tr("No")},
                                 form.assessorModeratorAgreed ? (*form.assessorModeratorAgreed ? 0 : 1) : -1),
                     14, 2.4)},
          20);
    const int changed = form.mindChangedBy ? int(*form.mindChangedBy) : -1;
    l.row({FormCell::labelled(tr("Who changed their mind?"), {}, 1.6),
           drawnCell(tickChoices({tr("Assessor"), tr("Moderator"), tr("Neither")}, changed), 14, 3.4)},
          20);
    l.row({FormCell::labelled(tr("Comments on evidence and explanations:"),
                              senior.isEmpty() ? QString() : tr("SLT: %1").arg(senior), 1.1),
           FormCell::value(form.sltComments, 3.9)},
          55);
    l.row({FormCell::labelled(tr("SLT final decision on target status:"), {}, 1.1),
           FormCell::value(form.sltFinalDecision, 3.9)},
          40);
    const int finalIndex = form.finalStatus ? int(*form.finalStatus) - 1 : -1;
    // The outcome is worked out from the assessor's first judgement and the final status (never
    // typed); a form whose outcome was stored by an older tablet shows the worked-out one.
    const auto outcome = moderationOutcome(form, judgements);
    const int outcomeIndex = outcome ? int(*outcome) : -1;
    l.row({FormCell::labelled(tr("Final Target Status:"), {}, 1.0),
           drawnCell(circledChoices(
                         {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")},
                         finalIndex),
                     16, 1.6),
           FormCell::labelled(tr("Moderation Outcome:"), {}, 1.0),
           drawnCell(circledChoices({tr("Up"), tr("Down"), tr("Same")}, outcomeIndex), 16, 1.4)},
          24);

    // For SLT: how blind the moderation was, and what changed after it.
    const BlindOrder order = blindOrder(form, judgements);
    QStringList forSlt;
    if (!order.sentence.isEmpty())
        forSlt << order.sentence;
    const FormChanges changes = formChanges(m_store, form);
    if (changes.any()) {
        forSlt << tr("What changed since moderation:");
        for (const QString &s : changes.sentences())
            forSlt << QStringLiteral("\u2022 ") + s;
    }
    if (!forSlt.isEmpty()) {
        l.ensureRoom(40);
        l.placed(l.pt(6));
        l.paragraph(tr("For SLT"), l.font(9, true));
        l.paragraph(forSlt.join(QLatin1Char('\n')), l.font(8.5));
    }

    drawEvidence(form, attached, initials);
}

void FormPdf::drawTargetSettingForm(const TargetSettingModerationForm &form)
{
    FormPdfLayout &l = *m_layout;
    const auto pupil = m_store.pupil(form.pupilId);
    const auto schoolClass = pupil ? m_store.schoolClass(pupil->classId) : std::nullopt;
    const auto area = m_store.area(form.areaId);
    const auto previous =
        form.previousTargetId.isEmpty() ? std::nullopt : m_store.target(form.previousTargetId);
    const QString initials = pupil ? pupil->initials : QString();
    const QString areaName = area ? area->name : QString();

    l.startPage();
    l.setFooter(tr("ILPs Target Setting Moderation Form - %1 - %2 - %3")
                    .arg(initials, schoolClass ? schoolClass->name : QString(), areaName));
    l.title(tr("ILPs Target Setting Moderation Form"));

    // --- Target-Setter Section
    l.sectionBar(tr("Target-Setter Section"));
    l.instructions(tr("Class teachers use this side of the form to provide details relating to one target "
                      "for one pupil."));
    l.row({FormCell::labelled(tr("Pupil Initials:"), {}, 1.1), FormCell::value(initials, 1.4),
           FormCell::labelled(tr("Year Group:"), {}, 1.1),
           FormCell::value(pupil ? yearGroupText(*pupil) : QString(), 1.4)},
          18);
    l.row({FormCell::labelled(tr("Class:"), {}, 1.1),
           FormCell::value(schoolClass ? schoolClass->name : QString(), 1.4),
           FormCell::labelled(tr("Specific Needs:"), {}, 1.1),
           FormCell::value(pupil ? pupil->specificNeeds : QString(), 1.4)},
          18);
    l.row({FormCell::labelled(tr("Area of Learning:"), {}, 1.1), FormCell::value(areaName, 3.9)}, 18);
    l.row({FormCell::labelled(tr("Previous ILP target in this area:"), {}, 1.1),
           FormCell::value(previous ? previous->text : tr("No target in this area last term."), 3.9)},
          34);
    l.instructions(tr("Circle a number to indicate your assessment of the previous target:"), false, false);
    criteriaTable(l, form.previousStatus ? int(*form.previousStatus) - 1 : -1);
    l.instructions(tr("Tick a box to indicate next step:"), false, false);
    const int step = form.nextStep ? int(*form.nextStep) : -1;
    l.row({centredCell(tr("Continue"), 1, true, true), centredCell(tr("Amend"), 1, true, true),
           centredCell(tr("Replace"), 1, true, true)});
    QList<FormCell> steps;
    const QStringList stepWords{tr("Target remains relevant for this term"),
                                tr("A different or more suitable level of challenge"),
                                tr("A completely new target needs to be set")};
    for (int i = 0; i < 3; ++i) {
        FormCell c = centredCell(stepWords.at(i), 1);
        c.draw = [ticked = step == i](QPainter &p, const QRectF &r) {
            const double side = r.height() * 0.8;
            FormPdfLayout::tickBox(p, QPointF(r.center().x() - side / 2, r.top() + r.height() * 0.1), side,
                                   ticked);
        };
        c.drawHeight = 14;
        steps << c;
    }
    l.row(steps);
    l.row({FormCell::labelled(tr("Proposed new ILP target in this area:"), {}, 1.1),
           FormCell::value(form.proposedTargetText, 3.9)},
          40);
    if (!form.originalProposedText.isEmpty() && form.originalProposedText != form.proposedTargetText)
        l.row({FormCell::labelled(tr("The target setter's own wording, before the moderator's amendment was "
                                     "accepted:"),
                                  {}, 1.1),
               FormCell::value(form.originalProposedText, 3.9)},
              24);
    l.row({FormCell::labelled(tr("Reasons for proposing this new target:"),
                              tr("Include a summary of current abilities, and an explanation of the action "
                                 "taken."),
                              1.1),
           FormCell::value(form.reasons, 3.9)},
          62);
    QStringList links;
    if (pupil)
        for (const EhcpOutcome &o : pupil->ehcpOutcomes)
            if (form.ehcpOutcomeIds.contains(o.id))
                links << (o.reference.isEmpty() ? o.text : o.reference + QStringLiteral(": ") + o.text);
    QString ehcp;
    if (!links.isEmpty())
        ehcp = tr("Yes: %1").arg(links.join(QLatin1Char('\n')));
    else if (!form.noEhcpLinkReason.isEmpty())
        ehcp = tr("No: %1").arg(form.noEhcpLinkReason);
    l.row({FormCell::labelled(tr("Does this target relate to any EHCP outcomes?"),
                              tr("If so, which ones?\nIf not, why not?"), 1.1),
           FormCell::value(ehcp, 3.9)},
          48);
    l.row({FormCell::labelled(tr("Planned provision:"), tr("How will we teach this pupil?"), 1.1),
           FormCell::value(form.plannedProvision, 3.9)},
          55);
    const QString setter = staffName(form.setterId);
    if (!setter.isEmpty())
        l.paragraph(tr("Target setter: %1").arg(setter), l.font(8, false, true));

    // --- Moderator Section: the other side of the paper.
    l.startPage();
    l.sectionBar(tr("Moderator Section"));
    l.instructions(tr("The target setter should explain their thinking using the reverse side of this form. "
                      "Ask questions afterwards, using APCSS target setting guidance."));
    const QString moderator = staffName(form.moderatorId);
    auto question = [&](const QString &q, const QString &hint, const QString &answer, double height) {
        l.row({FormCell::labelled(q, hint, 1.1), FormCell::value(answer, 3.9)}, height);
    };
    question(tr("Is there a clear link between this ILP target and EHCP outcome/s?:"),
             tr("If not, is there a suitable explanation for why not?"), form.clearEhcpLink, 44);
    question(tr("Are success criteria embedded within the target?"), {}, form.successCriteriaEmbedded, 30);
    question(tr("Is it clear what it will look like for this target to be met?"), {},
             form.clearWhatMetLooksLike, 30);
    question(tr("Does the planned provision look suitable?"), {}, form.provisionSuitable, 30);
    question(tr("Have you got any other suggestions for things to try?"), {}, form.otherSuggestions, 30);
    const int challenge = form.challenge ? int(*form.challenge) : -1;
    l.row(
        {FormCell::labelled(tr("What do you think about the level of challenge presented by this target?"),
                            {}, 1.1),
         drawnCell(circledChoices({tr("Too Easy"), tr("Just Right!"), tr("Too Hard")}, challenge), 18, 3.9)},
        30);
    question(tr("Would you suggest any amendments to this target?"),
             tr("If so, please re-write the target here."), form.suggestedRewrite, 44);
    l.row({FormCell::labelled(tr("Does the target setter accept this amendment?"),
                              moderator.isEmpty() ? QString() : tr("Moderator: %1").arg(moderator), 1.1),
           drawnCell(tickChoices({tr("Yes"), tr("No")},
                                 form.setterAcceptsAmendment ? (*form.setterAcceptsAmendment ? 0 : 1) : -1),
                     14, 3.9)},
          22);

    // --- SLT Section
    l.sectionBar(tr("SLT Section"));
    const QString senior = staffName(form.seniorLeaderId);
    l.row({FormCell::labelled(tr("Has the moderator proposed an amendment?"), {}, 2.6),
           drawnCell(tickChoices({tr("Yes"), tr("No")},
                                 form.amendmentProposed ? (*form.amendmentProposed ? 0 : 1) : -1),
                     14, 2.4)},
          20);
    l.row({FormCell::labelled(tr("Has the target setter accepted this amendment?"), {}, 2.6),
           drawnCell(tickChoices({tr("Yes"), tr("No")},
                                 form.amendmentAccepted ? (*form.amendmentAccepted ? 0 : 1) : -1),
                     14, 2.4)},
          20);
    l.row({FormCell::labelled(tr("Moderation outcome:"),
                              senior.isEmpty() ? QString() : tr("SLT: %1").arg(senior), 1.1),
           FormCell::value(form.moderationOutcome, 3.9)},
          55);
}

bool FormPdf::writeAssessmentForm(const Store &store, const MediaStore *media, const QString &formId,
                                  const QString &path, const Settings &settings, QString *error)
{
    QSaveFile file(path);
    FormPdf pdf(store, media, settings);
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    pdf.begin(&file, tr("ILPs Assessment Moderation Form")) &&
                    pdf.addAssessmentForm(formId) && pdf.finish() && file.flush() && file.commit();
    if (!ok && error)
        *error = !pdf.errorString().isEmpty() ? pdf.errorString() : savedFileProblem(path, file);
    return ok;
}

bool FormPdf::writeTargetSettingForm(const Store &store, const MediaStore *media, const QString &formId,
                                     const QString &path, const Settings &settings, QString *error)
{
    QSaveFile file(path);
    FormPdf pdf(store, media, settings);
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    pdf.begin(&file, tr("ILPs Target Setting Moderation Form")) &&
                    pdf.addTargetSettingForm(formId) && pdf.finish() && file.flush() && file.commit();
    if (!ok && error)
        *error = !pdf.errorString().isEmpty() ? pdf.errorString() : savedFileProblem(path, file);
    return ok;
}

} // namespace Stride
