import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// What the PIN pad has to say (Session.message): a wrong PIN or a pause, or, at someone's first
// sign-in on this tablet, that the school's store is checking the PIN, which can take a moment.
Rectangle {
    id: box
    readonly property bool checking: Session.checkingWithStore
    Layout.fillWidth: true
    Layout.preferredHeight: Math.max(text.implicitHeight, spinner.height) + 2 * Theme.spacing
    visible: Session.message !== ""
    radius: Theme.radius
    color: checking ? Theme.surfaceTint : Session.lockedOut ? Theme.warningSurface : Theme.errorSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: Session.message

    BusyIndicator {
        id: spinner
        visible: box.checking
        running: box.checking
        width: visible ? 32 : 0
        height: 32
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
    }
    Text {
        id: text
        anchors.left: spinner.right
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        text: Session.message
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        color: box.checking ? Theme.text : Session.lockedOut ? Theme.warningText : Theme.error
        font.pixelSize: Theme.bodySize
    }
}
