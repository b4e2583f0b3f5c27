// The central ILP spreadsheet from a hand-built school: the rows IlpRows reads (SLT's final status
// from the moderation form, the worked-out moderation outcome, evidence counts, parents' replies),
// the XLSX opened by LibreOffice and read back cell by cell, the CSV read back cell by cell, and
// the analysis sheets' numbers.

#include "documents/ilpcsv.h"
#include "documents/ilpsheetcolumns.h"
#include "documents/ilpspreadsheet.h"
#include "import/csvreader.h"
#include "people/changeproof.h"
#include "people/signin.h"
#include "termend/ilprows.h"
#include "testsupport.h"

#include "core/packtools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
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

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC);
}

Judgement judged(Store &store, const Target &target, JudgementRole role, const Staff &by, TargetStatus status,
                 const QDateTime &when, std::optional<NextStep> step = {})
{
    Judgement j;
    j.id = newId();
    j.targetId = target.id;
    j.role = role;
    j.status = status;
    j.nextStep = step;
    j.judgedBy = by.id;
    j.judgedAt = when;
    mustSave(store, j);
    return j;
}

void moderated(Store &store, const Target &target, const MiniSchool &m, TargetStatus finalStatus)
{
    AssessmentModerationForm f;
    f.id = newId();
    f.targetId = target.id;
    f.assessorId = m.teacher.id;
    f.moderatorId = m.seniorLeader.id;
    f.seniorLeaderId = m.seniorLeader.id;
    f.finalStatus = finalStatus;
    f.createdAt = at(11, 23);
    mustSave(store, f);
}

void evidenceOf(Store &store, const MiniSchool &m, const Pupil &pupil, const Target &target, int day)
{
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.kind = EvidenceKind::Written;
    item.capturedAt = at(11, day);
    item.capturedBy = m.teacher.id;
    item.note = QStringLiteral("Asked for a drink.");
    item.pupils = {{pupil.id, {target.id}}};
    mustSave(store, item);
}

Target targetFor(Store &store, const Ilp &ilp, const AreaOfLearning &area, const QString &text,
                 const QStringList &ehcpOutcomeIds, const QString &noLinkReason = {})
{
    Target t;
    t.id = newId();
    t.ilpId = ilp.id;
    t.areaId = area.id;
    t.text = text;
    t.ehcpOutcomeIds = ehcpOutcomeIds;
    t.noEhcpLinkReason = noLinkReason;
    t.sortOrder = area.sortOrder;
    mustSave(store, t);
    return t;
}

// A target a spreadsheet could mistake for a formula, with a comma, quotes and a line break.
const QString kAwkwardTarget = QStringLiteral("=1+1 means \"more\", then stop\nand wait for a turn");

// Oak (Ava, Ben) and Willow (Cara, Key Stage 4) in Autumn 2026; Ava also in Summer 2026.
struct HandBuilt
{
    MiniSchool m;
    Term summer;
    Pupil cara;
};

