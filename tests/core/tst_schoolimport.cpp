#include "import/importcells.h"
#include "import/schoolimport.h"
#include "people/staffpin.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <climits>
#include <string>

using namespace Stride;

namespace {

// Catch can't print Qt types, so comparisons go through std::string to get readable failures.
std::string str(const QString &s)
{
    return s.toStdString();
}

QString dataDir()
{
#ifdef STRIDE_TEST_DATA_DIR
    return QStringLiteral(STRIDE_TEST_DATA_DIR "/import");
#else
    // The fixtures live next to this file's directory, wherever the build tree is.
    return QFileInfo(QString::fromUtf8(__FILE__))
        .absoluteDir()
        .absoluteFilePath(QStringLiteral("../data/import"));
#endif
}

QString dataFile(const char *name)
{
    return QDir(dataDir()).absoluteFilePath(QString::fromLatin1(name));
}

QByteArray readData(const char *name)
{
    QFile file(dataFile(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string problemsOf(const ImportReport &report)
{
    std::string out;
    for (const CsvProblem &p : report.problems)
        out += p.toString().toStdString() + "\n";
    return out.empty() ? "(no problems)" : out;
}

const char *const kGoodFiles[] = {"targets.csv", "pupils.csv", "classes.csv", "ehcp_outcomes.csv",
                                  "staff.csv"};

// A store with one school, its default areas of learning and the term the fixtures use.
struct Fixture
{
    QTemporaryDir dir;
    Store store;
    QString schoolId;
    Term term;

    Fixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE(store.open(QDir(dir.path()).filePath(QStringLiteral("t.db"))).ok());
        School school;
        school.id = newId();
        school.name = QStringLiteral("Oakfield School");
        REQUIRE(store.save(school).ok);
        schoolId = school.id;
        for (const AreaOfLearning &area : AreaOfLearning::defaultSet(schoolId))
            REQUIRE(store.save(area).ok);
        term.id = newId();
        term.schoolId = schoolId;
        term.name = QStringLiteral("Autumn 2025");
        term.startsOn = QDate(2025, 9, 3);
        term.halfTermStartsOn = QDate(2025, 10, 27);
        term.halfTermEndsOn = QDate(2025, 10, 31);
        term.endsOn = QDate(2025, 12, 19);
        term.applyStandardCycle();
        const WriteResult saved = store.save(term);
        INFO(str(saved.message));
        REQUIRE(saved.ok);
    }

    qint64 mutationCount() const { return store.mutations(0, INT_MAX).size(); }

    ImportReport importGoodFiles(bool dryRun = false)
    {
        SchoolImporter importer(store, schoolId);
        for (const char *name : kGoodFiles)
            importer.addFile(dataFile(name)); // the kind comes from the name; the order given doesn't matter
        return dryRun ? importer.dryRun() : importer.run();
    }

    // Imports the good files, so a bad file can be tried against a school that has data.
    void importGoodFilesOrFail()
    {
        const ImportReport report = importGoodFiles();
        INFO(problemsOf(report) << str(report.failure));
        REQUIRE(report.ok());
        REQUIRE(report.applied);
    }

    ImportReport importOne(ImportKind kind, const char *name)
    {
        SchoolImporter importer(store, schoolId);
        importer.addFile(kind, dataFile(name));
        return importer.run();
    }

    Pupil pupil(const char *upn) const
    {
        const auto p = store.pupilByUpn(schoolId, QString::fromLatin1(upn));
        REQUIRE(p.has_value());
        return *p;
    }

    QList<Target> targetsOf(const char *upn) const
    {
        const auto plan = store.ilpFor(pupil(upn).id, term.id);
        REQUIRE(plan.has_value());
        return store.targetsOfIlp(plan->id);
    }

    QString areaId(const char *name) const
    {
        for (const AreaOfLearning &a : store.areasOfSchool(schoolId))
            if (a.name == QLatin1String(name))
                return a.id;
        FAIL("no area " << name);
        return {};
    }
};

QString referenceOf(const Pupil &pupil, const QString &outcomeId)
{
    for (const EhcpOutcome &o : pupil.ehcpOutcomes)
        if (o.id == outcomeId)
            return o.reference;
    return {};
}

// A bad file must be rejected with exactly these problems, and leave the store as it was.
void requireRejected(Fixture &f, ImportKind kind, const char *name, const QStringList &expected)
{
    const qint64 before = f.mutationCount();
    const ImportReport report = f.importOne(kind, name);
    INFO(problemsOf(report));
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.applied);
    QStringList found;
    for (const CsvProblem &p : report.problems)
        found << p.toString();
    CHECK(str(found.join(QLatin1Char('\n'))) == str(expected.join(QLatin1Char('\n'))));
    CHECK(f.mutationCount() == before);
    CHECK(str(report.summary()).rfind("Nothing has been imported.", 0) == 0);
}

} // namespace

TEST_CASE("A good set of files imports every record, with references across the files", "[import]")
{
    Fixture f;
    const ImportReport report = f.importGoodFiles();
    INFO(problemsOf(report) << str(report.failure));
    REQUIRE(report.ok());
    REQUIRE(report.applied);
    CHECK_FALSE(report.dryRun);

    // Files are worked through in dependency order, whatever order they were given in.
    REQUIRE(report.files.size() == 5);
    CHECK(report.files.at(0).kind == ImportKind::Classes);
    CHECK(report.files.at(4).kind == ImportKind::Targets);
    CHECK(report.count(RowAction::Add) == 3 + 4 + 3 + 3 + 4);
    CHECK(report.count(RowAction::Change) == 0);
    CHECK(report.file(ImportKind::Targets)->ilpsAdded == 3);

    const auto oak = f.store.classByName(f.schoolId, QStringLiteral("Oak"));
    const auto ash = f.store.classByName(f.schoolId, QStringLiteral("Ash"));
    REQUIRE(oak);
    REQUIRE(ash);
    CHECK(f.store.classesOfSchool(f.schoolId).size() == 3);

    const auto sam = f.store.staffByEmail(f.schoolId, QStringLiteral("SAM.PATEL@example.org"));
    REQUIRE(sam);
    CHECK(str(sam->displayName()) == "Sam Patel");
    CHECK(sam->roles == QList<StaffRole>{StaffRole::TeachingAssistant});
    CHECK(sam->classIds.size() == 2);
    CHECK(sam->classIds.contains(oak->id));
    CHECK(sam->classIds.contains(ash->id));
    CHECK(sam->pinHash.isEmpty()); // no PIN is made up: they ask the office for one
    const auto priya = f.store.staffByEmail(f.schoolId, QStringLiteral("priya.shah@example.org"));
    REQUIRE(priya);
    CHECK(priya->roles == QList<StaffRole>{StaffRole::Teacher, StaffRole::SeniorLeader});
    const auto dee = f.store.staffByEmail(f.schoolId, QStringLiteral("office@example.org"));
    REQUIRE(dee);
    CHECK(dee->classIds.isEmpty());

    const Pupil ava = f.pupil("A123456789012");
    CHECK(ava.classId == oak->id);
    CHECK(ava.yearGroup == 3);
    CHECK(ava.keyStage == 2); // derived from the year group
    CHECK(str(ava.initials) == "AS");
    CHECK(str(ava.specificNeeds) == "ASD, SLD");
    CHECK(ava.pronouns == Pronouns::She);
    CHECK(ava.mediaConsent == MediaConsent::InternalOnly);
    REQUIRE(ava.ehcpOutcomes.size() == 2);
    CHECK(str(ava.ehcpOutcomes.at(0).reference) == "EO1");
    CHECK(str(ava.ehcpOutcomes.at(0).text) ==
          "Ava will communicate her needs and wants using symbols, signs or words.");
    const Pupil ben = f.pupil("B123456789012");
    CHECK(ben.yearGroup == 10);
    CHECK(ben.keyStage == 4);
    CHECK(str(ben.initials) == "BJ");
    const Pupil maryJane = f.pupil("C123456789012");
    CHECK(maryJane.yearGroup == 0); // "R"
    CHECK(maryJane.keyStage == 0);
    CHECK(str(maryJane.initials) == "MJO");
    CHECK(maryJane.mediaConsent == MediaConsent::None);

    const QList<Target> avaTargets = f.targetsOf("A123456789012");
    REQUIRE(avaTargets.size() == 2);
    const Target &request = avaTargets.at(0);
    CHECK(request.areaId == f.areaId("Communication and Interaction"));
    CHECK(str(request.text).rfind("To independently request a drink at least twice a week, by going", 0) ==
          0);
    REQUIRE(request.ehcpOutcomeIds.size() == 1);
    CHECK(str(referenceOf(ava, request.ehcpOutcomeIds.at(0))) == "EO1");
    CHECK(request.aspects == QList<MappAspect>{MappAspect::Independence, MappAspect::Generalisation});
    CHECK(str(request.provision) == "PECS; Intensive Interaction");
    CHECK(request.predictedCompletionOn == QDate(2025, 12, 19));          // written 19/12/2025
    CHECK(avaTargets.at(1).predictedCompletionOn == QDate(2025, 12, 12)); // written 2025-12-12
    CHECK(request.lineage == TargetLineage::New);

    const QList<Target> benTargets = f.targetsOf("B123456789012");
    REQUIRE(benTargets.size() == 1);
    CHECK(benTargets.at(0).areaId == f.areaId("Employment or Participation"));
    CHECK_FALSE(benTargets.at(0).predictedCompletionOn.isValid());
    const QList<Target> mjTargets = f.targetsOf("C123456789012");
    REQUIRE(mjTargets.size() == 1);
    CHECK(mjTargets.at(0).ehcpOutcomeIds.isEmpty());
    CHECK(str(mjTargets.at(0).noEhcpLinkReason) == "Her EHCP is being reviewed this term.");

    CHECK(str(report.summary()) ==
          "The import is finished.\n"
          "classes.csv: 3 added.\n"
          "staff.csv: 4 added.\n"
          "pupils.csv: 3 added.\n"
          "ehcp_outcomes.csv: 3 added.\n"
          "targets.csv: 4 added (with 3 new ILPs).\n"
          "Records that are not in the files are left as they are; nothing is deleted.");
}

TEST_CASE("A dry run of a whole school resolves references between files and writes nothing", "[import]")
{
    Fixture f;
    const qint64 before = f.mutationCount();
    const ImportReport report = f.importGoodFiles(true);
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    CHECK(report.dryRun);
    CHECK_FALSE(report.applied);
    // Pupils join classes, outcomes belong to pupils and targets link to outcomes that only this
    // import adds, and none of it is reported as unknown.
    CHECK(report.count(RowAction::Add) == 17);
    CHECK(f.mutationCount() == before);
    CHECK(f.store.classesOfSchool(f.schoolId).isEmpty());
    CHECK(f.store.pupilsOfSchool(f.schoolId).isEmpty());
    CHECK(str(report.summary()).rfind("Preview: nothing has been changed yet.", 0) == 0);
    CHECK(str(report.summary()).find("targets.csv: 4 to add (with 3 new ILPs).") != std::string::npos);
}

TEST_CASE("Importing the same files again changes nothing and logs nothing", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    const qint64 before = f.mutationCount();
    const QString avaId = f.pupil("A123456789012").id;

    const ImportReport again = f.importGoodFiles();
    INFO(problemsOf(again));
    REQUIRE(again.ok());
    CHECK(again.count(RowAction::Add) == 0);
    CHECK(again.count(RowAction::Change) == 0);
    CHECK(again.count(RowAction::Unchanged) == 17);
    CHECK(f.mutationCount() == before);
    CHECK(f.pupil("A123456789012").id == avaId);
    CHECK(f.store.pupilsOfSchool(f.schoolId).size() == 3);
    CHECK(str(again.summary()) ==
          "The import is finished. The files matched what Stride already held, so nothing "
          "changed.\n"
          "classes.csv: 3 unchanged.\n"
          "staff.csv: 4 unchanged.\n"
          "pupils.csv: 3 unchanged.\n"
          "ehcp_outcomes.csv: 3 unchanged.\n"
          "targets.csv: 4 unchanged.");
}

TEST_CASE("A dry run of a changed file reports the change and leaves the store untouched", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    const Pupil avaBefore = f.pupil("A123456789012");
    const qint64 before = f.mutationCount();

    QByteArray pupils = readData("pupils.csv");
    pupils.replace("A123456789012,Ava,Smith,,Oak,3", "A123456789012,Ava,Smith,,Ash,3");
    {
        SchoolImporter importer(f.store, f.schoolId);
        importer.addData(ImportKind::Pupils, pupils);
        const ImportReport preview = importer.dryRun();
        INFO(problemsOf(preview));
        REQUIRE(preview.ok());
        const FileReport *file = preview.file(ImportKind::Pupils);
        REQUIRE(file);
        REQUIRE(file->rows.size() == 3);
        const RowReport &row = file->rows.at(0);
        CHECK(row.line == 2);
        CHECK(row.action == RowAction::Change);
        REQUIRE(row.changes.size() == 1);
        CHECK(str(row.changes.at(0).field) == "class");
        CHECK(str(row.changes.at(0).before) == "Oak");
        CHECK(str(row.changes.at(0).after) == "Ash");
        CHECK(str(preview.summary()) ==
              "Preview: nothing has been changed yet. Importing these files will make "
              "these changes:\n"
              "pupils.csv: 1 to change (Ava Smith: class Oak -> Ash), 2 unchanged.\n"
              "Records that are not in the files are left as they are; nothing is "
              "deleted.");
        CHECK(f.mutationCount() == before);
        CHECK(f.pupil("A123456789012") == avaBefore);

        // The same importer then imports for real: the pupil keeps their id and outcomes.
        const ImportReport done = importer.run();
        REQUIRE(done.ok());
        CHECK(done.applied);
        CHECK(str(done.summary()).find("pupils.csv: 1 changed (Ava Smith: class Oak -> Ash), 2 unchanged.") !=
              std::string::npos);
    }
    const Pupil avaAfter = f.pupil("A123456789012");
    CHECK(avaAfter.id == avaBefore.id);
    CHECK(avaAfter.classId == f.store.classByName(f.schoolId, QStringLiteral("Ash"))->id);
    CHECK(avaAfter.ehcpOutcomes == avaBefore.ehcpOutcomes);
    CHECK(f.mutationCount() > before);
}

TEST_CASE("Records absent from a file are kept, and staff keep their PIN", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    Staff jo = *f.store.staffByEmail(f.schoolId, QStringLiteral("jo.bloggs@example.org"));
    REQUIRE(StaffPin::set(jo, QStringLiteral("4826")));
    REQUIRE(f.store.save(jo).ok);

    SchoolImporter importer(f.store, f.schoolId);
    importer.addData(ImportKind::Staff, "first_name,surname,email,roles,classes\n"
                                        "Jo,Bloggs-Smith,JO.BLOGGS@example.org,teacher,Oak; Willow\n");
    importer.addData(ImportKind::Pupils, "upn,first_name,surname,class,year_group,specific_needs,pronouns,"
                                         "media_consent\n"
                                         "C123456789012,Mary-Jane,O'Neil,Willow,Year 1,PMLD,they,none\n");
    const ImportReport report = importer.run();
    INFO(problemsOf(report));
    REQUIRE(report.ok());

    const RowReport &staffRow = report.file(ImportKind::Staff)->rows.at(0);
    CHECK(staffRow.action == RowAction::Change);
    REQUIRE(staffRow.changes.size() == 3);
    CHECK(str(staffRow.changes.at(0).field) == "surname");
    CHECK(str(staffRow.changes.at(1).field) == "email");
    CHECK(str(staffRow.changes.at(2).field) == "classes");
    CHECK(str(staffRow.changes.at(2).before) == "Oak");
    CHECK(str(staffRow.changes.at(2).after) == "Oak; Willow");

    const Staff joAfter = *f.store.staffByEmail(f.schoolId, QStringLiteral("jo.bloggs@example.org"));
    CHECK(joAfter.id == jo.id);
    CHECK(str(joAfter.surname) == "Bloggs-Smith");
    CHECK(joAfter.pinHash == jo.pinHash);
    CHECK(StaffPin::matches(joAfter, QStringLiteral("4826")));
    CHECK(f.store.staffOfSchool(f.schoolId).size() == 4);
    CHECK(f.store.pupilsOfSchool(f.schoolId).size() == 3);
    const Pupil maryJane = f.pupil("C123456789012");
    CHECK(maryJane.yearGroup == 1);
    CHECK(maryJane.keyStage == 1);
    // Her optional columns were left out: initials are worked out again, nothing else is lost.
    CHECK(str(maryJane.initials) == "MJO");
    CHECK(f.targetsOf("C123456789012").size() == 1);
}

TEST_CASE("A ragged row is rejected where the reader finds it", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Pupils, "pupils_ragged_row.csv",
        {QStringLiteral("pupils_ragged_row.csv:3:44: Line 3 has 9 columns but the header has 8. Check "
                        "for an extra comma, or a comma inside a value (such as \"Smith, Jo\") that "
                        "isn't in double quotes.")});
}

