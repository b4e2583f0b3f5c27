// The highlights of a pupil's one-page profile for their family (profile_highlight), as the store
// enforces them against each change's proven author and its own rows: only teachers and SLT write
// them, and a highlight is always of the pupil's own evidence, in their own school. Each attack is
// made as a tablet would send it, over HTTP to the real store, refused in words a teacher can act
// on, and leaves the highlight as it was (docs/security.md, "Profiles for families").
#include "storeharness.h"

#include <QJsonDocument>

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

// A school with one class (Oak), two pupils (Alfie and Maisie), the autumn term, and a piece of
// evidence of each, recorded by the TA.
class Profiles
{
public:
    explicit Profiles(Store &store) : m_store(store) {}

    School school;
    Tablet tablet;
    QString alfie, maisie, term;
    QString alfiesEvidence, maisiesEvidence;

    void setUp()
    {
        school = m_store.createSchool(QStringLiteral("Millbrook Park"));
        m_store.start();
        tablet = m_store.enrol(school.id);
        const QString oak = newUuid();
        alfie = newUuid();
        maisie = newUuid();
        term = newUuid();
        alfiesEvidence = newUuid();
        maisiesEvidence = newUuid();
        const QString admin = school.adminId;
        auto pupil = [&](const QString &id, const char *first) {
            return make("pupil", id,
                        {{"school_id", school.id},
                         {"class_id", oak},
                         {"first_name", first},
                         {"surname", "Brown"},
                         {"initials", QString()},
                         {"year_group", 4},
                         {"key_stage", 2},
                         {"pronouns", "he"},
                         {"media_consent", "shareable"}},
                        admin);
        };
        const QList<QJsonObject> setup{
            make("school_class", oak, {{"school_id", school.id}, {"name", "Oak"}}, admin),
            make("class_staff", newUuid(), {{"class_id", oak}, {"staff_id", school.teacherId}}, admin),
            make("term", term,
                 {{"school_id", school.id},
                  {"name", "Autumn 2026"},
                  {"starts_on", "2026-09-02"},
                  {"ends_on", "2026-12-18"}},
                 admin),
            pupil(alfie, "Alfie"),
            pupil(maisie, "Maisie"),
            make("evidence_item", alfiesEvidence,
                 evidenceFields(school.id, school.taId, QStringLiteral("Bounced on the trampoline")),
                 school.taId),
            make("evidence_pupil", newUuid(), {{"evidence_id", alfiesEvidence}, {"pupil_id", alfie}},
                 school.taId),
            make("evidence_item", maisiesEvidence,
                 evidenceFields(school.id, school.taId, QStringLiteral("Swam a width")), school.taId),
            make("evidence_pupil", newUuid(), {{"evidence_id", maisiesEvidence}, {"pupil_id", maisie}},
                 school.taId),
        };
        const QJsonObject done = m_store.push(tablet, array(setup));
        INFO(QJsonDocument(done).toJson().toStdString());
        REQUIRE(appliedCount(done) == setup.size());
    }

    QJsonObject highlight(const QString &pupilId, const QString &evidenceId, const QString &by,
                          const QString &caption = QStringLiteral("Alfie bounced on his own")) const
    {
        return {{"pupil_id", pupilId}, {"term_id", term}, {"evidence_id", evidenceId},
                {"caption", caption},  {"chosen_by", by}, {"sort_order", 0}};
    }

    QJsonObject make(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                     const QString &op = QStringLiteral("upsert"))
    {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++m_t, tablet.deviceId), {}, op);
    }

    void accepted(const QString &id, const QJsonObject &fields, const QString &author,
                  const QString &op = QStringLiteral("upsert"))
    {
        const QJsonObject result =
            m_store.push(tablet, QJsonArray{make("profile_highlight", id, fields, author, op)});
        INFO(QJsonDocument(result).toJson().toStdString());
        REQUIRE(appliedCount(result) == 1);
    }

    // Pushes a change that must be refused as forbidden, with a message starting `words`, and
    // checks the highlight is exactly as it was.
    void refused(const QString &id, const QJsonObject &fields, const QString &author, const QString &words,
                 const QString &op = QStringLiteral("upsert"))
    {
        const QJsonObject before = record(id);
        const QJsonObject result =
            m_store.push(tablet, QJsonArray{make("profile_highlight", id, fields, author, op)});
        INFO(QJsonDocument(result).toJson().toStdString());
        CHECK(appliedCount(result) == 0);
        CHECK(errorOf(result) == QStringLiteral("forbidden"));
        CHECK(messageOf(result).startsWith(words));
        CHECK(record(id) == before);
    }

    QJsonObject record(const QString &id)
    {
        return fold(m_store.pullAll(tablet), QStringLiteral("profile_highlight"), id);
    }

