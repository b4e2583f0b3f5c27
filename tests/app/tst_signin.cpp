// Signing in on the tablet's session (docs/security.md, "Proven authors"): the first time on a
// tablet the school's store checks the PIN, which the session waits for; afterwards the PIN
// opens the person's own credential here, offline, and their changes carry its proof.
#include "appfixture.h"

#include "people/changeproof.h"
#include "people/credentialvault.h"
#include "people/offlinelock.h"
#include "session.h"
#include "sync/syncledger.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// A store check that answers only when the test says so, as a slow network would.
struct HeldStoreCheck
{
    QList<std::function<void(const SignIn::Result &)>> waiting;
    int asked = 0;
    Session::StoreCheck check()
    {
        return [this](const QString &, const QString &, std::function<void(const SignIn::Result &)> done) {
            ++asked;
            waiting << std::move(done);
        };
    }
};

SignIn::Result granted(const QByteArray &credential)
{
    SignIn::Result r;
    r.outcome = SignIn::Outcome::SignedIn;
    r.credential = credential;
    return r;
}

} // namespace

TEST_CASE("A first sign-in waits for the store, and the PIN then opens the credential offline", "[signin]")
{
    DemoTablet t;
    Session &session = t.session();
    const QString hannah = t.staffId(QStringLiteral("Hannah"));
    const QString pin = t.pinOf(QStringLiteral("Hannah"));
    HeldStoreCheck store;
    session.setStoreCheck(store.check());

    // The store is asked; meanwhile the session says so, and a second tap changes nothing.
    CHECK_FALSE(session.signIn(hannah, pin));
    CHECK(session.checkingWithStore());
    CHECK(session.message().contains(QLatin1String("Checking Hannah's PIN with the school's store")));
    CHECK_FALSE(session.signIn(hannah, pin));
    CHECK(store.asked == 1);

    // The store refuses: its words are shown, and nothing is kept.
    SignIn::Result wrong;
    wrong.outcome = SignIn::Outcome::WrongPin;
    wrong.message = QStringLiteral("That PIN is not right. 4 more tries before a pause.");
    store.waiting.takeFirst()(wrong);
    CHECK_FALSE(session.checkingWithStore());
    CHECK_FALSE(session.signedIn());
    CHECK(session.message() == wrong.message);

    // Asked again, the store grants a credential: signed in, and each change is proved with it.
    QSignalSpy signedIn(&session, &Session::signedInChanged);
    CHECK_FALSE(session.signIn(hannah, pin));
    const QByteArray credential(ChangeProof::kSecretBytes, '\x21');
    REQUIRE(SignIn(t.store()).keepCredential(hannah, pin, credential)); // as StoreSignIn does
    store.waiting.takeFirst()(granted(credential));
    CHECK(signedIn.count() == 1);
    CHECK(session.signedIn());
    CHECK(session.staffId() == hannah);
    CHECK(session.message().isEmpty());
    Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    pupil.specificNeeds += QStringLiteral(", epilepsy");
    REQUIRE(t.store().save(pupil).ok);
    const Mutation change = t.store().mutationsOf(QStringLiteral("pupil"), pupil.id).last();
    CHECK(change.authorStaffId == hannah);

    // Signed out and in again: offline, with no store asked.
    session.signOut();
    REQUIRE(session.signIn(hannah, pin));
    CHECK(store.asked == 2);
}

TEST_CASE("Choosing someone else while the store checks drops its answer", "[signin]")
{
    DemoTablet t;
    Session &session = t.session();
    const QString hannah = t.staffId(QStringLiteral("Hannah"));
    HeldStoreCheck store;
    session.setStoreCheck(store.check());
    CHECK_FALSE(session.signIn(hannah, t.pinOf(QStringLiteral("Hannah"))));
    session.clearMessage(); // "Not Hannah? Choose your name"
    CHECK_FALSE(session.checkingWithStore());
    store.waiting.takeFirst()(granted(QByteArray(ChangeProof::kSecretBytes, '\x22')));
    CHECK_FALSE(session.signedIn());
}

TEST_CASE("A tablet offline too long shows its lock and signs nobody in; reaching the store lifts it",
          "[signin][offlinelock]")
{
    DemoTablet t;
    Session &session = t.session();
    REQUIRE(t.signInAs(QStringLiteral("Hannah"))); // her credential is now on the tablet
    session.signOut();
    CHECK_FALSE(session.offlineLocked());

    // Enrolled, and last reached the store 20 days ago (the school allows 14).
    Enrolment e;
    e.serverUrl = QUrl(QStringLiteral("https://stride.school.example"));
    e.deviceId = QStringLiteral("dev-1");
    e.deviceToken = QStringLiteral("token-1");
    e.schoolId = session.schoolId();
    e.enrolledAt = QDateTime::currentDateTimeUtc().addDays(-20);
    REQUIRE(SyncLedger(t.store()).saveEnrolment(e));
    REQUIRE(OfflineLock(t.store()).noteStoreReached(e.enrolledAt));
    QSignalSpy changed(&session, &Session::offlineLockChanged);
    session.refreshOfflineLock();
    CHECK(changed.count() == 1);
    CHECK(session.offlineLocked());
    CHECK(session.offlineLockMessage().contains(QLatin1String("Connect it to the school's Wi-Fi")));

    CHECK_FALSE(t.signInAs(QStringLiteral("Hannah")));
    CHECK_FALSE(session.signedIn());
    CHECK(session.message() == session.offlineLockMessage());

    // A sync reaches the store: the lock goes, and Hannah signs in with her PIN as before.
    REQUIRE(OfflineLock(t.store()).noteStoreReached());
    session.refreshOfflineLock();
    CHECK_FALSE(session.offlineLocked());
    CHECK(t.signInAs(QStringLiteral("Hannah")));
}
