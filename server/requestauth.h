#pragma once

#include "devices.h"

#include <optional>

namespace httplib {
class ContentReader;
struct Request;
struct Response;
} // namespace httplib

namespace Stride::Server {

struct ServerContext;

// The gate in front of every request but enrolment: the bearer token names an enrolled tablet
// (401 if not), the tablet is not revoked (410 with erase:true, so it wipes itself), and it is
// within its request rate (429 with Retry-After). On refusal the answer is already in `res`.
std::optional<Device> authorise(ServerContext &context, const httplib::Request &req, httplib::Response &res);

// After authorise() refused a request that carries a body, before any of it was read: a body of at
// most 4 MiB (the largest push) is read and dropped, so a revoked tablet still gets its 410; a
// larger one, or any body from a sender over its rate, is not read and the connection is closed.
void refuseBody(const ServerContext &context, const httplib::Request &req, httplib::Response &res,
                const httplib::ContentReader &reader);

// The client's address, for limits that apply before anyone is known: the connection's, or the
// one a trusted proxy forwarded (TrustedProxies).
std::string clientAddress(const ServerContext &context, const httplib::Request &req);

} // namespace Stride::Server
