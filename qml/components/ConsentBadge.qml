import QtQuick
import Stride

// What a pupil's media consent allows, at a glance: red for no photos, amber for internal
// evidence only, green for shareable with parents. The words carry the meaning; colour only helps.
Pill {
    property int consent: Vocabulary.MediaConsent.None
    strong: true
    color: consent === Vocabulary.MediaConsent.ShareableWithParents ? Theme.successSurface
         : consent === Vocabulary.MediaConsent.InternalOnly ? Theme.warningSurface : Theme.errorSurface
    textColour: consent === Vocabulary.MediaConsent.ShareableWithParents ? Theme.successText
              : consent === Vocabulary.MediaConsent.InternalOnly ? Theme.warningText : Theme.error
}
