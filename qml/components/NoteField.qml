import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The note on a piece of evidence: for a written observation, the evidence itself.
ColumnLayout {
    id: field
    property var model
    property bool big: false
    spacing: Theme.gap

    FieldLabel {
        Layout.fillWidth: true
        text: field.big ? qsTr("What did you see?") : qsTr("Note")
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: field.big ? 200 : 120
        TextArea {
            objectName: "noteArea"
            placeholderTextColor: Theme.placeholder
            placeholderText: field.big ? qsTr("Write what happened, in a sentence or two")
                                       : qsTr("Anything else worth knowing (optional)")
            text: field.model ? field.model.note : ""
            wrapMode: TextArea.Wrap
            padding: 12
            font.pixelSize: Theme.bodySize
            onTextChanged: if (field.model && text !== field.model.note) field.model.note = text
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: parent.activeFocus ? 2 : 1
                border.color: parent.activeFocus ? Theme.primary : Theme.divider
            }
        }
    }
}
