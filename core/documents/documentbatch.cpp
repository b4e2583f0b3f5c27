#include "documentbatch.h"

#include "ilpdocument.h"
#include "onepageprofile.h"
#include "parentsreport.h"

#include "../moderation/formpdflayout.h"
#include "../store/store.h"
#include "../termend/coverletter.h"
#include "../termend/ilpdocumentdata.h"
#include "../termend/ilpreadiness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

namespace Stride {

namespace {

// One PDF being written: its file, the writer and the form layout drawing on it.
struct PdfOut
{
    QString relativePath;
    QFile file;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<FormPdfLayout> layout;

    bool begin(const QString &path, const QString &title)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        // As the moderation forms' PDFs are set up (core/moderation/formpdf.cpp), so every
        // document Stride prints has the same page.
        writer = std::make_unique<QPdfWriter>(&file);
        writer->setTitle(title);
        writer->setCreator(QStringLiteral("Stride"));
        writer->setPageSize(QPageSize(QPageSize::A4));
        writer->setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
        writer->setResolution(600);
        layout = std::make_unique<FormPdfLayout>(writer.get());
        return layout->isActive();
    }
    // The file has taken every byte so far (a full disk shows here, not in the painter).
    bool healthy() const { return file.isOpen() && file.error() == QFileDevice::NoError; }
    bool finish()
    {
        const bool drawn = layout && layout->finish();
        layout.reset();
        writer.reset();
        // A file that failed is left open, so that its error can still be read to say why.
        if (!drawn || !file.isOpen() || !file.flush() || file.error() != QFileDevice::NoError)
            return false;
        file.close();
        return file.error() == QFileDevice::NoError;
    }
};

// A combined PDF drawn on a thread of its own, pupil after pupil as they are handed over: a second
// core draws the combined copy while the first draws each pupil's own PDF, so every pupil is drawn
// twice without the run taking twice as long. Only this thread touches the PDF until finish().
class CombinedPdf
{
public:
    using Drawing = std::function<void(FormPdfLayout &)>;

    ~CombinedPdf()
    {
        {
            std::lock_guard lock(m_mutex);
            m_abandoned = true;
        }
        stop();
    }
    QString relativePath() const { return m_out.relativePath; }
    const QFile &file() const { return m_out.file; }

    void start(const QString &relativePath, const QString &path, const QString &title)
    {
        m_out.relativePath = relativePath;
        m_thread = std::thread([this, path, title] {
            // Begun, drawn and finished on this thread alone, even when the run is abandoned: the
            // fonts the PDF embeds belong to the thread that drew with them, and go when it ends.
            bool ok = m_out.begin(path, title);
            while (ok) {
                Drawing draw;
                {
                    std::unique_lock lock(m_mutex);
                    m_wake.wait(lock, [&] { return !m_queue.empty() || m_ending || m_abandoned; });
                    if (m_abandoned || m_queue.empty())
                        break;
                    draw = std::move(m_queue.front());
                    m_queue.pop_front();
                }
                m_room.notify_one();
                draw(*m_out.layout);
                ok = m_out.healthy();
            }
            const bool finished = m_out.finish();
            if (!ok || !finished) {
                m_failed = true;
                std::lock_guard lock(m_mutex);
                m_abandoned = true;
                m_room.notify_all();
            }
        });
    }
    // Hands over one pupil's pages; waits while a few are already waiting, so a school's worth of
    // pages never piles up in memory.
    void add(Drawing draw)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_queue.size() < 4 || m_abandoned; });
        if (m_abandoned)
            return;
        m_queue.push_back(std::move(draw));
        m_wake.notify_one();
    }
    bool healthy() const { return !m_failed; }
    // Draws what is left and finishes the file; false when it could not be written.
    bool finish()
    {
        stop();
        return !m_failed;
    }

private:
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_ending = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

    PdfOut m_out;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::deque<Drawing> m_queue;
    bool m_ending = false;
    bool m_abandoned = false;
    std::atomic<bool> m_failed{false};
};

