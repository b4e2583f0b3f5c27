#include "syncroutes.h"

#include "apierror.h"
#include "auditlog.h"
#include "bodyreader.h"
#include "changefeed.h"
#include "devices.h"
#include "firstsignin.h"
#include "rawfields.h"
#include "requestauth.h"
#include "servercontext.h"
#include "sqlconnection.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Stride::Server {

namespace {

// An enrolment is a code and a tablet's name.
constexpr size_t kMaxEnrolmentBytes = 16 * 1024;
// A body over that is read and dropped up to this, so a mistaken client still gets its answer.
constexpr size_t kMaxDrainedEnrolmentBytes = 16 * 1024 * 1024;

// Reads the body (at most 4 MiB) and parses it as a JSON object, or answers 413/400 and returns
// nullopt. `text`, if given, receives the body as it came.
std::optional<QJsonObject> jsonBody(const ServerContext &context, const httplib::ContentReader &reader,
                                    httplib::Response &res, std::optional<size_t> cap = std::nullopt,
                                    QByteArray *text = nullptr)
{
    std::string body;
    switch (BodyReader::read(reader, cap.value_or(size_t(context.limits.maxBodyBytes)), body)) {
    case BodyReader::Result::Complete:
        break;
    case BodyReader::Result::TooLarge:
        Api::error(res, 413, QStringLiteral("too_large"),
                   cap ? QStringLiteral("The request is larger than the store takes here.")
                       : QStringLiteral("The request is over 4 MiB. Send fewer changes at a time."));
        return std::nullopt;
    case BodyReader::Result::Broken:
        Api::error(res, 400, QStringLiteral("bad_request"),
                   QStringLiteral("The request's body did not arrive whole."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    QByteArray bytes = QByteArray::fromStdString(body);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Api::error(res, 400, QStringLiteral("bad_json"),
                   parseError.error != QJsonParseError::NoError
                       ? QStringLiteral("The request is not valid JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset)
                       : QStringLiteral("The request must be a JSON object."));
        return std::nullopt;
    }
    if (text)
        *text = std::move(bytes);
    return doc.object();
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

void enrol(ServerContext &context, const httplib::Request &req, httplib::Response &res,
           const httplib::ContentReader &reader)
{
    // Anyone may try to enrol, so the address's limit comes before the body, and the body is only
    // ever a code and a name.
    const std::string addressKey = "enrol:" + clientAddress(context, req);
    if (const int wait = context.enrolFailures.check(addressKey)) {
        res.set_header("Retry-After", std::to_string(wait));
        Api::error(
            res, 429, QStringLiteral("rate_limited"),
            QStringLiteral("Too many wrong enrolment codes from this address. Wait %1 seconds, then type "
                           "the code again.")
                .arg(wait));
        return refuseBody(context, req, res, reader);
    }
    // Too large counts as a wrong try: a stranger cannot have the store read without limit.
    const std::string length = req.get_header_value("Content-Length");
    if (req.has_header("Transfer-Encoding") ||
        (!length.empty() && std::stoull(length) > kMaxEnrolmentBytes)) {
        context.enrolFailures.take(addressKey);
        Api::error(res, 413, QStringLiteral("too_large"),
                   QStringLiteral("An enrolment is a code and a tablet's name, at most 16 KiB."));
        return BodyReader::discard(req, res, reader, kMaxDrainedEnrolmentBytes);
    }
    const auto body = jsonBody(context, reader, res, kMaxEnrolmentBytes);
    if (!body)
        return;
    const QJsonValue code = body->value(QLatin1String("code"));
    const QJsonValue name = body->value(QLatin1String("device_name"));
    if (!code.isString() || !(name.isString() || name.isUndefined() || name.isNull()))
        return Api::error(
            res, 400, QStringLiteral("bad_request"),
            QStringLiteral("Enrolment needs {\"code\": \"XXXXX-XXXXX\", \"device_name\": \"...\"}."));
    const auto enrolment = DeviceRegistry::enrol(code.toString().left(64), name.toString());
    if (!enrolment) {
        context.enrolFailures.take(addressKey);
        return Api::error(
            res, 403, QStringLiteral("enrolment_code_invalid"),
            QStringLiteral("This enrolment code is wrong, already used or out of date. Check it, or ask "
                           "the office for a new one."));
    }
    Api::json(res, 200,
              {{QStringLiteral("device_id"), enrolment->device.id},
               {QStringLiteral("device_token"), enrolment->token},
               {QStringLiteral("school_id"), enrolment->device.schoolId},
               {QStringLiteral("school_name"), enrolment->schoolName}});
}

void push(ServerContext &context, const httplib::Request &req, httplib::Response &res,
          const httplib::ContentReader &reader)
{
    // Who it is first, from the headers alone: nothing of a body from an unknown tablet is kept,
    // and only a small one is read (refuseBody).
    const auto device = authorise(context, req, res);
    if (!device)
        return refuseBody(context, req, res, reader);
    QByteArray text;
    auto body = jsonBody(context, reader, res, std::nullopt, &text);
    if (!body)
        return;
    if (!body->value(QLatin1String("mutations")).isArray())
        return Api::error(res, 400, QStringLiteral("bad_request"),
                          QStringLiteral("A push must be {\"mutations\": [ ... ]}."));
    QJsonArray list = body->value(QLatin1String("mutations")).toArray();
    if (list.size() > context.limits.maxBatchMutations)
        return Api::error(
            res, 413, QStringLiteral("batch_too_large"),
            QStringLiteral("A push holds at most %1 changes; this one has %2. Send them in smaller batches.")
                .arg(context.limits.maxBatchMutations)
                .arg(list.size()));
    const QList<QByteArrayView> fieldsTexts = RawFields::of(text, list.size());
    QList<ParsedMutation> batch;
    batch.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!IncomingMutation::mutationIdOf(list.at(i)))
            return Api::error(
                res, 400, QStringLiteral("bad_request"),
                QStringLiteral("Change number %1 of the push has no mutation_id, so nothing was applied.")
                    .arg(i + 1));
        batch << IncomingMutation::parse(list.at(i).toObject(), fieldsTexts.at(i));
    }
    // The body as parsed goes with the batch, freed while the push's commit waits for the disk
    // (nothing else here may hold a share of it).
    Disposal garbage;
    garbage.add(std::move(*body));
    garbage.add(std::move(list));
    garbage.add(std::move(text));
    const PushOutcome outcome =
        context.pushes.apply({device->schoolId, device->id}, std::move(batch), std::move(garbage));
    QJsonArray rejected;
    for (const Rejection &r : outcome.rejected)
        rejected.append(r.toJson());
    Api::json(res, 200,
              {{QStringLiteral("applied"), toArray(outcome.applied)},
               {QStringLiteral("duplicates"), toArray(outcome.duplicates)},
               {QStringLiteral("rejected"), rejected},
               {QStringLiteral("server_hlc"), outcome.serverHlc}});
}

// A person's first sign-in on this tablet (FirstSignIn): their id and PIN, small, from a known tablet.
void signIn(ServerContext &context, const httplib::Request &req, httplib::Response &res,
            const httplib::ContentReader &reader)
{
    const auto device = authorise(context, req, res);
    if (!device)
        return refuseBody(context, req, res, reader);
    const auto body = jsonBody(context, reader, res, kMaxEnrolmentBytes);
    if (!body)
        return;
    const QJsonValue staffId = body->value(QLatin1String("staff_id"));
    const QJsonValue pin = body->value(QLatin1String("pin"));
    if (!staffId.isString() || !pin.isString() || staffId.toString().size() > 64 ||
        pin.toString().size() > 64)
        return Api::error(res, 400, QStringLiteral("bad_request"),
                          QStringLiteral("A sign-in needs {\"staff_id\": \"...\", \"pin\": \"...\"}."));
    const FirstSignIn::Answer answer = FirstSignIn::answer(*device, staffId.toString(), pin.toString());
    if (answer.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(answer.retryAfterSeconds));
    // Never kept by anything between the tablet and the store: the answer holds a credential.
    res.set_header("Cache-Control", "no-store");
    Api::json(res, answer.status, answer.body);
}

// A whole number in [min, max], or nullopt.
std::optional<qint64> integerParam(const httplib::Request &req, const char *name, qint64 fallback)
{
    if (!req.has_param(name))
        return fallback;
    bool ok = false;
    const qint64 value = QString::fromStdString(req.get_param_value(name)).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void changes(ServerContext &context, const httplib::Request &req, httplib::Response &res)
{
    const auto device = authorise(context, req, res);
    if (!device)
        return;
    const auto since = integerParam(req, "since", 0);
    const auto limit = integerParam(req, "limit", ChangeFeed::kDefaultLimit);
    if (!since || *since < 0 || !limit || *limit < 1)
        return Api::error(
            res, 400, QStringLiteral("bad_request"),
            QStringLiteral("since must be a cursor from an earlier pull (0 to start) and limit a number "
                           "from 1 to %1.")
                .arg(ChangeFeed::kMaxLimit));
    const ChangePage page =
        ChangeFeed::page(*device, *since, int(std::min<qint64>(*limit, ChangeFeed::kMaxLimit)));
    // Which records reached which tablet (docs/security.md, "Audit"). An empty page sent nothing.
    if (!page.changes.isEmpty())
        AuditLog(SqlConnection::forThisThread())
            .received(*device, *since, page.cursor, int(page.changes.size()));
    // Whom the tablet serves, so it can tell its users what it holds (docs/sync.md, "Scope").
    const DeviceScope scope = DeviceRegistry::scopeOf(*device);
    const QJsonObject scopeMember{
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("whole_school"), scope.wholeSchool},
                     {QStringLiteral("class_ids"), QJsonArray::fromStringList(scope.classIds)}}}};
    Api::jsonText(res, 200, page.toJsonText(scopeMember));
}

} // namespace

void SyncRoutes::install(httplib::Server &server, ServerContext &context)
{
    server.Post("/v1/enrol", [&context](const httplib::Request &req, httplib::Response &res,
                                        const httplib::ContentReader &reader) {
        Api::guarded(res, [&] { enrol(context, req, res, reader); });
    });
    server.Post("/v1/push", [&context](const httplib::Request &req, httplib::Response &res,
                                       const httplib::ContentReader &reader) {
        Api::guarded(res, [&] { push(context, req, res, reader); });
    });
    server.Post("/v1/sign-in", [&context](const httplib::Request &req, httplib::Response &res,
                                          const httplib::ContentReader &reader) {
        Api::guarded(res, [&] { signIn(context, req, res, reader); });
    });
    server.Get("/v1/changes", [&context](const httplib::Request &req, httplib::Response &res) {
        Api::guarded(res, [&] { changes(context, req, res); });
    });
}

} // namespace Stride::Server
