// Proven authors (issue 11): each attack made as an attacker would, over HTTP against the real
// store, with one enrolled tablet's device token and whatever else that attacker could have. A
// change counts in a person's name only with a proof by that person's credential on that tablet,
// which the store gives only for their PIN (docs/security.md, "Proven authors").
#include "storeharness.h"

#include <people/changeproof.h>

using namespace StoreTest;

namespace {

QString errorOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QString()
                              : rejected.first().toObject().value(QLatin1String("error")).toString();
}

QString messageOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QString()
                              : rejected.first().toObject().value(QLatin1String("message")).toString();
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

QJsonObject provedBy(const QByteArray &credential, QJsonObject m)
{
    m.insert(QStringLiteral("proof"), Stride::ChangeProof::of(credential, provable(m)));
    return m;
}

} // namespace

STORE_TEST_CASE(forgedAuthor,
                "A change in someone else's name is refused without their proof, whatever the token",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    auto rolesOf = [&](const QString &staffId) {
        return fold(store.pullAll(tablet), QStringLiteral("staff"), staffId).value(QLatin1String("roles"));
    };
    // The teaching assistant signs in on the tablet, as they do every day.
    const QByteArray taCredential = store.credential(tablet, school.taId);
    REQUIRE(taCredential.size() == Stride::ChangeProof::kSecretBytes);

    // The attack the issue was filed for: one push, in the head's name, making the TA a senior
    // leader and the office. With no proof, with the TA's own proof, and with a made-up one.
    const QJsonObject raise = mutation(QStringLiteral("staff"), school.taId, {{"roles", "ta,slt,admin"}},
                                       school.sltId, hlc(++t, tablet.deviceId));
    const QJsonObject unproved = store.pushAsIs(tablet, QJsonArray{raise});
    CHECK(errorOf(unproved) == QLatin1String("unproven_author"));
    CHECK(messageOf(unproved).contains(QLatin1String("Priya Shah has not signed in on this tablet")));
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{provedBy(taCredential, raise)})) ==
          QLatin1String("unproven_author"));
    QJsonObject madeUp = raise;
    madeUp.insert(QStringLiteral("proof"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{madeUp})) == QLatin1String("unproven_author"));
    CHECK(rolesOf(school.taId) == QJsonValue("ta"));

    // A proof is for one change only: another field, record or author, and it fails.
    const QJsonObject note =
        provedBy(taCredential, mutation(QStringLiteral("evidence_item"), newUuid(),
                                        evidenceFields(school.id, school.taId, QStringLiteral("Ate lunch")),
                                        school.taId, hlc(++t, tablet.deviceId)));
    QJsonObject altered = note;
    QJsonObject fields = altered.value(QLatin1String("fields")).toObject();
    fields.insert(QStringLiteral("note"), QStringLiteral("Hit another pupil"));
    altered.insert(QStringLiteral("fields"), fields);
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{altered})) == QLatin1String("unproven_author"));
    QJsonObject otherAuthor = note;
    otherAuthor.insert(QStringLiteral("author_staff_id"), school.teacherId);
    store.credential(tablet, school.teacherId); // the teacher has signed in here too
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{otherAuthor})) == QLatin1String("unproven_author"));
    // The change as the TA made it is accepted.
    CHECK(appliedCount(store.pushAsIs(tablet, QJsonArray{note})) == 1);
}

STORE_TEST_CASE(copiedCredential, "A credential copied from one tablet proves nothing from another",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet spare = store.enrol(school.id, QStringLiteral("Spare iPad"));
    const QByteArray onOak = store.credential(oak, school.sltId);
    REQUIRE(!onOak.isEmpty());
    const QJsonObject change =
        provedBy(onOak, mutation(QStringLiteral("staff"), school.taId, {{"roles", "ta,slt"}}, school.sltId,
                                 hlc(nowMs(), spare.deviceId)));
    CHECK(errorOf(store.pushAsIs(spare, QJsonArray{change})) == QLatin1String("unproven_author"));
    CHECK(fold(store.pullAll(oak), QStringLiteral("staff"), school.taId).value(QLatin1String("roles")) ==
          QJsonValue("ta"));
}

