// The moderation pack (core/moderation/packmaker.h): one ZIP of a meeting's forms as a PDF, the
// attached evidence's original media and a manifest of SHA-256s, read back with Info-ZIP's unzip
// and every file hashed again; consent for people outside the school; no forms; write failures.
#include "moderation/packmaker.h"
#include "moderation/packmanifest.h"
#include "sync/sha256.h"
#include "testsupport.h"

#include "core/packfixture.h"
#include "core/packtools.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

using namespace Stride;

namespace {

struct PackMeeting
{
    Testing::TempStore db;
    QTemporaryDir mediaDir;
    QTemporaryDir outDir;
    MediaStore media = Testing::keyedMediaStore(mediaDir.path(), db.store.deviceKeys().media);
    PackFixture::Meeting m;
    QSet<QString> avaOriginals;  // SHA-256s of Ava's photos' originals (consent: shareable)
    QSet<QString> caraOriginals; // Cara's (consent: inside the school only)

    PackMeeting()
    {
        media.prepareFolders();
        INFO(m.error.toStdString());
        REQUIRE(m.setUp(db.store, &media));
        REQUIRE(outDir.isValid());
        // Two assessment forms each for Ava and Cara with two photos each, and a target setting form.
        for (const auto &[pupil, targets, originals] : {std::tuple{m.ava, m.avaTargets, &avaOriginals},
                                                        std::tuple{m.cara, m.caraTargets, &caraOriginals}}) {
            for (int t = 0; t < 2; ++t) {
                QList<EvidenceItem> evidence;
                for (int i = 0; i < 2; ++i) {
                    const auto e = m.addEvidence(db.store, pupil, targets.at(t), EvidenceKind::Photo,
                                                 QStringLiteral("%1 at snack time").arg(pupil.firstName),
                                                 QSize(800, 600));
                    INFO(m.error.toStdString());
                    REQUIRE(e);
                    evidence << *e;
                    for (const MediaReference &r : e->media)
                        if (r.role == MediaRole::Original)
                            originals->insert(r.sha256);
                }
                REQUIRE(m.judge(db.store, targets.at(t), {TargetStatus::Met}, TargetStatus::Met,
                                TargetStatus::Met));
                REQUIRE(m.addAssessmentForm(db.store, targets.at(t), evidence));
            }
        }
        REQUIRE(m.addTargetSettingForm(db.store, m.ava, m.avaTargets.at(2)));
    }

    ModerationPack::Result make(bool outsideSchool, const QString &output = {})
    {
        ModerationPack::Request request;
        request.termId = m.term.id;
        request.outsideSchool = outsideSchool;
        request.outputPath = output.isEmpty() ? outDir.path() : output;
        request.madeBy = QStringLiteral("the tests");
        return ModerationPack::make(db.store, &media, request);
    }
};

// Every file the manifest names is in the ZIP with that SHA-256 and size, and every file in the
// ZIP but the manifest is named in it. Returns the SHA-256s of the files (hex).
QSet<QString> checkManifest(const QString &zipPath)
{
    const PackTools::Run test = PackTools::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), zipPath});
    INFO(test.out.toStdString() << test.err.toStdString());
    REQUIRE(test.exitCode == 0);
    const QStringList names = PackTools::zipNames(zipPath);
    REQUIRE_FALSE(names.isEmpty());
    const QString root = names.first().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
    for (const QString &n : names)
        REQUIRE(n.startsWith(root));
    REQUIRE(names.contains(root + PackManifest::fileName()));
    const QString manifest = QString::fromUtf8(PackTools::zipEntry(zipPath, root + PackManifest::fileName()));
    const QList<PackManifest::File> files = PackManifest::filesOf(manifest);
    CHECK(files.size() == names.size() - 1);
    QSet<QString> hashes;
    for (const PackManifest::File &f : files) {
        INFO(f.name.toStdString());
        REQUIRE(names.contains(root + f.name));
        const QByteArray bytes = PackTools::zipEntry(zipPath, root + f.name);
        CHECK(bytes.size() == f.size);
        CHECK(Sha256::digest(bytes) == f.sha256);
        hashes.insert(QString::fromLatin1(Sha256::digest(bytes).toHex()));
    }
    return hashes;
}

} // namespace

