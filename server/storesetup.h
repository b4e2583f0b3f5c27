#pragma once

#include "commandline.h"

#include <QString>

namespace Stride::Server {

// What every command does first: make the data directory, choose the database from --data-dir and
// --database, connect, and bring the schema up to date. Returns false with a sentence in *error.
bool openStore(const CommandLine &line, QString *dataDir, QString *error);

} // namespace Stride::Server