TEST_CASE("A bad quote is rejected where the reader finds it", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Staff, "staff_bad_quote.csv",
        {QStringLiteral("staff_bad_quote.csv:3:12: Line 3, column 12 (in \"surname\"): there is text "
                        "after the closing double quote of a value. A quoted value must end with a "
                        "quote followed by a comma or the end of the line. If the value itself "
                        "contains a double quote, write it twice (\"\").")});
}

TEST_CASE("A pupil in an unknown class is rejected at the class cell", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Pupils, "pupils_unknown_class.csv",
        {QStringLiteral("pupils_unknown_class.csv:3:25: Line 3, column 25 (in \"class\"): There is no "
                        "class called \"Elm\". Add it to classes.csv, or use one of the school's "
                        "classes: \"Ash\", \"Oak\", \"Willow\".")});
}

TEST_CASE("An unknown role is rejected with the roles Stride accepts", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Staff, "staff_unknown_role.csv",
        {QStringLiteral("staff_unknown_role.csv:3:33: Line 3, column 33 (in \"roles\"): \"helper\" is "
                        "not a role Stride knows. Use ta (Teaching assistant), teacher, slt (Assessment "
                        "lead / SLT) or admin, separated by \";\" when there are several.")});
}

TEST_CASE("A missing required column is one problem on the header line", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Pupils, "pupils_missing_column.csv",
        {QStringLiteral("pupils_missing_column.csv:1: Line 1: the header row has no \"media_consent\" "
                        "column. Add it, with that heading. The columns of pupils.csv are: upn, "
                        "first_name, surname, initials, class, year_group, key_stage, specific_needs, "
                        "pronouns, media_consent. initials and key_stage may be left out.")});
}

