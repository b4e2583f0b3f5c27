// A new tablet's first sync with a school that has years of records (issue 15): 300 pupils and
// five years of evidence, about a million changes, written straight into the store's database
// through its own schema (rows cloned from the demo school's, so every column a tablet needs is
// there), the feed compacted, then a fresh whole-school tablet's first sync against the real
// stride-store on loopback, timed, with the peak memory (VmHWM) of the store process and of the
// tablet (run in a child process of its own, so the generation's memory is not counted).
//   build/tests/benchmarks/stride_firstsync_benchmark [--pupils 300] [--years 5] [--evidence 120]
//                                                     [--replay]
// --evidence is items per pupil per year; --replay also times the first sync replaying the whole
// feed before compaction (minutes), for comparison. SQLite only: the school is generated into
// stride-store.db.
#include "benchdevice.h"
#include "benchline.h"

#include "store/remotechange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

using namespace Stride;
using namespace Stride::Bench;

namespace {

using BenchOutput::line;

// The peak resident memory of a process, from /proc/<pid>/status, in MiB.
double peakMiB(const QString &pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

// --- The tablet, in a child process: enrol with the code, one sync round, print its figures.
int runTablet(const QString &url, const QString &code)
{
    BenchDevice device;
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(device.client.get(), &SyncClient::enrolFinished, &loop,
                     [&](bool good, const QString &text) {
                         ok = good;
                         message = text;
                         loop.quit();
                     });
    device.client->enrol(QUrl(url), code, QStringLiteral("New tablet"));
    loop.exec();
    if (!ok)
        giveUp(message);
    QElapsedTimer timer;
    timer.start();
    const SyncReport report = device.sync();
    const double seconds = timer.nsecsElapsed() / 1e9;
    // What it holds, to compare with the store's live rows.
    qint64 rows = 0;
    for (const QString &entity : syncedEntities()) {
        QSqlQuery q(device.store.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(entity)) && q.next())
            rows += q.value(0).toLongLong();
    }
    std::printf("tablet %.2f %d %d %.1f %lld\n", seconds, report.pulled, report.parked,
                peakMiB(QStringLiteral("self")), static_cast<long long>(rows));
    std::fflush(stdout);
    return 0;
}

// --- The school, straight into stride-store.db.

struct Db
{
    sqlite3 *handle = nullptr;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &error) != SQLITE_OK)
            giveUp(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(error)));
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(handle, sql, -1, &s, nullptr) != SQLITE_OK)
            giveUp(QString::fromUtf8(sqlite3_errmsg(handle)));
        return s;
    }
    QStringList column(const QString &sql, const QString &schoolId)
    {
        sqlite3_stmt *s = prepare(sql.toUtf8().constData());
        const QByteArray school = schoolId.toUtf8();
        sqlite3_bind_text(s, 1, school.constData(), int(school.size()), SQLITE_TRANSIENT);
        QStringList out;
        while (sqlite3_step(s) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        return out;
    }
};

void bind(sqlite3_stmt *s, int i, const QByteArray &text)
{
    sqlite3_bind_text(s, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void step(sqlite3_stmt *s)
{
    if (sqlite3_step(s) != SQLITE_DONE)
        giveUp(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(s))));
    sqlite3_reset(s);
}

