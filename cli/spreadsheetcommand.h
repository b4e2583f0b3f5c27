#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli spreadsheet: the central ILP spreadsheet (XLSX or CSV) of the whole school; see
// main.cpp's usage text. Returns the process exit code.
int spreadsheetCommand(const QStringList &arguments);
} // namespace Stride::Cli
