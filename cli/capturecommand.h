#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli capture: see main.cpp's usage text. Returns the process exit code.
int captureCommand(const QStringList &arguments);
} // namespace Stride::Cli
