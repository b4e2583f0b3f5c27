#include "startupoptions.h"

#include "apppaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Stride {

StartupOptions StartupOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stride: record evidence against pupils' Individual Learning Plan targets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The store file to open (default: %1).")
                                          .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                      QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("If the store is empty, fill it with the demo school."));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load every page, print one line per page and quit; fails on "
                       "any QML warning."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("With --self-test: save a picture of every page in this "
                       "folder."),
        QStringLiteral("dir"));
    const QCommandLineOption windowSize(
        QStringLiteral("window-size"),
        QStringLiteral("The window's size, width x height in pixels: 800x1280 for a tablet held upright "
                       "(default 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("Treat this day (yyyy-MM-dd) as today."),
                                  QStringLiteral("date"));
    const QCommandLineOption idleLock(QStringLiteral("idle-lock-minutes"),
                                      QStringLiteral("Minutes without a touch before the PIN pad comes back "
                                                     "(default 3; decimals allowed, 0 = never)."),
                                      QStringLiteral("minutes"));
    const QCommandLineOption benchmark(
        QStringLiteral("startup-benchmark"),
        QStringLiteral("Sign in, open the first pupil, print the milliseconds from "
                       "process start to that page's first frame, and quit."));
    const QCommandLineOption translation(
        QStringLiteral("translation"),
        QStringLiteral("Use this translation (a .qm file made by lrelease) over the app's own."),
        QStringLiteral("file.qm"));
    const QCommandLineOption checkTranslated(
        QStringLiteral("check-translated"),
        QStringLiteral("With --self-test and a pseudo translation (--translation): fail on any "
                       "visible text that did not pass through translation."));
    const QCommandLineOption allowFileKey(
        QStringLiteral("allow-file-key"),
        QStringLiteral("Where the device's keystore cannot be reached, keep the key to the records in a "
                       "file beside them (a release build refuses this otherwise; STRIDE_ALLOW_FILE_KEY=1 "
                       "does the same)."));
    const QCommandLineOption keyStore(
        QStringLiteral("key-store"),
        QStringLiteral("Where to keep the key to the records: \"keystore\" (the default) or \"file\", a "
                       "key file beside them, as the tests use (STRIDE_KEY_STORE=file does the same)."),
        QStringLiteral("where"));
    parser.addOptions({database, demo, selfTest, screenshots, windowSize, date, idleLock, benchmark,
                       translation, checkTranslated, allowFileKey, keyStore});
    parser.process(app);

    StartupOptions options;
    options.databasePath = parser.value(database);
    options.demo = parser.isSet(demo);
    options.selfTest = parser.isSet(selfTest);
    options.screenshotsDir = parser.value(screenshots);
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(QLatin1Char('x'));
        bool wOk = false, hOk = false;
        if (parts.size() == 2)
            options.windowSize = QSize(parts[0].toInt(&wOk), parts[1].toInt(&hOk));
        if (!wOk || !hOk || options.windowSize.width() < 320 || options.windowSize.height() < 320) {
            std::fprintf(stderr,
                         "--window-size needs a width and a height in pixels, for example 800x1280.\n");
            std::exit(2);
        }
    }
    if (parser.isSet(date)) {
        options.today = QDate::fromString(parser.value(date), QStringLiteral("yyyy-MM-dd"));
        if (!options.today.isValid()) {
            std::fprintf(stderr, "--date needs a day written as yyyy-MM-dd, for example 2026-11-22.\n");
            std::exit(2);
        }
    }
    options.startupBenchmark = parser.isSet(benchmark);
    options.translationFile = parser.value(translation);
    options.checkTranslated = parser.isSet(checkTranslated);
    options.allowFileKey = parser.isSet(allowFileKey);
    options.keyStore = parser.value(keyStore);
    if (!options.keyStore.isEmpty() && options.keyStore != QLatin1String("keystore") &&
        options.keyStore != QLatin1String("file")) {
        std::fprintf(stderr, "--key-store takes \"keystore\" or \"file\".\n");
        std::exit(2);
    }
    if (options.checkTranslated && (!options.selfTest || options.translationFile.isEmpty())) {
        std::fprintf(stderr, "--check-translated only works together with --self-test and --translation.\n");
        std::exit(2);
    }
    if (parser.isSet(idleLock)) {
        bool ok = false;
        options.idleLockMinutes = parser.value(idleLock).toDouble(&ok);
        if (!ok || options.idleLockMinutes < 0) {
            std::fprintf(stderr, "--idle-lock-minutes needs a number of minutes, for example 3 or 0.5.\n");
            std::exit(2);
        }
    }
    if (!options.screenshotsDir.isEmpty() && !options.selfTest) {
        std::fprintf(stderr, "--screenshots only works together with --self-test.\n");
        std::exit(2);
    }
    return options;
}

bool StartupOptions::selfTestRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--self-test") == 0)
            return true;
    return false;
}

bool StartupOptions::startupBenchmarkRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--startup-benchmark") == 0)
            return true;
    return false;
}

bool StartupOptions::onlyPrintsText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

QString StartupOptions::defaultDatabasePath()
{
    // Through AppPaths, which never answers with a shared folder (Pictures, DCIM, the home
    // folder) that a gallery or backup app would read children's records from.
    return AppPaths::forThisDevice().databasePath(); // the store makes the folder when it opens
}

} // namespace Stride
