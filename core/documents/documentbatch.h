#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace Stride {

class MediaStore;
class Store;

// The term's documents for many pupils at once (seed 000, two weeks to go: "the assessment lead uses
// a mail merge template to generate an updated ILP for every pupil in the school"): for one pupil,
// a class or the whole school, each pupil's ILP (page 1 and the Provision Map) and their parents'
// progress report (cover letter, page 1, reply slip, then the one-page profile when it has
// highlights), one PDF each, plus one combined PDF of all the ILPs and one of all the reports, to
// print in one go. Everything is written into a hidden folder inside the output folder and moved
// into place only when the whole run is done: a cancelled run or a full disk leaves nothing
// half-written, and the result says what happened. Pupils who cannot be printed (no class,
// pronouns not recorded, no new targets) are named with what to fix while the rest are printed;
// pupils whose new targets are not final are printed and named in a list of their own.
class DocumentBatch
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBatch)

public:
    struct Request
    {
        QString newTermId; // the term the documents are for ("Spring 2027")
        QString classId;   // one class; empty with no pupilId: the whole school
        QString pupilId;   // one pupil (classId is then not read)
        QString outputFolder;
        QDate printedOn; // the cover letter's date; today when not set
        // The parents' progress reports beside the ILPs (false: the ILPs alone, as when last term's
        // are reprinted for a new class team).
        bool progressReports = true;
        // One combined PDF of each kind, to print in one go (never for a single pupil).
        bool combinedPdfs = true;
    };

    struct Progress
    {
        int done = 0;
        int total = 0;
        QString pupilName; // the pupil being printed now; empty at the end
    };

    // A pupil named in the run's lists, with the sentences that say why.
    struct NamedPupil
    {
        QString pupilId;
        QString name;      // "Ava Smith"
        QString className; // may be empty (that may be the reason)
        QStringList reasons;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString message;   // a sentence for the person who asked: what was saved and where, or why not
        QString folder;    // the output folder
        int total = 0;     // pupils in the run
        int printed = 0;   // pupils whose documents were saved
        QStringList files; // every file saved, relative to the folder, combined PDFs first
        QList<NamedPupil> notPrinted; // with what to fix
        QList<NamedPupil> notFinal;   // printed, but their new targets are not final
    };

    using ProgressCallback = std::function<void(const Progress &)>;

    // Runs the batch. `media` may be null (the one-page profiles are then printed as words only);
    // `cancel`, when given, is read before each pupil: set it to stop, and nothing is saved.
    static Result run(const Store &store, const MediaStore *media, const Request &request,
                      const ProgressCallback &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // A name any file system takes, Windows' included: no \ / : * ? " < > |, no control
    // characters, no trailing dot or space, not a reserved device name (CON, NUL, COM1...).
    static QString safeFileName(const QString &text);
    // "Smith Ava - ILP Spring 2027.pdf", "Smith Ava - Progress report Spring 2027.pdf"
    static QString ilpFileName(const QString &surname, const QString &firstName, const QString &termName);
    static QString reportFileName(const QString &surname, const QString &firstName, const QString &termName);
};

} // namespace Stride