HandBuilt handBuilt(Store &store)
{
    HandBuilt h;
    h.m = makeMiniSchool(store);
    MiniSchool &m = h.m;
    using R = JudgementRole;
    using S = TargetStatus;

    h.summer = m.term;
    h.summer.id = newId();
    h.summer.name = QStringLiteral("Summer 2026");
    h.summer.startsOn = QDate(2026, 4, 13);
    h.summer.halfTermStartsOn = QDate(2026, 5, 25);
    h.summer.halfTermEndsOn = QDate(2026, 5, 29);
    h.summer.endsOn = QDate(2026, 7, 22);
    h.summer.applyStandardCycle();
    mustSave(store, h.summer);
    const Ilp avaSummer{newId(), m.ava.id, h.summer.id, QString()};
    mustSave(store, avaSummer);
    const QStringList avaEo = {m.ava.ehcpOutcomes.first().id};
    const Target summer0 = targetFor(store, avaSummer, m.areas.at(0),
                                     QStringLiteral("To point to a symbol for a drink (Summer)"), avaEo);
    const Target summer1 =
        targetFor(store, avaSummer, m.areas.at(1), QStringLiteral("To count three objects (Summer)"), avaEo);
    judged(store, summer0, R::Assessor, m.teacher, S::Met, at(6, 22));
    judged(store, summer1, R::Assessor, m.teacher, S::PartiallyMet, at(6, 22), NextStep::Continue);

    // Ava, Autumn. First area: the assessor said Met, the moderator Partially Met, an SLT judgement
    // Met, but SLT's final status on the moderation form is Partially Met: that stands (Down).
    const QList<Target> &ava = m.avaTargets;
    judged(store, ava.at(0), R::Assessor, m.teacher, S::Met, at(11, 16), NextStep::Amend);
    judged(store, ava.at(0), R::Moderator, m.seniorLeader, S::PartiallyMet, at(11, 24));
    judged(store, ava.at(0), R::SeniorLeader, m.seniorLeader, S::Met, at(11, 25));
    moderated(store, ava.at(0), m, S::PartiallyMet);
    evidenceOf(store, m, m.ava, ava.at(0), 2);
    evidenceOf(store, m, m.ava, ava.at(0), 9);
    judged(store, ava.at(1), R::Assessor, m.teacher, S::Exceeded, at(11, 16), NextStep::Replace);
    // Unmet by both, Met on the form: Up.
    judged(store, ava.at(2), R::Assessor, m.teacher, S::Unmet, at(11, 16), NextStep::Continue);
    judged(store, ava.at(2), R::Moderator, m.seniorLeader, S::Unmet, at(11, 24));
    moderated(store, ava.at(2), m, S::Met);
    // ava.at(3) is not judged yet.

    // Ben, Autumn: the awkward target; a Final judgement over the assessor's.
    const QList<Target> &ben = m.benTargets;
    Target awkward = ben.at(0);
    awkward.text = kAwkwardTarget;
    mustSave(store, awkward);
    judged(store, ben.at(0), R::Assessor, m.teacher, S::PartiallyMet, at(11, 16), NextStep::Amend);
    evidenceOf(store, m, m.ben, ben.at(0), 3);
    judged(store, ben.at(1), R::Assessor, m.teacher, S::Met, at(11, 16), NextStep::Continue);
    judged(store, ben.at(1), R::Final, m.seniorLeader, S::Exceeded, at(11, 30));
    judged(store, ben.at(2), R::Assessor, m.teacher, S::Met, at(11, 16));
    judged(store, ben.at(3), R::Assessor, m.teacher, S::Met, at(11, 16));

    // The families' replies to the Autumn progress report.
    ParentResponse yes;
    yes.id = newId();
    yes.ilpId = m.avaIlp.id;
    yes.receivedOn = QDate(2026, 12, 10);
    yes.respondentName = QStringLiteral("Mrs Smith (mum)");
    yes.approved = true;
    yes.recordedBy = m.teacher.id;
    mustSave(store, yes);
    ParentResponse no = yes;
    no.id = newId();
    no.ilpId = m.benIlp.id;
    no.receivedOn = QDate(2026, 12, 11);
    no.approved = false;
    no.comments = QStringLiteral("Could the drinks target be at home too?");
    mustSave(store, no);

    // Willow: Cara, Year 10, her target not linked to her EHCP, and no reply.
    const SchoolClass willow{newId(), m.school.id, QStringLiteral("Willow"), QString()};
    mustSave(store, willow);
    h.cara = m.ava;
    h.cara.id = newId();
    h.cara.classId = willow.id;
    h.cara.upn = QStringLiteral("C123456789012");
    h.cara.firstName = QStringLiteral("Cara");
    h.cara.surname = QStringLiteral("Dunn");
    h.cara.yearGroup = 10;
    h.cara.keyStage = 4;
    h.cara.specificNeeds = QStringLiteral("SEMH (attachment difficulties)");
    h.cara.ehcpOutcomes.clear();
    mustSave(store, h.cara);
    const Ilp caraIlp{newId(), h.cara.id, m.term.id, QString()};
    mustSave(store, caraIlp);
    const Target cara0 =
        targetFor(store, caraIlp, m.areas.at(0), QStringLiteral("To ask an adult for help with a word"), {},
                  QStringLiteral("The family's priority this term"));
    const Target cara1 =
        targetFor(store, caraIlp, m.areas.at(1), QStringLiteral("To stay in a lesson for 20 minutes"), {},
                  QStringLiteral("New to the school"));
    judged(store, cara0, R::Assessor, m.teacher, S::Unmet, at(11, 16), NextStep::Continue);
    judged(store, cara1, R::Assessor, m.teacher, S::PartiallyMet, at(11, 16));
    return h;
}

