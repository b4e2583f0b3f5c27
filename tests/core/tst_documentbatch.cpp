// The term's documents for many pupils at once (core/documents/documentbatch.h): one PDF per
// pupil and one combined PDF of each kind, read back with poppler's pdfinfo and pdftotext; pupils
// who cannot be printed named with what to fix while the rest are printed; a cancelled run, a full
// disk and a folder that cannot be written to leave no files.
#include "documents/documentbatch.h"
#include "people/changeproof.h"
#include "people/signin.h"
#include "testsupport.h"

#include "core/packtools.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Stride;

namespace {

template <typename T> void mustSave(Store &store, const T &value)
{
    const WriteResult r = store.save(value);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

int pdfPages(const QString &path)
{
    const PackTools::Run r = PackTools::run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Every file under `dir`, hidden ones included, relative to it.
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

// Oak with last term (Autumn 2026) judged and next term (Spring 2027) set for Ava and Ben, and a few
// pupils each with one thing wrong.
struct TermEnd
{
    Testing::TempStore db;
    Testing::MiniSchool m;
    QTemporaryDir out;
    Term spring;
    int m_added = 0;

    TermEnd()
    {
        m = Testing::makeMiniSchool(db.store);
        REQUIRE(out.isValid());
        spring.id = newId();
        spring.schoolId = m.school.id;
        spring.name = QStringLiteral("Spring 2027");
        spring.startsOn = QDate(2027, 1, 5);
        spring.halfTermStartsOn = QDate(2027, 2, 15);
        spring.halfTermEndsOn = QDate(2027, 2, 19);
        spring.endsOn = QDate(2027, 3, 26);
        spring.applyStandardCycle();
        mustSave(db.store, spring);
        judge(m.avaTargets);
        judge(m.benTargets);
        newTargets(m.ava);
        newTargets(m.ben);
    }

    void judge(const QList<Target> &targets)
    {
        for (const Target &t : targets) {
            Judgement j;
            j.id = newId();
            j.targetId = t.id;
            j.role = JudgementRole::Assessor;
            j.status = TargetStatus::Met;
            j.nextStep = NextStep::Replace;
            j.judgedBy = m.teacher.id;
            j.judgedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0));
            mustSave(db.store, j);
        }
    }

    void newTargets(const Pupil &pupil)
    {
        const Ilp ilp{newId(), pupil.id, spring.id, QStringLiteral("A quiet space at lunchtime.")};
        mustSave(db.store, ilp);
        int order = 0;
        for (const AreaOfLearning &area : m.areas) {
            if (!area.appliesTo(pupil.keyStage))
                continue;
            Target t;
            t.id = newId();
            t.ilpId = ilp.id;
            t.areaId = area.id;
            t.text = QStringLiteral("%1 will choose between two activities using symbols (%2)")
                         .arg(pupil.firstName, area.name);
            t.ehcpOutcomeIds << pupil.ehcpOutcomes.first().id;
            t.provision = QStringLiteral("Choice boards at every session");
            t.sortOrder = ++order;
            mustSave(db.store, t);
        }
    }

    Pupil addPupil(const QString &first, const QString &last, Pronouns pronouns)
    {
        Pupil p = m.ava;
        p.id = newId();
        p.firstName = first;
        p.surname = last;
        p.initials.clear();
        p.upn = QStringLiteral("C%1").arg(100000000000LL + ++m_added);
        p.pronouns = pronouns;
        for (EhcpOutcome &o : p.ehcpOutcomes) {
            o.id = newId();
            o.pupilId = p.id;
        }
        mustSave(db.store, p);
        return p;
    }

    DocumentBatch::Result run(const QString &classId, const QString &pupilId = {},
                              const std::atomic<bool> *cancel = nullptr,
                              const DocumentBatch::ProgressCallback &progress = {}, QString folder = {})
    {
        DocumentBatch::Request request;
        request.newTermId = spring.id;
        request.classId = classId;
        request.pupilId = pupilId;
        request.outputFolder = folder.isEmpty() ? out.path() : folder;
        request.printedOn = QDate(2026, 12, 7);
        return DocumentBatch::run(db.store, nullptr, request, progress, cancel);
    }
};

} // namespace

