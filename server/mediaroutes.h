#pragma once

namespace httplib {
class Server;
}

namespace Stride::Server {

struct ServerContext;

// The media half of docs/sync.md: tus 1.0 uploads (core, creation, checksum with sha256,
// termination, expiration) under /v1/media/uploads, and the blobs themselves under
// /v1/media/<sha256> (HEAD is the confirmation a tablet waits for; GET serves Range requests).
namespace MediaRoutes {
void install(httplib::Server &server, ServerContext &context);
// Removes expired uploads (rows and bytes); the serve command runs it now and then.
int removeExpiredUploads(ServerContext &context);
} // namespace MediaRoutes

} // namespace Stride::Server