// The data sheet as it should read, dates as 2026-09-02 (the CSV's form).
QList<QStringList> expectedRows()
{
    const QString ava = QStringLiteral("EO1: By the end of Key Stage 2, Ava will communicate needs and wants "
                                       "using symbols.");
    const QString ben = QStringLiteral("EO1: By the end of Key Stage 2, Ben will communicate needs and wants "
                                       "using symbols.");
    const QString ci = QStringLiteral("Communication and Interaction");
    const QString cl = QStringLiteral("Cognition and Learning");
    const QString semh = QStringLiteral("Social, Emotional and Mental Health");
    const QString ps = QStringLiteral("Physical and/or Sensory Development");
    const auto drink = [](const QString &area) {
        return QStringLiteral("To independently request a drink at least twice a week (%1)").arg(area);
    };
    const QString none = QStringLiteral("No reply recorded");
    const QStringList summer = {QStringLiteral("Summer 2026"), QStringLiteral("2026-04-13"),
                                QStringLiteral("Ava Smith"),   QStringLiteral("A123456789012"),
                                QStringLiteral("Oak"),         QStringLiteral("5"),
                                QStringLiteral("2"),           QStringLiteral("ASD, SLD")};
    QStringList autumnAva = summer;
    autumnAva[0] = QStringLiteral("Autumn 2026");
    autumnAva[1] = QStringLiteral("2026-09-02");
    QStringList autumnBen = autumnAva;
    autumnBen[2] = QStringLiteral("Ben Okafor");
    autumnBen[3] = QStringLiteral("B123456789012");
    const QStringList autumnCara = {
        QStringLiteral("Autumn 2026"), QStringLiteral("2026-09-02"),
        QStringLiteral("Cara Dunn"),   QStringLiteral("C123456789012"),
        QStringLiteral("Willow"),      QStringLiteral("10"),
        QStringLiteral("4"),           QStringLiteral("SEMH (attachment difficulties)")};
    const QString met = QStringLiteral("3 Met"), pm = QStringLiteral("2 Partially Met"),
                  unmet = QStringLiteral("1 Unmet"), exceeded = QStringLiteral("4 Exceeded");
    const QString approved = QStringLiteral("Approved"), notApproved = QStringLiteral("Not approved");
    const QString avaDay = QStringLiteral("2026-12-10"), benDay = QStringLiteral("2026-12-11");
    // Area, target, EHCP outcomes, assessor, moderator, final, status, number, next step, outcome,
    // evidence, reply, received.
    return {
        summer + QStringList{ci, QStringLiteral("To point to a symbol for a drink (Summer)"), ava, met, "",
                             "", met, "3", "", "", "0", none, ""},
        summer + QStringList{cl, QStringLiteral("To count three objects (Summer)"), ava, pm, "", "", pm, "2",
                             "Continue", "", "0", none, ""},
        autumnAva +
            QStringList{ci, drink(ci), ava, met, pm, pm, pm, "2", "Amend", "Down", "2", approved, avaDay},
        autumnAva + QStringList{cl, drink(cl), ava, exceeded, "", "", exceeded, "4", "Replace", "", "0",
                                approved, avaDay},
        autumnAva + QStringList{semh, drink(semh), ava, unmet, unmet, met, met, "3", "Continue", "Up", "0",
                                approved, avaDay},
        autumnAva + QStringList{ps, drink(ps), ava, "", "", "", "", "", "", "", "0", approved, avaDay},
        autumnBen +
            QStringList{ci, kAwkwardTarget, ben, pm, "", "", pm, "2", "Amend", "", "1", notApproved, benDay},
        autumnBen + QStringList{cl, drink(cl), ben, met, "", exceeded, exceeded, "4", "Continue", "", "0",
                                notApproved, benDay},
        autumnBen +
            QStringList{semh, drink(semh), ben, met, "", "", met, "3", "", "", "0", notApproved, benDay},
        autumnBen + QStringList{ps, drink(ps), ben, met, "", "", met, "3", "", "", "0", notApproved, benDay},
        autumnCara + QStringList{ci, QStringLiteral("To ask an adult for help with a word"),
                                 QStringLiteral("Not linked: The family's priority this term"), unmet, "", "",
                                 unmet, "1", "Continue", "", "0", none, ""},
        autumnCara + QStringList{cl, QStringLiteral("To stay in a lesson for 20 minutes"),
                                 QStringLiteral("Not linked: New to the school"), pm, "", "", pm, "2", "", "",
                                 "0", none, ""},
    };
}

