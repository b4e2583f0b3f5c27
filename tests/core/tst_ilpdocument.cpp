// The pupil's ILP document and the parents' progress report (core/documents/ilpdocument.h,
// parentsreport.h) as PDFs, read back with poppler's pdftotext the way a teacher's copy would be:
// every field of seed 000's "ILP Template" is there with the pupil's values, the status SLT gave on
// the moderation form wins, long targets are printed whole, and what stops a document is named.
//
// Set STRIDE_ILP_PDF_DIR to a folder to keep the PDFs (ilppdf-*.pdf) and look at them.
#include "demo/demoschool.h"
#include "documents/ilpdocument.h"
#include "documents/parentsreport.h"
#include "moderation/formpdflayout.h"
#include "termend/ilpdocumentdata.h"
#include "termend/ilpreadiness.h"
#include "testsupport.h"

#include "core/packtools.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <functional>

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

// Where the PDFs go: a folder kept for looking at, or one removed after the test.
struct PdfFolder
{
    QTemporaryDir temporary;
    QString path(const QString &name) const
    {
        const QString kept = qEnvironmentVariable("STRIDE_ILP_PDF_DIR");
        return (kept.isEmpty() ? temporary.path() : kept) + QStringLiteral("/ilppdf-") + name +
               QStringLiteral(".pdf");
    }
};

// The pages `draw` lays out, on A4 with the forms' margins, as the batch writes them.
void writePdf(const QString &path, const std::function<void(FormPdfLayout &)> &draw)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    writer.setResolution(600);
    FormPdfLayout layout(&writer);
    REQUIRE(layout.isActive());
    draw(layout);
    REQUIRE(layout.finish());
}

// Each page's text as `pdftotext -layout` lays it out: a table's columns side by side on a line.
QStringList layoutPages(const QString &pdf)
{
    const PackTools::Run r =
        PackTools::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList pages = QString::fromUtf8(r.out).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Whether the words of `text` are all in `pdfText`, in order, with no more than a few other words
// between two of them (the other columns' words on the same printed lines): a target wrapped over
// many lines in its cell is found whole, and one cut short is not.
bool containsWhole(const QString &pdfText, const QString &text)
{
    // A line may break after a hyphen ("full-" then "time"): both sides are read as two words there.
    const auto wordsOf = [](QString t) {
        return t.replace(QLatin1Char('-'), QStringLiteral("- "))
            .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    };
    const QStringList pdf = wordsOf(pdfText);
    const QStringList words = wordsOf(text);
    if (words.isEmpty())
        return true;
    constexpr qsizetype kOtherWords = 30;
    for (qsizetype start = 0; start < pdf.size(); ++start) {
        if (pdf.at(start) != words.first())
            continue;
        qsizetype at = start;
        qsizetype found = 1;
        while (found < words.size()) {
            qsizetype next = -1;
            for (qsizetype k = at + 1; k < pdf.size() && k <= at + 1 + kOtherWords; ++k)
                if (pdf.at(k) == words.at(found)) {
                    next = k;
                    break;
                }
            if (next < 0)
                break;
            at = next;
            ++found;
        }
        if (found == words.size())
            return true;
    }
    return false;
}

bool hasLine(const QString &pageText, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(pageText).hasMatch();
}

// The line that starts a target's row: its first words, as the first line of its cell.
qsizetype lineOf(const QStringList &lines, const QString &text, qsizetype from = 0)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 4);
    const QRegularExpression start(QRegularExpression::escape(words.join(QLatin1Char(' ')))
                                       .replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    for (qsizetype i = from; i < lines.size(); ++i)
        if (start.match(lines.at(i)).hasMatch())
            return i;
    return -1;
}

// The status and action printed in the row of the target starting at line `from` (before the next
// row's target at line `to`): the two words side by side in their columns at the row's end.
bool rowSays(const QStringList &lines, qsizetype from, qsizetype to, const QString &status,
             const QString &action)
{
    const QRegularExpression judged(
        QStringLiteral("(^|\\s{2,})%1\\s{2,}%2\\s*$")
            .arg(QRegularExpression::escape(status), QRegularExpression::escape(action)));
    for (qsizetype i = from; i < to && i < lines.size(); ++i)
        if (judged.match(lines.at(i)).hasMatch())
            return true;
    return false;
}

