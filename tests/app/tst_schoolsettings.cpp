// A lost tablet's pages on the demo school (docs/security.md, "A lost tablet"): School settings,
// where senior leaders and the office change the days a tablet may stay offline (a refused value
// kept as typed, with the reason; read only for a TA), and what the sync page says this tablet
// holds and when it locks itself.

#include "appfixture.h"

#include "schoolsettings.h"
#include "thistablet.h"

#include "people/offlinelock.h"
#include "store/store.h"
#include "sync/syncledger.h"
#include "sync/tabletclasses.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("Senior leaders and the office change the offline-lock days; what was refused stays typed",
          "[app][schoolsettings]")
{
    DemoTablet t;
    const QString schoolId = t.session().schoolId();
    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    SchoolSettings settings;
    settings.setSession(&t.session());
    CHECK(settings.canChange());
    CHECK(settings.offlineLockDays() == 14);
    CHECK(settings.usingDefault());
    CHECK(settings.typedDays() == QLatin1String("14"));
    CHECK_FALSE(settings.isChanged());

    for (const char *bad : {"400", "0", "", "a fortnight"}) {
        INFO(bad);
        settings.setTypedDays(QString::fromLatin1(bad));
        CHECK_FALSE(settings.save());
        CHECK(settings.refused());
        CHECK_FALSE(settings.message().isEmpty());
        CHECK(settings.typedDays() == QString::fromLatin1(bad));
        CHECK(t.store().school(schoolId)->offlineLockDays == 14);
    }
    settings.setTypedDays(QStringLiteral("400"));
    CHECK_FALSE(settings.save());
    CHECK(settings.message().contains(QLatin1String("between 1 and 365 days")));
    // Typing again clears what the last save said.
    settings.setTypedDays(QStringLiteral("21"));
    CHECK(settings.message().isEmpty());
    CHECK(settings.isChanged());
    CHECK(settings.save());
    CHECK_FALSE(settings.refused());
    CHECK(settings.message().contains(QLatin1String("21 days")));
    CHECK(settings.offlineLockDays() == 21);
    CHECK_FALSE(settings.usingDefault());
    CHECK(t.store().school(schoolId)->offlineLockDays == 21);

    // The office too.
    t.session().signOut();
    REQUIRE(t.signInAs(QStringLiteral("Julie")));
    CHECK(settings.canChange());
    settings.setTypedDays(QStringLiteral("30"));
    CHECK(settings.save());
    CHECK(t.store().school(schoolId)->offlineLockDays == 30);

    // A TA reads it and cannot change it.
    t.session().signOut();
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    CHECK_FALSE(settings.canChange());
    CHECK(settings.offlineLockDays() == 30);
    CHECK(settings.currentText() == QLatin1String("30 days"));
    settings.setTypedDays(QStringLiteral("365"));
    CHECK_FALSE(settings.save());
    CHECK(settings.message().contains(QLatin1String("Only a senior leader or the office")));
    CHECK(t.store().school(schoolId)->offlineLockDays == 30);
}

TEST_CASE("The sync page says what this tablet holds and when it locks itself", "[app][schoolsettings]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    ThisTablet tablet;
    tablet.setSession(&t.session());
    CHECK_FALSE(tablet.enrolled()); // the demo is on no store: nothing to say
    CHECK(tablet.lockText().isEmpty());

    Enrolment e;
    e.serverUrl = QUrl(QStringLiteral("https://stride.school.example"));
    e.deviceId = QStringLiteral("dev-1");
    e.deviceToken = QStringLiteral("token-1");
    e.schoolId = t.session().schoolId();
    e.schoolName = t.session().schoolName();
    e.enrolledAt = QDateTime::currentDateTimeUtc().addDays(-40);
    REQUIRE(SyncLedger(t.store()).saveEnrolment(e));
    const QDateTime reached = QDateTime::currentDateTimeUtc().addDays(-1);
    REQUIRE(OfflineLock(t.store()).noteStoreReached(reached));
    tablet.reload();
    CHECK(tablet.enrolled());
    CHECK(tablet.holdsText().contains(QLatin1String("has not yet said")));
    const QString locksOn =
        QLocale().toString(reached.addDays(14).toLocalTime().date(), QStringLiteral("dddd d MMMM yyyy"));
    CHECK(tablet.lockText().contains(locksOn));
    CHECK(tablet.lockText().contains(QLatin1String("14 days")));
    CHECK_FALSE(tablet.locksSoon());

    QStringList ids;
    for (const SchoolClass &c : t.store().classesOfSchool(t.session().schoolId()))
        if (c.name == QLatin1String("Oak") || c.name == QLatin1String("Willow"))
            ids << c.id;
    REQUIRE(ids.size() == 2);
    REQUIRE((TabletClasses{false, ids}.save(t.store())));
    tablet.reload();
    CHECK_FALSE(tablet.wholeSchool());
    CHECK(tablet.holdsText().contains(QLatin1String("Oak and Willow's pupils")));
    CHECK_FALSE(tablet.holdsText().contains(QLatin1String("Rowan")));

    REQUIRE((TabletClasses{true, {}}.save(t.store())));
    REQUIRE(OfflineLock(t.store()).noteStoreReached(QDateTime::currentDateTimeUtc().addDays(-13)));
    tablet.reload();
    CHECK(tablet.wholeSchool());
    CHECK(tablet.holdsText().contains(QLatin1String("whole school")));
    CHECK(tablet.locksSoon());

    REQUIRE(OfflineLock(t.store()).noteStoreReached(QDateTime::currentDateTimeUtc().addDays(-20)));
    tablet.reload();
    CHECK(tablet.lockText().contains(QLatin1String("locked itself")));
}
