#include "auditreport.h"

#include "recordstore.h"
#include "sqlconnection.h"

#include <domain/vocabulary.h>
#include <store/evidenceopening.h>
#include <store/remotechange.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Stride::Server {

namespace {

// One row of audit_event.
struct Event
{
    qint64 seq = 0;
    QString at;
    QString deviceId;
    QString staffId;
    QString action;
    QString entity;
    QString entityId;
    QJsonObject detail;

    QJsonObject refs() const { return detail.value(QLatin1String("refs")).toObject(); }
    // When it happened: an opening at the time the person opened it, the rest when the store
    // received it.
    QDateTime when() const
    {
        if (action == QLatin1String("opened")) {
            const QDateTime viewed =
                QDateTime::fromString(detail.value(QLatin1String("viewed_at")).toString(), Qt::ISODateWithMs);
            if (viewed.isValid())
                return viewed;
        }
        return QDateTime::fromString(at, Qt::ISODateWithMs);
    }
};

QString key(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

QString listed(QStringList words)
{
    if (words.size() <= 1)
        return words.value(0);
    const QString last = words.takeLast();
    return words.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

// The fields a report reads: the ids that link records (to find a record's pupils) and the few that
// name things. Notes and the rest are left out, so a school's 100,000 items fit in little memory.
QJsonObject wordsAndLinks(const QJsonObject &fields)
{
    static const QSet<QString> kept{
        QStringLiteral("pupil_id"),    QStringLiteral("evidence_id"), QStringLiteral("ilp_id"),
        QStringLiteral("target_id"),   QStringLiteral("term_id"),     QStringLiteral("area_id"),
        QStringLiteral("form_id"),     QStringLiteral("entity"),      QStringLiteral("entity_id"),
        QStringLiteral("sha256"),      QStringLiteral("role"),        QStringLiteral("kind"),
        QStringLiteral("captured_at"), QStringLiteral("captured_by"), QStringLiteral("first_name"),
        QStringLiteral("surname"),     QStringLiteral("roles"),       QStringLiteral("name")};
    QJsonObject out;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (kept.contains(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

QString dayText(const QString &isoInstant)
{
    const QDateTime t = QDateTime::fromString(isoInstant, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("d MMM yyyy")) : QString();
}

// Everything the report needs of one school: its records (with the ids that deleted ones had,
// from the log), its tablets, its log, and which pupils each record is about.
class SchoolIndex
{
public:
    explicit SchoolIndex(const QString &schoolId) : m_schoolId(schoolId)
    {
        QSqlDatabase &db = SqlConnection::forThisThread();
        RecordStore records(db);
        for (const StoredRecord &r : records.recordsOfSchool(schoolId, syncedEntities()))
            m_fields.insert(key(r.entity, r.entityId), wordsAndLinks(r.fields));
        QSqlQuery devices = Sql::exec(
            db, QStringLiteral("SELECT id, name, kind FROM device WHERE school_id = ?"), {schoolId});
        while (devices.next())
            m_devices.insert(devices.value(0).toString(),
                             devices.value(2).toString() == QLatin1String("admin")
                                 ? QString()
                                 : devices.value(1).toString());
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT seq, at, device_id, staff_id, action, entity, entity_id,"
                                     " detail FROM audit_event WHERE school_id = ? ORDER BY seq"),
                      {schoolId});
        while (q.next()) {
            Event e{q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toString(),   q.value(3).toString(),
                    q.value(4).toString(),   q.value(5).toString(),
                    q.value(6).toString(),   jsonObject(q.value(7).toString())};
            // A record deleted since keeps, here, the ids its changes named (its pupil, its item).
            if (e.action == QLatin1String("opened"))
                m_fields.insert(key(e.entity, e.entityId), {{QStringLiteral("evidence_id"),
                                                             e.detail.value(QLatin1String("evidence_id"))},
                                                            {QStringLiteral("staff_id"), e.staffId}});
            if (e.action == QLatin1String("changed") || e.action == QLatin1String("deleted")) {
                QJsonObject &known = m_fields[key(e.entity, e.entityId)];
                const QJsonObject refs = e.refs();
                for (auto it = refs.constBegin(); it != refs.constEnd(); ++it)
                    if (!known.contains(it.key()))
                        known.insert(it.key(), it.value());
            }
            m_events << e;
        }
        for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("evidence_pupil/")))
                m_evidencePupils[it->value(QLatin1String("evidence_id")).toString()].insert(
                    it->value(QLatin1String("pupil_id")).toString());
            if (it.key().startsWith(QLatin1String("media_reference/")))
                m_files[it->value(QLatin1String("sha256")).toString()].insert(
                    {it->value(QLatin1String("evidence_id")).toString(),
                     it->value(QLatin1String("role")).toString()});
        }
    }

    const QList<Event> &events() const { return m_events; }
    QJsonObject fields(const QString &entity, const QString &id) const
    {
        return m_fields.value(key(entity, id));
    }
    bool has(const QString &entity, const QString &id) const { return m_fields.contains(key(entity, id)); }

    // The pupils a record is about (none for a school, a class or a member of staff).
    QSet<QString> pupilsOf(const QString &entity, const QString &id, const QJsonObject &extra = {}) const
    {
        QJsonObject f = fields(entity, id);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            if (!f.contains(it.key()))
                f.insert(it.key(), it.value());
        const auto ref = [&](const char *field) { return f.value(QLatin1String(field)).toString(); };
        if (entity == QLatin1String("pupil"))
            return {id};
        if (entity == QLatin1String("evidence_item"))
            return m_evidencePupils.value(id);
        if (entity == QLatin1String("media_reference") || entity == EvidenceOpening::entity())
            return m_evidencePupils.value(ref("evidence_id"));
        if (entity == QLatin1String("evidence_pupil") || entity == QLatin1String("evidence_target") ||
            entity == QLatin1String("ehcp_outcome") || entity == QLatin1String("ilp") ||
            entity == QLatin1String("target_setting_moderation_form")) {
            QSet<QString> pupils{ref("pupil_id")};
            pupils.remove(QString());
            return pupils;
        }
        if (entity == QLatin1String("target"))
            return pupilsOf(QStringLiteral("ilp"), ref("ilp_id"));
        if (entity == QLatin1String("parent_response"))
            return pupilsOf(QStringLiteral("ilp"), ref("ilp_id"));
        if (entity == QLatin1String("judgement") || entity == QLatin1String("assessment_moderation_form") ||
            entity == QLatin1String("target_ehcp_link"))
            return pupilsOf(QStringLiteral("target"), ref("target_id"));
        if (entity == QLatin1String("moderation_form_evidence"))
            return pupilsOf(QStringLiteral("assessment_moderation_form"), ref("form_id"))
                .unite(m_evidencePupils.value(ref("evidence_id")));
        if (entity == QLatin1String("conflict"))
            return pupilsOf(ref("entity"), ref("entity_id"));
        return {};
    }

    // The pupils an event is about.
    QSet<QString> pupilsOf(const Event &e) const
    {
        if (e.action == QLatin1String("opened"))
            return m_evidencePupils.value(e.detail.value(QLatin1String("evidence_id")).toString());
        if (e.action == QLatin1String("downloaded") || e.action == QLatin1String("download_refused")) {
            QSet<QString> pupils;
            for (const auto &[evidenceId, role] : m_files.value(e.entityId))
                pupils.unite(m_evidencePupils.value(evidenceId));
            return pupils;
        }
        return pupilsOf(e.entity, e.entityId, e.refs());
    }

    QString pupilName(const QString &id) const
    {
        const QJsonObject p = fields(QStringLiteral("pupil"), id);
        const QString name = (p.value(QLatin1String("first_name")).toString() + QLatin1Char(' ') +
                              p.value(QLatin1String("surname")).toString())
                                 .trimmed();
        return name.isEmpty() ? QStringLiteral("a pupil no longer on the roll") : name;
    }
    QString pupilNames(const QSet<QString> &ids) const
    {
        QStringList names;
        for (const QString &id : ids)
            names << pupilName(id);
        names.sort();
        return names.isEmpty() ? QStringLiteral("no pupil") : listed(names);
    }
    QString staffName(const QString &id) const
    {
        const QJsonObject s = fields(QStringLiteral("staff"), id);
        const QString name = (s.value(QLatin1String("first_name")).toString() + QLatin1Char(' ') +
                              s.value(QLatin1String("surname")).toString())
                                 .trimmed();
        return name.isEmpty() ? QStringLiteral("someone not on the staff list (id %1)").arg(id) : name;
    }
    // "Rachel Okafor (Teacher)"
    QString staffWithRoles(const QString &id) const
    {
        QStringList roles;
        for (StaffRole r : fromKeyList<StaffRole>(
                 fields(QStringLiteral("staff"), id).value(QLatin1String("roles")).toString()))
            roles << toLabel(r);
        return roles.isEmpty()
                   ? staffName(id)
                   : QStringLiteral("%1 (%2)").arg(staffName(id), roles.join(QStringLiteral(", ")));
    }
    // The tablet's name, or empty for the store's own admin commands.
    std::optional<QString> tabletName(const QString &deviceId) const
    {
        const auto it = m_devices.constFind(deviceId);
        if (it == m_devices.constEnd())
            return QStringLiteral("a tablet no longer enrolled (id %1)").arg(deviceId);
        if (it->isEmpty())
            return std::nullopt;
        return *it;
    }

    // "the photo of Ruby Clarke, captured 12 Oct 2026 by Rachel Okafor"
    QString evidence(const QString &id) const
    {
        const QJsonObject f = fields(QStringLiteral("evidence_item"), id);
        const QString pupils = pupilNames(m_evidencePupils.value(id));
        const auto kind = fromKey<EvidenceKind>(f.value(QLatin1String("kind")).toString());
        if (!kind)
            return QStringLiteral("a piece of evidence of %1 (since deleted)").arg(pupils);
        return QStringLiteral("the %1 of %2, captured %3 by %4")
            .arg(toLabel(*kind).toLower(), pupils, dayText(f.value(QLatin1String("captured_at")).toString()),
                 staffName(f.value(QLatin1String("captured_by")).toString()));
    }
    // "the photo of Ruby Clarke, ..." or "the thumbnail of the photo of ...", for a file by hash.
    QString file(const QString &sha256) const
    {
        QStringList what;
        for (const auto &[evidenceId, role] : m_files.value(sha256))
            what << (role == QLatin1String("thumbnail")
                         ? QStringLiteral("the thumbnail of %1").arg(evidence(evidenceId))
                         : evidence(evidenceId));
        what.sort();
        return what.isEmpty() ? QStringLiteral("a file no evidence names (%1)").arg(sha256.left(12))
                              : listed(what);
    }
    QString target(const QString &id) const
    {
        const QJsonObject t = fields(QStringLiteral("target"), id);
        const QJsonObject ilp = fields(QStringLiteral("ilp"), t.value(QLatin1String("ilp_id")).toString());
        const QString area =
            fields(QStringLiteral("area_of_learning"), t.value(QLatin1String("area_id")).toString())
                .value(QLatin1String("name"))
                .toString();
        const QString term = fields(QStringLiteral("term"), ilp.value(QLatin1String("term_id")).toString())
                                 .value(QLatin1String("name"))
                                 .toString();
        const QSet<QString> pupils = pupilsOf(QStringLiteral("target"), id);
        return QStringLiteral("%1's %2target%3")
            .arg(pupilNames(pupils), area.isEmpty() ? QString() : area + QLatin1Char(' '),
                 term.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(term));
    }

    // What a record is, in words.
    QString describe(const QString &entity, const QString &id, const QJsonObject &extra = {}) const
    {
        QJsonObject f = fields(entity, id);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            if (!f.contains(it.key()))
                f.insert(it.key(), it.value());
        const auto ref = [&](const char *field) { return f.value(QLatin1String(field)).toString(); };
        if (entity == QLatin1String("evidence_item"))
            return evidence(id);
        if (entity == QLatin1String("pupil"))
            return QStringLiteral("%1's details").arg(pupilName(id));
        if (entity == QLatin1String("evidence_pupil"))
            return QStringLiteral("the naming of %1 in %2")
                .arg(pupilName(ref("pupil_id")), evidence(ref("evidence_id")));
        if (entity == QLatin1String("evidence_target"))
            return QStringLiteral("the link of %1 to %2")
                .arg(evidence(ref("evidence_id")), target(ref("target_id")));
        if (entity == QLatin1String("media_reference"))
            return QStringLiteral("the %1 file of %2")
                .arg(ref("role") == QLatin1String("thumbnail") ? QStringLiteral("thumbnail")
                                                               : QStringLiteral("original"),
                     evidence(ref("evidence_id")));
        if (entity == QLatin1String("target"))
            return target(id);
        if (entity == QLatin1String("judgement"))
            return QStringLiteral("a judgement of %1").arg(target(ref("target_id")));
        if (entity == QLatin1String("assessment_moderation_form"))
            return QStringLiteral("the assessment moderation form of %1").arg(target(ref("target_id")));
        if (entity == QLatin1String("target_setting_moderation_form"))
            return QStringLiteral("a target setting moderation form of %1").arg(pupilName(ref("pupil_id")));
        if (entity == QLatin1String("ilp"))
            return QStringLiteral("%1's ILP").arg(pupilName(ref("pupil_id")));
        if (entity == QLatin1String("ehcp_outcome"))
            return QStringLiteral("an EHCP outcome of %1").arg(pupilName(ref("pupil_id")));
        if (entity == QLatin1String("parent_response"))
            return QStringLiteral("a parent's response for %1").arg(pupilNames(pupilsOf(entity, id, extra)));
        if (entity == QLatin1String("staff"))
            return QStringLiteral("%1's staff record").arg(staffName(id));
        if (entity == QLatin1String("conflict"))
            return QStringLiteral("a conflict over %1").arg(describe(ref("entity"), ref("entity_id")));
        if (entity == EvidenceOpening::entity())
            return QStringLiteral("a record of opening %1").arg(evidence(ref("evidence_id")));
        if (entity.isEmpty())
            return QStringLiteral("a change the store could not read");
        QString words = entity;
        words.replace(QLatin1Char('_'), QLatin1Char(' '));
        return QStringLiteral("a %1 record").arg(words);
    }

private:
    QString m_schoolId;
    QHash<QString, QJsonObject> m_fields; // "entity/id" -> fields (with ids from the log)
    QHash<QString, QString> m_devices;    // id -> tablet name ("" for the admin pseudo-device)
    QHash<QString, QSet<QString>> m_evidencePupils;
    QHash<QString, QSet<std::pair<QString, QString>>> m_files; // sha256 -> (evidence id, role)
    QList<Event> m_events;
};

QString fieldWords(const QJsonObject &detail)
{
    QStringList names;
    for (const QJsonValue &v : detail.value(QLatin1String("fields")).toArray()) {
        QString name = v.toString();
        if (name == QLatin1String("id"))
            continue;
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        names << name;
    }
    if (names.size() > 6)
        return QStringLiteral("%1 fields").arg(names.size());
    return listed(names);
}

// What the event did, in words.
QString whatHappened(const SchoolIndex &school, const Event &e)
{
    const QJsonObject refs = e.refs();
    const bool created = e.detail.value(QLatin1String("created")).toBool();
    const QString what = school.describe(e.entity, e.entityId, refs);
    if (e.action == QLatin1String("opened"))
        return QStringLiteral("opened %1")
            .arg(school.evidence(e.detail.value(QLatin1String("evidence_id")).toString()));
    if (e.action == QLatin1String("downloaded"))
        return QStringLiteral("downloaded %1%2")
            .arg(school.file(e.entityId), e.detail.contains(QLatin1String("range"))
                                              ? QStringLiteral(" (the rest of a download cut short before)")
                                              : QString());
    if (e.action == QLatin1String("download_refused"))
        return QStringLiteral("was REFUSED %1 (not a pupil this tablet serves)").arg(school.file(e.entityId));
    if (e.action == QLatin1String("signed_in"))
        return QStringLiteral("signed in on this tablet for the first time (the store checked the PIN)");
    if (e.action == QLatin1String("sign_in_refused"))
        return QStringLiteral("was REFUSED a first sign-in on this tablet (%1)")
            .arg(e.detail.value(QLatin1String("error")).toString());
    if (e.action == QLatin1String("refused"))
        return QStringLiteral("was REFUSED a change to %1 (%2: %3)")
            .arg(what, e.detail.value(QLatin1String("error")).toString(),
                 e.detail.value(QLatin1String("message")).toString());
    if (e.action == QLatin1String("deleted")) {
        if (e.entity == QLatin1String("evidence_pupil"))
            return QStringLiteral("took %1 off %2")
                .arg(school.pupilName(refs.value(QLatin1String("pupil_id")).toString()),
                     school.evidence(refs.value(QLatin1String("evidence_id")).toString()));
        return QStringLiteral("deleted %1").arg(what);
    }
    if (created) {
        if (e.entity == QLatin1String("evidence_item"))
            return QStringLiteral("recorded %1").arg(what);
        if (e.entity == QLatin1String("evidence_pupil"))
            return QStringLiteral("named %1 in %2")
                .arg(school.pupilName(refs.value(QLatin1String("pupil_id")).toString()),
                     school.evidence(refs.value(QLatin1String("evidence_id")).toString()));
        if (e.entity == QLatin1String("judgement"))
            return QStringLiteral("made %1").arg(what);
        return QStringLiteral("added %1").arg(what);
    }
    const QString fields = fieldWords(e.detail);
    return fields.isEmpty() ? QStringLiteral("changed %1").arg(what)
                            : QStringLiteral("changed the %1 of %2").arg(fields, what);
}

QString whoAndWhere(const SchoolIndex &school, const Event &e)
{
    const auto tablet = school.tabletName(e.deviceId);
    if (!tablet)
        return QStringLiteral("The office, with the store's admin commands:");
    if (e.staffId.isEmpty())
        return QStringLiteral("Tablet \"%1\":").arg(*tablet);
    const QString person =
        e.action == QLatin1String("refused") || e.action == QLatin1String("sign_in_refused")
            ? QStringLiteral("Someone in the name of %1").arg(school.staffWithRoles(e.staffId))
            : school.staffWithRoles(e.staffId);
    return QStringLiteral("%1, on \"%2\":").arg(person, *tablet);
}

QString line(const SchoolIndex &school, const Event &e, const QString &what)
{
    return QStringLiteral("%1  %2 %3")
        .arg(e.when().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), whoAndWhere(school, e),
             what);
}

