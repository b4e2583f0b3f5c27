#pragma once

#include "formpdfpictures.h"

#include <QCoreApplication>
#include <QString>

namespace Stride {

class MediaStore;
class Store;

// The moderation pack of a term's moderation meeting (seed 000: "ILPs Moderation Meeting"), for
// one class or the whole school: one ZIP holding one PDF of all the meeting's forms laid out like
// the paper forms, the original media files of the evidence attached to them, and a manifest with
// each file's SHA-256 and what was left out and why. The ZIP is written to a temporary file beside
// the target and renamed only once it is whole, so an error or a full disk leaves nothing behind.
// Made from stride-cli (moderation-pack) and from the app's moderation meeting page.
class ModerationPack
{
    Q_DECLARE_TR_FUNCTIONS(ModerationPack)

public:
    struct Request
    {
        QString termId;  // the term whose moderation meeting it is
        QString classId; // empty: every class
        // For people outside the school: no media of a pupil whose consent is for use inside the
        // school only (or who has none), in the files or in the PDF's pictures.
        bool outsideSchool = false;
        // The ZIP to write; an existing folder: a file named by suggestedFileName() inside it.
        QString outputPath;
        QString madeBy; // who made it, named in the manifest ("stride-cli", a person)
        FormPdfPictures pictures;
    };

    struct Result
    {
        bool ok = false;
        QString message; // a sentence for the person who asked: what was written, or why not
        QString path;    // the ZIP written
        int assessmentForms = 0;
        int targetSettingForms = 0;
        int mediaFiles = 0;
        int mediaLeftOut = 0; // for consent
        int mediaNotHere = 0; // not on this device (not yet fetched from the school's store)
        qint64 bytes = 0;     // the ZIP's size
        // The evidence items whose media files went in: a pack takes children's photos off the
        // device, so whoever made it records each as opened, for the school's audit log.
        QStringList evidenceSent;
    };

    // `media` may be null: then no media file is on this device and none goes in.
    static Result make(const Store &store, const MediaStore *media, const Request &request);

    // "Moderation pack - Autumn 2026 - Oak.zip" ("- outside the school" when it is for people there).
    static QString suggestedFileName(const QString &termName, const QString &className, bool outsideSchool);
};

} // namespace Stride
