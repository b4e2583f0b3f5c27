import QtQuick
import Stride

// The question above a group of choices or a text field on a form.
Text {
    color: Theme.text
    font.pixelSize: Theme.bodySize
    font.bold: true
    wrapMode: Text.WordWrap
}