// 2026-12-10 as a spreadsheet shows a date formatted dd/mm/yyyy.
QStringList asShownInCalc(QStringList row)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    for (QString &cell : row)
        if (const auto match = iso.match(cell); match.hasMatch())
            cell = QStringLiteral("%1/%2/%3").arg(match.captured(3), match.captured(2), match.captured(1));
    return row;
}

void compareCellByCell(const QList<QStringList> &actual, const QList<QStringList> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        REQUIRE(actual.at(r).size() == expected.at(r).size());
        for (qsizetype c = 0; c < expected.at(r).size(); ++c) {
            INFO("row " << r + 1 << ", column " << IlpSheetColumns::headers().value(c).toStdString());
            CHECK(actual.at(r).at(c).toStdString() == expected.at(r).at(c).toStdString());
        }
    }
}

// LibreOffice Calc, headless, saves every sheet of the workbook as CSV (UTF-8, values as shown),
// one file per sheet named "<file>-<sheet>.csv". Its own profile, so runs in parallel do not meet.
QString convertedByLibreOffice(const QString &xlsx, const QString &outDir)
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Calc is installed by scripts/bootstrap (libreoffice-calc)");
    REQUIRE_FALSE(office.isEmpty());
    QTemporaryDir profile(QDir::temp().filePath(QStringLiteral("stride-lo-profile-XXXXXX")));
    REQUIRE(profile.isValid());
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(office,
            {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
             QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
             QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"),
             QStringLiteral("--outdir"), outDir, xlsx});
    REQUIRE(p.waitForStarted(30000));
    const bool finished = p.waitForFinished(240000);
    const QString output = QString::fromUtf8(p.readAll());
    INFO(output.toStdString());
    REQUIRE(finished);
    REQUIRE(p.exitCode() == 0);
    // LibreOffice says "Error" on its output when it could not read the file.
    CHECK_FALSE(output.contains(QStringLiteral("Error"), Qt::CaseInsensitive));
    return output;
}