TEST_CASE("Document batch: a class's ILPs and progress reports, one PDF each and one combined of each",
          "[documentbatch]")
{
    TermEnd t;
    QStringList progress;
    const DocumentBatch::Result r = t.run(t.m.oak.id, {}, nullptr, [&](const DocumentBatch::Progress &p) {
        progress << QStringLiteral("%1/%2 %3").arg(p.done).arg(p.total).arg(p.pupilName);
    });
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(r.total == 2);
    CHECK(r.printed == 2);
    CHECK(r.notPrinted.isEmpty());
    CHECK(r.notFinal.isEmpty());
    // Class, then surname: Okafor before Smith.
    CHECK(progress == QStringList{QStringLiteral("0/2 Ben Okafor"), QStringLiteral("1/2 Ava Smith"),
                                  QStringLiteral("2/2 ")});
    const QStringList expected{
        QStringLiteral("ILPs Spring 2027 - Oak.pdf"),
        QStringLiteral("Oak"),
        QStringLiteral("Oak/Okafor Ben - ILP Spring 2027.pdf"),
        QStringLiteral("Oak/Okafor Ben - Progress report Spring 2027.pdf"),
        QStringLiteral("Oak/Smith Ava - ILP Spring 2027.pdf"),
        QStringLiteral("Oak/Smith Ava - Progress report Spring 2027.pdf"),
        QStringLiteral("Progress reports Spring 2027 - Oak.pdf"),
    };
    CHECK(filesUnder(t.out.path()) == expected);
    CHECK(r.files.size() == 6);
    CHECK(r.message.contains(QStringLiteral("2 of 2 pupils")));

    const QDir dir(t.out.path());
    int reportPages = 0;
    for (const Pupil &p : {t.m.ava, t.m.ben}) {
        const QString ilp =
            dir.filePath(QStringLiteral("Oak/%1 %2 - ILP Spring 2027.pdf").arg(p.surname, p.firstName));
        const QString report = dir.filePath(
            QStringLiteral("Oak/%1 %2 - Progress report Spring 2027.pdf").arg(p.surname, p.firstName));
        CHECK(pdfPages(ilp) == 2);
        const int pages = pdfPages(report);
        CHECK(pages >= 2);
        reportPages += pages;
        const QString ilpWords = PackTools::pdfWords(ilp);
        CHECK(ilpWords.contains(p.displayName()));
        CHECK(ilpWords.contains(QStringLiteral("Provision Map")));
        CHECK(ilpWords.contains(QStringLiteral("%1 will choose between two activities").arg(p.firstName)));
        CHECK(PackTools::pdfWords(report).contains(p.firstName));
    }
    const QString allIlps = dir.filePath(QStringLiteral("ILPs Spring 2027 - Oak.pdf"));
    CHECK(pdfPages(allIlps) == 4);
    CHECK(pdfPages(dir.filePath(QStringLiteral("Progress reports Spring 2027 - Oak.pdf"))) == reportPages);
    const QString words = PackTools::pdfWords(allIlps);
    CHECK(words.contains(QStringLiteral("Ava Smith")));
    CHECK(words.contains(QStringLiteral("Ben Okafor")));
    CHECK(words.indexOf(QStringLiteral("Ben Okafor")) < words.indexOf(QStringLiteral("Ava Smith")));

    SECTION("a second run replaces the first run's files")
    {
        const DocumentBatch::Result again = t.run(t.m.oak.id);
        REQUIRE(again.ok);
        CHECK(filesUnder(t.out.path()) == expected);
    }
    SECTION("one pupil: their two PDFs, no combined ones")
    {
        QTemporaryDir one;
        const DocumentBatch::Result single = t.run({}, t.m.ava.id, nullptr, {}, one.path());
        REQUIRE(single.ok);
        CHECK(filesUnder(one.path()) ==
              QStringList{QStringLiteral("Oak"), QStringLiteral("Oak/Smith Ava - ILP Spring 2027.pdf"),
                          QStringLiteral("Oak/Smith Ava - Progress report Spring 2027.pdf")});
    }
}

