#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli enrol: see main.cpp's usage text. Returns the process exit code.
int enrolCommand(const QStringList &arguments);
} // namespace Stride::Cli
