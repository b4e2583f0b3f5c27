#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

class FormPdfLayout;
class MediaStore;
class Store;

// A pupil's one-page profile for their family (seed 004's "Unique Profiles": "the progress our
// pupils make in all areas of their school life ... on one clear page"): the term's highlights
// their teacher chose from their evidence, each a card with its photo where consent allows, the
// teacher's caption in plain words, the date and the area of school life. Printed beside the
// parents' progress report. Nothing staff-only is printed: no prompt levels, no staff names.
namespace OnePageProfile {

// One highlight as it will be printed, and what the picker page needs to say about it.
struct Card
{
    QString highlightId;
    QString evidenceId;
    EvidenceKind kind = EvidenceKind::Written;
    QString caption; // the words printed: the teacher's caption, else the evidence's own note
    // No caption was written for the family: the words printed are the note staff wrote for
    // staff, which the picker asks the teacher to check.
    bool captionWrittenForStaff = false;
    QDate date;
    QString area;    // the area of school life: the areas of the targets it shows, else the setting
    QString setting; // where it happened, as staff tagged it ("swimming pool"); may be empty
    // The photo, or a video's still frame, when it may be printed (ProfileConsent) and its file is
    // on this device; null otherwise, and the card is printed as words only.
    QImage picture;
    bool video = false;
    // Why a photo or video is printed as words only, in a teacher's words (never printed on the
    // family's page); empty when the picture prints, or when the item has no picture at all.
    QString wordsOnlyReason;
};

struct Data
{
    QString pupilId;
    QString termId;
    QString firstName;
    QString schoolName;
    QString termName;
    QList<Card> cards; // in the teacher's order, at most kMostHighlights
    // Highlights chosen but not printed (their evidence deleted since), one sentence each.
    QStringList leftOut;

    bool isEmpty() const { return cards.isEmpty(); }
    // "Sam's Autumn 2026"
    QString heading() const;
};

// The most highlights one page holds with photos big enough for a family to enjoy.
constexpr int kMostHighlights = 6;

// The pupil's highlights of the term, with their pictures read from `media` (may be null: every
// card is then printed as words only, saying the file is not on this device).
Data read(const Store &store, const QString &pupilId, const QString &termId, const MediaStore *media);

// Draws the profile on one new page (FormPdfLayout::startPage first), the cards sized to their
// number so that everything fits on that one page.
void draw(FormPdfLayout &layout, const Data &data);

// The same page drawn into an image `width` pixels wide (A4's proportions), for the picker's
// preview: what the family will see, drawn by the same code as the PDF.
QImage preview(const Data &data, int width);

} // namespace OnePageProfile

} // namespace Stride
