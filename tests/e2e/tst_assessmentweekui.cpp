// Assessment week on the real window against the real store: a class teacher, signed in during the
// week, starts on her class's grid, opens one target, reads the independence chart, judges it,
// changes her mind, chooses Amend, writes next term's target until the checker has nothing to say,
// and saves. A second tablet, after sync, shows the same history crossed out as on paper, and the
// teacher judges another target there, which the first tablet then receives. Set STRIDE_SCREENSHOTS
// to a folder to keep a picture of each step.

#include "uitablet.h"

#include "appfixture.h"
#include "demopins.h"
#include "review/judgementhistory.h"
#include "review/nexttermtarget.h"
#include "store/store.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <catch2/catch.hpp>

Q_IMPORT_QML_PLUGIN(StridePlugin)

using namespace Stride;
using namespace Stride::E2e;
using Stride::Testing::waitUntil;

namespace {

const QDate kFridayOfAssessmentWeek(2026, 11, 20);

Staff staffNamed(Store &store, const QString &schoolId, const QString &firstName)
{
    for (const Staff &s : store.staffOfSchool(schoolId))
        if (s.firstName == firstName)
            return s;
    return {};
}

// Oak's targets this term with no judgement yet, in the class's order.
QList<Target> unjudgedOakTargets(UiTablet &t)
{
    Store &store = t.app->store();
    const Session &session = t.app->session();
    QList<Target> found;
    const auto oak = store.classByName(session.schoolId(), QStringLiteral("Oak"));
    for (const Pupil &p : store.pupilsInClass(oak->id))
        if (const auto ilp = store.ilpFor(p.id, session.termId()))
            for (const Target &target : store.targetsOfIlp(ilp->id))
                if (store.judgementsOfTarget(target.id).isEmpty())
                    found << target;
    return found;
}

QObject *pageObject(UiTablet &t, const QString &name)
{
    QObject *page = t.window->property("currentPage").value<QObject *>();
    return page ? page->findChild<QObject *>(name) : nullptr;
}

// From the grid to next term's target, on the page, as the teacher would: judge, change her mind
// (the first judgement is kept, crossed out), choose `step`, write the target until the checker is
// satisfied, save. Returns next term's target id.
QString judgeAndSetNextTarget(UiTablet &t, const Target &target, const QString &step)
{
    Store &store = t.app->store();
    REQUIRE(t.onPage(QStringLiteral("assessment")));
    REQUIRE(t.tap(QStringLiteral("cell_") + target.id));
    REQUIRE(t.onPage(QStringLiteral("target-review")));
    t.shot(QStringLiteral("review"));

    // The chart draws one point per item that records a prompt level, and says the trend in words.
    QObject *review = pageObject(t, QStringLiteral("reviewDetail"));
    REQUIRE(review);
    QQuickItem *chart = t.find(QStringLiteral("independenceChart"));
    REQUIRE(chart);
    int prompted = 0;
    for (const EvidenceItem &item : store.evidenceTagsOfTargets({target.id}).value(target.id))
        prompted += item.promptLevel ? 1 : 0;
    CHECK(chart->property("points").toList().size() == prompted);
    CHECK_FALSE(review->property("independenceText").toString().isEmpty());

    // A first judgement: 3 Met, Continue, with what they can do now.
    REQUIRE(t.tap(QStringLiteral("status_3")));
    REQUIRE(t.tap(QStringLiteral("nextStep_continue")));
    REQUIRE(t.type(QStringLiteral("abilitiesField"),
                   QStringLiteral("Asks for a drink with a symbol at snack time.")));
    REQUIRE(t.tap(QStringLiteral("saveJudgementButton")));
    REQUIRE(waitUntil([&] { return store.judgementsOfTarget(target.id).size() == 1; }));
    const Judgement first = store.judgementsOfTarget(target.id).first();
    CHECK(first.status == TargetStatus::Met);
    CHECK(first.nextStep == NextStep::Continue);
    CHECK(first.currentAbilities == QStringLiteral("Asks for a drink with a symbol at snack time."));
    CHECK(first.judgedBy == t.app->session().staffId());

    // A changed mind: 2 Partially Met, and the target needs adjusting.
    REQUIRE(t.tap(QStringLiteral("status_2")));
    REQUIRE(t.tap(QStringLiteral("nextStep_") + step));
    REQUIRE(t.tap(QStringLiteral("saveJudgementButton")));
    REQUIRE(waitUntil([&] { return store.judgementsOfTarget(target.id).size() == 2; }));
    const QList<Judgement> both = store.judgementsOfTarget(target.id);
    CHECK(both.at(1).supersedesId == first.id);
    CHECK(both.at(1).status == TargetStatus::PartiallyMet);
    const QVariantList history = review->property("history").toList();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).toMap().value(QStringLiteral("superseded")).toBool());
    CHECK(history.at(1).toMap().value(QStringLiteral("current")).toBool());
    t.shot(QStringLiteral("changed-mind"));

    // Next term's target, in the editor with the checker.
    REQUIRE(t.tap(QStringLiteral("writeNextTargetButton")));
    REQUIRE(t.onPage(QStringLiteral("target-editor")));
    QObject *editor = pageObject(t, QStringLiteral("targetEditor"));
    REQUIRE(editor);
    REQUIRE(t.type(QStringLiteral("targetTextField"),
                   QStringLiteral("To develop his communication at snack time.")));
    REQUIRE(waitUntil([&] { return !editor->property("findings").toList().isEmpty(); }));
    CHECK(t.find(QStringLiteral("targetChecker")));
    t.shot(QStringLiteral("checker-flags"));
    const QString good =
        QStringLiteral("To ask for a drink at snack time using his PECS book, with no more than a "
                       "gestural prompt, on 4 out of 5 days, 3 weeks in a row.");
    REQUIRE(t.type(QStringLiteral("targetTextField"), good));
    // A replaced target starts with no EHCP link: the checker asks for one, and she links it.
    if (step == QStringLiteral("replace")) {
        const auto pupil = store.pupil(store.ilp(target.ilpId)->pupilId);
        REQUIRE_FALSE(pupil->ehcpOutcomes.isEmpty());
        REQUIRE(t.tap(QStringLiteral("outcome_") + pupil->ehcpOutcomes.first().id));
    }
    REQUIRE(waitUntil([&] { return editor->property("findings").toList().isEmpty(); }));
    t.shot(QStringLiteral("checker-satisfied"));
    REQUIRE(t.tap(QStringLiteral("saveTargetButton")));
    REQUIRE(t.onPage(QStringLiteral("target-review")));

    const QString nextId = nextTermTargetId(target.id, t.app->session().nextTermId());
    const auto saved = store.target(nextId);
    REQUIRE(saved);
    CHECK(saved->text == good);
    CHECK(saved->lineageTargetId == target.id);
    CHECK(saved->lineage ==
          (step == QStringLiteral("amend") ? TargetLineage::Amends : TargetLineage::Replaces));
    return nextId;
}

} // namespace