TEST_CASE("An unknown column is pointed at, with the expected columns", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Staff, "staff_unknown_column.csv",
        {QStringLiteral("staff_unknown_column.csv:1:20: Line 1, column 20: Stride doesn't know the "
                        "column \"emial\". Check its spelling, or delete the column. The columns of "
                        "staff.csv are: first_name, surname, email, roles, classes.")});
}

TEST_CASE("A UPN twice in one file is rejected at the second", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Pupils, "pupils_duplicate_upn.csv",
        {QStringLiteral("pupils_duplicate_upn.csv:4:1: Line 4, column 1 (in \"upn\"): The UPN "
                        "A123456789012 is already on line 2. List each pupil once, and check that this "
                        "is not a different pupil with a mistyped UPN.")});
}

TEST_CASE("An impossible date is rejected at its cell", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Targets, "targets_invalid_date.csv",
        {QStringLiteral("targets_invalid_date.csv:2:118: Line 2, column 118 (in \"predicted_completion\"): "
                        "\"31/02/2026\" is not a real date. Check the day and the month: Stride reads "
                        "dates day first, so 03/04/2026 is 3 April 2026.")});
}

TEST_CASE("A target for an area the school doesn't have is rejected with the school's areas", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Targets, "targets_unknown_area.csv",
        {QStringLiteral(
            "targets_unknown_area.csv:2:27: Line 2, column 27 (in \"area\"): \"Maths\" is not one of this "
            "school's areas of learning. Use one of: \"Communication and Interaction\", \"Cognition and "
            "Learning\", \"Social, Emotional and Mental Health\", \"Physical and/or Sensory "
            "Development\", \"Employment or Participation\", \"Independent Living\", \"Community "
            "Inclusion\", \"Health\".")});
}

