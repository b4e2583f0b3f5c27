// The suggested sample for the moderation meeting (core/moderation/moderationsample.h): a spread of
// areas, statuses and pupils, the thinnest evidence included, the same on every tablet.
#include "testsupport.h"

#include "moderation/moderationsample.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <algorithm>

using namespace Stride;
using namespace Stride::Testing;

namespace {

const QStringList kAreas{QStringLiteral("CI"), QStringLiteral("CL"), QStringLiteral("SEMH"),
                         QStringLiteral("PSD")};

// One pupil's row: per area the evidence count and the standing status (0: not judged).
GridRow row(const QString &pupil, QList<std::pair<int, int>> cells)
{
    GridRow r;
    r.pupil.id = pupil;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        GridCell c;
        c.areaId = kAreas.at(i);
        c.applies = true;
        c.targetId = pupil + QLatin1Char('-') + kAreas.at(i);
        c.evidenceCount = cells.at(i).first;
        if (cells.at(i).second > 0) {
            Judgement j;
            j.status = static_cast<TargetStatus>(cells.at(i).second);
            j.nextStep = cells.at(i).second >= 3 ? NextStep::Replace : NextStep::Continue;
            c.judgement = j;
        }
        r.cells << c;
    }
    return r;
}

AssessmentGrid classGrid()
{
    AssessmentGrid grid;
    for (const QString &id : kAreas) {
        AreaOfLearning a;
        a.id = id;
        a.name = id == QLatin1String("CI") ? QStringLiteral("Communication and Interaction") : id;
        grid.areas << a;
    }
    // All judged 2 or 3 except a 1 and a 4, and one not judged; Cara's CL has the least evidence.
    grid.rows << row(QStringLiteral("ava"), {{9, 3}, {6, 2}, {8, 3}, {7, 2}});
    grid.rows << row(QStringLiteral("ben"), {{5, 2}, {4, 3}, {6, 1}, {0, 0}});
    grid.rows << row(QStringLiteral("cara"), {{8, 4}, {1, 2}, {7, 3}, {6, 3}});
    return grid;
}

QSet<QString> setOf(QList<SampleChoice> choices, auto field)
{
    QSet<QString> set;
    for (const SampleChoice &c : choices)
        set.insert(field(c));
    return set;
}

} // namespace

TEST_CASE("Sample: four targets, every area, the least evidence, a spread of statuses and pupils",
          "[moderation][sample]")
{
    const ModerationSample sample = moderationSample(classGrid(), {}, {});
    REQUIRE(sample.assessment.size() == kModerationSampleSize);
    REQUIRE(kModerationSampleSize == 4);

    // The judged target with the least evidence comes first, and says so. (Ben's PSD has none, but
    // is not judged yet: there is no judgement to moderate.)
    const SampleChoice &first = sample.assessment.first();
    CHECK(first.targetId == QStringLiteral("cara-CL"));
    CHECK(first.evidenceCount == 1);
    REQUIRE_FALSE(first.reasons.isEmpty());
    CHECK(first.reasons.first() == QStringLiteral("the least evidence: 1 item"));

    CHECK(setOf(sample.assessment, [](const SampleChoice &c) { return c.areaId; }).size() == 4);
    // Areas and statuses come before pupils: Ava's targets would bring no status not already in.
    CHECK(setOf(sample.assessment, [](const SampleChoice &c) { return c.pupilId; }).size() == 2);
    QSet<int> statuses;
    for (const SampleChoice &c : sample.assessment) {
        REQUIRE(c.status);
        statuses.insert(int(*c.status));
        CHECK_FALSE(c.alreadyChosen);
        CHECK_FALSE(c.reasons.isEmpty());
    }
    CHECK(statuses.size() == 4); // the 1 and the 4 are both in
    CHECK(std::any_of(sample.assessment.cbegin(), sample.assessment.cend(), [](const SampleChoice &c) {
        return c.reasons.contains(QStringLiteral("Communication and Interaction"));
    }));

    // Target setting: judged targets only, every area again, a new wording (Amend, Replace) preferred.
    REQUIRE(sample.targetSetting.size() == 4);
    CHECK(setOf(sample.targetSetting, [](const SampleChoice &c) { return c.areaId; }).size() == 4);
    int newWording = 0;
    for (const SampleChoice &c : sample.targetSetting) {
        CHECK(c.status);
        newWording += c.nextStep == NextStep::Replace;
    }
    CHECK(newWording >= 2);

    // The same grid gives the same sample: every tablet suggests the same.
    CHECK(moderationSample(classGrid(), {}, {}).assessment == sample.assessment);
    CHECK(moderationSample(classGrid(), {}, {}).targetSetting == sample.targetSetting);
}