std::optional<Pupil> pupilNamed(const Store &store, const QString &schoolId, const QString &firstName)
{
    for (const Pupil &p : store.pupilsOfSchool(schoolId))
        if (p.firstName == firstName)
            return p;
    return std::nullopt;
}

std::optional<Term> termNamed(const Store &store, const QString &schoolId, const QString &name)
{
    for (const Term &t : store.termsOfSchool(schoolId))
        if (t.name == name)
            return t;
    return std::nullopt;
}

// A hand-built school with a spring term after the mini school's autumn one: Ava's autumn targets
// judged by her class teacher, and her spring ILP with new targets and provision.
struct SpringTerm
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    Term spring;
    Ilp avaSpring;
    QList<Target> springTargets;

    SpringTerm()
    {
        spring.id = newId();
        spring.schoolId = m.school.id;
        spring.name = QStringLiteral("Spring 2027");
        spring.startsOn = QDate(2027, 1, 5);
        spring.halfTermStartsOn = QDate(2027, 2, 15);
        spring.halfTermEndsOn = QDate(2027, 2, 19);
        spring.endsOn = QDate(2027, 3, 26);
        spring.applyStandardCycle();
        mustSave(t.store, spring);
        avaSpring = {newId(), m.ava.id, spring.id, QStringLiteral("Ear defenders in the dining hall.")};
        mustSave(t.store, avaSpring);
        int order = 0;
        for (const AreaOfLearning &area : m.areas) {
            if (!area.appliesTo(m.ava.keyStage))
                continue;
            Target s;
            s.id = newId();
            s.ilpId = avaSpring.id;
            s.areaId = area.id;
            s.text = QStringLiteral("Spring target in %1: to choose between two symbols at snack time")
                         .arg(area.name);
            s.noEhcpLinkReason = QStringLiteral("A step towards her communication outcome");
            s.provision = QStringLiteral("Daily choosing sessions in %1").arg(area.name);
            s.sortOrder = ++order;
            mustSave(t.store, s);
            springTargets << s;
        }
    }

    Judgement judge(const Target &target, JudgementRole role, TargetStatus status,
                    std::optional<NextStep> step, const Staff &by, int minute)
    {
        Judgement j;
        j.id = newId();
        j.targetId = target.id;
        j.role = role;
        j.status = status;
        j.nextStep = step;
        j.judgedBy = by.id;
        j.judgedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0)).addSecs(60 * minute);
        mustSave(t.store, j);
        return j;
    }

    // Every autumn target of Ava judged Met, Continue by her class teacher.
    void judgeAll()
    {
        int minute = 0;
        for (const Target &target : m.avaTargets)
            judge(target, JudgementRole::Assessor, TargetStatus::Met, NextStep::Continue, m.teacher,
                  ++minute);
    }

    IlpDocumentData ava() const { return IlpDocumentData::read(t.store, m.ava.id, spring.id); }
};

} // namespace

