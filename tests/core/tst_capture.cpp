// Saving captures: consent first, files durable before records, and nothing half-visible after a crash.
#include "testsupport.h"

#include "capture/capturedefaults.h"
#include "capture/evidencecapture.h"
#include "media/mediastore.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QByteArray somePhoto()
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

EvidenceItem draftFor(const MiniSchool &m, QList<EvidencePupil> pupils)
{
    EvidenceItem item;
    item.schoolId = m.school.id;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = m.assistant.id;
    item.pupils = pupils;
    return item;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".nomedia")))
            files << path;
    }
    return files;
}

} // namespace

TEST_CASE("A photo is saved with its thumbnail, both named by SHA-256", "[capture]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    MediaStore media(t.dir.filePath(QStringLiteral("media")));
    media.setKey(t.store.deviceKeys().media);
    EvidenceCapture capture(t.store, media);
    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    photo.bytes = somePhoto();
    EvidenceItem draft = draftFor(m, {{m.ava.id, {m.avaTargets.first().id}}});
    draft.promptLevel = PromptLevel::Gestural;
    const auto outcome = capture.save(draft, &photo);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok);
    const auto item = t.store.evidenceItem(outcome.evidenceId);
    REQUIRE(item);
    REQUIRE(item->media.size() == 2);
    for (const MediaReference &ref : item->media) {
        const QByteArray bytes = media.read(ref.sha256);
        REQUIRE_FALSE(bytes.isEmpty());
        CHECK(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) ==
              ref.sha256);
    }
    CHECK(item->media.at(0).role == MediaRole::Original);
    CHECK(item->media.at(1).role == MediaRole::Thumbnail);
    CHECK(item->media.at(1).widthPx == 320);
}

TEST_CASE("A pupil without consent stops a photo before anything is written", "[capture][consent]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    MediaStore media(t.dir.filePath(QStringLiteral("media")));
    media.setKey(t.store.deviceKeys().media);
    EvidenceCapture capture(t.store, media);
    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    photo.bytes = somePhoto();

    SECTION("alone")
    {
        const auto outcome = capture.save(draftFor(m, {{m.ben.id, {}}}), &photo);
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.pupilsWithoutConsent == QStringList{QStringLiteral("Ben Okafor")});
    }
    SECTION("in a group")
    {
        const auto outcome = capture.save(draftFor(m, {{m.ava.id, {}}, {m.ben.id, {}}}), &photo);
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.offerWrittenObservation);
        CHECK(outcome.message.contains(QStringLiteral("Ben Okafor")));
        CHECK(outcome.message.contains(QStringLiteral("written observation")));
    }
    CHECK(filesUnder(media.rootDir()).isEmpty());
    CHECK(t.store.referencedMediaHashes().isEmpty());
}

TEST_CASE("Visibility is lowered to what the pupils' consent allows", "[capture][consent]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    Pupil ava = m.ava;
    ava.mediaConsent = MediaConsent::InternalOnly;
    REQUIRE(t.store.save(ava).ok);
    MediaStore media(t.dir.filePath(QStringLiteral("media")));
    media.setKey(t.store.deviceKeys().media);
    EvidenceCapture capture(t.store, media);
    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    photo.bytes = somePhoto();
    EvidenceItem draft = draftFor(m, {{m.ava.id, {}}});
    draft.visibility = Visibility::ShareableWithParents;
    const auto outcome = capture.save(draft, &photo);
    REQUIRE(outcome.ok);
    CHECK(t.store.evidenceItem(outcome.evidenceId)->visibility == Visibility::InternalOnly);
}

TEST_CASE("A capture killed at any moment leaves complete items or nothing", "[capture][durability]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const QString mediaDir = t.dir.filePath(QStringLiteral("media"));
    t.store.close();

    QStringList committed;
    QRandomGenerator random(7);
    for (int round = 0; round < 8; ++round) {
        QProcess child;
        child.start(QStringLiteral(STRIDE_CRASH_CHILD),
                    {t.path(), mediaDir, m.school.id, m.ava.id, m.assistant.id, m.avaTargets.first().id});
        REQUIRE(child.waitForStarted());
        // Let it commit a few, then kill it at a random moment inside the next save.
        const int wanted = 1 + random.bounded(4);
        int seen = 0;
        while (seen < wanted && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QLatin1String("committed "))) {
                    committed << line.mid(10);
                    ++seen;
                }
            }
        }
        QThread::usleep(random.bounded(40'000));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        child.waitForFinished();
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        // Whatever it printed after our last read was committed too.
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            if (line.startsWith("committed "))
                committed << QString::fromUtf8(line.mid(10));

        // Restart as the app does: open, then clean up what the crash left.
        Store store;
        REQUIRE(store.open(t.path()).ok());
        MediaStore media(mediaDir);
        media.setKey(store.deviceKeys().media);
        EvidenceCapture capture(store, media);
        capture.cleanUpAfterCrash();

        // Every item the child was told is saved is there, whole.
        for (const QString &id : committed) {
            const auto item = store.evidenceItem(id);
            REQUIRE(item);
            REQUIRE(item->media.size() == 2);
        }
        // Every item that is visible is whole: its files exist with the right bytes...
        QSet<QString> referenced = store.referencedMediaHashes();
        for (const QString &sha : referenced) {
            const QByteArray bytes = media.read(sha);
            REQUIRE_FALSE(bytes.isEmpty());
            REQUIRE(QString::fromLatin1(
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) == sha);
        }
        // ...and no file is left that nothing refers to.
        const QStringList files = filesUnder(mediaDir);
        CHECK(files.size() == referenced.size());
        CHECK(QDir(media.incomingDir()).isEmpty());
    }
    CHECK(committed.size() >= 8);
}

