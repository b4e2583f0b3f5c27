#include "parentresponse.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems ParentResponse::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The response's id"));
    requireId(p, QStringLiteral("ilpId"), ilpId, Words::tr("The ILP responded to"));
    requireId(p, QStringLiteral("recordedBy"), recordedBy, Words::tr("Who recorded the response"));
    if (!receivedOn.isValid())
        p.append({QStringLiteral("receivedOn"), Words::tr("Record the date the reply came back.")});
    if (!approved && comments.trimmed().isEmpty())
        p.append({QStringLiteral("comments"),
                  Words::tr("A reply that does not approve the targets needs the parent's comments.")});
    limitText(p, QStringLiteral("comments"), comments, Words::tr("The comments"), 8000);
    return p;
}

} // namespace Stride
