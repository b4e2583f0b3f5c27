#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli status: see main.cpp's usage text. Returns the process exit code.
int statusCommand(const QStringList &arguments);
} // namespace Stride::Cli
