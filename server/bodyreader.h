#pragma once

#include <string>

namespace httplib {
class ContentReader;
struct Request;
struct Response;
} // namespace httplib

namespace Stride::Server {

// Reading request bodies in bounded memory. Every route that takes a body reads it through here,
// except the media routes, which stream theirs to disk (httplib would otherwise hold any body whole
// in memory): at most `cap` bytes are kept, and the rest is read and dropped, so an oversized
// request still gets its 413 instead of a connection reset half-way through sending it.
namespace BodyReader {

enum class Result {
    Complete, // the whole body is in `body`
    TooLarge, // it was over `cap`; `body` holds nothing useful
    Broken,   // the client stopped sending (or sent something unreadable): nothing to answer
};

Result read(const httplib::ContentReader &reader, std::size_t cap, std::string &body);

// For a request refused before its body was read because of who sent it (unknown, revoked, or over
// its rate): a body of at most `cap` bytes is read and dropped, so a tablet with a small request
// still gets its answer rather than a reset connection; a larger one, or one of unknown length, is
// not read at all, and the connection is closed after the answer. Whoever is not known to the
// store cannot make it read more than `cap` bytes a request.
void discard(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader,
             std::size_t cap);

} // namespace BodyReader

} // namespace Stride::Server
