#include "auditlog.h"

#include "devices.h"
#include "entitycatalogue.h"
#include "recordstore.h"
#include "sqlconnection.h"

#include <store/evidenceopening.h>
#include <sync/jsontext.h>

namespace Stride::Server {

namespace {

constexpr qsizetype kMaxMessage = 500;

// A row's detail as JSON text, its keys given in the order QJsonDocument writes an object's
// (sorted), so the rows read as they did when each was a QJsonObject: building and encoding one
// per change was about a sixth of a push's instructions on the store (docs/benchmarks.md).
class Detail
{
public:
    Detail() { m_text.reserve(256); }

    Detail &string(const char *key, QStringView value)
    {
        name(key);
        JsonText::appendString(m_text, value);
        return *this;
    }
    Detail &json(const char *key, const QByteArray &value)
    {
        name(key);
        m_text += value;
        return *this;
    }
    QByteArray text() const { return '{' + m_text + '}'; }

private:
    void name(const char *key)
    {
        if (!m_text.isEmpty())
            m_text += ',';
        m_text += '"';
        m_text += key;
        m_text += "\":";
    }

    QByteArray m_text;
};

// The names of a change's fields (never their values) as a JSON array.
QByteArray fieldNames(const QJsonObject &fields)
{
    QByteArray names = "[";
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (names.size() > 1)
            names += ',';
        JsonText::appendString(names, it.key());
    }
    return names + ']';
}

// The ids a change refers to (pupil_id, evidence_id, captured_by...), kept in its row, as a JSON
// object; empty when there are none.
QByteArray references(const QString &entity, const QJsonObject &fields)
{
    const EntityCatalogue &catalogue = EntityCatalogue::instance();
    QByteArray refs;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        // Which file a media reference names, and what it is, say which photo was downloaded
        // (a download knows only the file's SHA-256).
        const bool mediaFile = entity == QLatin1String("media_reference") &&
                               (it.key() == QLatin1String("sha256") || it.key() == QLatin1String("role"));
        // Which item an opening (even a refused one) was of, and in whose name.
        const bool opened =
            entity == EvidenceOpening::entity() &&
            (it.key() == EvidenceOpening::evidenceIdField() || it.key() == EvidenceOpening::staffIdField());
        if (it.value().isString() && (mediaFile || opened || catalogue.isReference(entity, it.key()))) {
            refs += refs.isEmpty() ? '{' : ',';
            JsonText::appendString(refs, it.key());
            refs += ':';
            JsonText::appendString(refs, QStringView(it.value().toString()).left(128));
        }
    }
    return refs.isEmpty() ? refs : refs + '}';
}

// An applied change's detail: what it was and which fields it wrote, made by the thread that
// writes the row (Sql::DeferredText) from copies of the change's values.
class AppliedDetail : public Sql::DeferredText
{
public:
    AppliedDetail(const IncomingMutation &m, bool created)
        : m_entity(m.entity), m_mutationId(m.mutationId), m_fields(m.fields), m_created(created)
    {}

private:
    QByteArray make() const override
    {
        Detail detail;
        if (m_created)
            detail.json("created", "true");
        detail.json("fields", fieldNames(m_fields)).string("mutation_id", m_mutationId);
        if (const QByteArray refs = references(m_entity, m_fields); !refs.isEmpty())
            detail.json("refs", refs);
        return detail.text();
    }

    const QString m_entity;
    const QString m_mutationId;
    const QJsonObject m_fields;
    const bool m_created;
};

} // namespace

void AuditLog::applied(const QString &schoolId, const QString &deviceId, const IncomingMutation &m,
                       bool created)
{
    if (m.entity == EvidenceOpening::entity()) {
        append(schoolId, deviceId, m.authorStaffId, QStringLiteral("opened"), m.entity, m.entityId,
               {{QStringLiteral("evidence_id"), m.fields.value(EvidenceOpening::evidenceIdField())},
                {QStringLiteral("viewed_at"), m.fields.value(EvidenceOpening::viewedAtField())},
                {QStringLiteral("mutation_id"), m.mutationId}});
        return;
    }
    appendDeferred(schoolId, deviceId, m.authorStaffId,
                   m.isDelete() ? QStringLiteral("deleted") : QStringLiteral("changed"), m.entity, m.entityId,
                   std::make_shared<AppliedDetail>(m, created));
}

void AuditLog::refused(const QString &schoolId, const QString &deviceId, const IncomingMutation &m,
                       const Rejection &why)
{
    Detail detail;
    detail.string("error", why.error)
        .json("fields", fieldNames(m.fields))
        .string("message", QStringView(why.message).left(kMaxMessage))
        .string("mutation_id", m.mutationId)
        .string("op", m.op);
    if (const QByteArray refs = references(m.entity, m.fields); !refs.isEmpty())
        detail.json("refs", refs);
    appendText(schoolId, deviceId, m.authorStaffId, QStringLiteral("refused"), m.entity, m.entityId,
               detail.text());
}