STORE_TEST_CASE(firstSignInLimits,
                "Wrong PINs at a first sign-in are limited per person and per tablet, on the store",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    // No token, no sign-in; and an unknown person is not a PIN to guess.
    CHECK(store.postJson("/v1/sign-in", {{"staff_id", school.taId}, {"pin", "2468"}}).status == 401);
    CHECK(store.signIn(tablet, newUuid()).status == 403);

    // Five wrong PINs for the head, then a pause that the right PIN does not cut short.
    for (int i = 1; i <= 4; ++i) {
        const Reply wrong = store.signIn(tablet, school.sltId, QStringLiteral("1357"));
        CHECK(wrong.status == 401);
        CHECK(wrong.json.value(QLatin1String("attempts_left")).toInt() == 5 - i);
    }
    const Reply fifth = store.signIn(tablet, school.sltId, QStringLiteral("1357"));
    CHECK(fifth.status == 423);
    CHECK(std::stoi(fifth.header("Retry-After")) > 200);
    CHECK(store.signIn(tablet, school.sltId).status == 423);
    CHECK(store.signIn(tablet, school.sltId)
              .json.value(QLatin1String("message"))
              .toString()
              .contains(QLatin1String("Too many wrong PINs for Priya Shah")));
    // Kept on the store: a restart does not give five more tries.
    store.stop();
    store.start();
    CHECK(store.signIn(tablet, school.sltId).status == 423);
    // Someone else still signs in on that tablet.
    CHECK(store.signIn(tablet, school.teacherId).status == 200);
    // The office gives the head a new PIN (she had forgotten hers): the pause is over for it.
    const QString headEmail = fold(store.pullAll(tablet), QStringLiteral("staff"), school.sltId)
                                  .value(QLatin1String("email"))
                                  .toString();
    REQUIRE(
        store
            .admin({QStringLiteral("add-staff"), QStringLiteral("--school"), school.id,
                    QStringLiteral("--first-name"), QStringLiteral("Priya"), QStringLiteral("--surname"),
                    QStringLiteral("Shah"), QStringLiteral("--email"), headEmail, QStringLiteral("--roles"),
                    QStringLiteral("teacher,slt"), QStringLiteral("--pin"), QStringLiteral("8042")})
            .exitCode == 0);
    CHECK(store.signIn(tablet, school.sltId, QStringLiteral("8042")).status == 200);

    // Guessing across people: twenty wrong PINs on one tablet pause new sign-ins on it, even for a
    // person with no wrong tries of their own; another tablet is not paused.
    QStringList people;
    for (int i = 0; i < 4; ++i)
        people << store.addStaff(school.id, QStringLiteral("Extra%1").arg(i), QStringLiteral("Staff"),
                                 QStringLiteral("ta"));
    int refused = 0;
    for (int round = 0; round < 4; ++round)
        for (const QString &person : people)
            refused += store.signIn(tablet, person, QStringLiteral("9753")).status == 401 ? 1 : 0;
    // 5 for the head + 16 here passes 20: the last of them is a pause, not a 401.
    CHECK(refused == 14);
    const Reply paused = store.signIn(tablet, school.adminId);
    CHECK(paused.status == 423);
    CHECK(paused.json.value(QLatin1String("message")).toString().contains(QLatin1String("on this tablet")));
    const Tablet other = store.enrol(school.id, QStringLiteral("Rowan iPad"));
    CHECK(store.signIn(other, school.adminId).status == 200);

    // The school can see the guessing: every first sign-in, granted or refused, is in its audit log.
    const CommandResult head =
        store.admin({QStringLiteral("audit"), QStringLiteral("--staff"), school.sltId});
    INFO(head.out.toStdString());
    CHECK(head.out.count(QLatin1String("REFUSED a first sign-in on this tablet (wrong_pin)")) == 4);
    CHECK(head.out.count(QLatin1String("(sign_in_paused)")) >= 3);
    CHECK_FALSE(head.out.contains(QLatin1String("1357"))); // never the PIN typed
    const CommandResult office =
        store.admin({QStringLiteral("audit"), QStringLiteral("--staff"), school.adminId});
    CHECK(
        office.out.contains(QLatin1String("on \"Rowan iPad\": signed in on this tablet for the first time")));
}

