// Signing in and proving changes on the tablet (docs/security.md, "Proven authors"): a person's
// credential kept sealed by their PIN and the tablet's secret, signing in offline by opening it,
// and the proof each change carries.
#include "testsupport.h"

#include "people/authorcredential.h"
#include "people/changeproof.h"
#include "people/credentialvault.h"
#include "people/devicesecret.h"
#include "people/signin.h"
#include "security/devicekey.h"
#include "security/filekeyvault.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Stride;
using namespace Stride::Testing;

namespace {

const QByteArray kCredential(ChangeProof::kSecretBytes, '\x5a');
const QString kPin = QStringLiteral("4826");

ProvableChange sampleChange()
{
    return {QStringLiteral("m1"),
            QStringLiteral("evidence_item"),
            QStringLiteral("e1"),
            QStringLiteral("upsert"),
            QStringLiteral("0190a1b2c3d4-0000-tablet"),
            QStringLiteral("staff-1"),
            QStringLiteral("2026-12-02T10:00:00.000Z"),
            {{QStringLiteral("note"), QStringLiteral("Asked for a drink")}, {QStringLiteral("count"), 3}},
            {},
            {}};
}

QString proofOf(Store &store, const QString &mutationId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT proof FROM change_log WHERE mutation_id = ?"));
    q.addBindValue(mutationId);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

ProvableChange provableOf(const Mutation &m)
{
    return {m.mutationId, m.entity,   m.entityId, m.op, m.hlc, m.authorStaffId,
            QString(), // filled from the row below
            m.fields,     m.previous, {}};
}

QString recordedAtText(Store &store, const QString &mutationId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT recorded_at FROM change_log WHERE mutation_id = ?"));
    q.addBindValue(mutationId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A change's proof holds for that change, that author and that credential only", "[signin][proof]")
{
    const ProvableChange change = sampleChange();
    const QString proof = ChangeProof::of(kCredential, change);
    REQUIRE_FALSE(proof.isEmpty());
    CHECK(ChangeProof::matches(kCredential, change, proof));
    CHECK_FALSE(ChangeProof::matches(QByteArray(ChangeProof::kSecretBytes, '\x5b'), change, proof));
    CHECK_FALSE(ChangeProof::matches(kCredential, change, QString()));
    CHECK_FALSE(ChangeProof::matches(QByteArray(), change, proof));

    ProvableChange altered = change;
    altered.fields.insert(QStringLiteral("note"), QStringLiteral("Hit another pupil"));
    CHECK_FALSE(ChangeProof::matches(kCredential, altered, proof));
    altered = change;
    altered.authorStaffId = QStringLiteral("staff-2");
    CHECK_FALSE(ChangeProof::matches(kCredential, altered, proof));
    altered = change;
    altered.mutationId = QStringLiteral("m2");
    CHECK_FALSE(ChangeProof::matches(kCredential, altered, proof));
    altered = change;
    altered.op = QStringLiteral("delete");
    CHECK_FALSE(ChangeProof::matches(kCredential, altered, proof));

    // Parts cannot be shifted from one into the next: each is length-prefixed.
    ProvableChange a = change;
    a.entity = QStringLiteral("ab");
    a.entityId = QStringLiteral("c");
    ProvableChange b = change;
    b.entity = QStringLiteral("a");
    b.entityId = QStringLiteral("bc");
    CHECK(ChangeProof::canonical(a) != ChangeProof::canonical(b));

    // The store reads the fields back from JSON text and gets the same bytes to prove.
    ProvableChange reread = change;
    reread.fields =
        QJsonDocument::fromJson(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)).object();
    CHECK(ChangeProof::matches(kCredential, reread, proof));

    // The store passes the fields' text it has already written (IncomingMutation::fieldsText): the
    // same text proves the same, and the text is what is proved, not the object beside it.
    ProvableChange withText = reread;
    withText.fieldsText = QJsonDocument(change.fields).toJson(QJsonDocument::Compact);
    CHECK(ChangeProof::canonical(withText) == ChangeProof::canonical(change));
    CHECK(ChangeProof::matches(kCredential, withText, proof));
    withText.fieldsText = R"({"count":4,"note":"Asked for a drink"})";
    CHECK_FALSE(ChangeProof::matches(kCredential, withText, proof));

    // A change that says what it replaced proves that too (an empty "previous" is written as "{}").
    ProvableChange withPrevious = change;
    withPrevious.previous = {{QStringLiteral("note"), QStringLiteral("Asked for water")}};
    CHECK_FALSE(ChangeProof::matches(kCredential, withPrevious, proof));
    CHECK(ChangeProof::canonical(change).endsWith(QByteArrayLiteral("2:{}")));
    CHECK(QJsonDocument(QJsonObject()).toJson(QJsonDocument::Compact) == QByteArrayLiteral("{}"));
}

TEST_CASE("A change's canonical text is each part's UTF-8, length-prefixed, whatever its characters",
          "[signin][proof]")
{
    // Spelled out the long way: the text tablets already proved changes with must not change.
    const auto longWay = [](const ProvableChange &c) {
        QByteArray out = "stride-change-proof-v1\n";
        const auto add = [&out](const QByteArray &part) {
            out += QByteArray::number(part.size()) + ':' + part;
        };
        for (const QString &part :
             {c.mutationId, c.entity, c.entityId, c.op, c.hlc, c.authorStaffId, c.recordedAt})
            add(part.toUtf8());
        add(QJsonDocument(c.fields).toJson(QJsonDocument::Compact));
        add(c.previous.isEmpty() ? QByteArray("{}")
                                 : QJsonDocument(c.previous).toJson(QJsonDocument::Compact));
        return out;
    };
    ProvableChange change = sampleChange();
    CHECK(ChangeProof::canonical(change) == longWay(change));
    // Non-ASCII in any part (a name typed on a tablet, a made-up id): its UTF-8 bytes are counted.
    change.entityId = QStringLiteral("Zoë's target ✓");
    change.authorStaffId = QString::fromUtf8("\xF0\x9F\x98\x80 staff");
    change.recordedAt = QString(QChar(0x7f)) + QStringLiteral("é");
    change.previous = {{QStringLiteral("note"), QStringLiteral("Dijo \"adiós\"")}};
    CHECK(ChangeProof::canonical(change) == longWay(change));
    CHECK(ChangeProof::canonical(change).contains(
        QByteArray::number(QStringLiteral("Zoë's target ✓").toUtf8().size()) + ":Zo\xC3\xAB"));
    // Empty parts, and a long one (its length has more digits than any id's).
    change.op.clear();
    change.mutationId = QString(12345, QLatin1Char('m'));
    CHECK(ChangeProof::canonical(change) == longWay(change));
}

TEST_CASE("A change's proof is HMAC-SHA256 of its canonical text, whichever secret came before",
          "[signin][proof]")
{
    // The key is set up once per secret and thread (ChangeProof's KeyedHmac): switching between
    // people's secrets, and back, must give each change the proof its own secret gives.
    const ProvableChange change = sampleChange();
    const QByteArray other(ChangeProof::kSecretBytes, '\x5b');
    const auto expected = [&](const QByteArray &secret, const ProvableChange &c) {
        return QString::fromLatin1(
            QMessageAuthenticationCode::hash(ChangeProof::canonical(c), secret, QCryptographicHash::Sha256)
                .toBase64());
    };
    ProvableChange second = change;
    second.mutationId = QStringLiteral("m2");
    for (int round = 0; round < 2; ++round) {
        CHECK(ChangeProof::of(kCredential, change) == expected(kCredential, change));
        CHECK(ChangeProof::of(kCredential, second) == expected(kCredential, second));
        CHECK(ChangeProof::of(other, change) == expected(other, change));
        CHECK(ChangeProof::matches(other, second, expected(other, second)));
        CHECK_FALSE(ChangeProof::matches(kCredential, second, expected(other, second)));
    }
}

TEST_CASE("A sealed credential opens only with the PIN, on this tablet, for this person",
          "[signin][credential]")
{
    const QByteArray tabletSecret(DeviceSecret::kBytes, '\x11');
    const WrappedCredential sealed =
        AuthorCredential::wrap(kCredential, kPin, tabletSecret, QStringLiteral("s1"), 1000);
    REQUIRE_FALSE(sealed.sealed.isEmpty());
    CHECK_FALSE(sealed.sealed.contains(kCredential));
    const auto opened = AuthorCredential::unwrap(sealed, kPin, tabletSecret, QStringLiteral("s1"));
    REQUIRE(opened);
    CHECK(*opened == kCredential);

    CHECK_FALSE(AuthorCredential::unwrap(sealed, QStringLiteral("4827"), tabletSecret, QStringLiteral("s1")));
    CHECK_FALSE(AuthorCredential::unwrap(sealed, kPin, QByteArray(DeviceSecret::kBytes, '\x12'),
                                         QStringLiteral("s1")));
    CHECK_FALSE(AuthorCredential::unwrap(sealed, kPin, tabletSecret, QStringLiteral("s2")));
    WrappedCredential tampered = sealed;
    tampered.sealed[3] = char(tampered.sealed.at(3) ^ 1);
    CHECK_FALSE(AuthorCredential::unwrap(tampered, kPin, tabletSecret, QStringLiteral("s1")));
    tampered = sealed;
    tampered.iterations = 999;
    CHECK_FALSE(AuthorCredential::unwrap(tampered, kPin, tabletSecret, QStringLiteral("s1")));
    // Each sealing is new: the same credential and PIN never give the same bytes twice.
    CHECK(AuthorCredential::wrap(kCredential, kPin, tabletSecret, QStringLiteral("s1"), 1000).sealed !=
          sealed.sealed);
}

TEST_CASE("Signing in opens the person's credential; the first time, the store must check the PIN",
          "[signin]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    SignIn signIn(t.store);

    // Nobody has signed in here: the store checks the PIN, and that is not a wrong try.
    for (int i = 0; i < SignIn::kAttemptsBeforeLockout + 1; ++i)
        CHECK(signIn.attempt(m.assistant.id, kPin).outcome == SignIn::Outcome::NeedsStore);

    REQUIRE(signIn.keepCredential(m.assistant.id, kPin, kCredential));
    const SignIn::Result in = signIn.attempt(m.assistant.id, kPin);
    REQUIRE(in.outcome == SignIn::Outcome::SignedIn);
    CHECK(in.credential == kCredential);
    // The credential is not in the database in the clear, and the tablet's secret is beside it.
    QFile db(t.path());
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.readAll().contains(kCredential));
    const QFile::Permissions keyFile = QFile(FileKeyVault::fileFor(t.path())).permissions();
    CHECK(keyFile.testFlag(QFile::ReadOwner));
    CHECK_FALSE(keyFile & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));

    // Wrong PINs lead to the pause, which the right PIN does not cut short.
    for (int i = 1; i < SignIn::kAttemptsBeforeLockout; ++i) {
        const SignIn::Result wrong = signIn.attempt(m.assistant.id, QStringLiteral("1357"));
        CHECK(wrong.outcome == SignIn::Outcome::WrongPin);
        CHECK(wrong.attemptsLeft == SignIn::kAttemptsBeforeLockout - i);
    }
    CHECK(signIn.attempt(m.assistant.id, QStringLiteral("1357")).outcome == SignIn::Outcome::LockedOut);
    CHECK(signIn.attempt(m.assistant.id, kPin).outcome == SignIn::Outcome::LockedOut);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(SignIn::kLockoutSeconds + 1);
    CHECK(signIn.attempt(m.assistant.id, kPin, later).outcome == SignIn::Outcome::SignedIn);
}

TEST_CASE("Each wrong PIN after a pause doubles the pause, up to a day; the right PIN clears it, and a "
          "restart does not",
          "[signin][lockout]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    REQUIRE(SignIn(t.store).keepCredential(m.assistant.id, kPin, kCredential));
    const QString wrongPin = QStringLiteral("1357");
    QDateTime now = QDateTime::currentDateTimeUtc();

    for (int i = 1; i < SignIn::kAttemptsBeforeLockout; ++i)
        REQUIRE(SignIn(t.store).attempt(m.assistant.id, wrongPin, now).outcome == SignIn::Outcome::WrongPin);
    SignIn::Result paused = SignIn(t.store).attempt(m.assistant.id, wrongPin, now);
    REQUIRE(paused.outcome == SignIn::Outcome::LockedOut);
    CHECK(now.secsTo(paused.lockedUntil) == 5 * 60);
    CHECK(paused.message.contains(QLatin1String("in 5 minute")));
    CHECK(paused.message.contains(QLatin1String("twice as long")));

    // Closing the app (the store) and opening it again keeps the pause and the count.
    t.store.close();
    REQUIRE(t.store.open(t.path()).ok());
    const SignIn::Result stillPaused = SignIn(t.store).attempt(m.assistant.id, kPin, now.addSecs(60));
    CHECK(stillPaused.outcome == SignIn::Outcome::LockedOut);
    CHECK(stillPaused.message.contains(QLatin1String("in 4 minute")));

    // Each wrong PIN once a pause is over pauses at once, for twice as long as the last.
    const QList<qint64> minutes{10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440};
    for (const qint64 expected : minutes) {
        now = paused.lockedUntil.addSecs(1);
        paused = SignIn(t.store).attempt(m.assistant.id, wrongPin, now);
        INFO("expected a pause of " << expected << " minutes");
        REQUIRE(paused.outcome == SignIn::Outcome::LockedOut);
        CHECK(now.secsTo(paused.lockedUntil) == expected * 60);
        t.store.close();
        REQUIRE(t.store.open(t.path()).ok());
    }
    CHECK(paused.message.contains(QLatin1String("in 24 hour")));
    CHECK_FALSE(paused.message.contains(QLatin1String("twice as long"))); // a day is the longest
    CHECK(SignIn::lockoutSecondsAfter(1000) == SignIn::kLongestLockoutSeconds);
    CHECK(SignIn::lockoutSecondsAfter(SignIn::kAttemptsBeforeLockout - 1) == 0);

    // The right PIN after the pause signs in and clears the count: five tries again.
    now = paused.lockedUntil.addSecs(1);
    REQUIRE(SignIn(t.store).attempt(m.assistant.id, kPin, now).outcome == SignIn::Outcome::SignedIn);
    const SignIn::Result fresh = SignIn(t.store).attempt(m.assistant.id, wrongPin, now);
    CHECK(fresh.outcome == SignIn::Outcome::WrongPin);
    CHECK(fresh.attemptsLeft == SignIn::kAttemptsBeforeLockout - 1);
}

TEST_CASE("A tablet whose secret changed asks everyone to sign in with the store again", "[signin]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    // An issue-11 tablet: a plain database whose credentials are sealed with the 32 bytes of the
    // key file beside it. That file becomes the device key, from which a new secret is derived.
    const QByteArray oldSecret(DeviceSecret::kBytes, '\x33');
    MiniSchool m;
    {
        Store old;
        REQUIRE(old.open(path, Store::AtRest::Plain).ok());
        m = makeMiniSchool(old);
        const WrappedCredential w = AuthorCredential::wrap(kCredential, kPin, oldSecret, m.teacher.id, 1000);
        QSqlQuery q(old.database());
        q.prepare(QStringLiteral("INSERT INTO author_credential (staff_id, salt, nonce, sealed, iterations,"
                                 " sealed_at) VALUES (?, ?, ?, ?, ?, '2026-12-01T09:00:00.000Z')"));
        for (const QVariant &v : {QVariant(m.teacher.id), QVariant(w.salt), QVariant(w.nonce),
                                  QVariant(w.sealed), QVariant(w.iterations)})
            q.addBindValue(v);
        REQUIRE(q.exec());
        REQUIRE(q.exec(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('device_secret_id', '%1')")
                .arg(DeviceSecret::idOf(oldSecret))));
        REQUIRE(AuthorCredential::unwrap(w, kPin, oldSecret, m.teacher.id));
        // A store opened without a device key: nobody signs in, and the tablet says why.
        const SignIn::Result keyless = SignIn(old).attempt(m.teacher.id, kPin);
        CHECK(keyless.outcome == SignIn::Outcome::KeyUnavailable);
        CHECK_FALSE(keyless.message.isEmpty());
    }
    REQUIRE(FileKeyVault().write(path, oldSecret).outcome == KeyVault::Outcome::Done);

    Store store;
    REQUIRE(store.open(path).ok());
    CHECK(DeviceSecret::of(store) == DeviceKey::derive(oldSecret).credential);
    REQUIRE(CredentialVault(store).has(m.teacher.id));
    const SignIn::Result r = SignIn(store).attempt(m.teacher.id, kPin);
    CHECK(r.outcome == SignIn::Outcome::NeedsStore); // never "wrong PIN"
    CHECK_FALSE(CredentialVault(store).has(m.teacher.id));
    // Signed in with the store once, the person signs in offline again.
    REQUIRE(SignIn(store).keepCredential(m.teacher.id, kPin, kCredential));
    CHECK(SignIn(store).attempt(m.teacher.id, kPin).outcome == SignIn::Outcome::SignedIn);

    // The store is encrypted now: without its key it does not open at all.
    store.close();
    CHECK(store.open(path, Store::AtRest::Plain).status == OpenResult::Status::KeyLost);
}

TEST_CASE("A damaged key file leaves the records closed and untouched", "[signin]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    {
        Store store;
        REQUIRE(store.open(path).ok());
        makeMiniSchool(store);
    }
    QFile junk(FileKeyVault::fileFor(path));
    REQUIRE(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
    junk.write("short");
    junk.close();
    DeviceKey::forgetCachedKeys();
    Store store;
    const OpenResult r = store.open(path);
    CHECK_FALSE(r.ok());
    CHECK(r.message.contains(QLatin1String("damaged")));
    CHECK(store.keyLookup().status == DeviceKey::Status::Unavailable);
    CHECK(QFile::exists(path));
    QFile kept(FileKeyVault::fileFor(path));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "short");
}

