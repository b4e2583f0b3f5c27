// The admin commands: schools, staff, CSV import and the demo school, all written through the
// same push path as a tablet's changes (docs/operations.md).
#include "storeharness.h"

#include <QSet>

using namespace StoreTest;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(STRIDE_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
}

QSet<QString> entitiesOf(const QList<QJsonObject> &changes)
{
    QSet<QString> set;
    for (const QJsonObject &c : changes)
        set.insert(c.value(QLatin1String("entity")).toString());
    return set;
}
} // namespace

STORE_TEST_CASE(importCsv,
                "import puts a school's CSV files into the store, and a dry run or a repeat changes nothing",
                "[server][admin]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const QStringList files{fixture("classes.csv"), fixture("staff.csv"), fixture("pupils.csv"),
                            fixture("ehcp_outcomes.csv")};
    const qsizetype before = store.pullAll(tablet).size();

    const CommandResult preview =
        store.admin(QStringList{QStringLiteral("import"), QStringLiteral("--school"), school.id,
                                QStringLiteral("--dry-run")} +
                    files);
    INFO(preview.out.toStdString() << preview.err.toStdString());
    CHECK(preview.exitCode == 0);
    CHECK(preview.out.contains(QLatin1String("Preview")));
    CHECK(store.pullAll(tablet).size() == before);

    const CommandResult imported =
        store.admin(QStringList{QStringLiteral("import"), QStringLiteral("--school"), school.id} + files);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QList<QJsonObject> changes = store.pullAll(tablet);
    CHECK(changes.size() > before);
    const QSet<QString> entities = entitiesOf(changes);
    for (const char *e : {"school_class", "class_staff", "pupil", "ehcp_outcome"})
        CHECK(entities.contains(QString::fromLatin1(e)));
    bool foundAva = false;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("pupil") &&
            c.value(QLatin1String("fields")).toObject().value(QLatin1String("first_name")).toString() ==
                QLatin1String("Ava")) {
            foundAva = true;
            CHECK(c.value(QLatin1String("fields")).toObject().value(QLatin1String("school_id")).toString() ==
                  school.id);
        }
    CHECK(foundAva);

    // Importing the same files again matches every row, and sends nothing out.
    const CommandResult repeat =
        store.admin(QStringList{QStringLiteral("import"), QStringLiteral("--school"), school.id} + files);
    INFO(repeat.out.toStdString() << repeat.err.toStdString());
    CHECK(repeat.exitCode == 0);
    CHECK(store.pullAll(tablet).size() == changes.size());

    // A file with a problem imports nothing, and says where the problem is.
    const CommandResult broken = store.admin({QStringLiteral("import"), QStringLiteral("--school"), school.id,
                                              fixture("pupils_unknown_class.csv")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QLatin1String("Nothing has been imported")));
    CHECK(store.pullAll(tablet).size() == changes.size());

    CHECK(
        store.admin({QStringLiteral("import"), QStringLiteral("--school"), newUuid(), fixture("classes.csv")})
            .exitCode == 1);
}

STORE_TEST_CASE(addStaff, "add-staff sets roles, classes and a PIN, and updates a person matched by email",
                "[server][admin]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    REQUIRE(
        store.admin({QStringLiteral("import"), QStringLiteral("--school"), school.id, fixture("classes.csv")})
            .exitCode == 0);
    const QStringList base{
        QStringLiteral("add-staff"),    QStringLiteral("--school"), school.id,
        QStringLiteral("--first-name"), QStringLiteral("Ann"),      QStringLiteral("--surname"),
        QStringLiteral("Lee"),          QStringLiteral("--email"),  QStringLiteral("ann.lee@example.org")};
    const CommandResult added = store.admin(
        base + QStringList{QStringLiteral("--roles"), QStringLiteral("ta"), QStringLiteral("--classes"),
                           QStringLiteral("Oak;Ash"), QStringLiteral("--pin"), QStringLiteral("4827")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString staffId = added.firstLine();

    const CommandResult updated =
        store.admin(base + QStringList{QStringLiteral("--roles"), QStringLiteral("teacher,slt")});
    INFO(updated.err.toStdString());
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.firstLine() == staffId);
    CHECK(updated.err.contains(QLatin1String("Updated")));

    store.start();
    const Tablet tablet = store.enrol(school.id);
    const QList<QJsonObject> changes = store.pullAll(tablet);
    const QJsonObject ann = fold(changes, QStringLiteral("staff"), staffId);
    CHECK(ann.value(QLatin1String("roles")).toString() == QLatin1String("teacher,slt"));
    // The PIN is checked by the store at a first sign-in; no tablet receives its hash.
    CHECK_FALSE(ann.contains(QLatin1String("pin_hash")));
    CHECK_FALSE(ann.contains(QLatin1String("pin_salt")));
    CHECK(store.signIn(tablet, staffId, QStringLiteral("4827")).status == 200);
    CHECK(store.signIn(tablet, staffId, QStringLiteral("4828")).status == 401);
    int classLinks = 0;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("class_staff") &&
            c.value(QLatin1String("fields")).toObject().value(QLatin1String("staff_id")).toString() ==
                staffId)
            ++classLinks;
    CHECK(classLinks == 2);

    // Mistakes are named back, and change nothing.
    CHECK(
        store.admin(base + QStringList{QStringLiteral("--roles"), QStringLiteral("headteacher")}).exitCode ==
        2);
    const CommandResult noClass =
        store.admin(base + QStringList{QStringLiteral("--roles"), QStringLiteral("ta"),
                                       QStringLiteral("--classes"), QStringLiteral("Elm")});
    CHECK(noClass.exitCode == 1);
    CHECK(noClass.err.contains(QLatin1String("Elm")));
    const CommandResult weakPin =
        store.admin(base + QStringList{QStringLiteral("--roles"), QStringLiteral("ta"),
                                       QStringLiteral("--pin"), QStringLiteral("1234")});
    CHECK(weakPin.exitCode == 1);
    CHECK(store.admin({QStringLiteral("add-staff"), QStringLiteral("--school"), school.id}).exitCode == 2);
    CHECK(store
              .admin({QStringLiteral("create-school"), QStringLiteral("--name"), QStringLiteral("X"),
                      QStringLiteral("--bogus"), QStringLiteral("1")})
              .exitCode == 2);
}

STORE_TEST_CASE(demoSchool, "load-demo makes the demo school, which a tablet pulls in pages",
                "[server][admin]")
{
    Store store(backend);
    const CommandResult demo = store.admin({QStringLiteral("load-demo")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString schoolId = demo.firstLine();
    store.start();
    const Tablet tablet = store.enrol(schoolId);
    const QList<QJsonObject> changes = store.pullAll(tablet, 200);
    CHECK(changes.size() > 200);
    const QSet<QString> entities = entitiesOf(changes);
    for (const char *e : {"school", "staff", "pupil", "term", "ilp", "target", "judgement", "evidence_item",
                          "evidence_pupil"})
        CHECK(entities.contains(QString::fromLatin1(e)));
    CHECK(fold(changes, QStringLiteral("school"), schoolId).value(QLatin1String("name")).toString() ==
          QLatin1String("Millbrook Park School"));
}
