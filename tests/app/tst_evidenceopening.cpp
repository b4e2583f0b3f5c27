// Who opened which pupil's evidence, as the tablet notes it for the school's audit log
// (Store::recordEvidenceOpened, docs/security.md "Audit"): one change per opening of the evidence
// page by a person, never a second one for the same page reloading.
#include "appfixture.h"
#include "capturecontroller.h"
#include "evidencedetail.h"
#include "store/evidenceopening.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QList<Mutation> openingsOf(DemoTablet &t, const QString &evidenceId)
{
    QList<Mutation> found;
    for (const Mutation &m : t.store().mutations(0, 100000))
        if (m.entity == EvidenceOpening::entity() &&
            m.fields.value(EvidenceOpening::evidenceIdField()).toString() == evidenceId)
            found << m;
    return found;
}

} // namespace

TEST_CASE("Opening a piece of evidence notes who opened it, once per opening", "[evidence][audit]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::InternalOnly);
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE_FALSE(targets.isEmpty());
    CaptureController &c = t.capture();
    c.begin({pupil.id}, targets.first().id, QStringLiteral("written"));
    c.setNote(QStringLiteral("Poured a drink on her own."));
    QSignalSpy saved(&c, &CaptureController::saved);
    REQUIRE(c.save());
    const QString id = saved.first().first().toString();
    CHECK(openingsOf(t, id).isEmpty()); // capturing it is not opening it

    {
        EvidenceDetail detail;
        detail.setSession(&t.session());
        detail.setMedia(&t.app->mediaFiles());
        detail.setEvidenceId(id);
        REQUIRE(detail.found());
        const QList<Mutation> first = openingsOf(t, id);
        REQUIRE(first.size() == 1);
        const Mutation &m = first.first();
        CHECK(m.op == QStringLiteral("upsert"));
        CHECK(m.authorStaffId == t.staffId(QStringLiteral("Hannah")));
        CHECK(m.fields.value(EvidenceOpening::staffIdField()).toString() ==
              t.staffId(QStringLiteral("Hannah")));
        CHECK(QDateTime::fromString(m.fields.value(EvidenceOpening::viewedAtField()).toString(),
                                    Qt::ISODateWithMs)
                  .isValid());
        CHECK(m.sentAt.isNull()); // waiting to go up with the next sync

        // Editing and saving reloads the page: still the one opening.
        detail.setNote(QStringLiteral("Poured a drink on her own, twice."));
        REQUIRE(detail.save());
        detail.reload();
        CHECK(openingsOf(t, id).size() == 1);

        // Another person signed in on the same page has opened it too.
        REQUIRE(t.signInAs(QStringLiteral("Dawn")));
        detail.reload();
        const QList<Mutation> both = openingsOf(t, id);
        REQUIRE(both.size() == 2);
        CHECK(both.last().authorStaffId == t.staffId(QStringLiteral("Dawn")));
    }

    // Opening the page again is another opening.
    EvidenceDetail again;
    again.setSession(&t.session());
    again.setEvidenceId(id);
    REQUIRE(again.found());
    CHECK(openingsOf(t, id).size() == 3);

    // Each opening is its own record, and the tablet keeps no table of them: they are only sent up.
    QStringList ids;
    for (const Mutation &m : openingsOf(t, id))
        ids << m.entityId;
    ids.removeDuplicates();
    CHECK(ids.size() == 3);
    QSqlQuery tables(t.store().database());
    REQUIRE(tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'evidence_view'")));
    REQUIRE(tables.next());
    CHECK(tables.value(0).toInt() == 0);

    // Nobody signed in: nothing is noted, and the store says so.
    t.session().signOut();
    CHECK_FALSE(t.store().recordEvidenceOpened(id));
    CHECK(openingsOf(t, id).size() == 3);
}
