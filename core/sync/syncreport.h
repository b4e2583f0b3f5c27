#pragma once

#include "tusuploader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// What one sync round did, for the sync page, the command-line client and the tests.
struct SyncReport
{
    bool ok = false;            // the round went all the way through (rejections are still ok)
    bool reachedServer = false; // false: offline, or the server was not answering
    bool deviceErased = false;  // the school removed this tablet: its data is gone
    int pushed = 0;             // mutations the server applied
    int duplicates = 0;         // mutations it already had (a resend)
    int rejected = 0;           // mutations it refused; kept and shown, never resent
    int pulled = 0;             // changes received
    int applied = 0;            // of those, changes that altered something here
    int parked = 0;             // received but waiting for a record they depend on
    int mediaUploaded = 0;
    int mediaAlreadyOnServer = 0;
    int mediaConfirmed = 0;
    int mediaFailed = 0;
    qint64 bytesUploaded = 0;
    QList<TusUploader::Result> uploads;
    QStringList problems; // plain words, one per problem
    QString message;      // why the round stopped, when it did not finish
    QDateTime finishedAt;

    // One or two sentences for a person: what happened.
    QString summary() const;
};

} // namespace Stride