TEST_CASE("A target linked to an EHCP outcome the pupil doesn't have is rejected", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    requireRejected(
        f, ImportKind::Targets, "targets_unknown_outcome.csv",
        {QStringLiteral("targets_unknown_outcome.csv:2:66: Line 2, column 66 (in \"ehcp_outcomes\"): Ava "
                        "Smith has no EHCP outcome \"EO7\". Their outcomes are \"EO1\", \"EO2\". Add it "
                        "to ehcp_outcomes.csv, or check the reference.")});
}

TEST_CASE("One bad file stops the good files of the same import too", "[import]")
{
    Fixture f;
    const qint64 before = f.mutationCount();
    SchoolImporter importer(f.store, f.schoolId);
    importer.addFile(dataFile("classes.csv"));
    importer.addFile(dataFile("staff.csv"));
    importer.addFile(ImportKind::Pupils, dataFile("pupils_unknown_class.csv"));
    const ImportReport report = importer.run();
    INFO(problemsOf(report));
    REQUIRE(report.problems.size() == 1);
    CHECK(str(report.problems.at(0).file) == "pupils_unknown_class.csv");
    CHECK(report.problems.at(0).line == 3);
    CHECK(report.problems.at(0).column == 25);
    CHECK_FALSE(report.applied);
    CHECK(f.mutationCount() == before);
    CHECK(f.store.classesOfSchool(f.schoolId).isEmpty());
    CHECK(f.store.staffOfSchool(f.schoolId).isEmpty());
}