private:
    Store &m_store;
    qint64 m_t = nowMs();
};

} // namespace

STORE_TEST_CASE(profileHighlightWriters,
                "Profile highlights: teachers and SLT choose them; a TA's highlight is refused",
                "[server][attacks][profile]")
{
    Store store(backend);
    Profiles p(store);
    p.setUp();
    const School &s = p.school;
    const QString id = newUuid();

    p.refused(id, p.highlight(p.alfie, p.alfiesEvidence, s.taId), s.taId,
              QStringLiteral("Only teachers and senior leaders"));
    CHECK(p.record(id).isEmpty());

    p.accepted(id, p.highlight(p.alfie, p.alfiesEvidence, s.teacherId), s.teacherId);
    CHECK(p.record(id).value(QLatin1String("caption")).toString() ==
          QStringLiteral("Alfie bounced on his own"));
    // SLT rewords the caption for the family; a TA can neither reword nor remove it.
    p.accepted(id, {{"caption", "Alfie bounced on his own for the first time"}}, s.sltId);
    p.refused(id, {{"caption", "Alfie bounced"}}, s.taId, QStringLiteral("Only teachers and senior leaders"));
    p.refused(id, {}, s.taId, QStringLiteral("Only teachers and senior leaders"), QStringLiteral("delete"));
    CHECK(p.record(id).value(QLatin1String("caption")).toString() ==
          QStringLiteral("Alfie bounced on his own for the first time"));
    p.accepted(id, {}, s.teacherId, QStringLiteral("delete"));
}

STORE_TEST_CASE(profileHighlightEvidence,
                "Profile highlights: only the pupil's own evidence, and only this school's pupils",
                "[server][attacks][profile]")
{
    Store store(backend);
    Profiles p(store);
    p.setUp();
    const School &s = p.school;
    const QString id = newUuid();

    // Maisie's swim on Alfie's page home: refused, naming whose page it is.
    p.refused(id, p.highlight(p.alfie, p.maisiesEvidence, s.teacherId), s.teacherId,
              QStringLiteral("This evidence is not of Alfie, so it cannot be one of their highlights"));
    CHECK(p.record(id).isEmpty());
    // Nor by swapping the evidence of a highlight already made.
    p.accepted(id, p.highlight(p.alfie, p.alfiesEvidence, s.teacherId), s.teacherId);
    p.refused(id, {{"evidence_id", p.maisiesEvidence}}, s.sltId,
              QStringLiteral("This evidence is not of Alfie"));
    // Nor by moving it onto another pupil, whose evidence it is not.
    p.refused(id, {{"pupil_id", p.maisie}}, s.teacherId, QStringLiteral("This evidence is not of Maisie"));
    // A pupil, a term or evidence the school's store does not hold.
    p.refused(newUuid(), p.highlight(newUuid(), p.alfiesEvidence, s.teacherId), s.teacherId,
              QStringLiteral("This highlight's pupil is not one of this school's pupils"));
    QJsonObject elsewhen = p.highlight(p.alfie, p.alfiesEvidence, s.teacherId);
    elsewhen.insert(QStringLiteral("term_id"), newUuid());
    p.refused(newUuid(), elsewhen, s.teacherId,
              QStringLiteral("This highlight's term is not one of this school's"));
    p.refused(newUuid(), p.highlight(p.alfie, newUuid(), s.teacherId), s.teacherId,
              QStringLiteral("This highlight's evidence is not in the store"));
    // Maisie's own highlight of her own swim is fine.
    p.accepted(newUuid(),
               p.highlight(p.maisie, p.maisiesEvidence, s.teacherId, QStringLiteral("Maisie swam a width")),
               s.teacherId);
}
