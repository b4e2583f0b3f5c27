#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>

namespace Stride::Server {

// The tus request headers a tablet sends (docs/sync.md, "Media"), read from their text alone. Kept
// apart from the routes so that what a hostile client can put in a header is read by plain
// functions the fuzz targets (tests/fuzz) run on any bytes.
namespace TusHeaders {

// Upload-Length and Upload-Offset: a non-negative whole number of at most 18 digits (so it always
// fits a qint64), nothing else around it; nullopt otherwise.
std::optional<qint64> number(const std::string &text);

// Upload-Metadata: "key base64value,key2 base64value2". The decoded value of `key`; an empty
// string when the key is there without a value; nullopt when it is absent or not base64.
std::optional<QString> metadataValue(const std::string &header, const QString &key);

// Upload-Checksum: "sha256 <base64 digest>". The digest, or an empty one when it is not base64
// (it then matches no chunk); nullopt when the algorithm is not sha256.
std::optional<QByteArray> sha256Checksum(const std::string &header);

} // namespace TusHeaders

} // namespace Stride::Server
