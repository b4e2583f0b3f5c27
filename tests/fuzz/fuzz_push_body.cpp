// libFuzzer target: a push body (POST /v1/push) as any client could send it, read and checked the
// way the store does before it touches the database (server/syncroutes.cpp push(), then
// PushApplier's per-mutation rules). Every rule that needs no database runs here: the shape of each
// mutation and its HLC (IncomingMutation), the clock skew window (ServerClock), exact vocabulary
// values (ValueRules), the author's roles (Permissions), staff powers (StaffRules) and conflicts
// (ConflictRules). Whatever the bytes, none of them may crash, hang or trip a sanitizer; and a
// change's fields text taken from the body as sent (RawFields) must be exactly the text the store
// would have written for the fields it read.
#include <conflictrules.h>
#include <incomingmutation.h>
#include <permissions.h>
#include <rawfields.h>
#include <serverclock.h>
#include <staffrules.h>
#include <storejson.h>
#include <valuerules.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Stride;
using namespace Stride::Server;

namespace {

// The store's own limits (server/servercontext.h, ServerLimits).
constexpr int kMaxBatchMutations = 1000;
constexpr size_t kMaxBodyBytes = 4 * 1024 * 1024;

// The authors the rules are checked for: nobody, each role alone, and every role together.
const QList<QList<StaffRole>> &authorRoles()
{
    static const QList<QList<StaffRole>> roles{
        {},
        {StaffRole::TeachingAssistant},
        {StaffRole::Teacher},
        {StaffRole::SeniorLeader},
        {StaffRole::Admin},
        {StaffRole::TeachingAssistant, StaffRole::Teacher, StaffRole::SeniorLeader, StaffRole::Admin}};
    return roles;
}

void checkRules(const IncomingMutation &m, ServerClock &clock)
{
    // The minutes ahead that a clock_skew rejection names (PushApplier).
    if (clock.isTooFarAhead(m.stamp))
        (void)QString::number((clock.aheadMs(m.stamp) + 59999) / 60000);
    if (auto r = ValueRules::check(m))
        (void)r->toJson();
    // What the store holds for the record is, here, what the tablet says it saw: the rules compare
    // the two, so this reaches the branches a real stored record would.
    const QJsonObject current = m.previous;
    StoredRecord stored;
    stored.entity = m.entity;
    stored.entityId = m.entityId;
    stored.schoolId = QStringLiteral("school");
    stored.fields = current;
    StoredRecord author = stored;
    author.entity = QStringLiteral("staff");
    author.entityId = m.authorStaffId;
    // The author's own roles as the store reads them from their staff record, then each role in turn.
    QList<StaffRole> authorsRoles;
    if (!Permissions::authorOf(m, author, stored.schoolId, &authorsRoles))
        (void)Permissions::check(m, authorsRoles, current);
    for (const QList<StaffRole> &roles : authorRoles()) {
        (void)Permissions::check(m, roles, current);
        (void)Permissions::check(m, roles, {});
        (void)StaffRules::check(m, roles, current);
    }
    (void)ConflictRules::check(m, stored);
    (void)ConflictRules::check(m, std::nullopt);
    clock.receive(m.stamp);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxBodyBytes)
        return 0; // the store answers 413 before parsing
    // Stamps are judged against a fixed time, so the same input always takes the same path.
    ServerClock clock([] { return qint64(1795000000000); });

    QJsonParseError error;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonValue mutations = doc.object().value(QLatin1String("mutations"));
    if (!mutations.isArray())
        return 0;
    const QJsonArray list = mutations.toArray();
    if (list.size() > kMaxBatchMutations)
        return 0;
    const QList<QByteArrayView> sentFields = RawFields::of(body, list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!IncomingMutation::mutationIdOf(list.at(i)))
            return 0;
        const ParsedMutation parsed = IncomingMutation::parse(list.at(i).toObject(), sentFields.at(i));
        if (parsed.mutation && parsed.mutation->fieldsText != jsonUtf8(parsed.mutation->fields))
            std::abort(); // a text that is not the fields' own would be proved, stored and pulled
        if (parsed.rejection)
            (void)parsed.rejection->toJson();
        if (parsed.mutation) {
            checkRules(*parsed.mutation, clock);
            // A tablet reads the same stamps loosely when it pulls them back.
            (void)HlcTimestamp::parse(parsed.mutation->hlc);
        }
    }
    return 0;
}
