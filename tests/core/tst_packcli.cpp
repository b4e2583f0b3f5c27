// stride-cli moderation-pack (cli/moderationpackcommand.cpp), run as the real program on a
// device's database: the pack is written and said in a sentence; a term without forms, an unknown
// term, a missing option, a wrong PIN and a teaching assistant each exit with their code and a
// sentence, and leave no file. Each item whose media went in is recorded as opened by the maker.
#include "people/changeproof.h"
#include "people/signin.h"
#include "store/evidenceopening.h"
#include "sync/devicefiles.h"
#include "sync/syncledger.h"
#include "testsupport.h"

#include "core/packfixture.h"
#include "core/packtools.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace Stride;

TEST_CASE("stride-cli moderation-pack writes a term's pack, or says why not", "[pack][cli]")
{
    Testing::TempStore db;
    MediaStore media =
        Testing::keyedMediaStore(DeviceFiles::mediaDirFor(db.path()), db.store.deviceKeys().media);
    media.prepareFolders();
    PackFixture::Meeting m;
    INFO(m.error.toStdString());
    REQUIRE(m.setUp(db.store, &media));
    const auto photo = m.addEvidence(db.store, m.cara, m.caraTargets.first(), EvidenceKind::Photo,
                                     QStringLiteral("Cara at the sand tray"), QSize(800, 600));
    REQUIRE(photo);
    REQUIRE(m.addAssessmentForm(db.store, m.caraTargets.first(), {*photo}));
    // Helen has signed in on this device before: her credential is kept, sealed by her PIN.
    const QString pin = QStringLiteral("2468");
    REQUIRE(SignIn(db.store).keepCredential(m.senior.id, pin, QByteArray(ChangeProof::kSecretBytes, '\x3c')));
    db.store.close();
    QTemporaryDir out;
    const QString cli = QStringLiteral(STRIDE_CLI_EXE);
    const QStringList signedIn{QStringLiteral("--staff"), m.senior.email, QStringLiteral("--pin"), pin};
    const QStringList base =
        QStringList{QStringLiteral("moderation-pack"), QStringLiteral("--database"), db.path()} + signedIn;
    const auto openedBy = [&] {
        Store reopened;
        QStringList who;
        if (!reopened.open(db.path()).ok())
            return who;
        for (const QJsonObject &c : SyncLedger(reopened).unsentMutations(100000, 64 * 1024 * 1024))
            if (c.value(QLatin1String("entity")).toString() == EvidenceOpening::entity())
                who << c.value(QLatin1String("author_staff_id")).toString();
        return who;
    };

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
        // The photo left the device in Helen's hands: the school's audit log hears of it.
        CHECK(openedBy() == QStringList{m.senior.id});
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
        CHECK(openedBy().isEmpty()); // nothing of a child's left the device
    }
    SECTION("a wrong PIN, or a teaching assistant, makes no pack")
    {
        const QStringList rest{QStringLiteral("--term"), m.term.name, QStringLiteral("--output"), out.path()};
        const QStringList wrongPin{QStringLiteral("moderation-pack"),
                                   QStringLiteral("--database"),
                                   db.path(),
                                   QStringLiteral("--staff"),
                                   m.senior.email,
                                   QStringLiteral("--pin"),
                                   QStringLiteral("1111")};
        const PackTools::Run wrong = PackTools::run(cli, wrongPin + rest);
        CHECK(wrong.exitCode == 1);
        CHECK(QString::fromUtf8(wrong.err).contains(QStringLiteral("PIN")));

        Store reopened;
        REQUIRE(reopened.open(db.path()).ok());
        Staff assistant = m.assessor;
        assistant.id = PackFixture::newUuid();
        assistant.firstName = QStringLiteral("Amy");
        assistant.email = QStringLiteral("amy@school.example");
        assistant.roles = {StaffRole::TeachingAssistant};
        REQUIRE(reopened.save(assistant).ok);
        reopened.close();
        const QStringList asAssistant{QStringLiteral("moderation-pack"),
                                      QStringLiteral("--database"),
                                      db.path(),
                                      QStringLiteral("--staff"),
                                      assistant.email,
                                      QStringLiteral("--pin"),
                                      pin};
        const PackTools::Run ta = PackTools::run(cli, asAssistant + rest);
        CHECK(ta.exitCode == 1);
        CHECK(QString::fromUtf8(ta.err).contains(
            QStringLiteral("Only teachers and senior leaders make a moderation pack")));
        CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        CHECK(openedBy().isEmpty());
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
                  .contains(QStringLiteral("moderation-pack needs --database, --term, --output, --staff "
                                           "and --pin.")));
        CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}
