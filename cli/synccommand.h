#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli sync: see main.cpp's usage text. Returns the process exit code.
int syncCommand(const QStringList &arguments);
} // namespace Stride::Cli
