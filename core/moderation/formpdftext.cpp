#include "formpdftext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QLocale>

namespace Stride {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FormPdf", text);
}
// Dates as a UK school writes them, whatever the machine's language.
const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);
} // namespace

QString yearGroupText(const Pupil &pupil)
{
    return pupil.yearGroup == 0 ? tr("Reception") : tr("Year %1").arg(pupil.yearGroup);
}

QString dayText(const QDateTime &when)
{
    return when.isValid() ? kUk.toString(when.toLocalTime().date(), QStringLiteral("d MMM yyyy")) : QString();
}

QString dayAndTimeText(const QDateTime &when)
{
    return when.isValid() ? kUk.toString(when.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"))
                          : QString();
}

QString runningTimeText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString evidenceLine(const EvidenceItem &item)
{
    QString line = toLabel(item.kind) + QStringLiteral(", ") + dayText(item.capturedAt);
    if (item.promptLevel)
        line += QStringLiteral(", ") + toLabel(*item.promptLevel).toLower();
    const QString caption = item.note.simplified();
    if (!caption.isEmpty())
        line +=
            QStringLiteral(": ") + (caption.size() > 90 ? caption.left(87) + QStringLiteral("...") : caption);
    return line;
}

QString savedFileProblem(const QString &path, const QFileDevice &file)
{
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QFileInfo(info.absolutePath()).isDir())
        return tr("The folder %1 does not exist: choose another place to save it.").arg(folder);
    if (file.error() == QFileDevice::ResourceError)
        return tr("There is not enough room on the disk for %1: nothing was saved. Free some space, or "
                  "choose "
                  "another place, and try again.")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (file.error() == QFileDevice::OpenError || file.error() == QFileDevice::PermissionsError)
        return tr("Stride may not save files in %1: nothing was saved. Choose another place.").arg(folder);
    return tr("%1 could not be saved (%2): nothing was saved. Try again, or choose another place.")
        .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString());
}

} // namespace Stride
