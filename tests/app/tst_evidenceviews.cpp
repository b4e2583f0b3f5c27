// The evidence pages' C++ side: the timeline model's filters, the evidence page's editing,
// history and delete, and the idle lock that keeps a draft.

#include "appfixture.h"

#include "capturecontroller.h"
#include "domain/evidencedeleterule.h"
#include "evidencedetail.h"
#include "idlemonitor.h"
#include "models/deletedevidencemodel.h"
#include "models/evidencelistmodel.h"
#include "models/targetlistmodel.h"
#include "pupilprofile.h"
#include "store/remoteapplier.h"
#include "store/tablerow.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QString saveWritten(DemoTablet &t, const QString &pupilId, const QString &targetId, const QString &note,
                    const QString &prompt = {})
{
    CaptureController &c = t.capture();
    c.begin({pupilId}, targetId, QStringLiteral("written"));
    c.setNote(note);
    c.setPromptLevel(prompt);
    QSignalSpy saved(&c, &CaptureController::saved);
    return c.save() ? saved.first().first().toString() : QString();
}

} // namespace

TEST_CASE("The timeline lists a pupil's evidence newest first and filters it", "[evidence]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE(targets.size() >= 2);

    EvidenceListModel model;
    model.setSession(&t.session());
    model.setMedia(&t.app->mediaFiles());
    model.setPupilId(pupil.id);
    const int demoItems = model.count();

    const QString first =
        saveWritten(t, pupil.id, targets[0].id, QStringLiteral("First"), QStringLiteral("spoken"));
    const QString second =
        saveWritten(t, pupil.id, targets[1].id, QStringLiteral("Second"), QStringLiteral("independent"));
    REQUIRE_FALSE(second.isEmpty());
    model.reload();
    CHECK(model.count() == demoItems + 2);
    CHECK(model.idAt(0) == second); // newest first
    CHECK(model.data(model.index(0, 0), EvidenceListModel::KindTextRole).toString() ==
          QStringLiteral("Written observation"));
    CHECK(model.data(model.index(0, 0), EvidenceListModel::ByTextRole).toString() ==
          QStringLiteral("Hannah Whitfield"));

    model.setTargetId(targets[0].id);
    CHECK(model.idAt(0) == first);
    model.setTargetId({});
    model.setPromptLevel(QStringLiteral("independent"));
    CHECK(model.filtered());
    CHECK(model.idAt(0) == second);
    model.setPromptLevel({});
    model.setKind(QStringLiteral("photo"));
    for (int i = 0; i < model.count(); ++i)
        CHECK(model.data(model.index(i, 0), EvidenceListModel::KindRole).toInt() == int(EvidenceKind::Photo));
    model.clearFilters();
    model.setFromDate(QStringLiteral("2026-11-22"));
    model.setToDate(QStringLiteral("2026-11-22"));
    CHECK(model.count() == 2); // today's two
    model.setFromDate(QStringLiteral("2026-12-01"));
    model.setToDate({});
    CHECK(model.count() == 0);
}

