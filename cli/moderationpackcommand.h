#pragma once

#include <QStringList>

namespace Stride::Cli {
// stride-cli moderation-pack: see main.cpp's usage text. Returns the process exit code. Needs a
// QGuiApplication (the PDF's fonts): main makes one for this command.
int moderationPackCommand(const QStringList &arguments);
} // namespace Stride::Cli
