#pragma once

#include "devices.h"

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace Stride::Server {

struct ServerContext;

// The gate in front of every request but enrolment: the bearer token names an enrolled tablet
// (401 if not), the tablet is not revoked (410 with erase:true, so it wipes itself), and it is
// within its request rate (429 with Retry-After). On refusal the answer is already in `res`.
std::optional<Device> authorise(ServerContext &context, const httplib::Request &req, httplib::Response &res);

// The client's address, for limits that apply before anyone is known.
std::string clientAddress(const httplib::Request &req);

} // namespace Stride::Server
