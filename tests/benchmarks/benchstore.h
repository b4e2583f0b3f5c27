#pragma once

#include <QString>

class QCoreApplication;
class QTemporaryDir;

namespace Stride {
class Store;
}

// What every benchmark over a filled store is told on its command line (--items, --runs, --keep),
// and the store it fills: a fresh file in a temporary folder, or the one --keep names.
namespace BenchStore {

struct Options
{
    int items = 0;
    int runs = 0;
    QString keepPath; // empty: the store goes with the temporary folder
};

// `runsWhat` says what is timed `runs` times ("query", "measure").
Options parse(const QCoreApplication &app, const QString &runsWhat);

// Opens the store at --keep's path, else in `dir`; returns the path, or exits with a message.
QString open(Stride::Store &store, const Options &options, const QTemporaryDir &dir);

} // namespace BenchStore
