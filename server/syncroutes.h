#pragma once

namespace httplib {
class Server;
}

namespace Stride::Server {

struct ServerContext;

// The record half of docs/sync.md: POST /v1/enrol, POST /v1/push, GET /v1/changes.
namespace SyncRoutes {
void install(httplib::Server &server, ServerContext &context);
}

} // namespace Stride::Server
