#pragma once

#include <string>

namespace httplib {
class ContentReader;
}

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

} // namespace BodyReader

} // namespace Stride::Server