TEST_CASE("Defaults carry over within a lesson and not beyond it", "[capture][defaults]")
{
    CaptureDefaults defaults;
    const QDateTime nine(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    EvidenceItem saved;
    saved.capturedBy = QStringLiteral("ta");
    saved.setting = QStringLiteral("cafe");
    saved.peoplePresent = QStringLiteral("Mrs Patel (TA)");
    saved.promptLevel = PromptLevel::Spoken;
    saved.visibility = Visibility::ShareableWithParents;
    defaults.remember(saved, nine);

    const EvidenceItem next =
        defaults.draft(QStringLiteral("school"), QStringLiteral("ta"), nine.addSecs(20 * 60));
    CHECK(next.setting == QLatin1String("cafe"));
    CHECK(next.peoplePresent == QLatin1String("Mrs Patel (TA)"));
    CHECK(next.promptLevel == PromptLevel::Spoken);
    CHECK(next.visibility == Visibility::ShareableWithParents);
    CHECK(next.pupils.isEmpty()); // who is in it is chosen each time

    const EvidenceItem later =
        defaults.draft(QStringLiteral("school"), QStringLiteral("ta"), nine.addSecs(3 * 3600));
    CHECK(later.setting.isEmpty());
    CHECK_FALSE(later.promptLevel);
    CHECK(later.visibility == Visibility::InternalOnly);

    const EvidenceItem colleague = defaults.draft(QStringLiteral("school"), QStringLiteral("teacher"), nine);
    CHECK(colleague.setting.isEmpty()); // a shared tablet: one person's lesson is not another's
}

TEST_CASE("Evidence is listed newest first and narrowed by target, kind, prompt level and date",
          "[capture][timeline]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const QDateTime monday(QDate(2026, 11, 16), QTime(10, 0));
    auto add = [&](int dayOffset, EvidenceKind kind, std::optional<PromptLevel> prompt,
                   const QString &targetId) {
        EvidenceItem e =
            draftFor(m, {{m.ava.id, targetId.isEmpty() ? QStringList{} : QStringList{targetId}}});
        e.id = newId();
        e.kind = EvidenceKind::Written;
        e.note = QStringLiteral("Note %1").arg(dayOffset);
        e.capturedAt = monday.addDays(dayOffset);
        e.promptLevel = prompt;
        if (kind != EvidenceKind::Written) {
            e.kind = kind;
            e.media = {{QString(64, QLatin1Char('0' + dayOffset)), MediaRole::Original,
                        QStringLiteral("audio/ogg"), 10, 0, 0, 1000}};
        }
        REQUIRE(t.store.save(e).ok);
        return e.id;
    };
    const QString first = m.avaTargets.at(0).id;
    const QString second = m.avaTargets.at(1).id;
    add(0, EvidenceKind::Written, PromptLevel::Physical, first);
    add(1, EvidenceKind::Audio, PromptLevel::Spoken, second);
    add(2, EvidenceKind::Written, PromptLevel::Gestural, first);
    add(3, EvidenceKind::Written, PromptLevel::Independent, QString());

    auto notes = [](const QList<EvidenceItem> &items) {
        QStringList n;
        for (const auto &i : items)
            n << i.note;
        return n;
    };
    CHECK(notes(t.store.evidence({m.ava.id, {}, {}, {}, {}, {}}, 50)) ==
          QStringList{QStringLiteral("Note 3"), QStringLiteral("Note 2"), QStringLiteral("Note 1"),
                      QStringLiteral("Note 0")});
    CHECK(notes(t.store.evidence({m.ava.id, first, {}, {}, {}, {}}, 50)) ==
          QStringList{QStringLiteral("Note 2"), QStringLiteral("Note 0")});
    CHECK(notes(t.store.evidence({m.ava.id, {}, EvidenceKind::Audio, {}, {}, {}}, 50)) ==
          QStringList{QStringLiteral("Note 1")});
    CHECK(notes(t.store.evidence({m.ava.id, {}, {}, PromptLevel::Gestural, {}, {}}, 50)) ==
          QStringList{QStringLiteral("Note 2")});
    CHECK(notes(t.store.evidence({m.ava.id, {}, {}, {}, QDate(2026, 11, 17), QDate(2026, 11, 18)}, 50)) ==
          QStringList{QStringLiteral("Note 2"), QStringLiteral("Note 1")});
    // Paging on from the oldest of the previous page.
    const auto page = t.store.evidence({m.ava.id, {}, {}, {}, {}, {}}, 2);
    CHECK(notes(t.store.evidence({m.ava.id, {}, {}, {}, {}, {}}, 2, page.last().capturedAt)) ==
          QStringList{QStringLiteral("Note 1"), QStringLiteral("Note 0")});
}

TEST_CASE("Editing an item's tags later keeps who changed what, and when", "[capture][history]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    EvidenceItem e = draftFor(m, {{m.ava.id, {m.avaTargets.first().id}}});
    e.id = newId();
    e.note = QStringLiteral("Asked for juice");
    t.store.setActingStaffId(m.assistant.id);
    REQUIRE(t.store.save(e).ok);
    e.note = QStringLiteral("Asked for juice using PECS, from across the room");
    e.promptLevel = PromptLevel::Independent;
    t.store.setActingStaffId(m.teacher.id);
    REQUIRE(t.store.save(e).ok);
    const auto history = t.store.mutationsOf(QStringLiteral("evidence_item"), e.id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().authorStaffId == m.teacher.id);
    CHECK(history.last().previous.value(QStringLiteral("note")).toString() ==
          QLatin1String("Asked for juice"));
    CHECK(history.last().previous.value(QStringLiteral("prompt_level")).isNull());
    CHECK(history.last().fields.value(QStringLiteral("prompt_level")).toString() ==
          QLatin1String("independent"));
}