TEST_CASE("Every problem in every file is reported in one pass, without knock-on problems", "[import]")
{
    Fixture f;
    SchoolImporter importer(f.store, f.schoolId);
    importer.addData(ImportKind::Classes, "name\nOak\noak\n");
    importer.addData(ImportKind::Pupils,
                     "upn,first_name,surname,class,year_group,specific_needs,pronouns,media_consent\n"
                     "A123456789012,Ava,Smith,Oak,Year Three,,she,\n"
                     "B12345,Ben,,Oak,4,,him,shareable\n");
    // Ava's row has problems of its own, so her outcome is not reported again as "no such pupil".
    importer.addData(ImportKind::EhcpOutcomes, "upn,reference,outcome\nA123456789012,EO1,To talk.\n");
    const ImportReport report = importer.dryRun();
    QStringList found;
    for (const CsvProblem &p : report.problems)
        found << QStringLiteral("%1:%2:%3").arg(p.file).arg(p.line).arg(p.column);
    INFO(problemsOf(report));
    CHECK(str(found.join(QLatin1Char(' '))) ==
          "classes.csv:3:1 pupils.csv:2:29 pupils.csv:2:45 pupils.csv:3:1 pupils.csv:3:12 pupils.csv:3:20");
    CHECK(str(report.problems.at(2).message).find("Say what media consent") != std::string::npos);
    CHECK(str(report.problems.at(3).message).find("is not a Unique Pupil Number") != std::string::npos);
    CHECK(str(report.problems.at(4).message).find("Surname must not be empty.") != std::string::npos);
    CHECK(str(report.problems.at(5).message).find("\"him\" is not one of the pronouns") != std::string::npos);
}