class Generator
{
public:
    Generator(const QString &dbPath, const QString &schoolId, int pupils, int years, int evidencePerYear)
        : m_schoolId(schoolId.toUtf8()), m_pupils(pupils), m_years(years), m_evidence(evidencePerYear)
    {
        if (sqlite3_open(dbPath.toUtf8().constData(), &m_db.handle) != SQLITE_OK)
            giveUp(QStringLiteral("cannot open %1").arg(dbPath));
        m_db.exec("PRAGMA synchronous = OFF");
        for (const char *entity : {"term", "pupil", "ilp", "target", "judgement", "evidence_item",
                                   "evidence_pupil", "evidence_target"}) {
            const QStringList t = m_db.column(
                QStringLiteral("SELECT fields FROM sync_record WHERE school_id = ? AND entity = '%1' AND "
                               "deleted = 0 LIMIT 1")
                    .arg(QLatin1String(entity)),
                schoolId);
            if (t.isEmpty())
                giveUp(QStringLiteral("the demo school has no %1 to copy").arg(QLatin1String(entity)));
            m_templates.insert(QLatin1String(entity), QJsonDocument::fromJson(t.first().toUtf8()).object());
        }
        // The demo school records no photos: a photo's original as a tablet records it.
        m_templates.insert(QStringLiteral("media_reference"),
                           QJsonObject{{QStringLiteral("role"), QStringLiteral("original")},
                                       {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                                       {QStringLiteral("byte_size"), 4000000},
                                       {QStringLiteral("width_px"), 4032},
                                       {QStringLiteral("height_px"), 3024},
                                       {QStringLiteral("duration_ms"), 0}});
        m_classes = m_db.column(
            QStringLiteral(
                "SELECT entity_id FROM sync_record WHERE school_id = ? AND entity = 'school_class'"),
            schoolId);
        m_staff = m_db.column(
            QStringLiteral("SELECT entity_id FROM sync_record WHERE school_id = ? AND entity = 'staff'"),
            schoolId);
        m_areas = m_db.column(
            QStringLiteral(
                "SELECT entity_id FROM sync_record WHERE school_id = ? AND entity = 'area_of_learning'"),
            schoolId);
        m_seq =
            m_db.column(QStringLiteral("SELECT last_seq FROM school_sequence WHERE school_id = ?"), schoolId)
                .value(0)
                .toLongLong();
        m_record = m_db.prepare("INSERT INTO sync_record (entity, entity_id, school_id, fields, deleted,"
                                " deleted_hlc, created_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)");
        m_clock = m_db.prepare("INSERT INTO sync_field_clock (entity, entity_id, field, hlc, device_id,"
                               " author_staff_id) VALUES (?, ?, ?, ?, ?, ?)");
        m_change = m_db.prepare("INSERT INTO sync_change (school_id, seq, mutation_id, entity, entity_id, op,"
                                " fields, hlc, device_id, author_staff_id, committed_at) VALUES"
                                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // Five years back, a change every few minutes of the school day, on average.
        m_wall = QDateTime::currentMSecsSinceEpoch() - qint64(years) * 365 * 24 * 3600 * 1000;
        m_step = qint64(years) * 365 * 24 * 3600 * 1000 / std::max(1, pupils * years * evidencePerYear * 6);
    }
    ~Generator()
    {
        for (sqlite3_stmt *s : {m_record, m_clock, m_change})
            sqlite3_finalize(s);
        sqlite3_close(m_db.handle);
    }

    void run()
    {
        m_db.exec("BEGIN");
        QList<QString> pupils;
        for (int p = 0; p < m_pupils; ++p)
            pupils << create("pupil", pupilFields(p, 0));
        for (int year = 0; year < m_years; ++year) {
            // A term of its own each year: a pupil has one ILP a term.
            QJsonObject term = m_templates.value(QStringLiteral("term"));
            term.insert(QStringLiteral("name"), QStringLiteral("Generated year %1").arg(year + 1));
            const QString termId = create("term", term);
            for (int p = 0; p < m_pupils; ++p) {
                if (year > 0) // moving up a class each September
                    edit("pupil", pupils.at(p), pupilFields(p, year), {QStringLiteral("class_id")});
                QJsonObject ilp = m_templates.value(QStringLiteral("ilp"));
                ilp.insert(QStringLiteral("pupil_id"), pupils.at(p));
                ilp.insert(QStringLiteral("term_id"), termId);
                const QString ilpId = create("ilp", ilp);
                QStringList targets;
                // One target an area (an ILP has one target in each), four at most.
                for (int t = 0; t < std::min<qsizetype>(4, m_areas.size()); ++t) {
                    QJsonObject target = m_templates.value(QStringLiteral("target"));
                    target.insert(QStringLiteral("ilp_id"), ilpId);
                    target.insert(QStringLiteral("area_id"), m_areas.at(t));
                    target.remove(QStringLiteral("lineage_target_id"));
                    target.insert(QStringLiteral("text"),
                                  QStringLiteral("Target %1 of year %2").arg(t).arg(year));
                    targets << create("target", target);
                    for (int j = 0; j < 2; ++j) {
                        QJsonObject judgement = m_templates.value(QStringLiteral("judgement"));
                        judgement.insert(QStringLiteral("target_id"), targets.last());
                        judgement.insert(QStringLiteral("judged_by"), staff(j));
                        create("judgement", judgement);
                    }
                }
                for (int e = 0; e < m_evidence; ++e)
                    evidence(pupils.at(p), targets.at(e % targets.size()), e);
            }
        }
        setLastSeq();
        m_db.exec("COMMIT");
    }

    qint64 changes() const { return m_changes; }
    // The changes a new tablet replays without compaction: the whole feed.
    qint64 feedLength()
    {
        return m_db
            .column(QStringLiteral("SELECT count(*) FROM sync_change WHERE school_id = ?"),
                    QString::fromUtf8(m_schoolId))
            .value(0)
            .toLongLong();
    }
    // The school's rows a whole-school tablet holds at the end (all but tombstones).
    qint64 liveRows()
    {
        return m_db
            .column(QStringLiteral("SELECT count(*) FROM sync_record WHERE school_id = ? AND deleted = 0"),
                    QString::fromUtf8(m_schoolId))
            .value(0)
            .toLongLong();
    }
    qint64 rows() const { return m_rows; }

private:
    QString staff(int i) const { return m_staff.at(i % m_staff.size()); }

    QJsonObject pupilFields(int p, int year) const
    {
        QJsonObject f = m_templates.value(QStringLiteral("pupil"));
        f.insert(QStringLiteral("first_name"), QStringLiteral("Pupil%1").arg(p));
        f.insert(QStringLiteral("upn"), QStringLiteral("G%1").arg(p, 12, 10, QLatin1Char('0')));
        f.insert(QStringLiteral("class_id"), m_classes.at((p + year) % m_classes.size()));
        return f;
    }

    // An observation of one pupil against one target: the item, its links, a photo's original
    // for one in two; its note edited up to three times; one in 25 deleted with its links.
    void evidence(const QString &pupilId, const QString &targetId, int e)
    {
        const QString by = staff(e);
        QJsonObject item = m_templates.value(QStringLiteral("evidence_item"));
        item.insert(QStringLiteral("captured_by"), by);
        item.insert(QStringLiteral("note"), QStringLiteral("Observation %1 of the week").arg(e));
        if (e % 2 == 0)
            item.insert(QStringLiteral("kind"), QStringLiteral("photo"));
        const QString itemId = create("evidence_item", item);
        QJsonObject link = m_templates.value(QStringLiteral("evidence_pupil"));
        link.insert(QStringLiteral("evidence_id"), itemId);
        link.insert(QStringLiteral("pupil_id"), pupilId);
        QStringList made{QStringLiteral("evidence_pupil"), create("evidence_pupil", link)};
        QJsonObject targetLink = m_templates.value(QStringLiteral("evidence_target"));
        targetLink.insert(QStringLiteral("evidence_id"), itemId);
        targetLink.insert(QStringLiteral("target_id"), targetId);
        if (targetLink.contains(QLatin1String("pupil_id")))
            targetLink.insert(QStringLiteral("pupil_id"), pupilId);
        made << QStringLiteral("evidence_target") << create("evidence_target", targetLink);
        if (e % 2 == 0) {
            QJsonObject media = m_templates.value(QStringLiteral("media_reference"));
            media.insert(QStringLiteral("evidence_id"), itemId);
            media.insert(QStringLiteral("sha256"),
                         QString::fromLatin1(QByteArray::number(m_changes, 16).rightJustified(64, '0')));
            made << QStringLiteral("media_reference") << create("media_reference", media);
        }
        const int edits = QRandomGenerator::global()->bounded(4);
        for (int k = 0; k < edits; ++k) {
            item.insert(QStringLiteral("note"),
                        QStringLiteral("Observation %1, edited %2 times").arg(e).arg(k + 1));
            edit("evidence_item", itemId, item, {QStringLiteral("note")});
        }
        if (QRandomGenerator::global()->bounded(25) == 0) {
            for (int i = 0; i < made.size(); i += 2)
                remove(made.at(i), made.at(i + 1));
            remove(QStringLiteral("evidence_item"), itemId);
        }
    }

    QByteArray nextHlc()
    {
        m_wall += 1 + QRandomGenerator::global()->bounded(2 * m_step + 1);
        return QStringLiteral("%1-0000-gen%2")
            .arg(m_wall, 12, 16, QLatin1Char('0'))
            .arg(m_changes % 7)
            .toUtf8();
    }

    void change(const QString &entity, const QString &id, const char *op, const QByteArray &fields,
                const QByteArray &hlc, const QByteArray &device)
    {
        ++m_changes;
        sqlite3_bind_text(m_change, 1, m_schoolId.constData(), int(m_schoolId.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_change, 2, ++m_seq);
        bind(m_change, 3, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        bind(m_change, 4, entity.toUtf8());
        bind(m_change, 5, id.toUtf8());
        sqlite3_bind_text(m_change, 6, op, -1, SQLITE_STATIC);
        bind(m_change, 7, fields);
        bind(m_change, 8, hlc);
        bind(m_change, 9, device);
        bind(m_change, 10, staff(int(m_changes)).toUtf8());
        bind(m_change, 11,
             QDateTime::fromMSecsSinceEpoch(m_wall, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8());
        step(m_change);
    }

    void clock(const QString &entity, const QString &id, const QString &field, const QByteArray &hlc,
               const QByteArray &device)
    {
        bind(m_clock, 1, entity.toUtf8());
        bind(m_clock, 2, id.toUtf8());
        bind(m_clock, 3, field.toUtf8());
        bind(m_clock, 4, hlc);
        bind(m_clock, 5, device);
        bind(m_clock, 6, staff(int(m_changes)).toUtf8());
        step(m_clock);
    }

    QString create(const char *entity, const QJsonObject &fields)
    {
        const QString e = QLatin1String(entity);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray hlc = nextHlc();
        const QByteArray device = "gen-tablet-" + QByteArray::number(m_changes % 7);
        const QByteArray text = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        bind(m_record, 1, e.toUtf8());
        bind(m_record, 2, id.toUtf8());
        bind(m_record, 3, m_schoolId);
        bind(m_record, 4, text);
        sqlite3_bind_int(m_record, 5, 0);
        sqlite3_bind_null(m_record, 6);
        bind(m_record, 7, hlc);
        step(m_record);
        ++m_rows;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            clock(e, id, it.key(), hlc, device);
        change(e, id, "upsert", text, hlc, device);
        return id;
    }

    void edit(const QString &entity, const QString &id, const QJsonObject &now, const QStringList &changed)
    {
        const QByteArray hlc = nextHlc();
        const QByteArray device = "gen-tablet-" + QByteArray::number(m_changes % 7);
        QJsonObject values;
        for (const QString &f : changed)
            values.insert(f, now.value(f));
        sqlite3_stmt *s =
            m_db.prepare("UPDATE sync_record SET fields = ? WHERE entity = ? AND entity_id = ?");
        bind(s, 1, QJsonDocument(now).toJson(QJsonDocument::Compact));
        bind(s, 2, entity.toUtf8());
        bind(s, 3, id.toUtf8());
        step(s);
        sqlite3_finalize(s);
        sqlite3_stmt *c = m_db.prepare("UPDATE sync_field_clock SET hlc = ?, device_id = ? WHERE entity = ? "
                                       "AND entity_id = ? AND field = ?");
        for (const QString &f : changed) {
            bind(c, 1, hlc);
            bind(c, 2, device);
            bind(c, 3, entity.toUtf8());
            bind(c, 4, id.toUtf8());
            bind(c, 5, f.toUtf8());
            step(c);
        }
        sqlite3_finalize(c);
        change(entity, id, "upsert", QJsonDocument(values).toJson(QJsonDocument::Compact), hlc, device);
    }

    void remove(const QString &entity, const QString &id)
    {
        const QByteArray hlc = nextHlc();
        sqlite3_stmt *s = m_db.prepare("UPDATE sync_record SET fields = '{}', deleted = 1, deleted_hlc = ? "
                                       "WHERE entity = ? AND entity_id = ?");
        bind(s, 1, hlc);
        bind(s, 2, entity.toUtf8());
        bind(s, 3, id.toUtf8());
        step(s);
        sqlite3_finalize(s);
        sqlite3_stmt *c = m_db.prepare("DELETE FROM sync_field_clock WHERE entity = ? AND entity_id = ?");
        bind(c, 1, entity.toUtf8());
        bind(c, 2, id.toUtf8());
        step(c);
        sqlite3_finalize(c);
        change(entity, id, "delete", "{}", hlc, "gen-tablet-0");
    }

    void setLastSeq()
    {
        sqlite3_stmt *s = m_db.prepare("UPDATE school_sequence SET last_seq = ? WHERE school_id = ?");
        sqlite3_bind_int64(s, 1, m_seq);
        bind(s, 2, m_schoolId);
        step(s);
        sqlite3_finalize(s);
    }

    Db m_db;
    QByteArray m_schoolId;
    int m_pupils, m_years, m_evidence;
    QHash<QString, QJsonObject> m_templates;
    QStringList m_classes, m_staff, m_areas;
    qint64 m_seq = 0, m_changes = 0, m_rows = 0, m_wall = 0, m_step = 1;
    sqlite3_stmt *m_record = nullptr, *m_clock = nullptr, *m_change = nullptr;
};

struct FirstSync
{
    double seconds = 0;
    int pulled = 0;
    int parked = 0;
    double tabletMiB = 0;
    double storeMiB = 0;
    qint64 tabletRows = 0;
};

// A fresh tablet's first sync against the store, started afresh so its peak is this sync's own.
FirstSync firstSync(BenchServer &server, const QString &schoolId, const QString &name)
{
    server.start();
    const QString code = server.enrolmentCode(schoolId, name);
    QProcess tablet;
    tablet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tablet.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--tablet"), server.url().toString(), code});
    if (!tablet.waitForFinished(3 * 3600 * 1000) || tablet.exitCode() != 0)
        giveUp(QStringLiteral("the tablet's first sync failed"));
    FirstSync r;
    r.storeMiB = peakMiB(QString::number(server.pid()));
    server.stop();
    const QStringList words =
        QString::fromUtf8(tablet.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    if (words.size() != 6 || words.first() != QLatin1String("tablet"))
        giveUp(QStringLiteral("the tablet said: %1").arg(words.join(QLatin1Char(' '))));
    r.seconds = words.at(1).toDouble();
    r.pulled = words.at(2).toInt();
    r.parked = words.at(3).toInt();
    r.tabletMiB = words.at(4).toDouble();
    r.tabletRows = words.at(5).toLongLong();
    return r;
}

QString describe(const FirstSync &r)
{
    return QStringLiteral("%1 s, %2 changes received (%3 parked), %6 rows held; peak memory: tablet %4 MiB, "
                          "store %5 MiB")
        .arg(r.seconds, 0, 'f', 1)
        .arg(r.pulled)
        .arg(r.parked)
        .arg(r.tabletMiB, 0, 'f', 0)
        .arg(r.storeMiB, 0, 'f', 0)
        .arg(r.tabletRows);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.first() == QLatin1String("--tablet"))
        return runTablet(args.at(1), args.at(2));
    const int pupils = option(args, QStringLiteral("--pupils"), 300);
    const int years = option(args, QStringLiteral("--years"), 5);
    const int evidence = option(args, QStringLiteral("--evidence"), 120);
    if (!qEnvironmentVariableIsEmpty("STRIDE_BENCH_POSTGRES_URL"))
        giveUp(QStringLiteral("the school is generated into SQLite; unset STRIDE_BENCH_POSTGRES_URL"));

    BenchServer server;
    const QString schoolId = server.loadDemo();
    QElapsedTimer timer;
    timer.start();
    Generator school(server.dataDir() + QStringLiteral("/stride-store.db"), schoolId, pupils, years,
                     evidence);
    school.run();
    line(
        QStringLiteral("Generated %1 pupils, %2 years, %3 evidence items a pupil a year: %4 changes, %5 rows "
                       "(%6 s, written straight into stride-store.db); the school has %7 live rows in all")
            .arg(pupils)
            .arg(years)
            .arg(evidence)
            .arg(school.changes())
            .arg(school.rows())
            .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
            .arg(school.liveRows()));

    if (args.contains(QStringLiteral("--replay")))
        line(QStringLiteral("First sync replaying the whole feed (no compaction): ") +
             describe(firstSync(server, schoolId, QStringLiteral("Replaying tablet"))));
    else
        line(QStringLiteral(
                 "Without compaction a new tablet would replay the whole feed, %1 changes (--replay "
                 "times it).")
                 .arg(school.feedLength()));

    timer.restart();
    const QString compacted =
        server.admin({QStringLiteral("compact-changes"), QStringLiteral("--school"), schoolId});
    line(QStringLiteral("Compacted in %1 s: %2").arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1).arg(compacted));

    line(QStringLiteral("First sync from a snapshot: ") +
         describe(firstSync(server, schoolId, QStringLiteral("Snapshot tablet"))));
    return 0;
}
