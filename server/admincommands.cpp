#include "admincommands.h"

#include "devices.h"
#include "feedcompaction.h"
#include "mediaquota.h"
#include "pushapplier.h"
#include "recordstore.h"
#include "sqlconnection.h"
#include "stagingstore.h"
#include "storesetup.h"
#include "tlscertificate.h"

#include <demo/demoschool.h>
#include <import/schoolimport.h>
#include <people/staffpin.h>

#include <QDateTime>
#include <QRegularExpression>

#include <cstdio>
#include <functional>

namespace Stride::Server {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

int usage(const QString &message)
{
    say(QStringLiteral("stride-store: %1").arg(message));
    return 2;
}

// Applies a staging store's changes exactly as a push from the school's admin pseudo-device,
// all or nothing. Returns false (having said why) if anything was refused.
bool pushAsAdmin(const QString &schoolId, const StagingStore &staging)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    ServerClock clock;
    if (const auto last = HlcTimestamp::parse(RecordStore(db).latestHlc()))
        clock.restore(*last);
    QList<ParsedMutation> batch;
    for (const QJsonObject &m : staging.pendingMutations())
        batch << IncomingMutation::parse(m);
    PushApplier applier(clock);
    const PushOutcome outcome =
        applier.apply({schoolId, DeviceRegistry::adminDevice(schoolId), true, true}, batch);
    if (outcome.committed)
        return true;
    say(QStringLiteral("Nothing was changed: the store refused %1 change(s).").arg(outcome.rejected.size()));
    for (const Rejection &r : outcome.rejected.mid(0, 20))
        say(QStringLiteral("  %1: %2").arg(r.error, r.message));
    return false;
}

// Runs `work` with the store open, turning any exception into a plain failure.
int withStore(const CommandLine &line, const std::function<int(const QString &dataDir)> &work)
{
    QString dataDir;
    QString error;
    if (!openStore(line, &dataDir, &error)) {
        say(QStringLiteral("stride-store: %1").arg(error));
        return 1;
    }
    int status = 1;
    try {
        status = work(dataDir);
    } catch (const std::exception &e) {
        say(QStringLiteral("stride-store: nothing was changed, because of a problem with the store: %1")
                .arg(QString::fromStdString(e.what())));
        status = 1;
    }
    SqlConnection::closeThisThread();
    return status;
}

bool opened(StagingStore &staging)
{
    QString error;
    if (staging.open(&error))
        return true;
    say(error);
    return false;
}

// Opens the staging store with a copy of the school's records (StagingStore::seed), for the
// commands that change an existing school. Says why not if it cannot.
bool openedWithSchool(StagingStore &staging, const QString &schoolId)
{
    if (!opened(staging))
        return false;
    QString error;
    if (staging.seed(schoolId, &error))
        return true;
    say(error);
    return false;
}

} // namespace

int AdminCommands::createSchool(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("name")}); !missing.isEmpty())
        return usage(missing);
    School school{newId(),
                  line.value(QStringLiteral("name")).trimmed(),
                  line.value(QStringLiteral("urn")).trimmed(),
                  {}};
    if (const auto problems = school.validate(); !problems.isEmpty()) {
        for (const ValidationProblem &p : problems)
            say(p.message);
        return 1;
    }
    return withStore(line, [&](const QString &dataDir) {
        StagingStore staging(dataDir);
        if (!opened(staging))
            return 1;
        if (const WriteResult r = staging.store().save(school); !r) {
            say(r.message);
            return 1;
        }
        for (const AreaOfLearning &area : AreaOfLearning::defaultSet(school.id))
            if (const WriteResult r = staging.store().save(area); !r) {
                say(r.message);
                return 1;
            }
        if (!pushAsAdmin(school.id, staging))
            return 1;
        say(QStringLiteral("Created %1, with the default areas of learning. Its id:").arg(school.name));
        print(school.id);
        return 0;
    });
}