TEST_CASE("A file with a BOM, CRLF line ends and quoted commas and line breaks imports correctly", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    const QByteArray bytes = readData("targets_bom_crlf.csv");
    // Guard the fixture itself: an editor or git setting that strips these would make the test pointless.
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.contains("\r\n"));
    REQUIRE(bytes.contains("wave,\r\nwhen"));

    const ImportReport report = f.importOne(ImportKind::Targets, "targets_bom_crlf.csv");
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    const FileReport *file = report.file(ImportKind::Targets);
    REQUIRE(file->rows.size() == 2);
    CHECK(file->rows.at(0).action == RowAction::Change);
    CHECK(file->rows.at(1).line == 5); // the first row's quoted line breaks still count as lines
    CHECK(file->rows.at(1).action == RowAction::Change);

    const Pupil ava = f.pupil("A123456789012");
    const Target t = f.targetsOf("A123456789012").at(0);
    CHECK(str(t.text) == "To say \"hello\", then wave,\nwhen a friend arrives in class.");
    CHECK(str(t.provision) == "Social stories,\nPECS");
    REQUIRE(t.ehcpOutcomeIds.size() == 2);
    CHECK(str(referenceOf(ava, t.ehcpOutcomeIds.at(0)) + QLatin1Char(' ') +
              referenceOf(ava, t.ehcpOutcomeIds.at(1))) == "EO1 EO2");
    CHECK(t.aspects == QList<MappAspect>{MappAspect::Independence, MappAspect::Generalisation});
    CHECK(t.predictedCompletionOn == QDate(2025, 12, 18));
    // Term and area names are matched whatever their case.
    const Target mj = f.targetsOf("C123456789012").at(0);
    CHECK(str(mj.noEhcpLinkReason) == "Under review, see EHCP");
    CHECK(mj.predictedCompletionOn == QDate(2025, 12, 19));
    CHECK(f.targetsOf("A123456789012").size() == 2); // the target was updated in place, not added
}

