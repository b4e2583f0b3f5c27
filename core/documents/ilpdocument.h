#pragma once

#include <QString>

namespace Stride {

class FormPdfLayout;
struct IlpDocumentData;

// The pupil's ILP as the school's mail merge printed it (seed 000, "ILP Template"), field by field
// in the template's words, so a teacher recognises their own form. Each draw starts on a new page,
// so many pupils go into one PDF.
namespace IlpDocument {

// Page 1 (name, class, date; the overview; the progress review of last term's targets; the new
// term's targets; the key) and page 2, the Provision Map.
void draw(FormPdfLayout &layout, const IlpDocumentData &data);
// Page 1 alone: what goes home to parents and carers as the progress report.
void drawProgressReport(FormPdfLayout &layout, const IlpDocumentData &data);

// The overview paragraph with the pupil's first name and pronoun ("... the associated support she
// needs to be able to succeed ..."), as printed.
QString overview(const IlpDocumentData &data);

} // namespace IlpDocument
} // namespace Stride