QString sinceWords(const QDate &since)
{
    return since.isValid() ? QStringLiteral(" since %1").arg(since.toString(QStringLiteral("d MMM yyyy")))
                           : QString();
}

// The events to report, oldest first.
QList<const Event *> inOrder(const SchoolIndex &school, const QDate &since,
                             const std::function<bool(const Event &)> &wanted)
{
    const QDateTime from = since.isValid() ? QDateTime(since, QTime(0, 0)) : QDateTime();
    QList<const Event *> events;
    for (const Event &e : school.events())
        if ((!from.isValid() || e.when() >= from) && wanted(e))
            events << &e;
    std::stable_sort(events.begin(), events.end(),
                     [](const Event *a, const Event *b) { return a->when() < b->when(); });
    return events;
}

// The pupil or member of staff the office typed: their id, or else their full name, a pupil's UPN
// or a person's email, if exactly one matches. Says why not in *error.
std::optional<StoredRecord> findPerson(const QString &entity, const QString &typed, QString *error)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    if (auto byId = RecordStore(db).find(entity, typed); byId && !byId->deleted)
        return byId;
    const bool pupil = entity == QLatin1String("pupil");
    const QString other = pupil ? QStringLiteral("upn") : QStringLiteral("email");
    QList<StoredRecord> matches;
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral(
            "SELECT entity_id, school_id, fields FROM sync_record WHERE entity = ? AND deleted = 0"),
        {entity});
    while (q.next()) {
        const QJsonObject f = jsonObject(q.value(2).toString());
        const QString name = f.value(QLatin1String("first_name")).toString() + QLatin1Char(' ') +
                             f.value(QLatin1String("surname")).toString();
        const QString code = f.value(other).toString();
        if (name.compare(typed.simplified(), Qt::CaseInsensitive) == 0 ||
            (!code.isEmpty() && code.compare(typed, Qt::CaseInsensitive) == 0))
            matches << StoredRecord{entity, q.value(0).toString(), q.value(1).toString(), f, false, {}, {}};
    }
    const QString what = pupil ? QStringLiteral("pupil") : QStringLiteral("member of staff");
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        *error = QStringLiteral("The store has no %1 with the id, name or %2 \"%3\".")
                     .arg(what, pupil ? QStringLiteral("UPN") : QStringLiteral("email"), typed);
        return std::nullopt;
    }
    QStringList ids;
    for (const StoredRecord &r : matches)
        ids << QStringLiteral("  %1  %2 %3")
                   .arg(r.entityId, r.fields.value(QLatin1String("first_name")).toString(),
                        r.fields.value(QLatin1String("surname")).toString());
    *error = QStringLiteral("%1 of the store's records match \"%2\". Give the id of the one you mean:\n%3")
                 .arg(matches.size())
                 .arg(typed, ids.join(QLatin1Char('\n')));
    return std::nullopt;
}

