#include "requestauth.h"

#include "apierror.h"
#include "bodyreader.h"
#include "servercontext.h"

#include <httplib.h>

#include <cctype>

namespace Stride::Server {

std::string clientAddress(const ServerContext &context, const httplib::Request &req)
{
    if (context.trustedProxies.isEmpty())
        return req.remote_addr;
    // Each proxy on the way adds its own header or appends to the one there; read them all, in order.
    std::string forwardedFor;
    const size_t count = req.get_header_value_count("X-Forwarded-For");
    for (size_t i = 0; i < count; ++i)
        forwardedFor += (i ? "," : "") + req.get_header_value("X-Forwarded-For", i);
    return context.trustedProxies.clientOf(req.remote_addr, forwardedFor);
}

void refuseBody(const ServerContext &context, const httplib::Request &req, httplib::Response &res,
                const httplib::ContentReader &reader)
{
    // Over its rate, a sender's requests cost the store nothing more: not even reading them.
    BodyReader::discard(req, res, reader, res.status == 429 ? 0 : size_t(context.limits.maxBodyBytes));
}

std::optional<Device> authorise(ServerContext &context, const httplib::Request &req, httplib::Response &res)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string scheme = "bearer ";
    QString token;
    if (header.size() > scheme.size() &&
        std::equal(scheme.begin(), scheme.end(), header.begin(),
                   [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }))
        token = QString::fromStdString(header.substr(scheme.size())).trimmed();

    // Guessing tokens costs the guesser: unknown tokens count against the client's address.
    const std::string addressKey = "auth:" + clientAddress(context, req);
    if (const int wait = context.enrolFailures.check(addressKey)) {
        res.set_header("Retry-After", std::to_string(wait));
        Api::error(
            res, 429, QStringLiteral("rate_limited"),
            QStringLiteral("Too many requests with an unknown sign-in from this address. Wait %1 seconds.")
                .arg(wait));
        return std::nullopt;
    }
    const Authentication auth = DeviceRegistry::authenticate(token);
    if (auth.status == Authentication::Status::Unknown) {
        context.enrolFailures.take(addressKey);
        res.set_header("WWW-Authenticate", "Bearer");
        Api::error(res, 401, QStringLiteral("unauthenticated"),
                   token.isEmpty()
                       ? QStringLiteral("This request does not say which tablet it comes from. Enrol the "
                                        "tablet with the school's store first.")
                       : QStringLiteral("The store does not know this tablet. Enrol it again with a new code "
                                        "from the office."));
        return std::nullopt;
    }
    if (auth.status == Authentication::Status::Revoked) {
        Api::error(res, 410, QStringLiteral("device_revoked"),
                   QStringLiteral(
                       "This tablet has been removed from the school's store, so everything Stride keeps on "
                       "it will be erased. Ask the office for a new enrolment code to use it again."),
                   {{QStringLiteral("erase"), true}});
        return std::nullopt;
    }
    if (const int wait = context.deviceRequests.take(auth.device.id.toStdString())) {
        res.set_header("Retry-After", std::to_string(wait));
        Api::error(res, 429, QStringLiteral("rate_limited"),
                   QStringLiteral(
                       "This tablet is sending requests faster than the store accepts. It will try again in "
                       "%1 seconds.")
                       .arg(wait));
        return std::nullopt;
    }
    DeviceRegistry::noteSeen(auth.device);
    return auth.device;
}

} // namespace Stride::Server
