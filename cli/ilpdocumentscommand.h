#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli ilp-documents: see main.cpp's usage text. Returns the process exit code. Needs a
// QGuiApplication (the PDFs' fonts): main makes one for this command.
int ilpDocumentsCommand(const QStringList &arguments);
} // namespace Stride::Cli
