#include "tabletscope.h"

#include "sqlconnection.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace Stride::Server {

namespace {

QString key(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

QString childKey(const QString &entity, const QString &field, const QString &value)
{
    return entity + QLatin1Char('.') + field + QLatin1Char('=') + value;
}

// Every table whose rows hang off a pupil, and the two whose rows name one (deleted evidence by
// its pupils, a conflict by its record). Evidence items are not read: they are seen through their
// pupil links, and only a snapshot needs their fields.
const QStringList &loadedEntities()
{
    static const QStringList list{
        QStringLiteral("class_staff"),
        QStringLiteral("pupil"),
        QStringLiteral("ehcp_outcome"),
        QStringLiteral("ilp"),
        QStringLiteral("target"),
        QStringLiteral("target_ehcp_link"),
        QStringLiteral("judgement"),
        QStringLiteral("evidence_pupil"),
        QStringLiteral("evidence_target"),
        QStringLiteral("media_reference"),
        QStringLiteral("assessment_moderation_form"),
        QStringLiteral("moderation_form_evidence"),
        QStringLiteral("target_setting_moderation_form"),
        QStringLiteral("target_setting_form_ehcp_link"),
        QStringLiteral("parent_response"),
        QStringLiteral("profile_highlight"),
        QStringLiteral("deleted_evidence"),
        QStringLiteral("conflict"),
    };
    return list;
}

// The links from a row to its parent that the scope follows down from a pupil.
const QList<QPair<QString, QString>> &indexedLinks()
{
    static const QList<QPair<QString, QString>> list{
        {QStringLiteral("ehcp_outcome"), QStringLiteral("pupil_id")},
        {QStringLiteral("ilp"), QStringLiteral("pupil_id")},
        {QStringLiteral("target"), QStringLiteral("ilp_id")},
        {QStringLiteral("target_ehcp_link"), QStringLiteral("target_id")},
        {QStringLiteral("judgement"), QStringLiteral("target_id")},
        {QStringLiteral("assessment_moderation_form"), QStringLiteral("target_id")},
        {QStringLiteral("moderation_form_evidence"), QStringLiteral("form_id")},
        {QStringLiteral("target_setting_moderation_form"), QStringLiteral("pupil_id")},
        {QStringLiteral("target_setting_form_ehcp_link"), QStringLiteral("form_id")},
        {QStringLiteral("parent_response"), QStringLiteral("ilp_id")},
        {QStringLiteral("profile_highlight"), QStringLiteral("pupil_id")},
        {QStringLiteral("evidence_pupil"), QStringLiteral("pupil_id")},
        {QStringLiteral("evidence_pupil"), QStringLiteral("evidence_id")},
        {QStringLiteral("evidence_target"), QStringLiteral("pupil_id")},
        {QStringLiteral("evidence_target"), QStringLiteral("evidence_id")},
        {QStringLiteral("media_reference"), QStringLiteral("evidence_id")},
    };
    return list;
}

} // namespace

bool TabletScope::isSchoolWide(const QString &entity)
{
    static const QSet<QString> entities{
        QStringLiteral("school"),       QStringLiteral("term"),  QStringLiteral("area_of_learning"),
        QStringLiteral("school_class"), QStringLiteral("staff"), QStringLiteral("class_staff")};
    return entities.contains(entity);
}

TabletScope::TabletScope(RecordStore &records, const Device &device, const DeviceScope &scope)
    : m_wholeSchool(scope.wholeSchool)
{
    for (const StoredRecord &r : records.recordsOfSchool(device.schoolId, loadedEntities()))
        m_rows[r.entity].insert(r.entityId, r.fields);
    for (const auto &[entity, linkField] : indexedLinks()) {
        const QHash<QString, QJsonObject> &rows = m_rows[entity];
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            m_children[childKey(entity, linkField, it->value(linkField).toString())] << it.key();
    }
    auto children = [this](const QString &entity, const QString &linkField, const QString &value) {
        return m_children.value(childKey(entity, linkField, value));
    };
    auto pupilOfTarget = [this](const QString &targetId) {
        return field(QStringLiteral("ilp"),
                     field(QStringLiteral("target"), targetId, QStringLiteral("ilp_id")),
                     QStringLiteral("pupil_id"));
    };

    const QSet<QString> classes(scope.classIds.cbegin(), scope.classIds.cend());
    QSet<QString> classPupils;
    for (auto it = m_rows[QStringLiteral("pupil")].cbegin(); it != m_rows[QStringLiteral("pupil")].cend();
         ++it)
        if (m_wholeSchool || classes.contains(it->value(QLatin1String("class_id")).toString()))
            classPupils.insert(it.key());
    QSet<QString> classStaff;
    for (const QJsonObject &link : std::as_const(m_rows[QStringLiteral("class_staff")]))
        if (classes.contains(link.value(QLatin1String("class_id")).toString()))
            classStaff.insert(link.value(QLatin1String("staff_id")).toString());

    // The class's own pupils: everything of theirs.
    for (const QString &p : std::as_const(classPupils)) {
        m_extent.insert(p, classExtent());
        add(p, QStringLiteral("pupil"), p);
        for (const QString &o : children(QStringLiteral("ehcp_outcome"), QStringLiteral("pupil_id"), p))
            add(p, QStringLiteral("ehcp_outcome"), o);
        for (const QString &ilp : children(QStringLiteral("ilp"), QStringLiteral("pupil_id"), p)) {
            add(p, QStringLiteral("ilp"), ilp);
            for (const QString &r :
                 children(QStringLiteral("parent_response"), QStringLiteral("ilp_id"), ilp))
                add(p, QStringLiteral("parent_response"), r);
            for (const QString &t : children(QStringLiteral("target"), QStringLiteral("ilp_id"), ilp)) {
                addTarget(p, t);
                for (const QString &l :
                     children(QStringLiteral("target_ehcp_link"), QStringLiteral("target_id"), t))
                    add(p, QStringLiteral("target_ehcp_link"), l);
                for (const QString &j : children(QStringLiteral("judgement"), QStringLiteral("target_id"), t))
                    add(p, QStringLiteral("judgement"), j);
                for (const QString &f :
                     children(QStringLiteral("assessment_moderation_form"), QStringLiteral("target_id"), t)) {
                    add(p, QStringLiteral("assessment_moderation_form"), f);
                    for (const QString &a :
                         children(QStringLiteral("moderation_form_evidence"), QStringLiteral("form_id"), f)) {
                        addEvidence(p, field(QStringLiteral("moderation_form_evidence"), a,
                                             QStringLiteral("evidence_id")));
                        add(p, QStringLiteral("moderation_form_evidence"), a);
                    }
                }
            }
        }
        for (const QString &f :
             children(QStringLiteral("target_setting_moderation_form"), QStringLiteral("pupil_id"), p)) {
            add(p, QStringLiteral("target_setting_moderation_form"), f);
            for (const QString &l :
                 children(QStringLiteral("target_setting_form_ehcp_link"), QStringLiteral("form_id"), f))
                add(p, QStringLiteral("target_setting_form_ehcp_link"), l);
        }
        for (const QString &l : children(QStringLiteral("evidence_pupil"), QStringLiteral("pupil_id"), p)) {
            addEvidence(p, field(QStringLiteral("evidence_pupil"), l, QStringLiteral("evidence_id")));
            add(p, QStringLiteral("evidence_pupil"), l);
        }
        for (const QString &l : children(QStringLiteral("evidence_target"), QStringLiteral("pupil_id"), p))
            add(p, QStringLiteral("evidence_target"), l);
        for (const QString &h :
             children(QStringLiteral("profile_highlight"), QStringLiteral("pupil_id"), p)) {
            addEvidence(p, field(QStringLiteral("profile_highlight"), h, QStringLiteral("evidence_id")));
            add(p, QStringLiteral("profile_highlight"), h);
        }
    }

    // Moderation forms of other classes that name one of this tablet's staff as the moderator.
    QHash<QString, QStringList> formsOf; // pupil -> form ids
    if (!m_wholeSchool) {
        for (auto it = m_rows[QStringLiteral("assessment_moderation_form")].cbegin();
             it != m_rows[QStringLiteral("assessment_moderation_form")].cend(); ++it) {
            const QString target = it->value(QLatin1String("target_id")).toString();
            const QString p = pupilOfTarget(target);
            if (p.isEmpty() || classPupils.contains(p) ||
                !classStaff.contains(it->value(QLatin1String("moderator_id")).toString()))
                continue;
            formsOf[p] << it.key();
            add(p, QStringLiteral("pupil"), p);
            addTarget(p, target);
            for (const QString &j :
                 children(QStringLiteral("judgement"), QStringLiteral("target_id"), target))
                add(p, QStringLiteral("judgement"), j);
            add(p, QStringLiteral("assessment_moderation_form"), it.key());
            for (const QString &a :
                 children(QStringLiteral("moderation_form_evidence"), QStringLiteral("form_id"), it.key())) {
                const QString e =
                    field(QStringLiteral("moderation_form_evidence"), a, QStringLiteral("evidence_id"));
                addEvidence(p, e);
                add(p, QStringLiteral("moderation_form_evidence"), a);
                for (const QString &l :
                     children(QStringLiteral("evidence_pupil"), QStringLiteral("evidence_id"), e))
                    if (field(QStringLiteral("evidence_pupil"), l, QStringLiteral("pupil_id")) == p)
                        add(p, QStringLiteral("evidence_pupil"), l);
                for (const QString &l :
                     children(QStringLiteral("evidence_target"), QStringLiteral("evidence_id"), e))
                    if (field(QStringLiteral("evidence_target"), l, QStringLiteral("target_id")) == target)
                        add(p, QStringLiteral("evidence_target"), l);
            }
        }
        for (auto it = m_rows[QStringLiteral("target_setting_moderation_form")].cbegin();
             it != m_rows[QStringLiteral("target_setting_moderation_form")].cend(); ++it) {
            const QString p = it->value(QLatin1String("pupil_id")).toString();
            if (!m_rows[QStringLiteral("pupil")].contains(p) || classPupils.contains(p) ||
                !classStaff.contains(it->value(QLatin1String("moderator_id")).toString()))
                continue;
            formsOf[p] << it.key();
            add(p, QStringLiteral("pupil"), p);
            addTarget(p, it->value(QLatin1String("previous_target_id")).toString());
            addTarget(p, it->value(QLatin1String("proposed_target_id")).toString());
            add(p, QStringLiteral("target_setting_moderation_form"), it.key());
            for (const QString &l : children(QStringLiteral("target_setting_form_ehcp_link"),
                                             QStringLiteral("form_id"), it.key())) {
                add(p, QStringLiteral("ehcp_outcome"),
                    field(QStringLiteral("target_setting_form_ehcp_link"), l,
                          QStringLiteral("ehcp_outcome_id")));
                add(p, QStringLiteral("target_setting_form_ehcp_link"), l);
            }
        }
    }
    for (auto it = formsOf.begin(); it != formsOf.end(); ++it) {
        std::sort(it->begin(), it->end());
        m_extent.insert(it.key(), QStringLiteral("forms:") + it->join(QLatin1Char(',')));
    }

    // The store's own records about the rows above.
    for (auto it = m_rows[QStringLiteral("deleted_evidence")].cbegin();
         it != m_rows[QStringLiteral("deleted_evidence")].cend(); ++it) {
        const QJsonArray pupils =
            QJsonDocument::fromJson(it->value(QLatin1String("pupil_ids")).toString().toUtf8()).array();
        for (const QJsonValue &p : pupils)
            if (classPupils.contains(p.toString()))
                add(p.toString(), QStringLiteral("deleted_evidence"), it.key());
    }
    QHash<QString, QStringList> holders; // "entity/id" -> pupils whose snapshot holds it
    for (auto p = m_rowsByPupil.cbegin(); p != m_rowsByPupil.cend(); ++p)
        for (const auto &row : *p)
            holders[key(row.first, row.second)] << p.key();
    for (auto it = m_rows[QStringLiteral("conflict")].cbegin();
         it != m_rows[QStringLiteral("conflict")].cend(); ++it) {
        const QString entity = it->value(QLatin1String("entity")).toString();
        const QString of = key(entity, it->value(QLatin1String("entity_id")).toString());
        if (isSchoolWide(entity))
            m_visible.insert(key(QStringLiteral("conflict"), it.key()));
        for (const QString &p : holders.value(of))
            add(p, QStringLiteral("conflict"), it.key());
    }
}

void TabletScope::add(const QString &pupilId, const QString &entity, const QString &id)
{
    if (id.isEmpty())
        return;
    const QString k = key(entity, id);
    m_visible.insert(k);
    QSet<QString> &listed = m_listed[pupilId];
    if (listed.contains(k))
        return;
    listed.insert(k);
    m_rowsByPupil[pupilId] << qMakePair(entity, id);
    if (entity == QLatin1String("media_reference"))
        m_media.insert(field(entity, id, QStringLiteral("sha256")));
}

void TabletScope::addEvidence(const QString &pupilId, const QString &evidenceId)
{
    if (evidenceId.isEmpty())
        return;
    add(pupilId, QStringLiteral("evidence_item"), evidenceId);
    for (const QString &m : m_children.value(
             childKey(QStringLiteral("media_reference"), QStringLiteral("evidence_id"), evidenceId)))
        add(pupilId, QStringLiteral("media_reference"), m);
}

// A target and what it cannot be written without on a tablet: its ilp, and the targets it
// follows on from (lineage), which name it.
void TabletScope::addTarget(const QString &pupilId, const QString &targetId)
{
    if (targetId.isEmpty() || !m_rows[QStringLiteral("target")].contains(targetId) ||
        m_listed[pupilId].contains(key(QStringLiteral("target"), targetId)))
        return;
    add(pupilId, QStringLiteral("ilp"), field(QStringLiteral("target"), targetId, QStringLiteral("ilp_id")));
    add(pupilId, QStringLiteral("target"), targetId);
    addTarget(pupilId, field(QStringLiteral("target"), targetId, QStringLiteral("lineage_target_id")));
}

QString TabletScope::field(const QString &entity, const QString &id, const QString &name) const
{
    return m_rows.value(entity).value(id).value(name).toString();
}

QJsonObject TabletScope::fieldsOf(const QString &entity, const QString &id) const
{
    return m_rows.value(entity).value(id);
}

bool TabletScope::sees(const QString &entity, const QString &id) const
{
    return m_wholeSchool || isSchoolWide(entity) || m_visible.contains(key(entity, id));
}

QList<QPair<QString, QString>> TabletScope::evidenceRows(const QString &evidenceId) const
{
    QList<QPair<QString, QString>> rows;
    if (!sees(QStringLiteral("evidence_item"), evidenceId))
        return rows;
    rows << qMakePair(QStringLiteral("evidence_item"), evidenceId);
    for (const QString &entity : {QStringLiteral("media_reference"), QStringLiteral("evidence_pupil"),
                                  QStringLiteral("evidence_target")})
        for (const QString &id :
             m_children.value(childKey(entity, QStringLiteral("evidence_id"), evidenceId)))
            if (sees(entity, id))
                rows << qMakePair(entity, id);
    return rows;
}

QList<QPair<QString, QString>> TabletScope::rowsOf(const QString &pupilId) const
{
    // Parents first: a row comes after every row of the list whose id it names (a target after
    // the target it follows on from, a link after its item), so a tablet can insert each in turn.
    const QList<QPair<QString, QString>> rows = m_rowsByPupil.value(pupilId);
    QHash<QString, int> byId;
    for (int i = 0; i < rows.size(); ++i)
        byId.insert(rows.at(i).second, i);
    QList<QPair<QString, QString>> ordered;
    QList<int> state(rows.size(), 0); // 0 new, 1 in progress, 2 placed
    std::function<void(int)> place = [&](int i) {
        if (state[i] != 0)
            return;
        state[i] = 1;
        const QJsonObject fields = fieldsOf(rows.at(i).first, rows.at(i).second);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() == QLatin1String("id") || !it->isString())
                continue;
            const auto parent = byId.constFind(it->toString());
            if (parent != byId.constEnd() && *parent != i)
                place(*parent);
        }
        // An evidence item is not read here, but everything that names one is placed after it.
        state[i] = 2;
        ordered << rows.at(i);
    };
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).first == QLatin1String("pupil") || rows.at(i).first == QLatin1String("evidence_item"))
            place(i);
    for (int i = 0; i < rows.size(); ++i)
        place(i);
    return ordered;
}

