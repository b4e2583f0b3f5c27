import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// "Are you sure?" for what cannot be undone (deleting evidence, throwing away a capture): the
// question, what happens, and two large buttons whose words say what each does.
Dialog {
    id: dialog
    property string question
    property string explanation
    property string confirmText: qsTr("Delete")
    property string cancelText: qsTr("Keep it")
    property bool destructive: true
    signal confirmed()

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.pagePadding : 560, 560)
    padding: Theme.pagePadding
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { radius: Theme.radius; color: Theme.surface }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: dialog.question
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.largeSize
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.explanation
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            TextButton {
                objectName: "confirmCancel"
                text: dialog.cancelText
                onClicked: dialog.reject()
            }
            PrimaryButton {
                objectName: "confirmAccept"
                text: dialog.confirmText
                colour: dialog.destructive ? Theme.error : Theme.primary
                pressedColour: dialog.destructive ? Qt.darker(Theme.error, 1.2) : Theme.primaryDark
                onClicked: {
                    dialog.accept()
                    dialog.confirmed()
                }
            }
        }
    }
}