TEST_CASE("ILP document: every field of the seed's template, with a demo pupil's values", "[termend][ilppdf]")
{
    TempStore t;
    const DemoSchool::Result r = DemoSchool::load(t.store);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    Store &store = t.store;
    // Jordan: Key Stage 5, they/them, a Preparing for Adulthood target this term. The document
    // is autumn's, reviewing the summer term's targets as judged at its end.
    const auto jordan = pupilNamed(store, r.schoolId, QStringLiteral("Jordan"));
    const auto autumn = termNamed(store, r.schoolId, QStringLiteral("Autumn 2026"));
    const auto summer = termNamed(store, r.schoolId, QStringLiteral("Summer 2026"));
    REQUIRE(jordan);
    REQUIRE(autumn);
    REQUIRE(summer);
    REQUIRE(jordan->pronouns == Pronouns::They);
    const QString className = store.schoolClass(jordan->classId)->name;
    const QList<Target> oldTargets = store.targetsOfIlp(store.ilpFor(jordan->id, summer->id)->id);
    const Ilp newIlp = *store.ilpFor(jordan->id, autumn->id);
    const QList<Target> newTargets = store.targetsOfIlp(newIlp.id);
    REQUIRE(oldTargets.size() == 4);
    REQUIRE(newTargets.size() == 5);

    const IlpDocumentData data = IlpDocumentData::read(store, jordan->id, autumn->id);
    REQUIRE(data.oldTerm);
    CHECK(data.oldTerm->id == summer->id);
    CHECK(data.className == className);

    PdfFolder folder;
    const QString pdf = folder.path(QStringLiteral("ilp"));
    writePdf(pdf, [&](FormPdfLayout &layout) { IlpDocument::draw(layout, data); });
    const QStringList pages = layoutPages(pdf);
    REQUIRE(pages.size() >= 2);
    const QString all = pages.join(QLatin1Char('\n'));
    const QString words = PackTools::pdfWords(pdf);
    CHECK_FALSE(all.contains(QStringLiteral("TEMPLATE"), Qt::CaseInsensitive));
    CHECK_FALSE(all.contains(QLatin1Char('<')));

    // Page 1: the heading line, as the template's "Name: <FIRST NAME> <SURNAME> Class: <CLASS>
    // Date: <NEW TERM>".
    const QString page1 = pages.first();
    CHECK(page1.contains(QStringLiteral("Individual Learning Programme")));
    const QString nameLine = QStringLiteral("Name:\\s+%1\\s+Class:\\s+%2\\s+Date:\\s+Autumn 2026")
                                 .arg(QRegularExpression::escape(jordan->displayName()), className);
    CHECK(hasLine(page1, nameLine));

    // The overview, with Jordan's first name and "they need".
    CHECK(page1.contains(QStringLiteral("Overview")));
    CHECK(words.contains(
        QStringLiteral("This Individual Learning Plan sets out Jordan's current learning priorities "
                       "and the associated support they need to be able to succeed.")));
    CHECK(words.contains(
        QStringLiteral("Medium term targets have been set in each of the four areas of learning from the "
                       "SEND Code of Practice, "
                       "and these are connected to the long term outcomes set out in Jordan's EHCP (formerly "
                       "the Statement of "
                       "SEN). Progress towards these targets is reviewed on a termly basis.")));
    CHECK(words.contains(
        QStringLiteral("Targets have also been set in the Preparing for Adulthood pathways.")));

    // The progress review: last term's targets, each with its status and action in its row.
    CHECK(page1.contains(QStringLiteral("Progress Review")));
    CHECK(page1.contains(QStringLiteral("Summer 2026 ILP Targets")));
    CHECK(hasLine(page1, QStringLiteral("Area of Learning\\s+Targets\\s+Status\\s+Action\\s*$")));
    const QStringList lines = all.split(QLatin1Char('\n'));
    const qsizetype newTableAt = lineOf(lines, QStringLiteral("Autumn 2026 ILP Targets"));
    REQUIRE(newTableAt > 0);
    QList<qsizetype> rowStarts;
    for (const Target &old : oldTargets) {
        INFO("last term's target: " << old.text.toStdString());
        CHECK(containsWhole(all, old.text));
        rowStarts << lineOf(lines, old.text);
        CHECK(rowStarts.last() >= 0);
        CHECK(rowStarts.last() < newTableAt);
    }
    rowStarts << newTableAt;
    for (qsizetype i = 0; i < oldTargets.size(); ++i) {
        // What the demo recorded: the final judgement given at summer's pupil progress meetings.
        std::optional<Judgement> final;
        for (const Judgement &j : store.judgementsOfTarget(oldTargets.at(i).id))
            if (j.role == JudgementRole::Final)
                final = j;
        REQUIRE(final);
        REQUIRE(final->nextStep);
        INFO("row of " << oldTargets.at(i).text.toStdString());
        CHECK(rowSays(lines, rowStarts.at(i), rowStarts.at(i + 1), toLabel(final->status),
                      toLabel(*final->nextStep)));
    }
    // Every area in the school's order, the Preparing for Adulthood pathway Jordan has a target in
    // after the four areas of the SEND Code of Practice.
    CHECK(containsWhole(all, QStringLiteral("Communication and Interaction Cognition and Learning")));
    for (const AreaOfLearning &area : store.areasOfSchool(r.schoolId)) {
        INFO(area.name.toStdString());
        const bool carried = area.kind == AreaKind::SendCodeOfPractice ||
                             std::any_of(newTargets.cbegin(), newTargets.cend(),
                                         [&](const Target &t) { return t.areaId == area.id; });
        if (carried)
            CHECK(containsWhole(all, area.name));
    }
    // The pathways Jordan has no target in are left out.
    CHECK_FALSE(all.contains(QStringLiteral("Independent Living")));
    CHECK_FALSE(all.contains(QStringLiteral("Community Inclusion")));

    // The new term's targets.
    CHECK(hasLine(all, QStringLiteral("Area of Learning\\s+Target\\s*$")));
    for (const Target &target : newTargets) {
        INFO("new target: " << target.text.toStdString());
        CHECK(containsWhole(all, target.text));
        CHECK(lineOf(lines, target.text, newTableAt) > newTableAt);
    }

    // The key, its two tables side by side, each word beside its descriptor as the seed words them.
    CHECK(hasLine(page1, QStringLiteral("^\\s*Key\\s*$")));
    CHECK(hasLine(page1, QStringLiteral("^\\s*Status\\s+Action\\s*$")));
    for (const auto &[word, meaning] : QList<std::pair<QString, QString>>{
             {"Exceeded", "Progress is significantly better than expected with this target."},
             {"Met", "Progress is at the expected rate, and the target is fully achieved."},
             {"Partially Met", "Progress is substantial, but this target is not yet fully met."},
             {"Unmet", "Progress is limited or has not taken place with this target."},
             {"Continue", "Target remains relevant for this term"},
             {"Amend", "Adjust target for more suitable level of challenge"},
             {"Replace", "A completely new target needs to be set"}}) {
        INFO(word.toStdString());
        CHECK(containsWhole(page1, word + QLatin1Char(' ') + meaning));
    }

    // The Provision Map, on a page of its own after page 1.
    qsizetype mapPage = -1;
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages.at(i).contains(QStringLiteral("Provision Map")))
            mapPage = i;
    REQUIRE(mapPage >= 1);
    const QString map = pages.mid(mapPage).join(QLatin1Char('\n'));
    CHECK_FALSE(pages.at(mapPage).contains(QStringLiteral("Individual Learning Programme")));
    CHECK(hasLine(map, nameLine));
    CHECK(map.contains(QStringLiteral("Autumn 2026 Targets and Associated Support")));
    CHECK(hasLine(map, QStringLiteral("Area of Learning\\s+Targets\\s+Interventions and Strategies\\s*$")));
    for (const Target &target : newTargets) {
        INFO("provision of " << target.text.toStdString());
        CHECK(containsWhole(map, target.text));
        CHECK(containsWhole(map, target.provision));
    }
    CHECK(map.contains(QStringLiteral("Additional/General Provision")));
    CHECK(words.contains(
        QStringLiteral("Interventions and Strategies - What other support is important for Jordan?")));
    REQUIRE_FALSE(newIlp.additionalProvision.isEmpty());
    CHECK(containsWhole(map, newIlp.additionalProvision));

    // The progress report is page 1 alone.
    const QString report = folder.path(QStringLiteral("page1"));
    writePdf(report, [&](FormPdfLayout &layout) { IlpDocument::drawProgressReport(layout, data); });
    const QString reportText = layoutPages(report).join(QLatin1Char('\n'));
    CHECK(reportText.contains(QStringLiteral("Summer 2026 ILP Targets")));
    CHECK_FALSE(reportText.contains(QStringLiteral("Provision Map")));
}

