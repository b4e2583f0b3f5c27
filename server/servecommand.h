#pragma once

#include "commandline.h"

namespace Stride::Server {

// `stride-store serve --data-dir D [--database URL] [--listen 127.0.0.1:8470] [--threads 16]
//  [--trusted-proxy ADDRESS[/BITS]]... [--tls-cert FILE --tls-key FILE]`
// Runs until SIGINT or SIGTERM. Prints "stride-store: listening on http://HOST:PORT" (https with
// the TLS files) once it accepts connections (port 0 picks a free port, which the tests use).
int runServe(const CommandLine &line);

} // namespace Stride::Server