// Why a file of the run could not be written, in a sentence a teacher can act on, naming the folder
// they chose (not the hidden one the run writes in first).
QString writeProblem(const QString &folder, const QString &relativePath, const QFileDevice &file)
{
    const QString where = QDir::toNativeSeparators(folder);
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return DocumentBatch::tr("There is not enough room on the disk in %1 for the documents: nothing was "
                                 "saved. Free some space, or choose another place, and try again.")
            .arg(where);
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return DocumentBatch::tr("Stride may not save files in %1: nothing was saved. Choose another place.")
            .arg(where);
    default:
        return DocumentBatch::tr("%1 could not be saved in %2 (%3): nothing was saved. Try again, or choose "
                                 "another place.")
            .arg(QFileInfo(relativePath).fileName(), where, file.errorString());
    }
}

QString pupilsText(int n)
{
    return n == 1 ? DocumentBatch::tr("1 pupil") : DocumentBatch::tr("%1 pupils").arg(n);
}

} // namespace

QString DocumentBatch::safeFileName(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || QStringLiteral("\\/:*?\"<>|").contains(c))
            out += QLatin1Char('-');
        else
            out += c;
    }
    out = out.simplified();
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    // Windows keeps these names for devices, with any extension.
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (out.isEmpty() || reserved.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    return out;
}

QString DocumentBatch::ilpFileName(const QString &surname, const QString &firstName, const QString &termName)
{
    return safeFileName(tr("%1 %2 - ILP %3").arg(surname, firstName, termName)) + QStringLiteral(".pdf");
}

QString DocumentBatch::reportFileName(const QString &surname, const QString &firstName,
                                      const QString &termName)
{
    return safeFileName(tr("%1 %2 - Progress report %3").arg(surname, firstName, termName)) +
           QStringLiteral(".pdf");
}

