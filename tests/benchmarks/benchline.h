#pragma once

#include <QString>
#include <cstdio>

namespace BenchOutput {

// One line of a benchmark's figures, written out at once: a long run shows its progress as it
// goes, and one stopped halfway keeps what it had printed.
inline void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace BenchOutput
