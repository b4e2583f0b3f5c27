import QtQuick
import QtQuick.Layouts
import Stride

// A labelled fact in the pupil's profile: "Needs", then the text.
ColumnLayout {
    id: fact
    property string label
    property string value
    property bool small: false

    Layout.fillWidth: true
    spacing: 4

    Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: fact.label
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    Text {
        Layout.fillWidth: true
        text: fact.value
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: fact.small ? Theme.smallSize : Theme.bodySize
        lineHeight: 1.15
    }
}