DocumentBatch::Result DocumentBatch::run(const Store &store, const MediaStore *media, const Request &request,
                                         const ProgressCallback &progress, const std::atomic<bool> *cancel)
{
    Result result;
    const auto term = store.term(request.newTermId);
    if (!term) {
        result.message = tr("That term is not on this device: choose one of the school's terms.");
        return result;
    }

    // --- Who is in the run, in the order the folders list them: class, surname, first name.
    QList<Pupil> pupils;
    QString scopeText; // in a sentence
    QString fileScope; // in the combined files' names
    if (!request.pupilId.isEmpty()) {
        const auto p = store.pupil(request.pupilId);
        if (!p) {
            result.message = tr("That pupil is not on this device.");
            return result;
        }
        pupils << *p;
        scopeText = p->displayName();
    } else if (!request.classId.isEmpty()) {
        const auto c = store.schoolClass(request.classId);
        if (!c) {
            result.message = tr("That class is not on this device: choose one of the school's classes.");
            return result;
        }
        pupils = store.pupilsInClass(c->id);
        scopeText = c->name;
        fileScope = c->name;
    } else {
        pupils = store.pupilsOfSchool(term->schoolId);
        scopeText = tr("the whole school");
        fileScope = tr("Whole school");
    }
    // Pupils who have left keep their records, but get no new documents, unless asked for by name.
    if (request.pupilId.isEmpty())
        pupils.erase(
            std::remove_if(pupils.begin(), pupils.end(), [](const Pupil &p) { return p.leftOn.isValid(); }),
            pupils.end());
    QHash<QString, QString> classNames;
    for (const SchoolClass &c : store.classesOfSchool(term->schoolId))
        classNames.insert(c.id, c.name);
    std::stable_sort(pupils.begin(), pupils.end(), [&](const Pupil &a, const Pupil &b) {
        const QString ca = classNames.value(a.classId), cb = classNames.value(b.classId);
        if (int d = ca.localeAwareCompare(cb))
            return d < 0;
        if (int d = a.surname.localeAwareCompare(b.surname))
            return d < 0;
        return a.firstName.localeAwareCompare(b.firstName) < 0;
    });
    result.total = int(pupils.size());
    if (pupils.isEmpty()) {
        result.message =
            tr("There are no pupils in %1 on this device, so nothing was printed.").arg(scopeText);
        return result;
    }

    // --- Where it goes: a hidden folder inside the output folder until the run is whole.
    const QString folder = QDir(request.outputFolder).absolutePath();
    result.folder = folder;
    if (!QDir().mkpath(folder)) {
        result.message = tr("The folder %1 could not be made, so nothing was saved. Choose another place.")
                             .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    QTemporaryDir scratch(QDir(folder).filePath(QStringLiteral(".stride-documents-XXXXXX")));
    if (!scratch.isValid()) {
        result.message = tr("Stride may not save files in %1: nothing was saved. Choose another place.")
                             .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    const QDir work(scratch.path());

    const auto school = store.school(term->schoolId);
    const QString letter = school && !school->parentLetter.trimmed().isEmpty() ? school->parentLetter
                                                                               : CoverLetter::defaultLetter();
    const QDate printedOn = request.printedOn.isValid() ? request.printedOn : QDate::currentDate();

    // A write that failed: the sentence for it, then everything written so far goes with the
    // scratch folder.
    auto writeFailed = [&](const PdfOut &out) {
        result.message = writeProblem(folder, out.relativePath, out.file);
        result.printed = 0;
        return result;
    };
    auto combinedFailed = [&](CombinedPdf &out) {
        out.finish();
        result.message = writeProblem(folder, out.relativePath(), out.file());
        result.printed = 0;
        return result;
    };

    // --- The combined PDFs, drawn pupil by pupil beside each pupil's own.
    const bool combine = request.pupilId.isEmpty() && request.combinedPdfs;
    const bool reports = request.progressReports;
    CombinedPdf allIlps;
    CombinedPdf allReports;
    if (combine) {
        const QString ilps =
            safeFileName(tr("ILPs %1 - %2").arg(term->name, fileScope)) + QStringLiteral(".pdf");
        allIlps.start(ilps, work.filePath(ilps), tr("ILPs %1 - %2").arg(term->name, scopeText));
        if (reports) {
            const QString all = safeFileName(tr("Progress reports %1 - %2").arg(term->name, fileScope)) +
                                QStringLiteral(".pdf");
            allReports.start(all, work.filePath(all),
                             tr("Progress reports %1 - %2").arg(term->name, scopeText));
        }
    }

    QStringList pupilFiles;
    QSet<QString> taken;
    auto unique = [&](const QString &dir, const QString &name) {
        QString path = dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
        for (int n = 2; taken.contains(path.toLower()); ++n) {
            const QString stem = name.chopped(4); // ".pdf"
            path = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) +
                   QStringLiteral("%1 (%2).pdf").arg(stem).arg(n);
        }
        taken.insert(path.toLower());
        return path;
    };

    int done = 0;
    // Cancelled: what was drawn goes with the scratch folder, and the sentence says how far it got.
    auto cancelled = [&] {
        result.cancelled = true;
        result.message = tr("You cancelled after %1 of %2 had been printed: nothing was saved. Start again "
                            "to print them.")
                             .arg(result.printed)
                             .arg(pupilsText(result.total));
        result.printed = 0;
        result.notPrinted.clear();
        result.notFinal.clear();
        return result;
    };

    for (const Pupil &pupil : std::as_const(pupils)) {
        if (progress)
            progress({done, result.total, pupil.displayName()});
        if (cancel && cancel->load())
            return cancelled();
        ++done;

        const IlpDocumentData data = IlpDocumentData::read(store, pupil.id, term->id);
        const IlpReadiness readiness = ilpReadiness(data);
        const NamedPupil named{pupil.id, pupil.displayName(), data.className, {}};
        if (!readiness.canPrint()) {
            NamedPupil n = named;
            n.reasons = readiness.problems;
            result.notPrinted << n;
            continue;
        }
        if (!readiness.newTargetsFinal) {
            NamedPupil n = named;
            n.reasons = readiness.notFinalReasons;
            result.notFinal << n;
        }

        const QString classDir = safeFileName(data.className);
        if (!work.mkpath(classDir)) {
            result.message = tr("Stride may not save files in %1: nothing was saved. Choose another place.")
                                 .arg(QDir::toNativeSeparators(folder));
            result.printed = 0;
            return result;
        }

        PdfOut ilp;
        ilp.relativePath = unique(classDir, ilpFileName(pupil.surname, pupil.firstName, term->name));
        if (!ilp.begin(work.filePath(ilp.relativePath),
                       tr("ILP %1 - %2").arg(term->name, pupil.displayName())))
            return writeFailed(ilp);
        if (combine) {
            if (!allIlps.healthy())
                return combinedFailed(allIlps);
            allIlps.add([data](FormPdfLayout &layout) { IlpDocument::draw(layout, data); });
        }
        IlpDocument::draw(*ilp.layout, data);
        if (!ilp.finish())
            return writeFailed(ilp);

        pupilFiles << ilp.relativePath;
        ++result.printed;
        if (!reports)
            continue;

        const QString merged = CoverLetter::merge(letter, CoverLetter::valuesFor(data, printedOn));
        const OnePageProfile::Data profile = OnePageProfile::read(store, pupil.id, term->id, media);
        PdfOut report;
        report.relativePath = unique(classDir, reportFileName(pupil.surname, pupil.firstName, term->name));
        if (!report.begin(work.filePath(report.relativePath),
                          tr("Progress report %1 - %2").arg(term->name, pupil.displayName())))
            return writeFailed(report);
        if (combine) {
            if (!allReports.healthy())
                return combinedFailed(allReports);
            allReports.add([data, merged, profile](FormPdfLayout &layout) {
                ParentsReport::draw(layout, data, merged);
                if (!profile.isEmpty())
                    OnePageProfile::draw(layout, profile);
            });
        }
        ParentsReport::draw(*report.layout, data, merged);
        if (!profile.isEmpty())
            OnePageProfile::draw(*report.layout, profile);
        if (!report.finish())
            return writeFailed(report);
        pupilFiles << report.relativePath;
    }
    if (cancel && cancel->load())
        return cancelled();

    if (result.printed == 0) {
        // Nothing to print: the combined files would be empty, so none is kept.
        result.message =
            result.total == 1
                ? tr("%1's documents were not printed: see what to fix.").arg(result.notPrinted.value(0).name)
                : tr("None of the %1 could be printed: see the list of what to fix.")
                      .arg(pupilsText(result.total));
        return result;
    }
    QStringList files;
    if (combine) {
        if (!allIlps.finish())
            return combinedFailed(allIlps);
        files << allIlps.relativePath();
        if (reports) {
            if (!allReports.finish())
                return combinedFailed(allReports);
            files << allReports.relativePath();
        }
    }
    files << pupilFiles;

    // --- Into place. A rename inside one folder needs no room on the disk; a file of an earlier
    // run with the same name is replaced.
    QStringList moved;
    for (const QString &relative : std::as_const(files)) {
        const QString to = QDir(folder).filePath(relative);
        std::error_code error;
        QDir().mkpath(QFileInfo(to).absolutePath());
        std::filesystem::rename(std::filesystem::path(work.filePath(relative).toStdU16String()),
                                std::filesystem::path(to.toStdU16String()), error);
        if (error) {
            result.message =
                tr("%1 could not be put in place (%2): %3 of the %4 files were saved. Try again, or "
                   "choose another place.")
                    .arg(QDir::toNativeSeparators(to), QString::fromStdString(error.message()))
                    .arg(moved.size())
                    .arg(files.size());
            result.files = moved;
            return result;
        }
        moved << relative;
    }

    result.ok = true;
    result.files = files;
    QString sentence = (reports ? tr("Saved the %1 ILPs and progress reports of %2 of %3 in %4 to %5.")
                                : tr("Saved the %1 ILPs of %2 of %3 in %4 to %5."))
                           .arg(term->name)
                           .arg(result.printed)
                           .arg(pupilsText(result.total), scopeText, QDir::toNativeSeparators(folder));
    if (result.total == 1)
        sentence =
            (reports ? tr("Saved %1's %2 ILP and progress report to %3.") : tr("Saved %1's %2 ILP to %3."))
                .arg(pupils.first().displayName(), term->name, QDir::toNativeSeparators(folder));
    if (!result.notPrinted.isEmpty())
        sentence += QLatin1Char(' ') +
                    (result.notPrinted.size() == 1
                         ? tr("1 pupil was not printed: see what to fix.")
                         : tr("%1 pupils were not printed: see what to fix.").arg(result.notPrinted.size()));
    if (!result.notFinal.isEmpty())
        sentence += QLatin1Char(' ') + (result.notFinal.size() == 1
                                            ? tr("1 pupil's new targets are not final yet: their documents "
                                                 "were printed, and they are listed.")
                                            : tr("%1 pupils' new targets are not final yet: their documents "
                                                 "were printed, and they are listed.")
                                                  .arg(result.notFinal.size()));
    result.message = sentence;
    if (progress)
        progress({result.total, result.total, QString()});
    return result;
}

} // namespace Stride