TEST_CASE("Editing evidence keeps its history, and delete asks the store to remove it", "[evidence]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::InternalOnly);
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE(targets.size() >= 2);
    const QString id =
        saveWritten(t, pupil.id, targets[0].id, QStringLiteral("Sat at the table for 5 minutes."),
                    QStringLiteral("physical"));
    REQUIRE_FALSE(id.isEmpty());

    REQUIRE(t.signInAs(QStringLiteral("Dawn")));
    EvidenceDetail detail;
    detail.setSession(&t.session());
    detail.setMedia(&t.app->mediaFiles());
    detail.setEvidenceId(id);
    REQUIRE(detail.found());
    CHECK(detail.byText() == QStringLiteral("Hannah Whitfield"));
    CHECK(detail.history().size() == 1);
    CHECK(detail.history().first().toMap().value(QStringLiteral("heading")).toString() ==
          QStringLiteral("Captured"));
    CHECK_FALSE(detail.canShare());
    detail.setVisibility(Visibility::ShareableWithParents);
    CHECK(detail.visibility() == Visibility::InternalOnly);
    CHECK_FALSE(detail.dirty());

    detail.setNote(QStringLiteral("Sat at the table for 8 minutes."));
    detail.setPromptLevel(QStringLiteral("spoken"));
    detail.toggleTarget(pupil.id, targets[0].id);
    detail.toggleTarget(pupil.id, targets[1].id);
    CHECK(detail.dirty());
    REQUIRE(detail.save());
    CHECK_FALSE(detail.dirty());
    const auto stored = t.store().evidenceItem(id);
    CHECK(stored->note == QStringLiteral("Sat at the table for 8 minutes."));
    CHECK(stored->pupils.first().targetIds == QStringList{targets[1].id});

    REQUIRE(detail.history().size() == 2);
    const QVariantMap change = detail.history().first().toMap(); // newest first
    CHECK(change.value(QStringLiteral("heading")).toString() == QStringLiteral("Changed"));
    CHECK(change.value(QStringLiteral("byText")).toString() == QStringLiteral("Dawn Hughes"));
    const QStringList lines = change.value(QStringLiteral("lines")).toStringList();
    CHECK(lines.contains(QStringLiteral(
        "Note: was “Sat at the table for 5 minutes.”, now “Sat at the table for 8 minutes.”")));
    CHECK(lines.contains(QStringLiteral("Prompt level: was “Physical prompt”, now “Spoken prompt”")));
    const QString area0 = t.store().area(targets[0].areaId)->name;
    CHECK(lines.contains(QStringLiteral("No longer linked to %1 (%2)").arg(area0, pupil.firstName)));

    // Undo puts back what is stored.
    detail.setNote(QStringLiteral("typo"));
    detail.revert();
    CHECK(detail.note() == QStringLiteral("Sat at the table for 8 minutes."));

    // Dawn, a TA, may edit it but not delete Hannah's evidence: the page offers no Delete, and
    // the core refuses it with the store's sentence.
    QSignalSpy removed(&detail, &EvidenceDetail::removed);
    CHECK_FALSE(detail.canDelete());
    CHECK_FALSE(detail.remove());
    CHECK(detail.message() == EvidenceDeleteRule::refusal());
    CHECK(removed.count() == 0);
    CHECK(t.store().evidenceItem(id));

    // Hannah, who captured it (and teaches the class), may.
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    detail.reload();
    CHECK(detail.canDelete());
    REQUIRE(detail.remove());
    CHECK(removed.count() == 1);
    CHECK_FALSE(t.store().evidenceItem(id));
    CHECK(t.store().hasTombstone(QStringLiteral("evidence_item"), id));
}

TEST_CASE("A target's evidence count on the pupil page follows a link added in evidence detail", "[evidence]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::InternalOnly);
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE(targets.size() >= 2);
    const QString id = saveWritten(t, pupil.id, targets[0].id, QStringLiteral("Counted to ten."));
    REQUIRE_FALSE(id.isEmpty());

    // The pupil page's models, as they stand while the evidence page is open above them.
    TargetListModel cards;
    cards.setSession(&t.session());
    cards.setPupilId(pupil.id);
    PupilProfile profile;
    profile.setSession(&t.session());
    profile.setPupilId(pupil.id);
    const auto countOf = [&cards](const QString &targetId) {
        for (int i = 0; i < cards.count(); ++i)
            if (cards.data(cards.index(i, 0), TargetListModel::TargetIdRole).toString() == targetId)
                return cards.data(cards.index(i, 0), TargetListModel::EvidenceCountRole).toInt();
        return -1;
    };
    const int before = countOf(targets[1].id);
    REQUIRE(before >= 0);
    const int pupilBefore = profile.evidenceCount();

    EvidenceDetail detail;
    detail.setSession(&t.session());
    detail.setEvidenceId(id);
    detail.toggleTarget(pupil.id, targets[1].id);
    REQUIRE(detail.save());
    CHECK(countOf(targets[1].id) == before + 1);
    CHECK(cards.data(cards.index(0, 0), TargetListModel::EvidenceTextRole)
              .toString()
              .endsWith(QStringLiteral("this term")));

    REQUIRE(detail.remove());
    CHECK(countOf(targets[1].id) == before);
    CHECK(profile.evidenceCount() == pupilBefore - 1);
}

TEST_CASE("The idle lock comes back for the same person and keeps the draft", "[session]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    IdleMonitor &idle = t.app->idleMonitor();
    CaptureController &c = t.capture();
    REQUIRE(c.begin({t.pupilWith(MediaConsent::ShareableWithParents).id}, {}, QStringLiteral("written")));
    c.setNote(QStringLiteral("Typed before the tablet went down on the table"));

    idle.setIdleMs(200);
    REQUIRE(waitUntil([&] { return t.session().locked(); }, 3000));
    CHECK(t.session().signedIn());
    CHECK(c.active());

    CHECK_FALSE(t.session().unlock(QStringLiteral("0000")));
    CHECK(t.session().locked());
    CHECK_FALSE(t.session().message().isEmpty());
    REQUIRE(t.session().unlock(t.pinOf(QStringLiteral("Priya"))));
    CHECK_FALSE(t.session().locked());
    CHECK(c.note() == QStringLiteral("Typed before the tablet went down on the table"));

    // A recording in progress is not idleness.
    idle.setSuspended(true);
    waitUntil([] { return false; }, 500);
    CHECK_FALSE(t.session().locked());
    idle.setSuspended(false);
    idle.setIdleMs(0);
}

