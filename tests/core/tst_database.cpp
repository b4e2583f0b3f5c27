// Opening the device's database: damaged files moved aside, newer files left alone, old files migrated.
#include "testsupport.h"

#include "demo/demoschool.h"
#include "review/evidencesufficiency.h"
#include "store/encryptedvfs.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Every row of every table, as text, keyed by table then primary key: a fingerprint of the data.
QMap<QString, QMap<QString, QVariantMap>> snapshot(QSqlDatabase &db, const QStringList &tables)
{
    QMap<QString, QMap<QString, QVariantMap>> all;
    for (const QString &table : tables) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT rowid AS stride_rowid, * FROM %1").arg(table)));
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord rec = q.record();
            for (int i = 1; i < rec.count(); ++i)
                row.insert(rec.fieldName(i), q.value(i));
            all[table].insert(q.value(0).toString(), row);
        }
    }
    return all;
}

QStringList userTables(QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

} // namespace

TEST_CASE("A file that is not a database is moved aside, never deleted", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    const QByteArray junk =
        QByteArrayLiteral("These are not the droids you are looking for.\n").repeated(200);
    writeFile(path, junk);

    Store store;
    const OpenResult r = store.open(path);
    CHECK(r.status == OpenResult::Status::Damaged);
    CHECK_FALSE(store.isOpen());
    CHECK(r.message.contains(QStringLiteral("damaged")));
    CHECK(r.message.contains(QStringLiteral("not deleted")));
    REQUIRE_FALSE(r.movedAsidePath.isEmpty());
    CHECK_FALSE(QFile::exists(path));
    QFile moved(r.movedAsidePath);
    REQUIRE(moved.open(QIODevice::ReadOnly));
    CHECK(moved.readAll() == junk);

    // The fresh start the app offers: the same path now opens as a new, empty store.
    const OpenResult fresh = store.open(path);
    CHECK(fresh.status == OpenResult::Status::Created);
    CHECK(store.schools().isEmpty());
}

