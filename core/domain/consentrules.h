#pragma once

#include "pupil.h"
#include "vocabulary.h"

#include <QStringList>

namespace Stride {

// What the pupils' media consent allows for one capture. Checked before anything is recorded
// (so a TA hears at once who cannot be in a photo), and again by the store on every save.
struct ConsentCheck
{
    bool allowed = true;
    QStringList withoutMediaConsent; // names of pupils who cannot be photographed, filmed or recorded
    Visibility mostVisible = Visibility::ShareableWithParents; // the most the item may be shared
    QString message; // when not allowed: who, and what to do instead

    static ConsentCheck of(const QList<Pupil> &pupils, EvidenceKind kind);
    // The message for an item that asks for more visibility than consent allows.
    static QString visibilityMessage(const QList<Pupil> &pupils);
};

} // namespace Stride
