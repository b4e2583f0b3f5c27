#include "syncreport.h"

#include <QLocale>

namespace Stride {

namespace {
QString count(int n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}
} // namespace

QString SyncReport::summary() const
{
    if (deviceErased)
        return message;
    QStringList parts;
    parts << QStringLiteral("sent %1").arg(
        count(pushed + duplicates, QStringLiteral("change"), QStringLiteral("changes")));
    parts << QStringLiteral("received %1")
                 .arg(count(pulled, QStringLiteral("change"), QStringLiteral("changes")));
    parts << QStringLiteral("sent %1 (%2)")
                 .arg(count(mediaUploaded, QStringLiteral("media file"), QStringLiteral("media files")),
                      QLocale::c().formattedDataSize(bytesUploaded));
    QString text = (ok ? QStringLiteral("Synced: ") : QStringLiteral("Sync stopped: ")) +
                   parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (rejected > 0)
        text += QStringLiteral(" The school's server refused %1; see the sync page.")
                    .arg(count(rejected, QStringLiteral("change"), QStringLiteral("changes")));
    if (!ok && !message.isEmpty())
        text += QLatin1Char(' ') + message;
    return text;
}

} // namespace Stride
