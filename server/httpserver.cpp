#include "httpserver.h"

#include "apierror.h"
#include "mediaroutes.h"
#include "routetable.h"
#include "servercontext.h"
#include "syncroutes.h"

#include <httplib.h>

namespace Stride::Server {

namespace {

// GET, HEAD, OPTIONS and DELETE have no body worth the name; httplib would read one whole.
constexpr qint64 kMaxBodyWithoutReader = 64 * 1024;

bool hasBody(const httplib::Request &req)
{
    const std::string length = req.get_header_value("Content-Length");
    return (!length.empty() && length != "0") || req.has_header("Transfer-Encoding");
}

bool readsBodyItself(const std::string &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT";
}

qint64 headerBytes(const httplib::Request &req)
{
    qint64 total = qint64(req.method.size() + req.target.size());
    for (const auto &[name, value] : req.headers)
        total += qint64(name.size() + value.size() + 4);
    return total;
}

} // namespace

namespace {

// One route table for both: SSLServer is a Server that speaks TLS on each connection.
std::unique_ptr<httplib::Server> makeServer(const HttpServer::Tls &tls)
{
    if (!tls.enabled())
        return std::make_unique<httplib::Server>();
    auto server = std::make_unique<httplib::SSLServer>(tls.certificatePath.c_str(), tls.keyPath.c_str());
    // httplib allows TLS 1.1; nothing that runs Stride needs less than 1.2.
    if (SSL_CTX *context = server->ssl_context())
        SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    return server;
}

} // namespace

HttpServer::HttpServer(ServerContext &context, int workerThreads, const Tls &tls)
    : m_context(context), m_server(makeServer(tls))
{
    m_server->new_task_queue = [workerThreads] { return new httplib::ThreadPool(size_t(workerThreads)); };
    installLimits();
    SyncRoutes::install(*m_server, m_context);
    MediaRoutes::install(*m_server, m_context);
}

HttpServer::~HttpServer() = default;

bool HttpServer::isValid() const
{
    return m_server->is_valid();
}

void HttpServer::installLimits()
{
    httplib::Server &s = *m_server;
    // Every route that takes a body reads it through BodyReader (at most 4 MiB) or streams it to
    // disk (a tus chunk, at most 32 MiB, or a whole file sent with PUT), so httplib's own limit is
    // the largest file the store takes. Requests whose bodies httplib would hold whole are
    // screened first.
    s.set_payload_max_length(size_t(m_context.limits.maxUploadBytes));
    // Answers leave whole at once: with Nagle's algorithm the end of each answer waited for the
    // tablet's delayed ACK (accepted sockets take the option from the listening one).
    s.set_tcp_nodelay(true);
    s.set_keep_alive_max_count(100);
    s.set_keep_alive_timeout(5);
    // A tablet on school Wi-Fi can stall for a while mid-chunk; a dead one frees its worker after this.
    s.set_read_timeout(30);
    s.set_write_timeout(30);

    s.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        Api::guarded(res, [&] { screen(req, res); });
        if (res.status == -1)
            return httplib::Server::HandlerResponse::Unhandled;
        // Answered before the body was read: the connection cannot be reused, or the unread body
        // would be taken for the next request.
        if (hasBody(req))
            res.set_header("Connection", "close");
        return httplib::Server::HandlerResponse::Handled;
    });

    // Requests httplib refuses by itself (unreadable, too large, bad range) still get a JSON body.
    s.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            Api::fillDefaultError(res);
            return httplib::Server::HandlerResponse::Handled;
        }));
    s.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        Api::error(res, 500, QStringLiteral("internal_error"),
                   QStringLiteral("The store could not handle this request, so nothing was changed."));
    });
}

void HttpServer::screen(const httplib::Request &req, httplib::Response &res) const
{
    if (headerBytes(req) > m_context.limits.maxHeaderBytes)
        return Api::error(res, 431, QStringLiteral("headers_too_large"),
                          QStringLiteral("The request's headers are over 16 KiB."));
    const Route *route = RouteTable::match(req.path);
    if (!route)
        return Api::error(
            res, 404, QStringLiteral("not_found"),
            QStringLiteral("There is nothing at this address. Check the store's address in the app's "
                           "settings."));
    if (!RouteTable::allows(*route, req.method)) {
        res.set_header("Allow", RouteTable::allowHeader(*route));
        return Api::error(res, 405, QStringLiteral("method_not_allowed"),
                          QStringLiteral("This address does not accept %1 requests.")
                              .arg(QString::fromStdString(req.method).left(16)));
    }
    const std::string length = req.get_header_value("Content-Length");
    if (!length.empty() &&
        (length.size() > 18 || length.find_first_not_of("0123456789") != std::string::npos))
        return Api::error(res, 400, QStringLiteral("bad_request"),
                          QStringLiteral("The request's Content-Length is not a number of bytes."));
    const qint64 declared = length.empty() ? 0 : std::stoll(length);
    if (declared > m_context.limits.maxUploadBytes)
        return Api::error(res, 413, QStringLiteral("too_large"),
                          QStringLiteral("The request is larger than the store takes."));
    if (req.get_header_value("Content-Type").find("multipart/") != std::string::npos)
        return Api::error(res, 415, QStringLiteral("unsupported_media_type"),
                          QStringLiteral("The store does not take multipart requests."));
    if (!readsBodyItself(req.method) &&
        (declared > kMaxBodyWithoutReader || req.has_header("Transfer-Encoding")))
        return Api::error(
            res, 413, QStringLiteral("too_large"),
            QStringLiteral("A %1 request carries no body.").arg(QString::fromStdString(req.method)));
}

int HttpServer::bind(const std::string &host, int port)
{
    if (port == 0)
        return m_server->bind_to_any_port(host);
    return m_server->bind_to_port(host, port) ? port : -1;
}

bool HttpServer::run()
{
    return m_server->listen_after_bind();
}

void HttpServer::stop()
{
    m_server->stop();
}

} // namespace Stride::Server
