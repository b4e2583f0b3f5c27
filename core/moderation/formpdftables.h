#pragma once

#include "formpdflayout.h"

#include "domain/judgement.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

// The drawn parts of the paper moderation forms: circled numbers and words (crossed through when a
// mind was changed), tick boxes, the Assessment Criteria table and the Assessment Section's table.
namespace Stride {

class Store;

using FormDrawing = std::function<void(QPainter &, const QRectF &)>;

// Words (or numbers) side by side in equal slots, `chosen` circled and `crossedOut` circled and
// crossed through, as a pen does on the paper form. -1: none chosen.
FormDrawing circledChoices(const QStringList &words, int chosen, const QList<int> &crossedOut = {},
                           double points = 10);
// "Yes [ ]   No [x]": each word with its box after it, `ticked` ticked (-1: none).
FormDrawing tickChoices(const QStringList &words, int ticked, double points = 9);
// A box holding only a drawing `height` points tall.
FormCell drawnCell(FormDrawing draw, double height, double share);
// A box with its words centred (the tables' headings and descriptors).
FormCell centredCell(const QString &text, double share, bool bold = false, bool shaded = false);

// Unmet / Partially Met / Met / Exceeded, each with its number and descriptor; `circled` (0-3) is
// circled, -1 none.
void criteriaTable(FormPdfLayout &layout, int circled);

// The Assessment Section's table: Assessor, Moderator and SLT rows of 1-4, each role's standing
// judgement circled and the ones it replaced crossed through, then who judged when, in words.
void assessmentTable(FormPdfLayout &layout, const Store &store, const QList<Judgement> &judgementsOfTarget);

} // namespace Stride