TEST_CASE("Document batch: pupils who cannot be printed are named with what to fix; the rest are printed",
          "[documentbatch]")
{
    TermEnd t;
    const Pupil cara = t.addPupil(QStringLiteral("Cara"), QStringLiteral("Brown"), Pronouns::NotRecorded);
    t.newTargets(cara);
    const Pupil dev = t.addPupil(QStringLiteral("Dev"), QStringLiteral("Shah"), Pronouns::He);
    // no targets for Spring 2027
    const Pupil finn = t.addPupil(QStringLiteral("Finn"), QStringLiteral("Taylor"), Pronouns::He);
    t.newTargets(finn);
    // Finn had a target last term that nobody judged: printed, but named as not final.
    const Ilp finnAutumn{newId(), finn.id, t.m.term.id, QString()};
    mustSave(t.db.store, finnAutumn);
    Target old;
    old.id = newId();
    old.ilpId = finnAutumn.id;
    old.areaId = t.m.areas.first().id;
    old.text = QStringLiteral("Finn will wait for his turn in a game of two");
    old.ehcpOutcomeIds << finn.ehcpOutcomes.first().id;
    mustSave(t.db.store, old);
    // Gus's class has gone from this device (a record synced before its class): he has no class.
    const Pupil gus = t.addPupil(QStringLiteral("Gus"), QStringLiteral("Evans"), Pronouns::He);
    t.newTargets(gus);
    QSqlQuery q(t.db.store.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE pupil SET class_id = 'a-class-not-here' WHERE id = '%1'").arg(gus.id)));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    const DocumentBatch::Result r = t.run({}); // the whole school
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(r.total == 6);
    CHECK(r.printed == 3); // Ava, Ben, Finn
    QStringList notPrinted;
    for (const DocumentBatch::NamedPupil &n : r.notPrinted) {
        notPrinted << n.name;
        REQUIRE_FALSE(n.reasons.isEmpty());
        for (const QString &reason : n.reasons)
            CHECK(reason.contains(n.name));
    }
    notPrinted.sort();
    CHECK(notPrinted ==
          QStringList{QStringLiteral("Cara Brown"), QStringLiteral("Dev Shah"), QStringLiteral("Gus Evans")});
    auto reasonsOf = [&](const QString &name) {
        for (const DocumentBatch::NamedPupil &n : r.notPrinted)
            if (n.name == name)
                return n.reasons.join(QLatin1Char(' '));
        return QString();
    };
    CHECK(reasonsOf(QStringLiteral("Cara Brown")).contains(QStringLiteral("pronouns")));
    CHECK(reasonsOf(QStringLiteral("Dev Shah")).contains(QStringLiteral("no targets for Spring 2027")));
    CHECK(reasonsOf(QStringLiteral("Gus Evans")).contains(QStringLiteral("no class")));
    REQUIRE(r.notFinal.size() == 1);
    CHECK(r.notFinal.first().name == QStringLiteral("Finn Taylor"));
    CHECK(r.message.contains(QStringLiteral("3 pupils were not printed")));
    CHECK(r.message.contains(QStringLiteral("not final")));

    const QDir dir(t.out.path());
    CHECK(dir.exists(QStringLiteral("Oak/Taylor Finn - ILP Spring 2027.pdf")));
    CHECK_FALSE(dir.exists(QStringLiteral("Oak/Brown Cara - ILP Spring 2027.pdf")));
    CHECK_FALSE(dir.exists(QStringLiteral("Oak/Shah Dev - ILP Spring 2027.pdf")));
    const QString all = dir.filePath(QStringLiteral("ILPs Spring 2027 - Whole school.pdf"));
    CHECK(pdfPages(all) == 6);
    const QString words = PackTools::pdfWords(all);
    CHECK(words.contains(QStringLiteral("Finn Taylor")));
    CHECK_FALSE(words.contains(QStringLiteral("Cara Brown")));
    CHECK_FALSE(words.contains(QStringLiteral("Gus Evans")));

    SECTION("nobody printable: nothing saved, every pupil named")
    {
        QTemporaryDir none;
        const DocumentBatch::Result only = t.run({}, dev.id, nullptr, {}, none.path());
        CHECK_FALSE(only.ok);
        CHECK(only.printed == 0);
        REQUIRE(only.notPrinted.size() == 1);
        CHECK(filesUnder(none.path()).isEmpty());
    }
}

TEST_CASE("Document batch: a cancelled run leaves no files and says how far it got", "[documentbatch]")
{
    TermEnd t;
    std::atomic<bool> cancel{false};
    const DocumentBatch::Result r = t.run(t.m.oak.id, {}, &cancel, [&](const DocumentBatch::Progress &p) {
        if (p.done == 1)
            cancel = true; // after the first pupil was drawn
    });
    CHECK_FALSE(r.ok);
    CHECK(r.cancelled);
    CHECK(r.printed == 0);
    CHECK(r.message.contains(QStringLiteral("cancelled after 1 of 2 pupils")));
    CHECK(r.message.contains(QStringLiteral("nothing was saved")));
    CHECK(filesUnder(t.out.path()).isEmpty());
}

TEST_CASE("Document batch: a folder that cannot be written to, or a full disk, leaves no files",
          "[documentbatch]")
{
    TermEnd t;
    SECTION("a file where the folder should be")
    {
        QFile blocker(QDir(t.out.path()).filePath(QStringLiteral("Stride documents")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const DocumentBatch::Result r = t.run(t.m.oak.id, {}, nullptr, {}, blocker.fileName());
        CHECK_FALSE(r.ok);
        CHECK(r.message.contains(QStringLiteral("could not be made")));
        CHECK(filesUnder(t.out.path()) == QStringList{QStringLiteral("Stride documents")});
    }
    SECTION("a folder Stride may not write in")
    {
        if (geteuid() == 0)
            SUCCEED("running as root, whom folder permissions do not stop");
        else {
            QDir(t.out.path()).mkdir(QStringLiteral("locked"));
            const QString locked = QDir(t.out.path()).filePath(QStringLiteral("locked"));
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            const DocumentBatch::Result r = t.run(t.m.oak.id, {}, nullptr, {}, locked);
            QFile::setPermissions(locked,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            CHECK_FALSE(r.ok);
            CHECK(r.message.contains(QStringLiteral("may not save files")));
            CHECK(filesUnder(locked).isEmpty());
        }
    }
    SECTION("the disk fills part-way")
    {
        // The size of the class's combined ILPs when the disk has room, then a run on a "disk" that
        // takes only half of that in any one file: writes past it fail with EFBIG, as on a full disk.
        QTemporaryDir roomy;
        REQUIRE(t.run(t.m.oak.id, {}, nullptr, {}, roomy.path()).ok);
        const qint64 combined =
            QFileInfo(QDir(roomy.path()).filePath(QStringLiteral("ILPs Spring 2027 - Oak.pdf"))).size();
        REQUIRE(combined > 0);
        struct rlimit before;
        REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = before;
        limited.rlim_cur = rlim_t(combined / 2);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
        const DocumentBatch::Result r = t.run(t.m.oak.id);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &before) == 0);
        std::signal(SIGXFSZ, oldHandler);
        INFO(r.message.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.printed == 0);
        CHECK(r.message.contains(QStringLiteral("nothing was saved")));
        CHECK(filesUnder(t.out.path()).isEmpty());
    }
}

TEST_CASE("Document batch: file names any computer takes", "[documentbatch]")
{
    CHECK(DocumentBatch::safeFileName(QStringLiteral("Physical and/or Sensory: \"Oak\"?")) ==
          QStringLiteral("Physical and-or Sensory- -Oak--"));
    CHECK(DocumentBatch::safeFileName(QStringLiteral("Class 3.")) == QStringLiteral("Class 3"));
    CHECK(DocumentBatch::safeFileName(QStringLiteral("con")) == QStringLiteral("_con"));
    CHECK(DocumentBatch::safeFileName(QStringLiteral("NUL.pdf")) == QStringLiteral("_NUL.pdf"));
    CHECK(DocumentBatch::safeFileName(QStringLiteral("")) == QStringLiteral("_"));
    CHECK(DocumentBatch::ilpFileName(QStringLiteral("O'Neill"), QStringLiteral("Zoë"),
                                     QStringLiteral("Spring 2027")) ==
          QStringLiteral("O'Neill Zoë - ILP Spring 2027.pdf"));
}

TEST_CASE("stride-cli ilp-documents prints a class's documents, or says why not", "[documentbatch][cli]")
{
    TermEnd t;
    // Sarah (Oak's teacher), Helen (SLT) and Priya (a TA) have signed in on this device before.
    const QString pin = QStringLiteral("2468");
    for (const Staff &s : {t.m.teacher, t.m.seniorLeader, t.m.assistant})
        REQUIRE(SignIn(t.db.store).keepCredential(s.id, pin, QByteArray(ChangeProof::kSecretBytes, '\x3c')));
    t.db.store.close();
    const QString cli = QStringLiteral(STRIDE_CLI_EXE);
    auto run = [&](const Staff &who, const QStringList &more) {
        return PackTools::run(cli, QStringList{QStringLiteral("ilp-documents"), QStringLiteral("--database"),
                                               t.db.path(), QStringLiteral("--term"),
                                               QStringLiteral("spring 2027"), QStringLiteral("--out"),
                                               t.out.path(), QStringLiteral("--staff"), who.displayName(),
                                               QStringLiteral("--pin"), pin} +
                                       more);
    };

    SECTION("the class teacher, their own class by default")
    {
        const PackTools::Run r = run(t.m.teacher, {});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0) == QStringLiteral("1 of 2: Ben Okafor"));
        CHECK(lines.at(1) == QStringLiteral("2 of 2: Ava Smith"));
        CHECK(lines.at(2).startsWith(
            QStringLiteral("Saved the Spring 2027 ILPs and progress reports of 2 of 2 pupils in Oak")));
        CHECK(QFileInfo::exists(
            QDir(t.out.path()).filePath(QStringLiteral("Oak/Smith Ava - ILP Spring 2027.pdf"))));
    }
    SECTION("one pupil by UPN, for a senior leader")
    {
        const PackTools::Run r = run(t.m.seniorLeader, {QStringLiteral("--pupil"), t.m.ava.upn});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(filesUnder(t.out.path()) ==
              QStringList{QStringLiteral("Oak"), QStringLiteral("Oak/Smith Ava - ILP Spring 2027.pdf"),
                          QStringLiteral("Oak/Smith Ava - Progress report Spring 2027.pdf")});
    }
    SECTION("a teaching assistant is refused, and nothing is written")
    {
        const PackTools::Run r = run(t.m.assistant, {});
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(
            QStringLiteral("Only teachers, senior leaders and the office")));
        CHECK(filesUnder(t.out.path()).isEmpty());
    }
    SECTION("an unknown term is wrong use")
    {
        const PackTools::Run r =
            PackTools::run(cli, {QStringLiteral("ilp-documents"), QStringLiteral("--database"), t.db.path(),
                                 QStringLiteral("--term"), QStringLiteral("Summer 2099"),
                                 QStringLiteral("--out"), t.out.path(), QStringLiteral("--staff"),
                                 t.m.teacher.displayName(), QStringLiteral("--pin"), pin});
        CHECK(r.exitCode == 2);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("There is no term \"Summer 2099\"")));
    }
}
