import QtQuick
import QtQuick.Layouts
import Stride

// One deleted item in senior leaders' list: what and of whom, captured and deleted by whom and
// when, and Restore (or, once asked, that it is on its way back).
Panel {
    id: card
    required property string evidenceId
    required property string title
    required property string capturedText
    required property string deletedText
    required property bool restoreAsked
    signal restoreRequested(string evidenceId)

    objectName: "deletedEvidence_" + evidenceId
    implicitHeight: row.implicitHeight + 2 * Theme.spacing

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing + 4 }
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: card.title
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.largeSize - 2
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: card.capturedText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            Text {
                Layout.fillWidth: true
                text: card.deletedText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            Text {
                Layout.fillWidth: true
                visible: card.restoreAsked
                text: qsTr("Restore asked for: it comes back at the next sync.")
                wrapMode: Text.WordWrap
                color: Theme.successText
                font.pixelSize: Theme.bodySize
            }
        }
        TextButton {
            objectName: "restoreButton"
            visible: !card.restoreAsked
            text: qsTr("Restore…")
            onClicked: card.restoreRequested(card.evidenceId)
        }
    }
}