TEST_CASE("Changes carry their author's proof; changes made without one are proved at the next sign-in",
          "[signin][proof]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);

    // Made by the TA with her credential: proved at once.
    t.store.setActingStaffId(m.assistant.id, kCredential);
    Pupil ava = *t.store.pupil(m.ava.id);
    ava.specificNeeds = QStringLiteral("ASD, SLD, epilepsy");
    REQUIRE(t.store.save(ava).ok);
    const Mutation proved = t.store.mutationsOf(QStringLiteral("pupil"), ava.id).last();
    ProvableChange change = provableOf(proved);
    change.recordedAt = recordedAtText(t.store, proved.mutationId);
    CHECK(ChangeProof::matches(kCredential, change, proofOf(t.store, proved.mutationId)));

    // Made with no credential (before this person had one here): no proof, so not yet sendable
    // in their name; and one the store refused as unproven, and one refused for another reason.
    t.store.setActingStaffId(m.assistant.id);
    ava.specificNeeds = QStringLiteral("ASD");
    REQUIRE(t.store.save(ava).ok);
    const Mutation unproved = t.store.mutationsOf(QStringLiteral("pupil"), ava.id).last();
    CHECK(proofOf(t.store, unproved.mutationId).isEmpty());
    QSqlQuery q(t.store.database());
    q.prepare(
        QStringLiteral("UPDATE change_log SET sent_at = '2026-12-01T10:00:00.000Z' WHERE mutation_id = ?"));
    q.addBindValue(proved.mutationId);
    REQUIRE(q.exec());
    q.prepare(QStringLiteral("INSERT INTO mutation_sync (mutation_id, state, error, message, updated_at)"
                             " VALUES (?, 'rejected', 'unproven_author', '', '2026-12-01T10:00:00.000Z')"));
    q.addBindValue(proved.mutationId);
    REQUIRE(q.exec());
    // The teacher's own unproved change is not the TA's to prove.
    t.store.setActingStaffId(m.teacher.id);
    Pupil ben = *t.store.pupil(m.ben.id);
    ben.specificNeeds = QStringLiteral("PMLD");
    REQUIRE(t.store.save(ben).ok);
    const Mutation teachers = t.store.mutationsOf(QStringLiteral("pupil"), ben.id).last();

    // The TA signs in again with a new credential: her two are proved, and the refused one goes again.
    const QByteArray renewed(ChangeProof::kSecretBytes, '\x33');
    t.store.setActingStaffId(m.assistant.id, renewed);
    CHECK(t.store.proveActingStaffChanges() == 2);
    for (const Mutation &mine : {proved, unproved}) {
        ProvableChange c = provableOf(mine);
        c.recordedAt = recordedAtText(t.store, mine.mutationId);
        CHECK(ChangeProof::matches(renewed, c, proofOf(t.store, mine.mutationId)));
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE sent_at IS NULL AND mutation_id = ?"));
    q.addBindValue(proved.mutationId);
    REQUIRE((q.exec() && q.next()));
    CHECK(q.value(0).toInt() == 1);
    CHECK(proofOf(t.store, teachers.mutationId).isEmpty());
    CHECK(t.store.proveActingStaffChanges() == 0);
}

TEST_CASE("Migration 9 drops the PIN hashes tablets used to hold", "[signin][migration]")
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("tst_signin_migration");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("old.db")));
        REQUIRE(db.open());
        QString error;
        REQUIRE(Migrations::migrate(db, 8, &error));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO school (id, name) VALUES ('sc', 'Millbrook Park')")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO staff (id, school_id, first_name, surname, roles, pin_hash,"
                           " pin_salt) VALUES ('s1', 'sc', 'Hannah', 'Kaur', 'teacher', x'01', x'02')")));
        REQUIRE(Migrations::migrate(db, 9, &error));
        REQUIRE(q.exec(QStringLiteral("SELECT pin_hash, pin_salt FROM staff WHERE id = 's1'")));
        REQUIRE(q.next());
        CHECK(q.value(0).isNull());
        CHECK(q.value(1).isNull());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
