#include "packmaker.h"

#include "formchanges.h"
#include "formpdf.h"
#include "formpdftext.h"
#include "packconsent.h"
#include "packmanifest.h"
#include "zipwriter.h"

#include "../media/mediastore.h"
#include "../store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <algorithm>

namespace Stride {

namespace {

// A form in the order of the meeting: class, pupil, area of learning.
struct MeetingForm
{
    bool assessment = true;
    QString id;
    QString className;
    QString initials;
    int areaOrder = 0;
    QString areaName;
};

QString suffixFor(const MediaReference &m)
{
    static const QHash<QString, QString> known{{QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
                                               {QStringLiteral("image/png"), QStringLiteral("png")},
                                               {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
                                               {QStringLiteral("video/quicktime"), QStringLiteral("mov")},
                                               {QStringLiteral("video/webm"), QStringLiteral("webm")},
                                               {QStringLiteral("audio/mp4"), QStringLiteral("m4a")},
                                               {QStringLiteral("audio/m4a"), QStringLiteral("m4a")},
                                               {QStringLiteral("audio/aac"), QStringLiteral("aac")},
                                               {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
                                               {QStringLiteral("audio/wav"), QStringLiteral("wav")},
                                               {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
                                               {QStringLiteral("audio/opus"), QStringLiteral("opus")}};
    if (const auto it = known.constFind(m.mimeType.toLower()); it != known.constEnd())
        return *it;
    const QString preferred = QMimeDatabase().mimeTypeForName(m.mimeType).preferredSuffix();
    return preferred.isEmpty() ? QStringLiteral("bin") : preferred;
}

// Names inside the ZIP stay to letters, digits, spaces and a few marks, so every unzip and every
// file system takes them.
QString safeName(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out +=
            (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_'))
                ? c
                : QLatin1Char('-');
    return out.simplified();
}

} // namespace

QString ModerationPack::suggestedFileName(const QString &termName, const QString &className,
                                          bool outsideSchool)
{
    QStringList parts{tr("Moderation pack"), termName};
    if (!className.isEmpty())
        parts << className;
    if (outsideSchool)
        parts << tr("outside the school");
    return safeName(parts.join(QStringLiteral(" - "))) + QStringLiteral(".zip");
}

ModerationPack::Result ModerationPack::make(const Store &store, const MediaStore *media,
                                            const Request &request)
{
    Result result;
    const auto term = store.term(request.termId);
    if (!term) {
        result.message = tr("That term is not on this device: choose one of the school's terms.");
        return result;
    }
    std::optional<SchoolClass> onlyClass;
    if (!request.classId.isEmpty()) {
        onlyClass = store.schoolClass(request.classId);
        if (!onlyClass) {
            result.message = tr("That class is not on this device: choose one of the school's classes.");
            return result;
        }
    }
    const QString meeting = onlyClass
                                ? tr("the %1 moderation meeting for %2").arg(term->name, onlyClass->name)
                                : tr("the %1 moderation meeting").arg(term->name);

    // --- The meeting's forms, in the order the meeting goes through them.
    QHash<QString, QString> classNames;
    for (const SchoolClass &c : store.classesOfSchool(term->schoolId))
        classNames.insert(c.id, c.name);
    QHash<QString, AreaOfLearning> areas;
    for (const AreaOfLearning &a : store.areasOfSchool(term->schoolId))
        areas.insert(a.id, a);
    QList<MeetingForm> forms;
    QList<AssessmentModerationForm> assessmentForms;
    for (const PlacedAssessmentForm &placed :
         store.placedAssessmentModerationForms(term->schoolId, term->id)) {
        if (onlyClass && placed.place.classId != onlyClass->id)
            continue;
        const auto target = store.target(placed.form.targetId);
        const auto ilp = target ? store.ilp(target->ilpId) : std::nullopt;
        const auto pupil = ilp ? store.pupil(ilp->pupilId) : std::nullopt;
        const AreaOfLearning area = areas.value(placed.place.areaId);
        forms << MeetingForm{true,
                             placed.form.id,
                             classNames.value(placed.place.classId),
                             pupil ? pupil->initials : QString(),
                             area.sortOrder,
                             area.name};
        assessmentForms << placed.form;
    }
    for (const PlacedTargetSettingForm &placed :
         store.placedTargetSettingModerationForms(term->schoolId, term->id)) {
        if (onlyClass && placed.place.classId != onlyClass->id)
            continue;
        const auto pupil = store.pupil(placed.form.pupilId);
        const AreaOfLearning area = areas.value(placed.place.areaId);
        forms << MeetingForm{false,
                             placed.form.id,
                             classNames.value(placed.place.classId),
                             pupil ? pupil->initials : QString(),
                             area.sortOrder,
                             area.name};
    }
    if (forms.isEmpty()) {
        result.message = tr("There are no moderation forms for %1 yet, so no pack was made. Fill in a form "
                            "for the meeting first.")
                             .arg(meeting);
        return result;
    }
    std::stable_sort(forms.begin(), forms.end(), [](const MeetingForm &a, const MeetingForm &b) {
        return std::tie(a.className, a.initials, a.areaOrder, b.assessment) <
               std::tie(b.className, b.initials, b.areaOrder, a.assessment);
    });

    // --- Where it goes.
    QString path = request.outputPath;
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(
            suggestedFileName(term->name, onlyClass ? onlyClass->name : QString(), request.outsideSchool));
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        result.message = tr("The folder %1 does not exist: choose another place for the pack.")
                             .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    const QString root = safeName(target.completeBaseName()) + QLatin1Char('/');

    // --- The media files that go in, and those that do not, with why.
    PackManifest manifest;
    manifest.schoolName = [&] {
        const auto school = store.school(term->schoolId);
        return school ? school->name : QString();
    }();
    manifest.meeting = meeting;
    manifest.outsideSchool = request.outsideSchool;
    manifest.madeBy = request.madeBy;
    manifest.madeAt = QDateTime::currentDateTime();
    struct PackFile
    {
        QString name;
        QString sha256;
    };
    QList<PackFile> files;
    QStringList evidenceSent;
    QSet<QString> packed;
    qint64 mediaBytes = 0;
    for (const AssessmentModerationForm &form : assessmentForms) {
        for (const EvidenceItem &item : attachedEvidence(store, form)) {
            QList<Pupil> pupils;
            QStringList initials;
            for (const EvidencePupil &ep : item.pupils)
                if (const auto p = store.pupil(ep.pupilId)) {
                    pupils << *p;
                    initials << p->initials;
                }
            const PackConsent consent = PackConsent::of(item, pupils, request.outsideSchool);
            for (const MediaReference &m : item.media) {
                if (m.role != MediaRole::Original || packed.contains(m.sha256))
                    continue;
                packed.insert(m.sha256);
                const QString what = tr("%1 of %2, %3")
                                         .arg(toLabel(item.kind), initials.join(QStringLiteral(", ")),
                                              dayAndTimeText(item.capturedAt));
                if (!consent.mayLeave) {
                    manifest.leftOut << PackManifest::LeftOut{what, consent.reason};
                    ++result.mediaLeftOut;
                    continue;
                }
                if (!media || !media->contains(m.sha256)) {
                    manifest.leftOut << PackManifest::LeftOut{
                        what,
                        tr("Not on this device: sync it with the school's store and make the pack again.")};
                    ++result.mediaNotHere;
                    continue;
                }
                const QString name =
                    QStringLiteral("media/%1/%2 %3 %4.%5")
                        .arg(safeName(initials.join(QLatin1Char('-'))),
                             item.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HHmm")),
                             safeName(toLabel(item.kind).toLower()), m.sha256.left(8), suffixFor(m));
                files << PackFile{name, m.sha256};
                mediaBytes += m.byteSize;
                if (!evidenceSent.contains(item.id))
                    evidenceSent << item.id;
            }
        }
    }

    // A pack that cannot fit is refused before anything is written: the ZIP holds the media once,
    // and the forms' PDF (a few MB even for a whole school) is kept beside it while it is made.
    const qint64 needed = mediaBytes + (32 << 20);
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed) {
        result.message =
            tr("There is not enough room in %1 for the moderation pack (about %2 needed): nothing "
               "was saved. Free some space, or choose another place, and try again.")
                .arg(QDir::toNativeSeparators(folder), QLocale().formattedDataSize(needed));
        return result;
    }

    // --- The forms' PDF, beside the target while it is made (removed whatever happens).
    QTemporaryFile pdfFile(QDir(folder).filePath(QStringLiteral(".stride-pack-XXXXXX.pdf")));
    if (!pdfFile.open()) {
        result.message = savedFileProblem(path, pdfFile);
        return result;
    }
    {
        FormPdf::Settings settings;
        settings.outsideSchool = request.outsideSchool;
        settings.pictures = request.pictures;
        FormPdf pdf(store, media, settings);
        bool ok = pdf.begin(&pdfFile, tr("ILPs moderation forms: %1").arg(meeting));
        for (const MeetingForm &f : std::as_const(forms)) {
            if (!ok)
                break;
            ok = f.assessment ? pdf.addAssessmentForm(f.id) : pdf.addTargetSettingForm(f.id);
            if (ok)
                ++(f.assessment ? result.assessmentForms : result.targetSettingForms);
        }
        ok = pdf.finish() && ok;
        if (!ok || !pdfFile.flush() || pdfFile.error() != QFileDevice::NoError) {
            result.message =
                pdfFile.error() != QFileDevice::NoError ? savedFileProblem(path, pdfFile) : pdf.errorString();
            return result;
        }
    }
    manifest.assessmentForms = result.assessmentForms;
    manifest.targetSettingForms = result.targetSettingForms;

    // --- The ZIP: written whole to a temporary file, renamed into place at the end.
    QSaveFile zipFile(path);
    // QSaveFile::commit() takes no notice of its last buffer failing to reach the disk (Qt 6.4): the
    // writes go straight through, and the end is flushed and checked before the rename.
    if (!zipFile.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        result.message = savedFileProblem(path, zipFile);
        return result;
    }
    ZipWriter zip(&zipFile);
    const QString pdfName = PackManifest::pdfName();
    bool ok = zip.addFile(root + pdfName, pdfFile.fileName());
    QString zipError; // why a media file could not be opened (the ZIP's own errors are its errorString())
    for (const PackFile &f : std::as_const(files)) {
        if (!ok)
            break;
        // The moderator asked for the evidence itself: its bytes as captured go into the ZIP,
        // streamed from the media store a block at a time, never through a plain file.
        QString whyNot;
        const std::unique_ptr<QIODevice> file = media->openForReading(f.sha256, &whyNot);
        ok = file ? zip.addDevice(root + f.name, *file, f.name) : false;
        if (!file)
            zipError = whyNot;
    }
    if (ok) {
        for (const ZipWriter::Entry &e : zip.entries())
            manifest.files << PackManifest::File{e.name.mid(root.size()), e.size, e.sha256};
        ok = zip.addBytes(root + PackManifest::fileName(), manifest.text().toUtf8()) && zip.finish();
    }
    if (!ok || !zipFile.flush() || !zipFile.commit()) {
        // Nothing is left at the target: an uncommitted QSaveFile removes its temporary file.
        const bool sourceFailed = !ok && !zip.writeFailed();
        result.message = sourceFailed
                             ? tr("A media file could not be read (%1): nothing was saved. Try again; if "
                                  "it happens again, sync this device first.")
                                   .arg(zipError.isEmpty() ? zip.errorString() : zipError)
                             : savedFileProblem(path, zipFile);
        zipFile.cancelWriting();
        return result;
    }
    result.ok = true;
    result.path = target.absoluteFilePath();
    result.mediaFiles = int(files.size());
    result.evidenceSent = evidenceSent;
    result.bytes = QFileInfo(path).size();
    const int formCount = result.assessmentForms + result.targetSettingForms;
    QString sentence =
        tr("Saved the moderation pack for %1 to %2: %3, %4.")
            .arg(meeting, QDir::toNativeSeparators(result.path),
                 formCount == 1 ? tr("1 form") : tr("%1 forms").arg(formCount),
                 result.mediaFiles == 1 ? tr("1 media file") : tr("%1 media files").arg(result.mediaFiles));
    if (result.mediaLeftOut > 0)
        sentence +=
            QLatin1Char(' ') + (result.mediaLeftOut == 1
                                    ? tr("1 media file was left out for the pupils' consent: the manifest "
                                         "says which.")
                                    : tr("%1 media files were left out for the pupils' consent: the manifest "
                                         "says which.")
                                          .arg(result.mediaLeftOut));
    if (result.mediaNotHere > 0)
        sentence +=
            QLatin1Char(' ') + (result.mediaNotHere == 1
                                    ? tr("1 media file is not on this device yet: sync it and make the pack "
                                         "again to include it.")
                                    : tr("%1 media files are not on this device yet: sync it and make the "
                                         "pack again to include them.")
                                          .arg(result.mediaNotHere));
    result.message = sentence;
    return result;
}

} // namespace Stride
