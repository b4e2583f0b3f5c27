import QtQuick
import Stride

// What a pupil's media consent allows, at a glance: red for no photos, amber for internal
// evidence only, green for shareable with parents. The words carry the meaning; colour only helps.
Pill {
    property string consent: "none"
    strong: true
    color: consent === "shareable" ? Theme.successSurface
         : consent === "internal" ? Theme.warningSurface : Theme.errorSurface
    textColour: consent === "shareable" ? Theme.successText
              : consent === "internal" ? Theme.warningText : Theme.error
}