bool TabletScope::maySeeMedia(const Device &device, const QString &sha256)
{
    return Sql::exec(SqlConnection::forThisThread(),
                     QStringLiteral("SELECT 1 FROM device_blob WHERE device_id = ? AND sha256 = ?"),
                     {device.id, sha256})
               .next() ||
           mayFetchMedia(device, sha256);
}

bool TabletScope::mayFetchMedia(const Device &device, const QString &sha256)
{
    const DeviceScope scope = DeviceRegistry::scopeOf(device);
    if (scope.wholeSchool)
        return true;
    QSqlDatabase &db = SqlConnection::forThisThread();
    RecordStore records(db);
    const QList<StoredRecord> references = records.recordsReferring(
        device.schoolId, QStringLiteral("media_reference"), QStringLiteral("sha256"), sha256);
    if (references.isEmpty())
        return false;
    for (const StoredRecord &reference : references) {
        const QString evidenceId = reference.fields.value(QLatin1String("evidence_id")).toString();
        for (const StoredRecord &link :
             records.recordsReferring(device.schoolId, QStringLiteral("evidence_pupil"),
                                      QStringLiteral("evidence_id"), evidenceId)) {
            const auto pupil = records.find(QStringLiteral("pupil"),
                                            link.fields.value(QLatin1String("pupil_id")).toString());
            if (pupil && !pupil->deleted &&
                scope.classIds.contains(pupil->fields.value(QLatin1String("class_id")).toString()))
                return true;
        }
    }
    return TabletScope(records, device, scope).seesMedia(sha256);
}

void TabletScope::noteUploaded(const QString &deviceId, const QString &sha256)
{
    Sql::exec(
        SqlConnection::forThisThread(),
        QStringLiteral("INSERT INTO device_blob (device_id, sha256) VALUES (?, ?) ON CONFLICT (device_id, "
                       "sha256) DO NOTHING"),
        {deviceId, sha256});
}

} // namespace Stride::Server
