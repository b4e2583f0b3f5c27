#include "packmanifest.h"

#include "formpdftext.h"

#include <QRegularExpression>

namespace Stride {

QString PackManifest::text() const
{
    QStringList lines;
    lines << tr("Stride moderation pack");
    if (!schoolName.isEmpty())
        lines << tr("School: %1").arg(schoolName);
    lines << tr("Meeting: %1").arg(meeting);
    lines << (outsideSchool
                  ? tr("For: people outside the school. Photos, videos and voice notes of pupils whose "
                       "media consent is for use inside the school only, or who have none, are left out, "
                       "in the files and in the forms' pictures.")
                  : tr("For: staff of the school only. It holds photos, videos and voice notes of pupils: "
                       "keep it on the school's own systems."));
    lines << (madeBy.isEmpty() ? tr("Made: %1").arg(dayAndTimeText(madeAt))
                               : tr("Made: %1, by %2").arg(dayAndTimeText(madeAt), madeBy));
    lines << tr("Forms: %1 assessment moderation, %2 target setting moderation, all in %3")
                 .arg(assessmentForms)
                 .arg(targetSettingForms)
                 .arg(pdfName());
    lines << QString();
    lines << tr(
        "Files (SHA-256, size in bytes, name). To check one, work out its SHA-256 (sha256sum on Linux, "
        "shasum -a 256 on a Mac, Get-FileHash in Windows PowerShell) and compare it with its line.");
    for (const File &f : files)
        lines << QStringLiteral("%1  %2  %3")
                     .arg(QString::fromLatin1(f.sha256.toHex()))
                     .arg(f.size)
                     .arg(f.name);
    lines << QString();
    if (leftOut.isEmpty()) {
        lines << tr("Left out: nothing.");
    } else {
        lines << tr("Left out (%1):").arg(leftOut.size());
        for (const LeftOut &l : leftOut)
            lines << QStringLiteral("- %1: %2").arg(l.what, l.why);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<PackManifest::File> PackManifest::filesOf(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64})  ([0-9]+)  (.+)$"),
                                         QRegularExpression::MultilineOption);
    QList<File> files;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        files << File{m.captured(3), m.captured(2).toLongLong(),
                      QByteArray::fromHex(m.captured(1).toLatin1())};
    }
    return files;
}

} // namespace Stride
