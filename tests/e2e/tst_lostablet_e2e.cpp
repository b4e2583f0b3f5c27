// A thief's view of a tablet: everything the tablet keeps on its disk, read byte by byte, after it
// has enrolled, synced the school, and recorded a written observation and a photo. None of the
// observation's words, no pupil's surname and no run of the photo's bytes may be found in any file,
// and the sqlite3 command line must not open the database (docs/security.md, "Encrypted at rest").
#include "e2edevice.h"

#include "capture/evidencecapture.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUuid>

using namespace Stride;
using namespace Stride::E2e;

namespace {

// A photo whose pixels are noise: JPEG cannot make it small, so its bytes are a fair sample of
// what a real photo leaves on a disk.
QByteArray noisyPhoto()
{
    QImage image(1200, 900, QImage::Format_RGB32);
    QRandomGenerator rng(20261202);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = rng.generate() | 0xff000000u;
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return jpeg;
}

struct Needle
{
    QString what;
    QByteArray bytes;
};

// Every regular file under `root`, with the needles found in it.
QStringList filesHolding(const QString &root, const QList<Needle> &needles, int *filesRead)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++*filesRead;
        for (const Needle &n : needles)
            if (bytes.contains(n.bytes))
                found << QStringLiteral("%1 in %2").arg(n.what, path);
    }
    return found;
}

QByteArray middleRun(const QByteArray &bytes)
{
    REQUIRE(bytes.size() > 256);
    return bytes.mid(bytes.size() / 2, 64);
}

void nothingReadable(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device tablet;
    const DemoPicks picks = tablet.joinSchool(server, schoolId, QStringLiteral("Oak iPad"));

    const QString marker = QStringLiteral("MARKER-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    EvidenceCapture capture(tablet.store, *tablet.media);
    const EvidenceItem written = writtenObservation(
        picks, QStringLiteral("Used two symbols to ask for juice. %1").arg(marker), tablet.store.deviceId());
    const EvidenceCapture::Outcome wrote = capture.save(written);
    INFO(wrote.message.toStdString());
    REQUIRE(wrote.ok);

    EvidenceItem photoItem = writtenObservation(picks, QString(), tablet.store.deviceId());
    photoItem.kind = EvidenceKind::Photo;
    photoItem.visibility = Visibility::InternalOnly;
    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    photo.bytes = noisyPhoto();
    photo.mimeType = QStringLiteral("image/jpeg");
    const EvidenceCapture::Outcome took = capture.save(photoItem, &photo);
    INFO(took.message.toStdString());
    REQUIRE(took.ok);

    const SyncReport synced = tablet.sync();
    INFO(synced.summary().toStdString());
    REQUIRE(synced.ok);

    // What the tablet keeps of the photo (cleaned and re-encoded, and its thumbnail), read back
    // through the store as the app shows it.
    QList<Needle> needles{{QStringLiteral("the observation's marker"), marker.toUtf8()},
                          {QStringLiteral("the photo as taken"), middleRun(photo.bytes)}};
    const auto kept = tablet.store.evidenceItem(took.evidenceId);
    REQUIRE(kept);
    REQUIRE_FALSE(kept->media.isEmpty());
    REQUIRE(kept->media.size() >= 2); // the original and its thumbnail
    for (const MediaReference &m : kept->media) {
        QString error;
        const QByteArray plain = tablet.media->read(m.sha256, &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(plain.isEmpty());
        needles << Needle{QStringLiteral("the stored media %1").arg(m.sha256.left(12)), middleRun(plain)};
    }
    int surnames = 0;
    for (const Pupil &p : tablet.store.pupilsOfSchool(schoolId)) {
        if (p.surname.size() < 4) // a short name could turn up in random bytes by chance
            continue;
        needles << Needle{QStringLiteral("the surname %1").arg(p.surname), p.surname.toUtf8()};
        ++surnames;
    }
    REQUIRE(surnames > 0);

    // Open, as a running tablet's files are (the WAL not yet checkpointed), and again closed.
    for (const bool open : {true, false}) {
        if (!open)
            tablet.store.close();
        int filesRead = 0;
        const QStringList found = filesHolding(tablet.dir.path(), needles, &filesRead);
        INFO((open ? "tablet open" : "tablet closed")
             << ": " << found.join(QStringLiteral("; ")).toStdString());
        CHECK(found.isEmpty());
        CHECK(filesRead >= 3); // the database, and the photo and its thumbnail at least
    }

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    INFO("the sqlite3 command line is needed (scripts/bootstrap installs it)");
    REQUIRE_FALSE(sqlite3.isEmpty());
    QProcess cli;
    cli.start(sqlite3, {tablet.databasePath(), QStringLiteral("SELECT count(*) FROM pupil;")});
    REQUIRE(cli.waitForFinished(30000));
    const QString said = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    INFO(said.toStdString());
    CHECK(cli.exitCode() != 0);
    CHECK(said.contains(QStringLiteral("not a database")));
}

} // namespace

TEST_CASE("A copy of a tablet's files gives nothing away (SQLite store)", "[e2e][sqlite][lost-tablet]")
{
    nothingReadable(Backend::Sqlite);
}
