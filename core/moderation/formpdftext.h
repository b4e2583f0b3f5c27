#pragma once

#include "domain/evidenceitem.h"
#include "domain/pupil.h"

#include <QDateTime>
#include <QString>

class QFileDevice;

// The words the moderation PDFs and pack print, worded once for both.
namespace Stride {

QString yearGroupText(const Pupil &pupil);     // "Year 5", "Reception"
QString dayText(const QDateTime &when);        // "3 Nov 2026"
QString dayAndTimeText(const QDateTime &when); // "Tue 3 Nov 2026, 10:15"
QString runningTimeText(qint64 ms);            // "1:05"
// One line for an attached item: "Photo, 3 Nov 2026, gestural prompt: caption".
QString evidenceLine(const EvidenceItem &item);
// Why a file could not be written, in a sentence a teacher can act on (the disk full, the folder
// missing or not writable), naming where.
QString savedFileProblem(const QString &path, const QFileDevice &file);

} // namespace Stride
