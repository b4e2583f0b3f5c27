#pragma once

#include <QDate>
#include <QSize>
#include <QString>

class QCoreApplication;

namespace Stride {

// What the app was asked to do on its command line.
struct StartupOptions
{
    QString databasePath;          // empty: the default location (or a scratch folder for --self-test)
    bool demo = false;             // fill an empty store with the demo school
    bool selfTest = false;         // load every page, report, and quit
    QString screenshotsDir;        // with --self-test: save a picture of every page here
    QSize windowSize;              // the window's size (--window-size 800x1280); invalid = the default
    QDate today;                   // "today" pinned for the demo and screenshots; invalid = the real date
    double idleLockMinutes = 3;    // the PIN pad comes back after this long without a touch
    bool startupBenchmark = false; // sign in, open a pupil, print the time to its first frame, quit
    QString translationFile;       // a .qm file installed over the app's own translations
    bool checkTranslated = false;  // with --self-test: fail on visible text that tr() did not give
    bool allowFileKey = false;     // a release build may keep the device key in a file (KeyStorePolicy)
    QString keyStore;              // "file": device keys in key files only, as the tests use

    // Parses the application's arguments; prints help or an error and exits the process when the
    // command line asks for help or cannot be understood (as command-line tools do).
    static StartupOptions parse(const QCoreApplication &app);
    // Whether --self-test is on the command line, before any QGuiApplication exists (the self-test
    // chooses the offscreen platform, which must be set before the application is created).
    static bool selfTestRequested(int argc, char **argv);
    static bool startupBenchmarkRequested(int argc, char **argv);
    // Whether the command line only asks for --help or --version, which need no screen either.
    static bool onlyPrintsText(int argc, char **argv);
    // Where the store lives when no --database is given.
    static QString defaultDatabasePath();
};

} // namespace Stride
