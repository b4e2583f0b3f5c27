#pragma once

#include <memory>
#include <string>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Stride::Server {

struct ServerContext;

// The HTTP side of the store: cpp-httplib with the limits of docs/sync.md, the route table's
// 404/405/413 answers before any body is read, JSON error bodies for everything httplib refuses by
// itself, and the sync and media routes.
class HttpServer
{
public:
    // PEM files for HTTPS (TlsCertificate::check them first); both empty for plain HTTP.
    struct Tls
    {
        std::string certificatePath;
        std::string keyPath;
        bool enabled() const { return !certificatePath.empty(); }
    };

    HttpServer(ServerContext &context, int workerThreads, const Tls &tls = {});
    ~HttpServer();

    // False if the TLS files could not be loaded: the store must not then serve at all.
    bool isValid() const;

    // Binds (port 0 picks a free one); returns the port, or -1.
    int bind(const std::string &host, int port);
    // Serves until stop() is called (from any thread). Returns false if the listener failed.
    bool run();
    void stop();

private:
    void installLimits();
    // What is refused before routing, and before any body is read: headers over 16 KiB (431),
    // unknown addresses (404), wrong methods (405), unreadable or absurd lengths (400, 413),
    // multipart (415), and bodies on requests that take none (413).
    void screen(const httplib::Request &req, httplib::Response &res) const;
    ServerContext &m_context;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace Stride::Server
