#include "syncreport.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stride {

namespace {

// Gives this file's sentences one context ("SyncReport") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)
};

} // namespace

QString SyncReport::summary() const
{
    if (deviceErased)
        return message;
    const QString sent = Words::tr("%n change(s)", nullptr, pushed + duplicates);
    const QString received = Words::tr("%n change(s)", nullptr, pulled);
    const QString files = Words::tr("%n media file(s) (%1)", nullptr, mediaUploaded)
                              .arg(QLocale::c().formattedDataSize(bytesUploaded));
    QString text =
        ok ? Words::tr("Synced: sent %1, received %2, sent %3.", "changes, changes, media files")
                 .arg(sent, received, files)
           : Words::tr("Sync stopped: sent %1, received %2, sent %3.", "changes, changes, media files")
                 .arg(sent, received, files);
    if (rejected > 0)
        text += QLatin1Char(' ') +
                Words::tr("The school's server refused %n change(s); see the sync page.", nullptr, rejected);
    if (!ok && !message.isEmpty())
        text += QLatin1Char(' ') + message;
    return text;
}

} // namespace Stride