int AdminCommands::addStaff(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("school"), QStringLiteral("first-name"),
                                              QStringLiteral("surname"), QStringLiteral("roles")});
        !missing.isEmpty())
        return usage(missing);
    QStringList unknownRoles;
    const QList<StaffRole> roles = fromKeyList<StaffRole>(line.value(QStringLiteral("roles")), &unknownRoles);
    if (!unknownRoles.isEmpty() || roles.isEmpty())
        return usage(QStringLiteral("--roles takes a comma-separated list of %1 (not \"%2\").")
                         .arg(allKeys<StaffRole>().join(QStringLiteral(", ")),
                              unknownRoles.join(QStringLiteral(", "))));
    const QString schoolId = line.value(QStringLiteral("school")).trimmed();
    return withStore(line, [&](const QString &dataDir) {
        StagingStore staging(dataDir);
        if (!openedWithSchool(staging, schoolId))
            return 1;
        Store &store = staging.store();
        const QString email = line.value(QStringLiteral("email")).trimmed();
        const auto existing = email.isEmpty() ? std::nullopt : store.staffByEmail(schoolId, email);
        Staff staff = existing.value_or(Staff{});
        if (!existing) {
            staff.id = newId();
            staff.schoolId = schoolId;
        }
        staff.firstName = line.value(QStringLiteral("first-name")).trimmed();
        staff.surname = line.value(QStringLiteral("surname")).trimmed();
        staff.email = email;
        staff.roles = roles;
        staff.active = true;
        if (line.has(QStringLiteral("classes"))) {
            staff.classIds.clear();
            for (const QString &name :
                 line.value(QStringLiteral("classes"))
                     .split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
                const auto c = store.classByName(schoolId, name.trimmed());
                if (!c) {
                    QStringList known;
                    for (const SchoolClass &sc : store.classesOfSchool(schoolId))
                        known << sc.name;
                    say(QStringLiteral("The school has no class called \"%1\". Its classes: %2.")
                            .arg(name.trimmed(), known.isEmpty() ? QStringLiteral("none yet")
                                                                 : known.join(QStringLiteral(", "))));
                    return 1;
                }
                staff.classIds << c->id;
            }
        }
        if (line.has(QStringLiteral("pin")) && !StaffPin::set(staff, line.value(QStringLiteral("pin")))) {
            for (const ValidationProblem &p : StaffPin::check(line.value(QStringLiteral("pin"))))
                say(p.message);
            return 1;
        }
        if (const WriteResult r = store.save(staff); !r) {
            say(r.message);
            return 1;
        }
        if (!pushAsAdmin(schoolId, staging))
            return 1;
        say(QStringLiteral("%1 %2. Their staff id:")
                .arg(existing ? QStringLiteral("Updated") : QStringLiteral("Added"), staff.displayName()));
        print(staff.id);
        return 0;
    });
}

int AdminCommands::importFiles(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("school")}); !missing.isEmpty())
        return usage(missing);
    if (line.arguments.isEmpty())
        return usage(QStringLiteral("Name the CSV files to import: classes.csv, staff.csv, pupils.csv, "
                                    "ehcp_outcomes.csv, targets.csv."));
    const QString schoolId = line.value(QStringLiteral("school")).trimmed();
    const bool dryRun = line.has(QStringLiteral("dry-run"));
    return withStore(line, [&](const QString &dataDir) {
        StagingStore staging(dataDir);
        if (!openedWithSchool(staging, schoolId))
            return 1;
        SchoolImporter importer(staging.store(), schoolId);
        for (const QString &file : line.arguments)
            importer.addFile(file);
        const ImportReport report = dryRun ? importer.dryRun() : importer.run();
        if (!report.ok() || dryRun) {
            print(report.summary());
            return report.ok() ? 0 : 1;
        }
        if (!pushAsAdmin(schoolId, staging))
            return 1;
        print(report.summary());
        return 0;
    });
}

int AdminCommands::loadDemo(const CommandLine &line)
{
    return withStore(line, [&](const QString &dataDir) {
        StagingStore staging(dataDir);
        if (!opened(staging))
            return 1;
        const DemoSchool::Result demo = DemoSchool::load(staging.store());
        if (!demo.ok) {
            say(demo.message);
            return 1;
        }
        if (!pushAsAdmin(demo.schoolId, staging))
            return 1;
        say(QStringLiteral("Loaded the demo school. Its id:"));
        print(demo.schoolId);
        return 0;
    });
}

namespace {

// The scope typed: --whole-school, or --class once per class (by name). nullopt, having said why,
// when it is neither, both (`exitCode` 2), or names a class the school does not have, or has twice
// (`exitCode` 1).
std::optional<DeviceScope> typedScope(const CommandLine &line, const QString &schoolId, int *exitCode)
{
    const QStringList names = line.values(QStringLiteral("class"));
    const bool whole = line.has(QStringLiteral("whole-school"));
    if (whole == !names.isEmpty()) {
        usage(
            QStringLiteral("Say whom the tablet serves: --class \"Oak\" (again for each further class), or "
                           "--whole-school for SLT and the office. It receives only those pupils' records."));
        *exitCode = 2;
        return std::nullopt;
    }
    DeviceScope scope;
    scope.wholeSchool = whole;
    for (const QString &name : names) {
        const QStringList ids = DeviceRegistry::classesNamed(schoolId, name);
        if (ids.size() != 1) {
            say(ids.isEmpty()
                    ? QStringLiteral("The school has no class called \"%1\". Nothing was changed.").arg(name)
                    : QStringLiteral("The school has %1 classes called \"%2\"; rename one first. "
                                     "Nothing was changed.")
                          .arg(ids.size())
                          .arg(name));
            *exitCode = 1;
            return std::nullopt;
        }
        if (!scope.classIds.contains(ids.first()))
            scope.classIds << ids.first();
    }
    return scope;
}

} // namespace

