import QtQuick
import Stride

// A short confirmation at the bottom of the window ("Photo saved for Alfie Bennett") that goes
// by itself: saving must not need one more tap to dismiss.
Rectangle {
    id: toast
    property alias text: label.text
    function show(message) {
        label.text = message
        opacity = 1
        hideTimer.restart()
    }

    objectName: "toast"
    width: Math.min(parent ? parent.width - 2 * Theme.pagePadding : 600, label.implicitWidth + 2 * Theme.pagePadding)
    height: Math.max(Theme.touch, label.implicitHeight + 2 * Theme.spacing)
    radius: Theme.radius
    color: Theme.text
    opacity: 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 180 } }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, toast.width - 2 * Theme.spacing)
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        color: "white"
        font.pixelSize: Theme.bodySize
    }
    Timer {
        id: hideTimer
        interval: 3500
        onTriggered: toast.opacity = 0
    }
}
