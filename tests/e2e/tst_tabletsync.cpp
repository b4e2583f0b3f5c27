// The tablet app against the real store, on the real UI (Main.qml with the app's own objects):
// enrolling with the office's code (a wrong one first), the first sync bringing the school, a
// capture that goes up by itself, a clash between two tablets shown in the header and sorted out
// on the sync page, working with the store unreachable, and a revoked tablet wiping itself. Set
// STRIDE_SCREENSHOTS to a folder to keep a picture of each step.

#include "e2edevice.h"
#include "uitablet.h"

#include "appfixture.h"
#include "capture/evidencecapture.h"
#include "capturecontroller.h"
#include "demopins.h"
#include "tabletapp.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <catch2/catch.hpp>

Q_IMPORT_QML_PLUGIN(StridePlugin)

using namespace Stride;
using namespace Stride::E2e;
using Stride::Testing::waitUntil;

namespace {

// A photo taken on another tablet, made now: a JPEG of a few hundred KB.
QString photoFromOtherTablet(Device &d, const DemoPicks &picks)
{
    QImage image(2000, 1500, QImage::Format_RGB32);
    image.fill(QColor(0xF4, 0xEE, 0xE0));
    QPainter p(&image);
    for (int i = 0; i < 40; ++i)
        p.fillRect(QRect(40 * i, (i * 97) % 1200, 160, 240), QColor::fromHsv((i * 37) % 360, 180, 200));
    p.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    CapturedMedia media;
    media.kind = EvidenceKind::Photo;
    media.bytes = buffer.data();
    media.mimeType = QStringLiteral("image/jpeg");
    EvidenceItem item =
        writtenObservation(picks, QStringLiteral("Built a tower of eight bricks."), d.store.deviceId());
    item.kind = EvidenceKind::Photo;
    EvidenceCapture capture(d.store, *d.media);
    const EvidenceCapture::Outcome saved = capture.save(item, &media);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    return saved.evidenceId;
}

void requireSyncOk(Device &d)
{
    const SyncReport r = d.sync();
    INFO(r.summary().toStdString());
    REQUIRE(r.ok);
}

} // namespace