TEST_CASE("ILP document: SLT's final status on the moderation form wins over the class teacher's",
          "[termend][ilppdf]")
{
    SpringTerm s;
    s.judgeAll();
    const Target &moderated = s.m.avaTargets.first();
    AssessmentModerationForm form;
    form.id = newId();
    form.targetId = moderated.id;
    form.assessorId = s.m.teacher.id;
    form.moderatorId = s.m.seniorLeader.id;
    form.seniorLeaderId = s.m.seniorLeader.id;
    form.finalStatus = TargetStatus::Exceeded;
    form.moderationOutcome = ModerationOutcome::Up;
    form.createdAt = QDateTime(QDate(2026, 11, 24), QTime(15, 30));
    mustSave(s.t.store, form);

    const IlpDocumentData data = s.ava();
    REQUIRE(data.oldTerm);
    CHECK(data.oldTerm->id == s.m.term.id);
    REQUIRE(data.review.size() == 4);
    CHECK(data.review.first().targetId == moderated.id);
    CHECK(data.review.first().outcome.status() == TargetStatus::Exceeded);
    CHECK(data.review.at(1).outcome.status() == TargetStatus::Met);

    PdfFolder folder;
    const QString pdf = folder.path(QStringLiteral("moderated"));
    writePdf(pdf, [&](FormPdfLayout &layout) { IlpDocument::draw(layout, data); });
    const QString all = layoutPages(pdf).join(QLatin1Char('\n'));
    const QStringList lines = all.split(QLatin1Char('\n'));
    const qsizetype first = lineOf(lines, moderated.text);
    const qsizetype second = lineOf(lines, s.m.avaTargets.at(1).text, first + 1);
    REQUIRE(first >= 0);
    REQUIRE(second > first);
    CHECK(rowSays(lines, first, second, QStringLiteral("Exceeded"), QStringLiteral("Continue")));
    CHECK_FALSE(rowSays(lines, first, second, QStringLiteral("Met"), QStringLiteral("Continue")));
    CHECK(rowSays(lines, second, lines.size(), QStringLiteral("Met"), QStringLiteral("Continue")));
}