// `columns` > 0: a sheet with no header row of its own (the analysis sheets start with a title):
// every record is returned, padded by Calc to the sheet's used width.
QList<QStringList> csvRecords(const QString &path, int columns = 0)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    if (columns > 0) {
        QStringList names;
        for (int c = 1; c <= columns; ++c)
            names << QStringLiteral("column %1").arg(c);
        bytes.prepend(names.join(QLatin1Char(',')).toUtf8() + "\n");
    }
    const CsvReadResult read = CsvReader::read(bytes, QFileInfo(path).fileName());
    for (const CsvProblem &problem : read.problems)
        WARN(problem.toString().toStdString());
    REQUIRE(read.ok());
    QList<QStringList> records;
    if (columns == 0)
        records << read.table.header;
    for (const CsvTable::Row &row : read.table.rows)
        records << row.fields;
    return records;
}

// The rows of an analysis sheet from its header row (its first cell `firstHeader`) on.
QList<QStringList> analysisTable(const QList<QStringList> &sheet, const QString &firstHeader)
{
    for (qsizetype i = 0; i < sheet.size(); ++i)
        if (sheet.at(i).value(0) == firstHeader)
            return sheet.mid(i);
    FAIL("no table headed \"" << firstHeader.toStdString() << "\"");
    return {};
}

// The first cells of a row as one line, so a failure shows them.
std::string firstColumns(const QStringList &row, int count)
{
    return row.mid(0, count).join(QStringLiteral(" | ")).toStdString();
}

std::string line(const QStringList &cells)
{
    return cells.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST_CASE("IlpRows reads a row per pupil per area per term, with what each target came to", "[spreadsheet]")
{
    TempStore t;
    const HandBuilt h = handBuilt(t.store);
    const QList<IlpRow> rows = IlpRows::read(t.store, h.m.school.id);
    REQUIRE(rows.size() == 12);

    // Summer first (terms in date order), then Oak's pupils, then Willow's; areas in their order.
    CHECK(rows.at(0).termName == QStringLiteral("Summer 2026"));
    CHECK(rows.at(2).termName == QStringLiteral("Autumn 2026"));
    CHECK(rows.at(10).className == QStringLiteral("Willow"));

    const IlpRow &down = rows.at(2);
    CHECK(down.pupilId == h.m.ava.id);
    CHECK(down.targetId == h.m.avaTargets.at(0).id);
    CHECK(down.assessorStatus == TargetStatus::Met);
    CHECK(down.moderatorStatus == TargetStatus::PartiallyMet);
    // SLT's final status on the moderation form, not the SLT judgement of Met.
    CHECK(down.finalStatus == TargetStatus::PartiallyMet);
    CHECK(down.moderationOutcome == ModerationOutcome::Down);
    CHECK(down.evidenceCount == 2);
    CHECK(down.parentsApproved == true);
    CHECK(down.parentsRepliedOn == QDate(2026, 12, 10));
    CHECK(down.areaKind == AreaKind::SendCodeOfPractice);
    CHECK(down.termStartsOn == QDate(2026, 9, 2));

    CHECK(rows.at(4).moderationOutcome == ModerationOutcome::Up);
    CHECK_FALSE(rows.at(5).status().has_value());
    CHECK(rows.at(7).finalStatus == TargetStatus::Exceeded); // a Final judgement where there is no form
    CHECK_FALSE(rows.at(7).moderationOutcome.has_value());
    CHECK(rows.at(6).parentsApproved == false);
    CHECK_FALSE(rows.at(10).parentsApproved.has_value());
    CHECK(rows.at(10).ehcpLinks ==
          QStringList{QStringLiteral("Not linked: The family's priority this term")});

    // One term only.
    const QList<IlpRow> autumn = IlpRows::read(t.store, h.m.school.id, {h.m.term.id});
    CHECK(autumn.size() == 10);
    CHECK(IlpRows::read(t.store, h.m.school.id, {h.summer.id}).size() == 2);
    CHECK(IlpRows::read(t.store, QStringLiteral("no-such-school")).isEmpty());
}

TEST_CASE("The CSV reads back cell by cell, formulas made harmless", "[spreadsheet]")
{
    TempStore t;
    const HandBuilt h = handBuilt(t.store);
    const QList<IlpRow> rows = IlpRows::read(t.store, h.m.school.id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ilps.csv"));
    const IlpCsv::Result saved = IlpCsv::write(rows, path);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    CHECK(saved.rows == 12);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));

    QList<QStringList> expected = expectedRows();
    // The awkward target keeps its comma, quotes and line break; its "=" is made text.
    expected[6][9] = QLatin1Char('\'') + kAwkwardTarget;
    const QList<QStringList> records = csvRecords(path);
    CHECK(records.first() == IlpSheetColumns::headers());
    compareCellByCell(records.mid(1), expected);

    // Every character a spreadsheet takes for the start of a formula.
    for (const char *start : {"=", "+", "-", "@", "\t", "\r"})
        CHECK(IlpCsv::field(QString::fromLatin1(start) + QStringLiteral("SUM(A1)")).mid(0, 2) !=
              QByteArray(start));
    CHECK(IlpCsv::field(QStringLiteral("-2+3")) == "'-2+3");
    CHECK(IlpCsv::field(QStringLiteral("@cmd")) == "'@cmd");
    CHECK(IlpCsv::field(QStringLiteral("a \"b\", c")) == "\"a \"\"b\"\", c\"");
    CHECK(IlpCsv::field(QStringLiteral("Zoë")) == QStringLiteral("Zoë").toUtf8());
}