TEST_CASE("Moderation pack: the forms' PDF, every original and a manifest that re-hashes true", "[pack]")
{
    PackMeeting t;
    const ModerationPack::Result r = t.make(false);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(r.assessmentForms == 4);
    CHECK(r.targetSettingForms == 1);
    CHECK(r.mediaFiles == 8);
    CHECK(r.mediaLeftOut == 0);
    CHECK(QFileInfo(r.path).fileName() == QStringLiteral("Moderation pack - Autumn 2026.zip"));
    CHECK(r.message.startsWith(
        QStringLiteral("Saved the moderation pack for the Autumn 2026 moderation meeting to ")));
    CHECK(r.bytes == QFileInfo(r.path).size());
    const QSet<QString> hashes = checkManifest(r.path);
    for (const QString &sha : t.avaOriginals + t.caraOriginals)
        CHECK(hashes.contains(sha));
    // Only the ZIP is left in the folder: the PDF made on the way and the ZIP's temporary file are gone.
    CHECK(QDir(t.outDir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QFileInfo(r.path).fileName()});

    // The PDF in it holds all five forms, each laid out as the seed's form.
    const QString root = QFileInfo(r.path).completeBaseName() + QLatin1Char('/');
    const QString pdfPath = t.outDir.filePath(QStringLiteral("forms.pdf"));
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write(PackTools::zipEntry(r.path, root + PackManifest::pdfName()));
    pdf.close();
    const QString words = PackTools::pdfWords(pdfPath);
    CHECK(words.count(QStringLiteral("ILPs Assessment Moderation Form Assessor Section")) == 4);
    CHECK(words.count(QStringLiteral("ILPs Target Setting Moderation Form Target-Setter Section")) == 1);
    CHECK(words.contains(QStringLiteral("Ava at snack time")));
    CHECK(words.contains(QStringLiteral("Cara at snack time")));
    const QString manifest = QString::fromUtf8(PackTools::zipEntry(r.path, root + PackManifest::fileName()));
    CHECK(manifest.contains(QStringLiteral("For: staff of the school only.")));
    CHECK(manifest.contains(QStringLiteral("Left out: nothing.")));
}

TEST_CASE("Moderation pack for outside the school: no media of a pupil whose consent is internal only",
          "[pack][consent]")
{
    PackMeeting t;
    const ModerationPack::Result r = t.make(true);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(r.mediaFiles == 4);
    CHECK(r.mediaLeftOut == 4);
    CHECK(QFileInfo(r.path).fileName() ==
          QStringLiteral("Moderation pack - Autumn 2026 - outside the school.zip"));
    CHECK(r.message.contains(QStringLiteral("4 media files were left out for the pupils' consent")));
    const QSet<QString> hashes = checkManifest(r.path);
    for (const QString &sha : t.avaOriginals)
        CHECK(hashes.contains(sha));
    for (const QString &sha : t.caraOriginals)
        CHECK_FALSE(hashes.contains(sha));
    // Not by another name either: no file in the pack has Cara's bytes.
    const QString root = QFileInfo(r.path).completeBaseName() + QLatin1Char('/');
    const QString manifest = QString::fromUtf8(PackTools::zipEntry(r.path, root + PackManifest::fileName()));
    CHECK(manifest.contains(QStringLiteral("For: people outside the school.")));
    CHECK(manifest.contains(QStringLiteral("Left out (4):")));
    CHECK(manifest.count(QStringLiteral("- Photo of CB, ")) == 4);
    CHECK(
        manifest.count(QStringLiteral("Left out because the media consent of CB is for use inside the school "
                                      "only, and this pack is for people outside the school.")) == 4);
    CHECK_FALSE(manifest.contains(QStringLiteral("media/CB")));
    // The forms' PDF says so in place of Cara's pictures.
    const QString pdfPath = t.outDir.filePath(QStringLiteral("forms.pdf"));
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write(PackTools::zipEntry(r.path, root + PackManifest::pdfName()));
    pdf.close();
    CHECK(PackTools::pdfWords(pdfPath).count(
              QStringLiteral("media consent of CB is for use inside the school only")) == 4);
}