TEST_CASE(
    "ILP document: a long target wraps whole in its cell, and a row taller than a page goes on over pages",
    "[termend][ilppdf]")
{
    SpringTerm s;
    s.judgeAll();
    // Numbered words, so that a word lost at a line's or a page's end is missed.
    auto numbered = [](const QString &stem, int characters) {
        QString text;
        for (int i = 1; text.size() < characters; ++i)
            text += QStringLiteral("%1%2 ").arg(stem).arg(i);
        return text.trimmed();
    };
    // The store keeps a target of up to 1,000 characters; the document prints whatever it is given.
    const QString longTarget = numbered(QStringLiteral("step"), 1500);
    REQUIRE(longTarget.size() >= 1490);
    Target longProvision = s.springTargets.at(2);
    longProvision.provision = numbered(QStringLiteral("support"), 3985); // near the most the store keeps
    mustSave(s.t.store, longProvision);
    Ilp ilp = s.avaSpring;
    ilp.additionalProvision = numbered(QStringLiteral("general"), 3985);
    mustSave(s.t.store, ilp);

    PdfFolder folder;
    const QString pdf = folder.path(QStringLiteral("long"));
    IlpDocumentData data = s.ava();
    data.newTargets[1].targetText = longTarget;
    data.review[1].targetText = longTarget;
    writePdf(pdf, [&](FormPdfLayout &layout) { IlpDocument::draw(layout, data); });
    const QStringList pages = layoutPages(pdf);
    const QString all = pages.join(QLatin1Char('\n'));
    CHECK(containsWhole(all, longTarget));
    CHECK(containsWhole(all, longProvision.provision));
    CHECK(containsWhole(all, ilp.additionalProvision));
    // The 1,500 characters three times (last term's, the new term's and the Provision Map's rows),
    // from the first word to the last.
    CHECK(all.count(QRegularExpression(QStringLiteral("\\bstep1\\b"))) == 3);
    const QString last = longTarget.section(QLatin1Char(' '), -1);
    CHECK(all.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(last))) == 3);
    CHECK(pages.size() >= 4); // the 4,000 characters of provision go on over a page
}

