#include "benchstore.h"

#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace BenchStore {

Options parse(const QCoreApplication &app, const QString &runsWhat)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("items"), QStringLiteral("Evidence items to add."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per %1.").arg(runsWhat),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the filled store at this path."),
                      QStringLiteral("path")});
    parser.process(app);
    return {parser.value(QStringLiteral("items")).toInt(), parser.value(QStringLiteral("runs")).toInt(),
            parser.value(QStringLiteral("keep"))};
}

QString open(Stride::Store &store, const Options &options, const QTemporaryDir &dir)
{
    const QString path =
        options.keepPath.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : options.keepPath;
    if (!store.open(path).ok()) {
        std::fprintf(stderr, "Could not open %s\n", qPrintable(path));
        std::exit(1);
    }
    return path;
}

} // namespace BenchStore
