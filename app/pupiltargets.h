#pragma once

#include <QStringList>
#include <QVariantMap>

namespace Stride {

class Session;

// A pupil as the tagging sheet and the evidence page show them: name, initials, what their media
// consent allows, and the targets evidence can be linked to (this term's, in the school's area
// order, plus any older target an item is already linked to, so nothing linked is hidden).
class PupilTargets
{
public:
    // { pupilId, name, firstName, classId, initials, consent, consentText, hasPlan,
    //   targets: [{ targetId, areaName, areaKind, areaIndex, text, thisTerm }] }; empty if unknown.
    static QVariantMap describe(const Session &session, const QString &pupilId,
                                const QStringList &alsoTargetIds = {});
    // The area's name for a target ("Communication and Interaction"), or "" if unknown.
    static QString areaNameOf(const Session &session, const QString &targetId);
};

} // namespace Stride