TEST_CASE("A failure while saving rolls back every change of the import", "[import]")
{
    Fixture f;
    const qint64 before = f.mutationCount();
    // Targets are saved last, so by then the classes, staff, pupils and ILPs have all been written:
    // a failing target insert (a full disk, say) must take all of them back out.
    QSqlQuery q(f.store.database());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_target BEFORE INSERT ON target "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")));

    const ImportReport report = f.importGoodFiles();
    CHECK(report.problems.isEmpty());
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.applied);
    INFO(str(report.failure));
    CHECK(str(report.failure).find("simulated disk failure") != std::string::npos);
    CHECK(str(report.failure).find("every change from this import was undone") != std::string::npos);
    CHECK(str(report.summary()).rfind("Nothing has been imported.", 0) == 0);
    CHECK(f.mutationCount() == before);
    CHECK(f.store.classesOfSchool(f.schoolId).isEmpty());
    CHECK(f.store.staffOfSchool(f.schoolId).isEmpty());
    CHECK(f.store.pupilsOfSchool(f.schoolId).isEmpty());

    // Once the cause is gone the same files import whole.
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER fail_target")));
    const ImportReport retry = f.importGoodFiles();
    INFO(problemsOf(retry) << str(retry.failure));
    CHECK(retry.ok());
    CHECK(f.store.pupilsOfSchool(f.schoolId).size() == 3);
}

TEST_CASE("Files are recognised by name, and a second file of a kind is refused", "[import]")
{
    Fixture f;
    CHECK(importKindForFileName(QStringLiteral("/tmp/x/Pupils.CSV")) == ImportKind::Pupils);
    CHECK(importKindForFileName(QStringLiteral("ehcp_outcomes.csv")) == ImportKind::EhcpOutcomes);
    CHECK_FALSE(importKindForFileName(QStringLiteral("pupils (1).csv")).has_value());

    SchoolImporter importer(f.store, f.schoolId);
    importer.addFile(QStringLiteral("/somewhere/notes.csv"));
    importer.addData(ImportKind::Classes, "name\nOak\n");
    importer.addData(ImportKind::Classes, "name\nAsh\n", QStringLiteral("more classes.csv"));
    const ImportReport report = importer.run();
    INFO(problemsOf(report));
    REQUIRE(report.problems.size() == 2);
    CHECK(str(report.problems.at(0).toString()) ==
          "notes.csv: Stride can't tell what this file holds from its name. Rename it to one of classes.csv, "
          "staff.csv, pupils.csv, ehcp_outcomes.csv, targets.csv.");
    CHECK(str(report.problems.at(1).toString()) ==
          "more classes.csv: This is a second file of classes.csv (the first is classes.csv). Put them "
          "together in one file and import that.");
    CHECK(f.store.classesOfSchool(f.schoolId).isEmpty());
}

