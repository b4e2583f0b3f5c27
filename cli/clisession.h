#pragma once

#include "media/mediastore.h"
#include "store/store.h"

#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>

namespace Stride::Cli {

// What every command shares: the output streams, and the device's store and media opened from
// one --database path (the media folder beside it, as on a tablet).
struct Session
{
    QTextStream out;
    QTextStream err;
    Store store;
    std::unique_ptr<MediaStore> media;
    QString databasePath;
    QString mediaDir;

    Session();
    // Opens (or creates) the store and its media folder; says why not on stderr.
    bool open(const QString &databasePath, bool mustExist);
    // Signs `staff` in as on a tablet (the credential on this device, or the store's check the first
    // time) and makes them the author of what follows. False, with the reason on stderr, otherwise.
    bool signIn(const Staff &staff, const QString &pin);
    // The member of staff named on the command line: their email, their id, or "First Surname".
    std::optional<Staff> staffNamed(const QString &schoolId, const QString &who) const;
    // The id of the term named on the command line (its name, any case, or its id); empty, having
    // said on stderr which terms this device holds, when there is none.
    QString termNamed(const QString &schoolId, const QString &wanted);
    void say(const QString &line);               // stdout, flushed: a caller watching the output sees it now
    int fail(const QString &line, int code = 1); // stderr; returns `code`
};

// Exit codes, for scripts.
enum ExitCode {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Erased = 3
};

} // namespace Stride::Cli