void AuditLog::refusedUnread(const QString &schoolId, const QString &deviceId, const Rejection &why)
{
    append(schoolId, deviceId, {}, QStringLiteral("refused"), {}, {},
           {{QStringLiteral("mutation_id"), why.mutationId.left(128)},
            {QStringLiteral("error"), why.error},
            {QStringLiteral("message"), why.message.left(kMaxMessage)}});
}

void AuditLog::received(const Device &device, qint64 since, qint64 cursor, int count)
{
    append(device.schoolId, device.id, {}, QStringLiteral("received"), QStringLiteral("change_feed"),
           QString::number(cursor),
           {{QStringLiteral("after_seq"), double(since)},
            {QStringLiteral("to_seq"), double(cursor)},
            {QStringLiteral("count"), count}});
}

void AuditLog::downloaded(const Device &device, const QString &sha256, const QString &range)
{
    QJsonObject detail;
    if (!range.isEmpty())
        detail.insert(QStringLiteral("range"), range.left(100));
    append(device.schoolId, device.id, {}, QStringLiteral("downloaded"), QStringLiteral("media"), sha256,
           detail);
}

void AuditLog::downloadRefused(const Device &device, const QString &sha256)
{
    append(device.schoolId, device.id, {}, QStringLiteral("download_refused"), QStringLiteral("media"),
           sha256, {});
}

void AuditLog::signIn(const Device &device, const QString &staffId, const QString &error)
{
    QJsonObject detail;
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    append(device.schoolId, device.id, staffId.left(64),
           error.isEmpty() ? QStringLiteral("signed_in") : QStringLiteral("sign_in_refused"),
           QStringLiteral("staff"), staffId.left(64), detail);
}

void AuditLog::append(const QString &schoolId, const QString &deviceId, const QString &staffId,
                      const QString &action, const QString &entity, const QString &entityId,
                      const QJsonObject &detail)
{
    appendText(schoolId, deviceId, staffId, action, entity, entityId, jsonUtf8(detail));
}

void AuditLog::appendText(const QString &schoolId, const QString &deviceId, const QString &staffId,
                          const QString &action, const QString &entity, const QString &entityId,
                          const QByteArray &detail)
{
    if (m_holding) {
        holdRow(schoolId, deviceId, staffId, action, entity, entityId);
        m_held.addUtf8(detail);
        return;
    }
    Sql::run(m_db,
             QStringLiteral("INSERT INTO audit_event (school_id, at, device_id, staff_id, action, entity,"
                            " entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {Sql::text(schoolId), nowText(), Sql::text(deviceId), Sql::optionalText(staffId), action,
              Sql::text(entity), Sql::text(entityId), QString::fromUtf8(detail)});
}

void AuditLog::appendDeferred(const QString &schoolId, const QString &deviceId, const QString &staffId,
                              const QString &action, const QString &entity, const QString &entityId,
                              std::shared_ptr<const Sql::DeferredText> detail)
{
    if (!m_holding)
        return appendText(schoolId, deviceId, staffId, action, entity, entityId, detail->text());
    holdRow(schoolId, deviceId, staffId, action, entity, entityId);
    m_held.addDeferred(std::move(detail));
}

void AuditLog::holdRow(const QString &schoolId, const QString &deviceId, const QString &staffId,
                       const QString &action, const QString &entity, const QString &entityId)
{
    m_held.startRow();
    m_held.add(schoolId);
    m_held.add(m_heldTime);
    m_held.add(deviceId);
    m_held.addOptional(staffId);
    m_held.add(action);
    m_held.add(entity);
    m_held.add(entityId);
}

void AuditLog::holdUntilFlush()
{
    m_holding = true;
    m_heldTime = nowText();
}

void AuditLog::flush()
{
    // The rows held so far, in their order, by one statement: the log's seq numbers follow it.
    static const Sql::InsertStatement kEventRows(QStringLiteral("audit_event"),
                                                 {{QStringLiteral("school_id"), {}},
                                                  {QStringLiteral("at"), {}},
                                                  {QStringLiteral("device_id"), {}},
                                                  {QStringLiteral("staff_id"), {}},
                                                  {QStringLiteral("action"), {}},
                                                  {QStringLiteral("entity"), {}},
                                                  {QStringLiteral("entity_id"), {}},
                                                  {QStringLiteral("detail"), {}}});
    Sql::insertRows(m_db, kEventRows, std::exchange(m_held, {}));
}

} // namespace Stride::Server