TEST_CASE("Sample: targets that have a form already are kept, and the rest chosen around them",
          "[moderation][sample]")
{
    const ModerationSample sample =
        moderationSample(classGrid(), {QStringLiteral("ava-CI"), QStringLiteral("ben-CI")}, {});
    REQUIRE(sample.assessment.size() == 4);
    CHECK(sample.assessment.at(0).targetId == QStringLiteral("ava-CI"));
    CHECK(sample.assessment.at(0).alreadyChosen);
    CHECK(sample.assessment.at(1).targetId == QStringLiteral("ben-CI"));
    CHECK(sample.assessment.at(1).alreadyChosen);
    CHECK(sample.assessment.at(2).targetId == QStringLiteral("cara-CL")); // the least evidence
    // The fourth brings an area not yet in it.
    CHECK((sample.assessment.at(3).areaId == QLatin1String("SEMH") ||
           sample.assessment.at(3).areaId == QLatin1String("PSD")));

    // More chosen by hand than the suggested size: all kept, nothing added.
    QSet<QString> many;
    for (const GridRow &r : classGrid().rows)
        for (const GridCell &c : r.cells)
            many.insert(c.targetId);
    CHECK(moderationSample(classGrid(), many, {}).assessment.size() == 12);
}

TEST_CASE("Sample: a small class gives fewer; targets not judged yet only when there is nothing else",
          "[moderation][sample]")
{
    AssessmentGrid grid = classGrid();
    grid.rows = {row(QStringLiteral("dan"), {{3, 2}, {0, 0}})};
    const ModerationSample sample = moderationSample(grid, {}, {});
    REQUIRE(sample.assessment.size() == 2);
    CHECK(sample.assessment.at(0).targetId == QStringLiteral("dan-CI"));
    CHECK(sample.assessment.at(1).targetId == QStringLiteral("dan-CL"));
    CHECK(sample.assessment.at(1).reasons.contains(QStringLiteral("not judged yet")));
    // A target-setting form needs the judgement's next step.
    REQUIRE(sample.targetSetting.size() == 1);
    CHECK(sample.targetSetting.first().targetId == QStringLiteral("dan-CI"));

    CHECK(moderationSample(AssessmentGrid{}, {}, {}).assessment.isEmpty());
}

TEST_CASE("Sample read from the store: the class's targets in the term, forms already made kept",
          "[moderation][sample]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    t.store.setActingStaffId(m.teacher.id);
    AssessmentModerationForm form;
    form.id = newId();
    form.targetId = m.benTargets.at(2).id;
    form.assessorId = m.teacher.id;
    form.createdAt = QDateTime(QDate(2026, 11, 18), QTime(15, 0));
    REQUIRE(t.store.save(form).ok);

    const ModerationSample sample = moderationSample(t.store, m.oak.id, m.term, QDate(2026, 11, 20));
    REQUIRE(sample.assessment.size() == 4);
    CHECK(sample.assessment.first().targetId == form.targetId);
    CHECK(sample.assessment.first().alreadyChosen);
    CHECK(sample.assessment.first().pupilId == m.ben.id);
    // Nothing is judged in the mini school: no target-setting sample.
    CHECK(sample.targetSetting.isEmpty());
    CHECK(setOf(sample.assessment, [](const SampleChoice &c) { return c.areaId; }).size() == 4);
}

TEST_CASE("Sample: a large class still gets every area and status, and quickly", "[moderation][sample]")
{
    // 14 pupils and 40: the targets alike in area and status are shortlisted before the sets of
    // three are compared.
    for (int pupils : {14, 40}) {
        AssessmentGrid grid = classGrid();
        grid.rows.clear();
        for (int p = 0; p < pupils; ++p) {
            QList<std::pair<int, int>> cells;
            for (int a = 0; a < 4; ++a) // statuses 2 and 3 everywhere, one 1 and one 4 in the class
                cells << std::pair{3 + (p + a) % 5, p == 9 && a == 2    ? 1
                                                    : p == 11 && a == 3 ? 4
                                                                        : 2 + (p + a) % 2};
            grid.rows << row(QStringLiteral("pupil%1").arg(p), cells);
        }
        QElapsedTimer timer;
        timer.start();
        const ModerationSample sample = moderationSample(grid, {}, {});
        INFO(pupils << " pupils: " << timer.elapsed() << " ms");
        REQUIRE(sample.assessment.size() == 4);
        CHECK(setOf(sample.assessment, [](const SampleChoice &c) { return c.areaId; }).size() == 4);
        QSet<int> statuses;
        for (const SampleChoice &c : sample.assessment)
            statuses.insert(int(*c.status));
        CHECK(statuses.size() == 4);
        CHECK(sample.assessment.first().evidenceCount == 3); // the least there is
        CHECK(moderationSample(grid, {}, {}).assessment == sample.assessment);
        CHECK(timer.elapsed() < 5000);

        // A sample far above the usual size is chosen one at a time: still every area and status.
        const ModerationSample large = moderationSample(grid, {}, {}, 30);
        REQUIRE(large.assessment.size() == 30);
        CHECK(setOf(large.assessment, [](const SampleChoice &c) { return c.areaId; }).size() == 4);
        QSet<int> largeStatuses;
        for (const SampleChoice &c : large.assessment)
            largeStatuses.insert(int(*c.status));
        CHECK(largeStatuses.size() == 4);
    }
}
