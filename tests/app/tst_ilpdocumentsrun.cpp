// The ILP documents page's view model (app/termend/ilpdocumentsrun.h): a teacher prints their own
// class on a thread of its own and the page hears its progress and its summary; a teaching
// assistant may not; a cancelled run saves nothing.

#include "appfixture.h"

#include "store/store.h"
#include "termend/ilpdocumentsrun.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    return files;
}

} // namespace

TEST_CASE("ILP documents: a teacher prints their class's documents for this term", "[ilpdocuments]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    QTemporaryDir out;
    IlpDocumentsRun run;
    run.setSession(&t.session());
    run.setFolder(out.path());
    CHECK(run.allowed());
    CHECK_FALSE(run.wholeSchoolAllowed());
    CHECK(run.scope() == QStringLiteral("class"));
    const QString oak = t.store().classByName(t.session().schoolId(), QStringLiteral("Oak"))->id;
    CHECK(run.classId() == oak);
    run.setScope(QStringLiteral("school")); // not for a class teacher
    CHECK(run.scope() == QStringLiteral("class"));
    // Next term's, which the page starts on, then this term's, which every pupil has.
    CHECK(run.termId() == t.session().nextTermId());
    run.setTermId(t.session().termId());

    QSignalSpy progress(&run, &IlpDocumentsRun::progressChanged);
    REQUIRE(run.start());
    CHECK(run.running());
    CHECK_FALSE(run.start()); // one run at a time
    REQUIRE(waitUntil([&] { return !run.running(); }, 120000));
    INFO(run.message().toStdString());
    CHECK(run.finished());
    CHECK(run.succeeded());
    CHECK(run.progress() == 1.0);
    CHECK(progress.count() > 2);
    CHECK(run.savedFolder() == QDir(out.path()).absolutePath());
    const QStringList files = filesUnder(out.path());
    CHECK(files.contains(QStringLiteral("ILPs Autumn 2026 - Oak.pdf")));
    CHECK(files.contains(QStringLiteral("Progress reports Autumn 2026 - Oak.pdf")));
    const int pupils = int(t.store().pupilsInClass(oak).size());
    CHECK(files.size() == 2 + 2 * pupils);
}

TEST_CASE("ILP documents: a cancelled run saves nothing; a teaching assistant may not print",
          "[ilpdocuments]")
{
    DemoTablet t;
    QTemporaryDir out;
    IlpDocumentsRun run;
    run.setFolder(out.path());
    SECTION("cancelled")
    {
        REQUIRE(t.signInAs(QStringLiteral("Claire")));
        run.setSession(&t.session());
        CHECK(run.wholeSchoolAllowed());
        run.setScope(QStringLiteral("school"));
        run.setTermId(t.session().termId());
        REQUIRE(run.start());
        run.cancel();
        REQUIRE(waitUntil([&] { return !run.running(); }, 120000));
        CHECK(run.finished());
        CHECK(run.cancelled());
        CHECK_FALSE(run.succeeded());
        CHECK(run.message().contains(QStringLiteral("nothing was saved")));
        CHECK(filesUnder(out.path()).isEmpty());
    }
    SECTION("a teaching assistant")
    {
        REQUIRE(t.signInAs(QStringLiteral("Priya")));
        run.setSession(&t.session());
        CHECK_FALSE(run.allowed());
        CHECK_FALSE(run.start());
        CHECK(run.message().contains(QStringLiteral("Only teachers")));
        CHECK(filesUnder(out.path()).isEmpty());
    }
}
