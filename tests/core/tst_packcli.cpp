// stride-cli moderation-pack (cli/moderationpackcommand.cpp), run as the real program on a
// device's database: the pack is written and said in a sentence; a term without forms, an unknown
// term and a missing option each exit with their code and a sentence, and leave no file.
#include "sync/devicefiles.h"
#include "testsupport.h"

#include "core/packfixture.h"
#include "core/packtools.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace Stride;

TEST_CASE("stride-cli moderation-pack writes a term's pack, or says why not", "[pack][cli]")
{
    Testing::TempStore db;
    MediaStore media(DeviceFiles::mediaDirFor(db.path()));
    media.prepareFolders();
    PackFixture::Meeting m;
    INFO(m.error.toStdString());
    REQUIRE(m.setUp(db.store, &media));
    const auto photo = m.addEvidence(db.store, m.cara, m.caraTargets.first(), EvidenceKind::Photo,
                                     QStringLiteral("Cara at the sand tray"), QSize(800, 600));
    REQUIRE(photo);
    REQUIRE(m.addAssessmentForm(db.store, m.caraTargets.first(), {*photo}));
    db.store.close();
    QTemporaryDir out;
    const QString cli = QStringLiteral(STRIDE_CLI_EXE);
    const QStringList base{QStringLiteral("moderation-pack"), QStringLiteral("--database"), db.path()};

    SECTION("for staff of the school, into a folder")
    {
        const PackTools::Run r =
            PackTools::run(cli, base + QStringList{QStringLiteral("--term"), QStringLiteral("autumn 2026"),
                                                   QStringLiteral("--class"), QStringLiteral("Oak"),
                                                   QStringLiteral("--output"), out.path()});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString zip =
            QDir(out.path()).filePath(QStringLiteral("Moderation pack - Autumn 2026 - Oak.zip"));
        CHECK(QString::fromUtf8(r.out).trimmed() ==
              QStringLiteral(
                  "Saved the moderation pack for the Autumn 2026 moderation meeting for Oak to %1: 1 form, "
                  "1 media file.")
                  .arg(zip));
        CHECK(PackTools::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), zip}).exitCode == 0);
    }
    SECTION("for people outside the school, to a named file")
    {
        const QString zip = QDir(out.path()).filePath(QStringLiteral("for the cluster.zip"));
        const PackTools::Run r = PackTools::run(
            cli, base + QStringList{QStringLiteral("--term"), QStringLiteral("Autumn 2026"),
                                    QStringLiteral("--outside-school"), QStringLiteral("--output"), zip});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(QString::fromUtf8(r.out).contains(
            QStringLiteral("1 media file was left out for the pupils' consent: the manifest says which.")));
        CHECK(PackTools::zipNames(zip).filter(QStringLiteral("/media/")).isEmpty());
    }
    SECTION("a term with no forms, an unknown term, a missing option")
    {
        Store reopened;
        REQUIRE(reopened.open(db.path()).ok());
        Term spring = m.term;
        spring.id = PackFixture::newUuid();
        spring.name = QStringLiteral("Spring 2027");
        spring.startsOn = QDate(2027, 1, 5);
        spring.halfTermStartsOn = QDate(2027, 2, 15);
        spring.halfTermEndsOn = QDate(2027, 2, 19);
        spring.endsOn = QDate(2027, 3, 26);
        spring.applyStandardCycle();
        REQUIRE(reopened.save(spring).ok);
        reopened.close();
        const PackTools::Run none =
            PackTools::run(cli, base + QStringList{QStringLiteral("--term"), QStringLiteral("Spring 2027"),
                                                   QStringLiteral("--output"), out.path()});
        CHECK(none.exitCode == 1);
        CHECK(QString::fromUtf8(none.err).contains(
            QStringLiteral("There are no moderation forms for the Spring 2027 "
                           "moderation meeting yet, so no pack was made.")));
        const PackTools::Run unknown =
            PackTools::run(cli, base + QStringList{QStringLiteral("--term"), QStringLiteral("Summer 2031"),
                                                   QStringLiteral("--output"), out.path()});
        CHECK(unknown.exitCode == 2);
        CHECK(QString::fromUtf8(unknown.err)
                  .contains(QStringLiteral("There is no term \"Summer 2031\" on this device. Its terms: ")));
        const PackTools::Run missing =
            PackTools::run(cli, base + QStringList{QStringLiteral("--term"), m.term.name});
        CHECK(missing.exitCode == 2);
        CHECK(QString::fromUtf8(missing.err)
                  .contains(QStringLiteral("moderation-pack needs --database, --term and "
                                           "--output.")));
        CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}