TEST_CASE("Headings are matched loosely and spreadsheet values are understood", "[import]")
{
    Fixture f;
    SchoolImporter importer(f.store, f.schoolId);
    importer.addData(ImportKind::Classes, "Name\nOak\n");
    importer.addData(
        ImportKind::Pupils,
        "UPN,First Name,Surname,Class,Year Group,Key-Stage,Specific needs,Pronouns,Media consent\n"
        "a123456789012 ,Ava,Smith,oak,Y12,KS5,,She/Her,May be shared with parents\n");
    const ImportReport report = importer.run();
    INFO(problemsOf(report));
    REQUIRE(report.ok());
    const Pupil ava = f.pupil("A123456789012");
    CHECK(ava.yearGroup == 12);
    CHECK(ava.keyStage == 5);
    CHECK(ava.pronouns == Pronouns::She);
    CHECK(ava.mediaConsent == MediaConsent::ShareableWithParents);
    CHECK(ava.classId == f.store.classByName(f.schoolId, QStringLiteral("Oak"))->id);

    QString why;
    CHECK(parseDate(QStringLiteral("03/04/2026"), &why) == QDate(2026, 4, 3));
    CHECK(parseDate(QStringLiteral("3/4/2026"), &why) == QDate(2026, 4, 3));
    CHECK(parseDate(QStringLiteral("2026-04-03"), &why) == QDate(2026, 4, 3));
    CHECK(parseDate(QString(), &why) == QDate());
    CHECK_FALSE(parseDate(QStringLiteral("03/04/26"), &why).has_value());
    CHECK(str(why).find("in full") != std::string::npos);
    CHECK(parseYearGroup(QStringLiteral("Reception")) == 0);
    CHECK(parseYearGroup(QStringLiteral("Year 7")) == 7);
    CHECK_FALSE(parseYearGroup(QStringLiteral("Year Seven")).has_value());
    CHECK(parseKeyStage(QStringLiteral("EYFS")) == 0);
    CHECK(parseKeyStage(QStringLiteral("Key Stage 3")) == 3);
}

TEST_CASE("A Preparing for Adulthood target for a younger pupil is rejected", "[import]")
{
    Fixture f;
    f.importGoodFilesOrFail();
    SchoolImporter importer(f.store, f.schoolId);
    importer.addData(
        ImportKind::Targets,
        "upn,term,area,target,ehcp_outcomes,no_ehcp_link_reason,aspects,provision,predicted_completion\n"
        "A123456789012,Autumn 2025,Independent Living,To pour a drink.,EO1,,,,\n");
    const ImportReport report = importer.run();
    REQUIRE(report.problems.size() == 1);
    CHECK(
        str(report.problems.at(0).toString()) ==
        "targets.csv:2:27: Line 2, column 27 (in \"area\"): \"Independent Living\" targets are for pupils in "
        "key "
        "stage 4 and above, and Ava Smith is in key stage 2. Choose another area, or check the key stage in "
        "pupils.csv.");
}

TEST_CASE("A heading written twice in two spellings is pointed at, after a BOM and a quoted heading",
          "[import]")
{
    Fixture f;
    SchoolImporter importer(f.store, f.schoolId);
    importer.addData(ImportKind::Staff,
                     "\xEF\xBB\xBF\r\n\"first_name\",surname,email,roles,classes,First Name\r\n"
                     "Jo,Bloggs,jo.bloggs@example.org,teacher,,Jo\r\n");
    const ImportReport report = importer.dryRun();
    REQUIRE(report.problems.size() == 1);
    CHECK(str(report.problems.at(0).toString()) == "staff.csv:2:42: Line 2, column 42: \"First Name\" is the "
                                                   "same column as \"first_name\" before it. Keep "
                                                   "one of the two.");
}
