#pragma once

#include <QDate>
#include <QString>

namespace Stride {

class FormPdfLayout;
struct IlpDocumentData;

// The progress report sent home to parents and carers (seed 000: "Page 1 is sent home to parents
// and carers as a Progress Report with a cover letter ... they are then able to confirm their
// approval of the new targets or offer comments by returning a form to school").
namespace ParentsReport {

// The cover letter (`mergedLetter`, the school's letter with its merge fields already filled by
// CoverLetter::merge), page 1 of the ILP, then the reply slip. Starts on a new page.
void draw(FormPdfLayout &layout, const IlpDocumentData &data, const QString &mergedLetter);

// The day the reply slip asks for it back: the Friday of the old term's final week where the term
// has its cycle dates, else the day the new term starts.
QDate replyBy(const IlpDocumentData &data);

} // namespace ParentsReport
} // namespace Stride