STORE_TEST_CASE(stopsAtOnce,
                "Deactivating a person or changing their PIN stops their changes from every tablet at once",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    const QByteArray taCredential = store.credential(tablet, school.taId);
    auto noteBy = [&](const QString &author, const QString &text) {
        return provedBy(taCredential,
                        mutation(QStringLiteral("evidence_item"), newUuid(),
                                 evidenceFields(school.id, author, text), author, hlc(++t, tablet.deviceId)));
    };
    CHECK(appliedCount(store.pushAsIs(tablet, QJsonArray{noteBy(school.taId, QStringLiteral("First"))})) ==
          1);

    // The office changes the TA's PIN (the old one was seen): the old credential proves nothing.
    const CommandResult changed = store.admin(
        {QStringLiteral("add-staff"), QStringLiteral("--school"), school.id, QStringLiteral("--first-name"),
         QStringLiteral("Sam"), QStringLiteral("--surname"), QStringLiteral("Patel"),
         QStringLiteral("--email"),
         fold(store.pullAll(tablet), QStringLiteral("staff"), school.taId)
             .value(QLatin1String("email"))
             .toString(),
         QStringLiteral("--roles"), QStringLiteral("ta"), QStringLiteral("--pin"), QStringLiteral("8042")});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{noteBy(school.taId, QStringLiteral("Second"))})) ==
          QLatin1String("unproven_author"));
    CHECK(store.signIn(tablet, school.taId).status == 401); // the old PIN
    const Reply again = store.signIn(tablet, school.taId, QStringLiteral("8042"));
    REQUIRE(again.status == 200);
    const QByteArray renewed =
        QByteArray::fromBase64(again.json.value(QLatin1String("credential")).toString().toLatin1());
    QJsonObject third = mutation(QStringLiteral("evidence_item"), newUuid(),
                                 evidenceFields(school.id, school.taId, QStringLiteral("Third")), school.taId,
                                 hlc(++t, tablet.deviceId));
    CHECK(appliedCount(store.pushAsIs(tablet, QJsonArray{provedBy(renewed, third)})) == 1);

    // A senior leader takes the TA off the staff list: their next change is refused at once, and
    // putting them back does not revive the credential they had.
    const QJsonObject off =
        store.push(tablet, QJsonArray{mutation(QStringLiteral("staff"), school.taId, {{"active", 0}},
                                               school.sltId, hlc(++t, tablet.deviceId))});
    REQUIRE(appliedCount(off) == 1);
    QJsonObject fourth = mutation(QStringLiteral("evidence_item"), newUuid(),
                                  evidenceFields(school.id, school.taId, QStringLiteral("Fourth")),
                                  school.taId, hlc(++t, tablet.deviceId));
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{provedBy(renewed, fourth)})) ==
          QLatin1String("forbidden"));
    CHECK(store.signIn(tablet, school.taId, QStringLiteral("8042")).status == 403);
    REQUIRE(appliedCount(
                store.push(tablet, QJsonArray{mutation(QStringLiteral("staff"), school.taId, {{"active", 1}},
                                                       school.sltId, hlc(++t, tablet.deviceId))})) == 1);
    fourth.insert(QStringLiteral("mutation_id"), newUuid());
    CHECK(errorOf(store.pushAsIs(tablet, QJsonArray{provedBy(renewed, fourth)})) ==
          QLatin1String("unproven_author"));

    // A revoked tablet's token opens nothing, its sign-ins included.
    const CommandResult revoked = store.admin({QStringLiteral("revoke-device"), tablet.deviceId});
    REQUIRE(revoked.exitCode == 0);
    CHECK(store.signIn(tablet, school.teacherId).status == 410);
}

STORE_TEST_CASE(noPinHashes, "No tablet receives anyone's PIN hash, however it was set", "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    // An SLT sets a PIN hash from a tablet too (allowed), and it still goes to no tablet.
    store.push(tablet, QJsonArray{mutation(QStringLiteral("staff"), school.taId,
                                           {{"pin_hash", "cGJrZGYy"}, {"pin_salt", "c2FsdA=="}}, school.sltId,
                                           hlc(nowMs(), tablet.deviceId))});
    int staffChanges = 0;
    for (const QJsonObject &c : store.pullAll(tablet)) {
        const QJsonObject fields = c.value(QLatin1String("fields")).toObject();
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("staff"))
            ++staffChanges;
        CHECK_FALSE(fields.contains(QLatin1String("pin_hash")));
        CHECK_FALSE(fields.contains(QLatin1String("pin_salt")));
    }
    CHECK(staffChanges >= 5);
}