TEST_CASE("A database with damaged pages is moved aside with its write-ahead log", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    {
        Store store;
        REQUIRE(store.open(path).ok());
        REQUIRE(DemoSchool::load(store).ok);
        QSqlQuery q(store.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 64 * 1024);
    // Scribble over the b-tree pages in the middle, as a failing flash chip or a bad copy might.
    for (qint64 offset = 8192; offset < size - 4096; offset += 4096 * 3) {
        f.seek(offset);
        f.write(QByteArray(512, '\xA5'));
    }
    f.close();
    const QByteArray damagedHash = fileHash(path);

    Store store;
    const OpenResult r = store.open(path);
    INFO(r.detail.toStdString());
    CHECK(r.status == OpenResult::Status::Damaged);
    REQUIRE_FALSE(r.movedAsidePath.isEmpty());
    CHECK(fileHash(r.movedAsidePath) == damagedHash);
}

TEST_CASE("A database from a newer Stride is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    {
        Store store;
        REQUIRE(store.open(path).ok());
        makeMiniSchool(store);
        QSqlQuery q(store.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    Store store;
    const OpenResult r = store.open(path);
    CHECK(r.status == OpenResult::Status::TooNew);
    CHECK(r.message.contains(QStringLiteral("newer version of Stride")));
    CHECK_FALSE(store.isOpen());
    CHECK(fileHash(path) == before);
    CHECK(QFile::exists(path));
}

TEST_CASE("A database made by the first schema version migrates with every row intact",
          "[database][migration]")
{
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(QStringLiteral("demo.db"));
    const QString v1Path = dir.filePath(QStringLiteral("v1.db"));
    {
        // Plain, so that the version-1 file can attach it; the version-1 file is then encrypted
        // as well as migrated when the store opens it.
        Store demo;
        REQUIRE(demo.open(demoPath, Store::AtRest::Plain).ok());
        REQUIRE(DemoSchool::load(demo).ok);
    }

    // Make a version-1 database with the version-1 statements only, then fill every table from
    // the demo school through the columns version 1 has.
    QMap<QString, QMap<QString, QVariantMap>> before;
    QStringList v1Tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-maker"));
        db.setDatabaseName(v1Path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(Migrations::migrate(db, 1, &error));
        CHECK(Migrations::currentVersion(db) == 1);
        v1Tables = userTables(db);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS demo").arg(demoPath)));
        for (const QString &table : v1Tables) {
            QStringList columns;
            const QSqlRecord rec = db.record(table);
            for (int i = 0; i < rec.count(); ++i)
                columns << rec.fieldName(i);
            const QString list = columns.join(QStringLiteral(", "));
            INFO(table.toStdString());
            REQUIRE(
                q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM demo.%1").arg(table, list)));
        }
        REQUIRE(q.exec(QStringLiteral("DETACH DATABASE demo")));
        before = snapshot(db, v1Tables);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-maker"));
    CHECK(before.value(QStringLiteral("evidence_item")).size() > 80);
    CHECK(before.value(QStringLiteral("target")).size() > 200);
    REQUIRE_FALSE(before.value(QStringLiteral("judgement")).isEmpty());

    Store store;
    const OpenResult r = store.open(v1Path);
    INFO(r.detail.toStdString());
    REQUIRE(r.status == OpenResult::Status::Opened);
    CHECK(EncryptedVfs::kindOf(v1Path) == EncryptedVfs::FileKind::Encrypted);
    QSqlDatabase db = store.database();
    CHECK(Migrations::currentVersion(db) == Migrations::latestVersion());

    const auto after = snapshot(db, v1Tables);
    for (const QString &table : v1Tables) {
        INFO(table.toStdString());
        REQUIRE(after.value(table).size() == before.value(table).size());
        for (auto it = before.value(table).cbegin(); it != before.value(table).cend(); ++it) {
            const QVariantMap newRow = after.value(table).value(it.key());
            for (auto col = it.value().cbegin(); col != it.value().cend(); ++col) {
                // Version 9 drops the PIN hashes: tablets no longer hold them (proven authors).
                if (table == QLatin1String("staff") &&
                    (col.key() == QLatin1String("pin_hash") || col.key() == QLatin1String("pin_salt"))) {
                    REQUIRE(newRow.value(col.key()).isNull());
                    continue;
                }
                REQUIRE(newRow.value(col.key()) == col.value());
            }
        }
    }
    // Version 2 filled the new timeline column from the items, so the newest-first view works.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM evidence_pupil ep JOIN evidence_item e"
                                  " ON e.id = ep.evidence_id WHERE ep.captured_at <> e.captured_at")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    // Version 3 counted every target's evidence from the link rows.
    REQUIRE(
        q.exec(QStringLiteral("SELECT count(*) FROM (SELECT target_id, count(*) AS n FROM evidence_target"
                              " GROUP BY target_id) AS actual LEFT JOIN target_evidence_count c"
                              " ON c.target_id = actual.target_id WHERE c.evidence_count IS NOT actual.n")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    // Version 6 gave judgements two answers; the ones made before read back whole, with both empty.
    const QVariantMap oldJudgement = before.value(QStringLiteral("judgement")).first();
    const QList<Judgement> judged =
        store.judgementsOfTarget(oldJudgement.value(QStringLiteral("target_id")).toString());
    REQUIRE_FALSE(judged.isEmpty());
    for (const Judgement &j : judged) {
        CHECK(j.validate().isEmpty());
        CHECK(j.currentAbilities.isEmpty());
        CHECK(j.learnerVoice.isEmpty());
    }
    const QString schoolId = store.schools().first().id;
    const Pupil somebody = store.pupilsOfSchool(schoolId).first();
    const auto timeline = store.newestEvidenceForPupil(somebody.id, 50);
    REQUIRE_FALSE(timeline.isEmpty());
    for (int i = 1; i < timeline.size(); ++i)
        CHECK(timeline.at(i - 1).capturedAt >= timeline.at(i).capturedAt);
}

TEST_CASE("The demo school loads whole and follows the rules", "[demo]")
{
    TempStore t;
    const DemoSchool::Result r = DemoSchool::load(t.store);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(t.store.classesOfSchool(r.schoolId).size() == 3);
    const QList<Pupil> pupils = t.store.pupilsOfSchool(r.schoolId);
    CHECK(pupils.size() == 24);
    const auto term = t.store.currentTerm(r.schoolId, QDate(2026, 11, 22));
    REQUIRE(term);
    CHECK(term->name == QLatin1String("Autumn 2026"));
    // Friday of assessment week, the judging deadline, is still in the autumn term.
    const QDate deadline(2026, 11, 20);
    REQUIRE(t.store.currentTerm(r.schoolId, deadline));
    CHECK(t.store.currentTerm(r.schoolId, deadline)->id == term->id);
    CHECK(deadline == term->assessmentWeekStartsOn.addDays(4));
    // Next term is there to take next term's targets, its cycle counted as seed 000 does.
    const QList<Term> terms = t.store.termsOfSchool(r.schoolId);
    REQUIRE(terms.size() == 3);
    Term spring = terms.last();
    CHECK(spring.name == QLatin1String("Spring 2027"));
    CHECK(spring.startsOn == QDate(2027, 1, 5));
    CHECK(spring.halfTermStartsOn == QDate(2027, 2, 15));
    CHECK(spring.endsOn == QDate(2027, 3, 26));
    CHECK(spring.assessmentWeekStartsOn == QDate(2027, 2, 22));
    Term counted = spring;
    counted.applyStandardCycle();
    CHECK(counted == spring);
    CHECK(t.store.currentTerm(r.schoolId, QDate(2027, 1, 11))->id == spring.id);

    QSet<int> keyStages;
    QHash<QString, int> targetsPerClass, judgedPerClass;
    int changedMinds = 0, noEvidence = 0, nothingRecent = 0, oneSetting = 0;
    for (const Pupil &p : pupils) {
        keyStages.insert(p.keyStage);
        CHECK_FALSE(p.ehcpOutcomes.isEmpty());
        const auto ilp = t.store.ilpFor(p.id, term->id);
        REQUIRE(ilp);
        const QList<Target> targets = t.store.targetsOfIlp(ilp->id);
        CHECK(targets.size() >= 4);
        for (const Target &target : targets) {
            ++targetsPerClass[p.classId];
            const QList<Judgement> judged = t.store.judgementsOfTarget(target.id);
            if (!judged.isEmpty())
                ++judgedPerClass[p.classId];
            for (const Judgement &j : judged) {
                INFO(target.text.toStdString());
                // The moderation meeting's judgements (moderator, SLT) are checked with the meeting,
                // in tst_moderationdemo.cpp; these are the class teachers' of assessment week.
                if (j.role != JudgementRole::Assessor)
                    continue;
                CHECK(t.store.staff(j.judgedBy)->classIds.contains(p.classId));
                CHECK(j.judgedAt.date() >= term->assessmentWeekStartsOn);
                CHECK(j.judgedAt.date() < deadline);
                CHECK(j.nextStep);
                CHECK_FALSE(j.currentAbilities.isEmpty());
                CHECK_FALSE(j.learnerVoice.isEmpty());
                if (!j.supersedesId.isEmpty()) {
                    ++changedMinds;
                    CHECK(j.supersedesId == judged.first().id);
                    CHECK(j.status != judged.first().status);
                }
            }
            EvidenceFilter filter;
            filter.targetId = target.id;
            for (const SufficiencyFinding &f : evidenceSufficiency(t.store.evidence(filter, 100), deadline)) {
                noEvidence += f.kind == SufficiencyFinding::Kind::NoEvidence;
                nothingRecent += f.kind == SufficiencyFinding::Kind::NothingRecent;
                oneSetting += f.kind == SufficiencyFinding::Kind::OneSetting;
            }
        }
    }
    CHECK(keyStages.size() >= 3);
    // Assessment week is under way: each class teacher has judged a third to a half of the class's
    // targets, and changed their mind once; some targets have too little evidence to judge safely.
    REQUIRE(targetsPerClass.size() == 3);
    for (auto it = targetsPerClass.cbegin(); it != targetsPerClass.cend(); ++it) {
        CHECK(judgedPerClass.value(it.key()) * 3 >= it.value());
        CHECK(judgedPerClass.value(it.key()) * 2 <= it.value());
    }
    CHECK(changedMinds == 1);
    CHECK(noEvidence > 0);
    CHECK(nothingRecent > 0);
    CHECK(oneSetting > 0);
    QSet<StaffRole> roles;
    for (const Staff &s : t.store.staffOfSchool(r.schoolId))
        for (StaffRole role : s.roles)
            roles.insert(role);
    CHECK(roles.size() == 4);
}