TEST_CASE("Moderation pack: a meeting with no forms is a sentence, and no file", "[pack]")
{
    PackMeeting t;
    Term spring = t.m.term;
    spring.id = PackFixture::newUuid();
    spring.name = QStringLiteral("Spring 2027");
    spring.startsOn = QDate(2027, 1, 5);
    spring.halfTermStartsOn = QDate(2027, 2, 15);
    spring.halfTermEndsOn = QDate(2027, 2, 19);
    spring.endsOn = QDate(2027, 3, 26);
    spring.applyStandardCycle();
    REQUIRE(t.db.store.save(spring).ok);
    ModerationPack::Request request;
    request.termId = spring.id;
    request.outputPath = t.outDir.path();
    const ModerationPack::Result r = ModerationPack::make(t.db.store, &t.media, request);
    CHECK_FALSE(r.ok);
    CHECK(r.message ==
          QStringLiteral("There are no moderation forms for the Spring 2027 moderation meeting yet, so "
                         "no pack was made. Fill in a form for the meeting first."));
    CHECK(QDir(t.outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Moderation pack: a write that fails part-way leaves no file behind", "[pack]")
{
    PackMeeting t;
    // Writes past a file-size limit fail with EFBIG as on a full disk, instead of killing the process:
    // a limit stands in for a full disk.
    auto makeWithLimit = [&t](rlim_t bytes) {
        struct rlimit before;
        REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = before;
        limited.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
        const ModerationPack::Result r = t.make(false);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &before) == 0);
        std::signal(SIGXFSZ, oldHandler);
        return r;
    };
    SECTION("the disk fills while the forms' PDF is written")
    {
        const ModerationPack::Result r = makeWithLimit(100 * 1024);
        INFO(r.message.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.message.contains(QStringLiteral("nothing was saved")));
        CHECK(QDir(t.outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("the disk fills at the end of the ZIP")
    {
        // The same pack made whole elsewhere says how big it is; the limit falls just short of it.
        QTemporaryDir elsewhere;
        const ModerationPack::Result whole = t.make(false, elsewhere.path());
        REQUIRE(whole.ok);
        const ModerationPack::Result r = makeWithLimit(rlim_t(whole.bytes - 200));
        INFO(whole.bytes << " then " << r.bytes);
        INFO(r.message.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.message.contains(QStringLiteral("nothing was saved")));
        CHECK(QDir(t.outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("a media file cannot be read once the ZIP is begun")
    {
        // The PDF is in the ZIP by then; the photo's file is replaced by a folder of the same name.
        const QString sha = *t.caraOriginals.cbegin();
        const QString path = t.media.pathOf(sha);
        REQUIRE(QFile::remove(path));
        REQUIRE(QDir().mkpath(path));
        const ModerationPack::Result r = t.make(false);
        INFO(r.message.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.message.startsWith(QStringLiteral("A media file could not be read")));
        CHECK(r.message.contains(QStringLiteral("nothing was saved")));
        CHECK(QDir(t.outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("the folder does not exist")
    {
        const QString missing = t.outDir.filePath(QStringLiteral("no such folder/pack.zip"));
        const ModerationPack::Result r = t.make(false, missing);
        CHECK_FALSE(r.ok);
        CHECK(r.message ==
              QStringLiteral("The folder %1 does not exist: choose another place for the pack.")
                  .arg(QDir::toNativeSeparators(t.outDir.filePath(QStringLiteral("no such folder")))));
        CHECK(QDir(t.outDir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}