TEST_CASE("A teacher judges a target and writes next term's on the page; a second tablet follows after sync",
          "[e2e][sqlite][ui][assessment]")
{
    StoreServer server(Backend::Sqlite);
    const QString schoolId = server.loadDemo();
    server.start();

    UiTablet a(QStringLiteral("assessment-a"), kFridayOfAssessmentWeek);
    REQUIRE(a.window);
    REQUIRE(a.enrol(server, schoolId, QStringLiteral("Oak iPad 1")));
    const Staff hannah = staffNamed(a.app->store(), schoolId, QStringLiteral("Hannah"));
    REQUIRE(a.signIn(hannah.id));
    // In assessment week a class teacher's home is her class's grid.
    REQUIRE(a.onPage(QStringLiteral("assessment")));
    a.shot(QStringLiteral("home"));

    const QList<Target> open = unjudgedOakTargets(a);
    REQUIRE(open.size() >= 2);
    const Target &first = open.at(0);
    const QString amended = judgeAndSetNextTarget(a, first, QStringLiteral("amend"));
    REQUIRE(a.allSent());

    // The second tablet: the same teacher, after its first sync.
    UiTablet b(QStringLiteral("assessment-b"), kFridayOfAssessmentWeek);
    REQUIRE(b.window);
    REQUIRE(b.enrol(server, schoolId, QStringLiteral("Oak iPad 2")));
    REQUIRE(b.signIn(hannah.id));
    REQUIRE(b.onPage(QStringLiteral("assessment")));
    REQUIRE(b.app->store().target(amended));
    // The same target on B: two judgements, the first crossed out, the second standing.
    REQUIRE(b.tap(QStringLiteral("cell_") + first.id));
    REQUIRE(b.onPage(QStringLiteral("target-review")));
    QObject *reviewOnB = pageObject(b, QStringLiteral("reviewDetail"));
    REQUIRE(reviewOnB);
    const QVariantList history = reviewOnB->property("history").toList();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).toMap().value(QStringLiteral("superseded")).toBool());
    CHECK(reviewOnB->property("currentStatus").toInt() == 2);
    CHECK(reviewOnB->property("nextTermTargetId").toString() == amended);
    b.shot(QStringLiteral("history-after-sync"));
    REQUIRE(b.tap(QStringLiteral("openNextTargetButton")));
    REQUIRE(b.onPage(QStringLiteral("target-editor")));
    CHECK(pageObject(b, QStringLiteral("targetEditor"))->property("text").toString() ==
          a.app->store().target(amended)->text);
    QVariant back;
    QMetaObject::invokeMethod(b.window, "goBack", Q_RETURN_ARG(QVariant, back));
    REQUIRE(b.onPage(QStringLiteral("target-review")));
    QMetaObject::invokeMethod(b.window, "goBack", Q_RETURN_ARG(QVariant, back));

    // The same on B for another target, which A receives.
    const Target &second = open.at(1);
    const QString replaced = judgeAndSetNextTarget(b, second, QStringLiteral("replace"));
    REQUIRE(b.allSent());
    a.app->connection().syncNow();
    REQUIRE(waitUntil([&] { return a.app->store().target(replaced).has_value(); }, 30000));
    CHECK(a.app->store().judgementsOfTarget(second.id).size() == 2);
    const auto standing =
        judgementHistory(a.app->store().judgementsOfTarget(second.id)).current(JudgementRole::Assessor);
    REQUIRE(standing);
    CHECK(standing->nextStep == NextStep::Replace);
    CHECK(standing->judgedBy == hannah.id);
}