TEST_CASE("ILP document: the overview's pronoun and its verb", "[termend][ilppdf]")
{
    IlpDocumentData data;
    data.pupil.firstName = QStringLiteral("Sam");
    for (int i = 0; i < 4; ++i)
        data.newTargets << IlpDocumentData::NewTargetRow{};
    data.pupil.pronouns = Pronouns::He;
    CHECK(IlpDocument::overview(data).contains(
        QStringLiteral("Sam's current learning priorities and the associated "
                       "support he needs to be able to succeed.")));
    data.pupil.pronouns = Pronouns::She;
    CHECK(
        IlpDocument::overview(data).contains(QStringLiteral("the associated support she needs to be able")));
    data.pupil.pronouns = Pronouns::They;
    CHECK(
        IlpDocument::overview(data).contains(QStringLiteral("the associated support they need to be able")));
    CHECK_FALSE(IlpDocument::overview(data).contains(QStringLiteral("they needs")));
    CHECK(IlpDocument::overview(data).contains(QStringLiteral("set out in Sam's EHCP")));
    CHECK(IlpDocument::overview(data).contains(QStringLiteral("each of the four areas of learning")));
    CHECK_FALSE(IlpDocument::overview(data).contains(QStringLiteral("Preparing for Adulthood")));

    // Ava in the hand-built school is "she", in the printed document too.
    SpringTerm s;
    PdfFolder folder;
    const QString pdf = folder.path(QStringLiteral("she"));
    writePdf(pdf, [&](FormPdfLayout &layout) { IlpDocument::draw(layout, s.ava()); });
    CHECK(PackTools::pdfWords(pdf).contains(
        QStringLiteral("sets out Ava's current learning priorities and the associated support she needs to "
                       "be able to succeed.")));
}

TEST_CASE("ILP readiness: what stops a document is named, and why new targets are not final",
          "[termend][ilppdf]")
{
    SpringTerm s;
    IlpReadiness ready = ilpReadiness(s.ava());
    CHECK(ready.canPrint());
    // Nothing of autumn is judged yet.
    CHECK_FALSE(ready.newTargetsFinal);
    REQUIRE(ready.notFinalReasons.size() == 4);
    CHECK(
        ready.notFinalReasons.first() ==
        QStringLiteral("Ava Smith, Communication and Interaction: last term's target has not been judged."));

    s.judgeAll();
    ready = ilpReadiness(s.ava());
    CHECK(ready.newTargetsFinal);
    CHECK(ready.notFinalReasons.isEmpty());

    // A disagreement left open (two judgements of one role, on two tablets, neither crossing out the
    // other), a target judged with no next step, and an area with no new target.
    SpringTerm u;
    const QList<Target> &autumn = u.m.avaTargets;
    u.judge(autumn.at(0), JudgementRole::Assessor, TargetStatus::Met, NextStep::Continue, u.m.teacher, 1);
    u.judge(autumn.at(1), JudgementRole::Assessor, TargetStatus::Met, NextStep::Amend, u.m.teacher, 2);
    u.judge(autumn.at(1), JudgementRole::Assessor, TargetStatus::Unmet, NextStep::Replace, u.m.seniorLeader,
            3);
    u.judge(autumn.at(2), JudgementRole::Assessor, TargetStatus::PartiallyMet, std::nullopt, u.m.teacher, 4);
    u.judge(autumn.at(3), JudgementRole::Assessor, TargetStatus::Exceeded, NextStep::Replace, u.m.teacher, 5);
    IlpDocumentData data = u.ava();
    REQUIRE(data.newTargets.size() == 4);
    data.newTargets[3].targetText.clear();
    ready = ilpReadiness(data);
    CHECK(ready.canPrint());
    CHECK_FALSE(ready.newTargetsFinal);
    INFO(ready.notFinalReasons.join(QLatin1Char('\n')).toStdString());
    CHECK(ready.notFinalReasons ==
          QStringList{
              QStringLiteral("Ava Smith, Cognition and Learning: the judgements of last term's target "
                             "disagree; settle them before the new target is final."),
              QStringLiteral("Ava Smith, Social, Emotional and Mental Health: last term's target has no "
                             "action (Continue, Amend or Replace)."),
              QStringLiteral("Ava Smith, Physical and/or Sensory Development: there was a target last term "
                             "but there is no new target for Spring 2027.")});

    // No class, no pronouns, no new targets: three problems, each naming the pupil and what to fix.
    data.className.clear();
    data.pupil.pronouns = Pronouns::NotRecorded;
    for (IlpDocumentData::NewTargetRow &row : data.newTargets)
        row.targetText.clear();
    ready = ilpReadiness(data);
    CHECK_FALSE(ready.canPrint());
    CHECK(ready.problems ==
          QStringList{
              QStringLiteral("Ava Smith has no class: give them a class on their pupil record."),
              QStringLiteral("Ava Smith's pronouns are not recorded: the ILP's overview needs them. Record "
                             "them on their pupil record."),
              QStringLiteral("Ava Smith has no targets for Spring 2027: set their new targets before "
                             "printing the ILP.")});

    // Ben has no ILP for the spring at all: read from the store, his document cannot go out.
    const IlpDocumentData ben = IlpDocumentData::read(s.t.store, s.m.ben.id, s.spring.id);
    CHECK_FALSE(ben.hasNewIlp);
    CHECK(ben.newTargetCount() == 0);
    CHECK(
        ilpReadiness(ben).problems ==
        QStringList{QStringLiteral("Ben Okafor has no targets for Spring 2027: set their new targets before "
                                   "printing the ILP.")});
}