TEST_CASE("Start-up removes media files a crash left without a record", "[capture]")
{
    // A file in the media store that no evidence names, as a crash mid-save would leave.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    {
        TabletApp::Config config;
        config.databasePath = db;
        config.demo = true;
        config.importFiles = true;
        TabletApp first(config);
        first.open();
        REQUIRE(first.mediaStore().put(QByteArray("orphaned bytes of a photo nobody saved")).ok);
    }
    TabletApp::Config config;
    config.databasePath = db;
    config.importFiles = true;
    TabletApp second(config);
    CHECK(second.mediaDir() == db + QStringLiteral("-media")); // beside the database, named for it
    second.open();
    CHECK(second.filesCleanedUp() == 1);
}

TEST_CASE("Senior leaders see the school's deleted evidence and ask for an item back", "[evidence][restore]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::InternalOnly);
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE_FALSE(targets.isEmpty());
    const QString id = saveWritten(t, pupil.id, targets[0].id, QStringLiteral("Waited for his turn."));
    REQUIRE_FALSE(id.isEmpty());
    const EvidenceItem item = *t.store().evidenceItem(id);
    REQUIRE(t.store().removeEvidenceItem(id).ok);
    // The store's entry for it, as the next sync brings it (docs/sync.md, "Deleted evidence").
    RemoteChange entry;
    entry.entity = QStringLiteral("deleted_evidence");
    entry.entityId = id;
    entry.op = QStringLiteral("upsert");
    entry.hlc = t.store().clock().now().toString();
    entry.deviceId = QStringLiteral("stride-store");
    entry.fields = {{QStringLiteral("school_id"), item.schoolId},
                    {QStringLiteral("kind"), QStringLiteral("written")},
                    {QStringLiteral("captured_at"), Column::instant(item.capturedAt).toString()},
                    {QStringLiteral("captured_by"), item.capturedBy},
                    {QStringLiteral("pupil_ids"), QStringLiteral("[\"%1\"]").arg(pupil.id)},
                    {QStringLiteral("deleted_by"), item.capturedBy},
                    {QStringLiteral("deleted_at"), QStringLiteral("2026-11-22T14:05:00.000Z")},
                    {QStringLiteral("restored_by"), QJsonValue()},
                    {QStringLiteral("restored_at"), QJsonValue()}};
    REQUIRE(RemoteApplier(t.store()).apply(entry).ok());

    DeletedEvidenceModel model;
    model.setSession(&t.session());
    // Not a senior leader: Hannah is not shown the list, and cannot restore from it.
    CHECK(model.count() == 0);
    const qint64 unsent = t.store().unsentMutationCount();
    CHECK_FALSE(model.restore(id));
    CHECK(model.message().startsWith(QStringLiteral("Only the assessment lead or SLT restore")));
    CHECK(t.store().unsentMutationCount() == unsent);

    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    model.reload();
    REQUIRE(model.count() == 1);
    const QModelIndex row = model.index(0, 0);
    CHECK(model.data(row, DeletedEvidenceModel::TitleRole).toString() ==
          QStringLiteral("Written observation of %1").arg(pupil.displayName()));
    CHECK(model.data(row, DeletedEvidenceModel::CapturedTextRole)
              .toString()
              .endsWith(QStringLiteral("by Hannah Whitfield")));
    CHECK(model.data(row, DeletedEvidenceModel::DeletedTextRole)
              .toString()
              .endsWith(QStringLiteral("by Hannah Whitfield")));
    CHECK(model.restoreQuestion(id) ==
          QStringLiteral("Restore this written observation of %1?").arg(pupil.displayName()));
    CHECK(model.firstToRestore() == id);

    // Restore: one change in Claire's name, asking the store for it back; asked once is enough.
    REQUIRE(model.restore(id));
    CHECK(model.data(model.index(0, 0), DeletedEvidenceModel::RestoreAskedRole).toBool());
    CHECK(model.firstToRestore().isEmpty());
    const auto log = t.store().mutationsOf(QStringLiteral("deleted_evidence"), id);
    REQUIRE(log.size() == 1);
    CHECK(log.first().fields.value(QStringLiteral("restored_by")).toString() ==
          t.staffId(QStringLiteral("Claire")));
    CHECK(model.restore(id));
    CHECK(t.store().mutationsOf(QStringLiteral("deleted_evidence"), id).size() == 1);
}