int AdminCommands::enrolDevice(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("school"), QStringLiteral("name")});
        !missing.isEmpty())
        return usage(missing);
    bool ok = true;
    const int validSeconds = line.has(QStringLiteral("valid-seconds"))
                                 ? line.value(QStringLiteral("valid-seconds")).toInt(&ok)
                                 : DeviceRegistry::kDefaultCodeValiditySeconds;
    if (!ok || validSeconds < 1)
        return usage(QStringLiteral("--valid-seconds takes a positive number of seconds."));
    const QString schoolId = line.value(QStringLiteral("school")).trimmed();
    const QString name = line.value(QStringLiteral("name")).trimmed().left(200);
    return withStore(line, [&](const QString &) {
        const auto school = DeviceRegistry::schoolName(schoolId);
        if (!school) {
            say(QStringLiteral("The store has no school with the id %1.").arg(schoolId));
            return 1;
        }
        int exitCode = 0;
        const auto scope = typedScope(line, schoolId, &exitCode);
        if (!scope)
            return exitCode;
        const QString code = DeviceRegistry::createEnrolmentCode(schoolId, name, validSeconds, *scope);
        say(QStringLiteral(
                "Type this code into Stride on \"%1\" (%2, serving %3). It works once, until %4 UTC:")
                .arg(name, *school, scope->describe(schoolId),
                     QDateTime::currentDateTimeUtc()
                         .addSecs(validSeconds)
                         .toString(QStringLiteral("dd/MM/yyyy hh:mm"))));
        print(code);
        return 0;
    });
}

int AdminCommands::setDeviceClasses(const CommandLine &line)
{
    if (line.arguments.size() != 1)
        return usage(QStringLiteral("set-device-classes takes one device id (see list-devices)."));
    return withStore(line, [&](const QString &) {
        const auto device = DeviceRegistry::find(line.arguments.first().trimmed());
        if (!device || device->revoked()) {
            say(QStringLiteral("There is no enrolled tablet with the id %1. list-devices shows them.")
                    .arg(line.arguments.first()));
            return 1;
        }
        int exitCode = 0;
        const auto scope = typedScope(line, device->schoolId, &exitCode);
        if (!scope)
            return exitCode;
        DeviceRegistry::setScope(*device, *scope);
        print(
            QStringLiteral("\"%1\" now serves %2. At its next sync it receives those pupils and removes the "
                           "others.")
                .arg(device->name, scope->describe(device->schoolId)));
        return 0;
    });
}

int AdminCommands::revokeDevice(const CommandLine &line)
{
    if (line.arguments.size() != 1)
        return usage(QStringLiteral("revoke-device takes one device id (see list-devices)."));
    return withStore(line, [&](const QString &) {
        Device device;
        if (!DeviceRegistry::revoke(line.arguments.first().trimmed(), &device)) {
            say(QStringLiteral("There is no tablet with the id %1. list-devices shows them.")
                    .arg(line.arguments.first()));
            return 1;
        }
        print(QStringLiteral(
                  "Revoked \"%1\". Its next request will be refused and Stride on it will erase its data.")
                  .arg(device.name));
        return 0;
    });
}

int AdminCommands::listDevices(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("school")}); !missing.isEmpty())
        return usage(missing);
    return withStore(line, [&](const QString &) {
        const QList<Device> devices = DeviceRegistry::list(line.value(QStringLiteral("school")).trimmed());
        if (devices.isEmpty())
            say(QStringLiteral("No tablets are enrolled with this school yet."));
        for (const Device &d : devices)
            print(
                QStringLiteral("%1  %2  enrolled %3  last seen %4  %5  serves %6")
                    .arg(d.id, d.name.leftJustified(24), d.enrolledAt.left(16),
                         d.lastSeenAt.isEmpty() ? QStringLiteral("never           ") : d.lastSeenAt.left(16),
                         d.revoked() ? QStringLiteral("REVOKED %1").arg(d.revokedAt.left(16))
                                     : QStringLiteral("active"),
                         DeviceRegistry::scopeOf(d).describe(d.schoolId)));
        // serve's --media-quota-gb is not known here: a school without its own quota says so.
        print(QStringLiteral("Media stored: %1")
                  .arg(MediaQuota::useOf(line.value(QStringLiteral("school")).trimmed(), 0).describe()));
        return 0;
    });
}