TEST_CASE("LibreOffice opens the XLSX and every cell reads back, with the analysis sheets' numbers",
          "[spreadsheet][libreoffice]")
{
    TempStore t;
    const HandBuilt h = handBuilt(t.store);
    const QList<IlpRow> rows = IlpRows::read(t.store, h.m.school.id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ilps.xlsx"));
    const IlpSpreadsheet::Result saved = IlpSpreadsheet::write(rows, path);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    CHECK(saved.rows == 12);
    // Nothing is left beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("ilps.xlsx")});

    const QString out = dir.filePath(QStringLiteral("calc"));
    REQUIRE(QDir().mkpath(out));
    convertedByLibreOffice(path, out);

    // The data sheet, cell by cell: the XLSX keeps the "=" as text, and dates are real dates.
    QList<QStringList> expected;
    for (const QStringList &row : expectedRows())
        expected << asShownInCalc(row);
    const QList<QStringList> data = csvRecords(QDir(out).filePath(QStringLiteral("ilps-ILPs.csv")));
    CHECK(data.first() == IlpSheetColumns::headers());
    compareCellByCell(data.mid(1), expected);

    // Every analysis sheet is there, with its table.
    for (const QString &name : IlpSpreadsheet::analysisSheetNames())
        CHECK(QFileInfo::exists(QDir(out).filePath(QStringLiteral("ilps-%1.csv").arg(name))));

    // Term by term: Summer, Ava's two targets; Autumn, ten, one not judged yet. Shares are of the
    // judged targets.
    const QList<QStringList> byTerm =
        analysisTable(csvRecords(QDir(out).filePath(QStringLiteral("ilps-By term.csv")), 13), "Term");
    const QStringList header = {"Term",
                                "Pupils",
                                "1 Unmet",
                                "2 Partially Met",
                                "3 Met",
                                "4 Exceeded",
                                "Not judged yet",
                                "Targets",
                                "1 Unmet share",
                                "2 Partially Met share",
                                "3 Met share",
                                "4 Exceeded share",
                                "Met or Exceeded share"};
    CHECK(firstColumns(byTerm.at(0), 13) == line(header));
    CHECK(firstColumns(byTerm.at(1), 13) == line(QStringList{"Summer 2026", "1", "0", "1", "1", "0", "0", "2",
                                                             "0%", "50%", "50%", "0%", "50%"}));
    CHECK(firstColumns(byTerm.at(2), 13) == line(QStringList{"Autumn 2026", "3", "1", "3", "3", "2", "1",
                                                             "10", "11%", "33%", "33%", "22%", "56%"}));
    CHECK(firstColumns(byTerm.at(3), 13) == line(QStringList{"Whole school", "3", "1", "4", "4", "2", "1",
                                                             "12", "9%", "36%", "36%", "18%", "55%"}));

    const QList<QStringList> byArea = analysisTable(
        csvRecords(QDir(out).filePath(QStringLiteral("ilps-By area.csv")), 13), "Area of learning");
    CHECK(firstColumns(byArea.at(1), 13) ==
          line(QStringList{"Communication and Interaction", "3", "1", "2", "1", "0", "0", "4", "25%", "50%",
                           "25%", "0%", "25%"}));
    CHECK(firstColumns(byArea.at(2), 13) ==
          line(QStringList{"Cognition and Learning", "3", "0", "2", "0", "2", "0", "4", "0%", "50%", "0%",
                           "50%", "50%"}));
    CHECK(firstColumns(byArea.at(3), 13) ==
          line(QStringList{"Social, Emotional and Mental Health", "2", "0", "0", "2", "0", "0", "2", "0%",
                           "0%", "100%", "0%", "100%"}));
    CHECK(firstColumns(byArea.at(4), 13) ==
          line(QStringList{"Physical and/or Sensory Development", "2", "0", "0", "1", "0", "1", "2", "0%",
                           "0%", "100%", "0%", "100%"}));

    const QList<QStringList> byClass =
        analysisTable(csvRecords(QDir(out).filePath(QStringLiteral("ilps-By class.csv")), 13), "Class");
    CHECK(firstColumns(byClass.at(1), 8) == line(QStringList{"Oak", "2", "0", "3", "4", "2", "1", "10"}));
    CHECK(firstColumns(byClass.at(2), 8) == line(QStringList{"Willow", "1", "1", "1", "0", "0", "0", "2"}));

    // A pupil with two needs counts under each; "SEMH (attachment difficulties)" is SEMH.
    const QList<QStringList> byNeed =
        analysisTable(csvRecords(QDir(out).filePath(QStringLiteral("ilps-By need.csv")), 13), "Need");
    QStringList needs;
    for (const QStringList &row : byNeed.mid(1))
        needs << row.value(0) + QLatin1Char('=') + row.value(7);
    CHECK(needs.contains(QStringLiteral("ASD=10")));
    CHECK(needs.contains(QStringLiteral("SLD=10")));
    CHECK(needs.contains(QStringLiteral("SEMH=2")));
}

TEST_CASE("A spreadsheet that cannot be saved says so and leaves what was there", "[spreadsheet]")
{
    TempStore t;
    const HandBuilt h = handBuilt(t.store);
    const QList<IlpRow> rows = IlpRows::read(t.store, h.m.school.id);
    QTemporaryDir dir;

    // A folder that is not there.
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/ilps.xlsx"));
    const IlpSpreadsheet::Result xlsx = IlpSpreadsheet::write(rows, missing);
    CHECK_FALSE(xlsx.ok);
    CHECK(xlsx.message.contains(QStringLiteral("Nothing there was changed")));
    CHECK_FALSE(QFileInfo::exists(missing));
    const IlpCsv::Result csv = IlpCsv::write(rows, dir.filePath(QStringLiteral("no-such-folder/ilps.csv")));
    CHECK_FALSE(csv.ok);
    CHECK(csv.message.contains(QStringLiteral("Nothing there was changed")));

    // Something at the path that cannot be replaced by a file (a folder with a file in it): the
    // rename fails, the folder and its file stay, and no temporary file is left beside it.
    const QString occupied = dir.filePath(QStringLiteral("ilps.xlsx"));
    REQUIRE(QDir().mkpath(occupied));
    QFile keep(QDir(occupied).filePath(QStringLiteral("keep.txt")));
    REQUIRE(keep.open(QIODevice::WriteOnly));
    keep.write("earlier work");
    keep.close();
    const IlpSpreadsheet::Result refused = IlpSpreadsheet::write(rows, occupied);
    CHECK_FALSE(refused.ok);
    CHECK(QFileInfo(occupied).isDir());
    CHECK(QFileInfo::exists(keep.fileName()));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A second save replaces the first whole.
    const QString path = dir.filePath(QStringLiteral("again.xlsx"));
    REQUIRE(IlpSpreadsheet::write(rows, path).ok);
    const qint64 full = QFileInfo(path).size();
    REQUIRE(IlpSpreadsheet::write(rows.mid(0, 1), path).ok);
    CHECK(QFileInfo(path).size() < full);
}

TEST_CASE("stride-cli spreadsheet writes the school's spreadsheet for SLT, or says why not",
          "[spreadsheet][cli]")
{
    TempStore t;
    const HandBuilt h = handBuilt(t.store);
    // Helen (SLT) and Sarah (a teacher) have signed in on this device before.
    const QString pin = QStringLiteral("2468");
    REQUIRE(SignIn(t.store).keepCredential(h.m.seniorLeader.id, pin,
                                           QByteArray(ChangeProof::kSecretBytes, '\x3c')));
    REQUIRE(
        SignIn(t.store).keepCredential(h.m.teacher.id, pin, QByteArray(ChangeProof::kSecretBytes, '\x3d')));
    t.store.close();
    QTemporaryDir out;
    const QString cli = QStringLiteral(STRIDE_CLI_EXE);
    const auto run = [&](const QString &staff, const QString &file, const QStringList &more = {}) {
        return PackTools::run(cli,
                              QStringList{QStringLiteral("spreadsheet"), QStringLiteral("--database"),
                                          t.path(), QStringLiteral("--out"), out.filePath(file),
                                          QStringLiteral("--staff"), staff, QStringLiteral("--pin"), pin} +
                                  more);
    };

    const PackTools::Run csv = run(QStringLiteral("Helen Ward"), QStringLiteral("ilps.csv"));
    INFO(csv.out.toStdString() << csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(QString::fromUtf8(csv.out).startsWith(QStringLiteral("Saved the ILP spreadsheet to %1: 12 targets.")
                                                    .arg(out.filePath(QStringLiteral("ilps.csv")))));
    CHECK(csvRecords(out.filePath(QStringLiteral("ilps.csv"))).size() == 13);

    const PackTools::Run summer = run(h.m.seniorLeader.email, QStringLiteral("summer.xlsx"),
                                      {QStringLiteral("--term"), QStringLiteral("summer 2026")});
    INFO(summer.out.toStdString() << summer.err.toStdString());
    REQUIRE(summer.exitCode == 0);
    CHECK(QString::fromUtf8(summer.out).contains(QStringLiteral(": 2 targets.")));
    CHECK(QFileInfo(out.filePath(QStringLiteral("summer.xlsx"))).size() > 0);

    // A teacher, an unknown term and a file that is neither XLSX nor CSV are each refused, with
    // nothing written.
    const PackTools::Run teacher = run(h.m.teacher.email, QStringLiteral("teacher.xlsx"));
    CHECK(teacher.exitCode == 1);
    CHECK(QString::fromUtf8(teacher.err).contains(QStringLiteral("Only senior leaders and administrators")));
    const PackTools::Run unknown = run(h.m.seniorLeader.email, QStringLiteral("x.xlsx"),
                                       {QStringLiteral("--term"), QStringLiteral("Spring 1999")});
    CHECK(unknown.exitCode == 2);
    CHECK(QString::fromUtf8(unknown.err).contains(QStringLiteral("Its terms: Summer 2026, Autumn 2026.")));
    CHECK(run(h.m.seniorLeader.email, QStringLiteral("ilps.ods")).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("teacher.xlsx"))));
    CHECK_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("x.xlsx"))));
}
