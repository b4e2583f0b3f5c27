// libFuzzer target: the tus headers of an upload's creation and of its chunks (POST and PATCH
// /v1/media/uploads), read by the store the way server/mediaroutes.cpp does through
// server/tusheaders.h. The input is the header values one per line, in the order below; each is
// also read as every one of the others, so any bytes reach every reader.
#include <mediafiles.h>
#include <tusheaders.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace Stride::Server;

namespace {

void readAll(const std::string &value)
{
    (void)TusHeaders::number(value);
    if (const auto declared = TusHeaders::metadataValue(value, QStringLiteral("sha256")))
        (void)MediaFiles::isSha256Hex(declared->trimmed().toLower());
    (void)TusHeaders::metadataValue(value, QStringLiteral("filename"));
    (void)TusHeaders::metadataValue(value, QString());
    if (const auto digest = TusHeaders::sha256Checksum(value))
        (void)digest->toHex();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Tus-Resumable, Content-Type, Content-Length, Upload-Length, Upload-Offset, Upload-Metadata,
    // Upload-Checksum: one a line.
    const std::string input(reinterpret_cast<const char *>(data), size);
    std::vector<std::string> values;
    for (size_t start = 0; start <= input.size();) {
        const size_t end = std::min(input.find('\n', start), input.size());
        values.push_back(input.substr(start, end - start));
        start = end + 1;
    }
    values.resize(std::max<size_t>(values.size(), 7));

    // Creation: the file's length and its declared SHA-256 (trimmed and in lower case, as create()
    // reads it).
    const auto length = TusHeaders::number(values[3]);
    if (const auto declared = TusHeaders::metadataValue(values[5], QStringLiteral("sha256")))
        (void)MediaFiles::isSha256Hex(declared->trimmed().toLower());
    // A chunk: where it starts, how long it says it is, and its digest; the route's sum of the two
    // (the end of the chunk against the file's length) must stay within a qint64.
    const auto declared = TusHeaders::number(values[2]);
    const auto offset = TusHeaders::number(values[4]);
    if (length && offset && declared && values[0] == "1.0.0" &&
        values[1] == "application/offset+octet-stream")
        (void)(*offset + *declared > *length);
    if (const auto digest = TusHeaders::sha256Checksum(values[6]))
        (void)digest->toHex();
    for (const std::string &value : values)
        readAll(value);
    return 0;
}
