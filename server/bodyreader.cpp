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

} // namespace Stride::Server::BodyReader