TEST_CASE("Parents' progress report: the cover letter, page 1 and the reply slip", "[termend][ilppdf]")
{
    SpringTerm s;
    s.judgeAll();
    const IlpDocumentData data = s.ava();
    const QString letter =
        QStringLiteral("2 December 2026\n\nDear parent or carer of Ava,\n\nPlease find enclosed "
                       "Ava's progress report for Autumn 2026 and her new targets for Spring "
                       "2027.\n\nYours sincerely,\n\nSarah Jones");
    PdfFolder folder;
    const QString pdf = folder.path(QStringLiteral("parents"));
    writePdf(pdf, [&](FormPdfLayout &layout) { ParentsReport::draw(layout, data, letter); });
    const QStringList pages = layoutPages(pdf);
    REQUIRE(pages.size() == 3);

    const QString cover = pages.at(0);
    CHECK(hasLine(cover, QStringLiteral("^\\s*Millbrook Park School\\s*$")));
    CHECK(cover.contains(QStringLiteral("Dear parent or carer of Ava,")));
    CHECK(containsWhole(cover, letter));
    CHECK_FALSE(cover.contains(QStringLiteral("Individual Learning Programme")));

    const QString page1 = pages.at(1);
    CHECK(page1.contains(QStringLiteral("Individual Learning Programme")));
    CHECK(hasLine(page1, QStringLiteral("Name:\\s+Ava Smith\\s+Class:\\s+Oak\\s+Date:\\s+Spring 2027")));
    CHECK(page1.contains(QStringLiteral("Autumn 2026 ILP Targets")));
    CHECK(page1.contains(QStringLiteral("Spring 2027 ILP Targets")));
    CHECK_FALSE(pages.join(QLatin1Char('\n')).contains(QStringLiteral("Provision Map")));

    const QString slip = pages.at(2);
    CHECK(slip.contains(QStringLiteral("Reply slip")));
    CHECK(hasLine(slip, QStringLiteral("Name:\\s+Ava Smith\\s+Class:\\s+Oak\\s*$")));
    CHECK(slip.contains(QStringLiteral("I approve the new targets")));
    CHECK(slip.contains(QStringLiteral("I would like to comment on the new targets")));
    CHECK(slip.contains(QStringLiteral("Comments:")));
    CHECK(hasLine(slip, QStringLiteral("^\\s*Signed\\s*$")));
    CHECK(hasLine(slip, QStringLiteral("^\\s*Relationship to Ava\\s*$")));
    CHECK(hasLine(slip, QStringLiteral("^\\s*Date\\s*$")));
    // Autumn's final week starts on Monday 14 December: the slip is back by its Friday.
    CHECK(ParentsReport::replyBy(data) == QDate(2026, 12, 18));
    CHECK(slip.contains(QStringLiteral("Please return this slip to school by Friday 18 December 2026.")));

    // With no cycle dates on the term before, the slip is back when the new term starts.
    IlpDocumentData undated = data;
    undated.oldTerm->finalWeekStartsOn = {};
    CHECK(ParentsReport::replyBy(undated) == QDate(2027, 1, 5));
}