int AdminCommands::setQuota(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("school")}); !missing.isEmpty())
        return usage(missing);
    const bool clear = line.has(QStringLiteral("clear"));
    if (clear == line.has(QStringLiteral("media-gb")))
        return usage(QStringLiteral("set-quota takes either --media-gb N (the school's room for photos, "
                                    "videos and voice notes, in GB) or --clear."));
    const auto bytes =
        clear ? std::optional<qint64>(0) : MediaQuota::bytesFromGb(line.value(QStringLiteral("media-gb")));
    if (!bytes)
        return usage(QStringLiteral("--media-gb takes a number of gigabytes above 0, such as 200 or 0.5."));
    const QString schoolId = line.value(QStringLiteral("school")).trimmed();
    return withStore(line, [&](const QString &) {
        const auto school = DeviceRegistry::schoolName(schoolId);
        if (!school) {
            say(QStringLiteral("The store has no school with the id %1.").arg(schoolId));
            return 1;
        }
        if (clear)
            MediaQuota::clearQuota(schoolId);
        else
            MediaQuota::setQuota(schoolId, *bytes);
        const MediaUse use = MediaQuota::useOf(schoolId, 0);
        say(clear ? QStringLiteral("%1 has no media quota of its own now (serve --media-quota-gb applies, if "
                                   "given).")
                        .arg(*school)
                  : QStringLiteral("%1 may now store photos, videos and voice notes up to its quota. Tablets "
                                   "send what is waiting at their next sync.")
                        .arg(*school));
        if (use.quotaBytes && !use.fits(0))
            say(QStringLiteral("It already holds more than that: nothing is removed, but no more files are "
                               "taken until there is room."));
        print(QStringLiteral("Media stored: %1").arg(use.describe()));
        return 0;
    });
}

int AdminCommands::compactChanges(const CommandLine &line)
{
    int silentDays = 0;
    if (line.has(QStringLiteral("silent-days"))) {
        bool ok = false;
        silentDays = line.value(QStringLiteral("silent-days")).toInt(&ok);
        if (!ok || silentDays < 1)
            return usage(QStringLiteral("--silent-days must be a whole number of days, 1 or more."));
    }
    return withStore(line, [&](const QString &) {
        QStringList schools;
        if (line.has(QStringLiteral("school"))) {
            schools << line.value(QStringLiteral("school")).trimmed();
        } else {
            QSqlQuery q =
                Sql::exec(SqlConnection::forThisThread(),
                          QStringLiteral("SELECT school_id FROM school_sequence ORDER BY school_id"));
            while (q.next())
                schools << q.value(0).toString();
        }
        for (const QString &school : std::as_const(schools)) {
            const FeedCompaction::Result r = FeedCompaction::compact(school, silentDays);
            print(
                QStringLiteral("%1  changes up to %2 of %3 compacted, %4 removed now; %5 live tablet(s), %6 "
                               "holding the feed back")
                    .arg(school)
                    .arg(r.horizon)
                    .arg(r.lastSeq)
                    .arg(r.removed)
                    .arg(r.liveTablets)
                    .arg(r.holdingTablets));
        }
        say(QStringLiteral("A tablet whose cursor is below the compacted changes (or a new one) receives the "
                           "school's records as they stand, deletions included, then the changes after."));
        return 0;
    });
}

int AdminCommands::makeSelfSignedCertificate(const CommandLine &line)
{
    if (const QString missing = line.require({QStringLiteral("out"), QStringLiteral("host")});
        !missing.isEmpty())
        return usage(missing);
    bool ok = true;
    // 825 days: the longest some tablets (Apple's) accept for a server certificate.
    const int days = line.has(QStringLiteral("days")) ? line.value(QStringLiteral("days")).toInt(&ok) : 825;
    if (!ok || days < 1 || days > 825)
        return usage(QStringLiteral("--days takes a number of days from 1 to 825."));
    const QString host = line.value(QStringLiteral("host")).trimmed();
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(',')))
        return usage(QStringLiteral("--host takes the name or address tablets will type, such as "
                                    "stride.school.lan or 10.0.0.5."));
    const TlsCertificate::Made made =
        TlsCertificate::makeSelfSigned(line.value(QStringLiteral("out")), host, days);
    if (!made.ok) {
        say(QStringLiteral("stride-store: %1").arg(made.error));
        return 1;
    }
    say(QStringLiteral("Made a key (%1, readable by its owner only) and a certificate for %2 (%3), valid "
                       "for %4 days. Serve with:\n  stride-store serve --tls-cert %3 --tls-key %1 ...\n"
                       "When a tablet enrols, check that it shows this SHA-256 fingerprint:")
            .arg(made.keyPath, host, made.certificatePath)
            .arg(days));
    print(made.fingerprint);
    return 0;
}

} // namespace Stride::Server
