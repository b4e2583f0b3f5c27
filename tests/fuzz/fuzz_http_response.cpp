// libFuzzer target: the tablet's reader of the store's HTTP answers (core/sync/httpresponseparser.h),
// which takes bytes straight off the network, from the store or from whoever is pretending to be
// it. The first byte chooses a HEAD request and the size of the pieces the rest arrives in; the
// answer read piece by piece must be the answer read in one go, as TCP may cut it anywhere.
#include <sync/httpresponseparser.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Stride;

namespace {

// A broken promise of the parser's: abort, which libFuzzer reports as a crash with this input.
void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

struct Reading
{
    HttpResponseParser parser;
    qsizetype taken = 0;
};

void readInPieces(Reading &r, const char *data, qsizetype size, qsizetype piece)
{
    for (qsizetype at = 0; at < size && !r.parser.isComplete() && !r.parser.hasFailed(); at += piece) {
        const qsizetype length = std::min(piece, size - at);
        const qsizetype taken = r.parser.feed(data + at, length);
        require(taken >= 0 && taken <= length);
        r.taken += taken;
    }
    if (!r.parser.isComplete() && !r.parser.hasFailed())
        r.parser.connectionClosed();
    require(r.parser.isComplete() != r.parser.hasFailed());
    require(r.parser.body().size() <= HttpResponseParser::kMaxBodyBytes);
    if (r.parser.isComplete())
        require(r.parser.status() >= 200 && r.parser.status() <= 999);
    else
        require(!r.parser.error().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool head = data[0] & 1;
    const qsizetype piece = (data[0] >> 1) + 1; // 1 to 128 bytes at a time
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);

    Reading pieces{HttpResponseParser(head)};
    readInPieces(pieces, bytes, length, piece);
    Reading whole{HttpResponseParser(head)};
    readInPieces(whole, bytes, length, std::max<qsizetype>(length, 1));

    require(pieces.parser.isComplete() == whole.parser.isComplete());
    if (whole.parser.isComplete()) {
        require(pieces.taken == whole.taken);
        require(pieces.parser.status() == whole.parser.status());
        require(pieces.parser.headers() == whole.parser.headers());
        require(pieces.parser.body() == whole.parser.body());
        require(pieces.parser.closesConnection() == whole.parser.closesConnection());
    }
    return 0;
}