const QString kTimes = QStringLiteral("Times are this computer's local time. Oldest first.");

} // namespace

AuditReport AuditReport::forPupil(const QString &typed, const QDate &since)
{
    AuditReport report;
    const auto pupil = findPerson(QStringLiteral("pupil"), typed, &report.error);
    if (!pupil)
        return report;
    const QString pupilId = pupil->entityId;
    const SchoolIndex school(pupil->schoolId);
    const QString name = school.pupilName(pupilId);
    // The school's feed positions of this pupil's records, to tell which syncs carried them.
    QList<qint64> seqs;
    {
        QSqlQuery q =
            Sql::exec(SqlConnection::forThisThread(),
                      QStringLiteral("SELECT seq, entity, entity_id FROM sync_change WHERE school_id = ?"
                                     " ORDER BY seq"),
                      {pupil->schoolId});
        while (q.next())
            if (school.pupilsOf(q.value(1).toString(), q.value(2).toString()).contains(pupilId))
                seqs << q.value(0).toLongLong();
    }
    auto carried = [&](const Event &e) {
        const qint64 after = qint64(e.detail.value(QLatin1String("after_seq")).toDouble());
        const qint64 to = qint64(e.detail.value(QLatin1String("to_seq")).toDouble());
        const auto first = std::upper_bound(seqs.cbegin(), seqs.cend(), after);
        const auto last = std::upper_bound(seqs.cbegin(), seqs.cend(), to);
        return int(last - first);
    };
    const QList<const Event *> events = inOrder(school, since, [&](const Event &e) {
        if (e.action == QLatin1String("received"))
            return carried(e) > 0;
        return school.pupilsOf(e).contains(pupilId);
    });
    report.heading =
        QStringLiteral("Audit log of %1 (pupil)%2: everyone and every tablet that changed, opened, "
                       "downloaded or received their records. %3")
            .arg(name, sinceWords(since), kTimes);
    for (const Event *e : events) {
        if (e->action == QLatin1String("received")) {
            const int n = carried(*e);
            report.lines << line(school, *e,
                                 QStringLiteral("received %1 change%2 to %3's records in a sync")
                                     .arg(n)
                                     .arg(n == 1 ? QString() : QStringLiteral("s"))
                                     .arg(name));
            continue;
        }
        report.lines << line(school, *e, whatHappened(school, *e));
    }
    if (report.lines.isEmpty())
        report.lines << QStringLiteral("Nothing in the audit log for %1%2.").arg(name, sinceWords(since));
    return report;
}

AuditReport AuditReport::forStaff(const QString &typed, const QDate &since)
{
    AuditReport report;
    const auto staff = findPerson(QStringLiteral("staff"), typed, &report.error);
    if (!staff)
        return report;
    const QString staffId = staff->entityId;
    const SchoolIndex school(staff->schoolId);
    const QString name = school.staffName(staffId);
    const QList<const Event *> events =
        inOrder(school, since, [&](const Event &e) { return e.staffId == staffId; });
    report.heading =
        QStringLiteral("Audit log of %1 (staff)%2: everything changed, tried or opened in their "
                       "name. Syncs and downloads are made by tablets, not people: see --pupil. %3")
            .arg(school.staffWithRoles(staffId), sinceWords(since), kTimes);
    for (const Event *e : events)
        report.lines << line(school, *e, whatHappened(school, *e));
    if (report.lines.isEmpty())
        report.lines << QStringLiteral("Nothing in the audit log for %1%2.").arg(name, sinceWords(since));
    return report;
}

} // namespace Stride::Server
