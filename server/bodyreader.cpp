#include "bodyreader.h"

#include <httplib.h>

namespace Stride::Server::BodyReader {

Result read(const httplib::ContentReader &reader, std::size_t cap, std::string &body)
{
    body.clear();
    bool tooLarge = false;
    const bool ok = reader([&](const char *data, std::size_t length) {
        if (tooLarge)
            return true; // keep reading, keep nothing
        if (body.size() + length > cap) {
            tooLarge = true;
            body.clear();
            body.shrink_to_fit();
            return true;
        }
        body.append(data, length);
        return true;
    });
    if (!ok)
        return Result::Broken;
    return tooLarge ? Result::TooLarge : Result::Complete;
}

void discard(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader,
             std::size_t cap)
{
    // HttpServer::screen() has already refused a Content-Length that is not a number.
    const std::string length = req.get_header_value("Content-Length");
    if (req.has_header("Transfer-Encoding") || (!length.empty() && std::stoull(length) > cap)) {
        res.set_header("Connection", "close");
        return;
    }
    if (length.empty() || length == "0")
        return;
    std::size_t received = 0;
    if (!reader([&](const char *, std::size_t n) { return (received += n) <= cap; }))
        res.set_header("Connection", "close");
}

} // namespace Stride::Server::BodyReader
