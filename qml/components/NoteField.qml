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
        FieldArea {
            objectName: "noteArea"
            placeholderText: field.big ? qsTr("Write what happened, in a sentence or two")
                                       : qsTr("Anything else worth knowing (optional)")
            text: field.model ? field.model.note : ""
            onTextChanged: if (field.model && text !== field.model.note) field.model.note = text
        }
    }
}