TEST_CASE(
    "A tablet enrols, syncs by itself, shows a clash to sort out, works without the store and is wiped when "
    "revoked",
    "[e2e][sqlite][ui]")
{
    StoreServer server(Backend::Sqlite);
    const QString schoolId = server.loadDemo();
    server.start();

    UiTablet t;
    REQUIRE(t.window);
    // Nothing on the tablet: it asks to be connected to a school.
    REQUIRE(t.onPage(QStringLiteral("enrol")));
    CHECK(t.find(QStringLiteral("syncIndicator")) == nullptr);
    t.shot(QStringLiteral("enrol"));

    // An unencrypted address on the school's network is flagged as it is typed, and Connect waits
    // until a person confirms it; enrolling without that confirmation is refused before anything
    // is sent.
    t.callPage("fill", {QStringLiteral("http://192.0.2.10:8470"), QStringLiteral("ABCDE-23456"),
                        QStringLiteral("Oak iPad 1")});
    QObject *warning = t.find(QStringLiteral("unencryptedWarning"));
    REQUIRE(warning);
    CHECK(warning->property("visible").toBool());
    CHECK_FALSE(t.find(QStringLiteral("connectButton"))->property("enabled").toBool());
    t.shot(QStringLiteral("enrol-unencrypted"));
    t.app->connection().enrol(QStringLiteral("http://192.0.2.10:8470"), QStringLiteral("ABCDE-23456"),
                              QStringLiteral("Oak iPad 1"));
    CHECK(t.app->connection().enrolMessage().contains(QStringLiteral("not encrypted")));
    CHECK_FALSE(t.app->connection().enrolling());

    // A mistyped code says what to do, and keeps what was typed.
    t.callPage("fill",
               {server.url().toString(), QStringLiteral("ZZZZZ-ZZZZZ"), QStringLiteral("Oak iPad 1")});
    REQUIRE(t.tap(QStringLiteral("connectButton")));
    REQUIRE(waitUntil([&] { return !t.app->connection().enrolMessage().isEmpty(); }, 15000));
    CHECK(
        t.app->connection().enrolMessage().contains(QStringLiteral("Ask the school's Stride administrator")));
    CHECK_FALSE(t.app->connection().enrolled());
    t.shot(QStringLiteral("enrol-wrong-code"));

    // The office's code: enrolled, and the first sync brings the school, so its staff can sign in.
    t.callPage("fill", {server.url().toString(), server.enrolmentCode(schoolId, QStringLiteral("Oak iPad 1")),
                        QStringLiteral("Oak iPad 1")});
    REQUIRE(t.tap(QStringLiteral("connectButton")));
    REQUIRE(t.onPage(QStringLiteral("sign-in"), 60000));
    REQUIRE(t.app->session().hasSchool());
    CHECK(t.app->store().pupilsOfSchool(schoolId).size() == 24);
    REQUIRE(t.allSent());
    CHECK(t.headerText() == QStringLiteral("All sent"));
    t.shot(QStringLiteral("signed-in-after-first-sync"));

    // A TA signs in and records an observation: it reaches the store by itself, soon after Save.
    const DemoPicks picks = pickFromDemo(t.app->store());
    REQUIRE(t.signIn(picks.assistant.id));
    const QString itemId =
        t.capture(picks, QStringLiteral("Asked for a drink with his PECS book at snack time."));
    REQUIRE_FALSE(itemId.isEmpty());
    REQUIRE(t.allSent());
    Device other;
    other.enrol(server, schoolId, QStringLiteral("Oak iPad 2"));
    requireSyncOk(other);
    REQUIRE(other.store.evidenceItem(itemId));

    // Two people change the note on two tablets without seeing each other's change.
    other.actAs(picks.teacher.id);
    EvidenceItem onOther = *other.store.evidenceItem(itemId);
    onOther.note = QStringLiteral("Asked for a drink at snack time; found the symbol on the second page.");
    REQUIRE(other.store.save(onOther).ok);
    requireSyncOk(other);
    EvidenceItem onTablet = *t.app->store().evidenceItem(itemId);
    onTablet.note = QStringLiteral("Asked for a drink with his PECS book, without a prompt, at snack time.");
    REQUIRE(t.app->store().save(onTablet).ok);
    // The tablet sends its edit by itself and hears of the clash.
    REQUIRE(waitUntil([&] { return t.sync().conflicts().size() == 1; }, 30000));
    CHECK(t.headerText().contains(QStringLiteral("clash")));
    REQUIRE(t.showSync());
    const QVariantList clashes = t.app->syncProblems().conflicts();
    REQUIRE(clashes.size() == 1);
    const QVariantMap clash = clashes.first().toMap();
    CHECK(clash.value(QStringLiteral("field")).toString() == QStringLiteral("Note"));
    CHECK(clash.value(QStringLiteral("what"))
              .toString()
              .startsWith(QStringLiteral("The written observation of ")));
    const QVariantList options = clash.value(QStringLiteral("options")).toList();
    REQUIRE(options.size() == 2);
    int tabletOption = -1;
    for (int i = 0; i < options.size(); ++i)
        if (options[i].toMap().value(QStringLiteral("text")).toString() == onTablet.note)
            tabletOption = i;
    REQUIRE(tabletOption >= 0);
    t.shot(QStringLiteral("sync-page-clash"));

    // The TA keeps their own wording: it goes to the store, and the other tablet follows.
    REQUIRE(t.tap(QStringLiteral("keepOption%1").arg(tabletOption)));
    REQUIRE(waitUntil([&] { return t.sync().conflicts().isEmpty(); }, 30000));
    REQUIRE(t.allSent());
    requireSyncOk(other);
    CHECK(other.store.evidenceItem(itemId)->note == onTablet.note);
    CHECK(other.ledger().openConflicts().isEmpty());
    CHECK(t.headerText() == QStringLiteral("All sent"));
    t.shot(QStringLiteral("sync-page-all-sent"));

    // The TA, signed in, types in the teacher's judgement for them. The store checks who wrote a
    // change, not whose name is on it, and only teachers judge targets: it refuses it, and the
    // sync page says why. Once the TA has read it, "Understood" takes it off the list for good;
    // the judgement is still not sent.
    Judgement judgement;
    judgement.id = newId();
    judgement.targetId = picks.targetId;
    judgement.role = JudgementRole::Assessor;
    judgement.status = TargetStatus::Met;
    judgement.judgedBy = picks.teacher.id;
    judgement.judgedAt = QDateTime::currentDateTimeUtc();
    // The demo's class teacher may already have judged this target in assessment week.
    const qsizetype judgedBefore = t.app->store().judgementsOfTarget(picks.targetId).size();
    const WriteResult saved = t.app->store().save(judgement);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    REQUIRE(waitUntil([&] { return t.app->syncProblems().refused().size() == 1; }, 30000));
    CHECK(t.headerText() == QStringLiteral("1 change refused"));
    const QVariantMap refusal = t.app->syncProblems().refused().first().toMap();
    CHECK(refusal.value(QStringLiteral("reason")).toString().contains(QStringLiteral("teacher")));
    REQUIRE(t.find(QStringLiteral("refusedChange")));
    t.shot(QStringLiteral("sync-page-refused"));
    REQUIRE(t.tap(QStringLiteral("dismissRefused")));
    REQUIRE(waitUntil([&] { return t.app->syncProblems().refused().isEmpty(); }, 5000));
    CHECK(t.find(QStringLiteral("refusedChange")) == nullptr);
    CHECK(t.headerText() == QStringLiteral("All sent"));
    CHECK(t.app->store().unsentMutationCount() == 0);
    CHECK(t.app->store().judgementsOfTarget(picks.targetId).size() == judgedBefore + 1); // kept on the tablet

    // The store goes away (the Wi-Fi drops in the hall): captures are kept and wait, and the
    // page says so in plain words.
    const quint16 port = server.port();
    server.stop();
    const QString offlineId =
        t.capture(picks, QStringLiteral("Walked to the hall holding the rail, no prompt."));
    REQUIRE_FALSE(offlineId.isEmpty());
    REQUIRE(waitUntil([&] { return t.sync().state() == SyncEngine::State::Offline; }, 20000));
    CHECK(t.sync().pendingItems() > 0);
    CHECK(t.headerText().startsWith(QStringLiteral("Offline")));
    CHECK(t.app->connection().waitingText().startsWith(QStringLiteral("Waiting to send:")));
    CHECK(t.app->store().evidenceItem(offlineId));
    REQUIRE(t.showSync());
    t.shot(QStringLiteral("sync-page-offline"));

    // It comes back: the network's return starts a sync at once, and the capture goes up.
    server.start(port);
    t.sync().setNetworkReachable(false);
    t.sync().setNetworkReachable(true);
    REQUIRE(t.allSent());
    requireSyncOk(other);
    CHECK(other.store.evidenceItem(offlineId));

    // A photo taken on the other tablet: its thumbnail arrives here by itself after a sync, and
    // the original comes when someone opens it and asks for it.
    other.actAs(picks.assistant.id);
    const QString photoId = photoFromOtherTablet(other, picks);
    requireSyncOk(other);
    const EvidenceItem photo = *other.store.evidenceItem(photoId);
    QString originalSha, thumbnailSha;
    for (const MediaReference &m : photo.media)
        (m.role == MediaRole::Original ? originalSha : thumbnailSha) = m.sha256;
    REQUIRE_FALSE(thumbnailSha.isEmpty());
    t.app->connection().syncNow();
    REQUIRE(waitUntil([&] { return t.app->mediaStore().contains(thumbnailSha); }, 30000));
    CHECK_FALSE(t.app->mediaStore().contains(originalSha));
    QVariant shown;
    QMetaObject::invokeMethod(t.window, "showEvidence", Q_RETURN_ARG(QVariant, shown),
                              Q_ARG(QVariant, photoId));
    REQUIRE(t.onPage(QStringLiteral("evidence-detail")));
    REQUIRE(t.find(QStringLiteral("mediaMissingBanner")));
    t.shot(QStringLiteral("photo-from-another-tablet"));
    // A note typed while the photo is on its way is still there when it arrives.
    QObject *detail =
        t.window->property("currentPage").value<QObject *>()->findChild<QObject *>(QStringLiteral("detail"));
    REQUIRE(detail);
    const QString typed = QStringLiteral("Matched the shoes first, without a prompt.");
    REQUIRE(detail->setProperty("note", typed));
    REQUIRE(detail->property("dirty").toBool());
    REQUIRE(t.tap(QStringLiteral("fetchOriginalButton")));
    REQUIRE(waitUntil([&] { return t.app->mediaStore().contains(originalSha); }, 30000));
    REQUIRE(waitUntil([&] { return t.find(QStringLiteral("evidenceImage")) != nullptr; }));
    CHECK(t.find(QStringLiteral("mediaMissingBanner")) == nullptr);
    CHECK(detail->property("note").toString() == typed);
    CHECK(detail->property("dirty").toBool());
    t.shot(QStringLiteral("photo-fetched"));
    QMetaObject::invokeMethod(detail, "revert");

    // Short of space: originals the store has confirmed go, oldest first; thumbnails stay, and
    // nothing the store has not confirmed is touched.
    MediaDownloads &downloads = t.app->mediaDownloads();
    downloads.setFreeSpaceProbe([] { return qint64(100) * 1024 * 1024; });
    CHECK(downloads.freeSpaceIfLow() > 0);
    CHECK_FALSE(t.app->mediaStore().contains(originalSha));
    CHECK(t.app->mediaStore().contains(thumbnailSha));
    downloads.setFreeSpaceProbe([&] { return t.app->mediaStore().bytesAvailable(); });

    // The school revokes the tablet (lost on a trip): at its next contact it wipes its data and
    // goes back to the enrolment page, saying why.
    const auto enrolment = t.app->syncClient().ledger().enrolment();
    REQUIRE(enrolment);
    const QString mediaDir = t.app->mediaDir();
    server.revoke(enrolment->deviceId);
    t.app->connection().syncNow();
    const bool backToEnrol = t.onPage(QStringLiteral("enrol"), 30000);
    INFO("page: " << t.page().toStdString() << ", erased: " << t.app->connection().erased()
                  << ", last error: " << t.sync().lastError().toStdString()
                  << ", store: " << t.app->database().status().toStdString() << " "
                  << t.app->database().message().toStdString() << t.app->database().detail().toStdString());
    REQUIRE(backToEnrol);
    CHECK(t.app->connection().erased());
    CHECK_FALSE(t.app->session().signedIn());
    CHECK_FALSE(t.app->session().hasSchool());
    CHECK_FALSE(t.app->store().evidenceItem(itemId));
    CHECK(t.app->store().pupilsOfSchool(schoolId).isEmpty());
    CHECK(QDir(mediaDir)
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .filter(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")))
              .isEmpty());
    CHECK_FALSE(t.app->connection().enrolled());
    t.shot(QStringLiteral("erased"));
}
