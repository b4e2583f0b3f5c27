import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Sync at a glance, in the header of every page: a coloured dot and a few words ("All sent",
// "3 waiting", "Offline · 3 waiting", "Sending 40%"). A tap opens the sync page. The words carry
// the meaning; the colour only helps.
AbstractButton {
    id: indicator
    objectName: "syncIndicator"

    readonly property color dotColour: {
        switch (Connection.tone) {
        case Connection.Ok: return Theme.successText
        case Connection.Busy: return Theme.primary
        case Connection.Waiting: return "#B07A12"
        case Connection.Problem: return Theme.error
        }
        return Theme.textMuted
    }

    implicitHeight: Theme.touch
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    Accessible.name: qsTr("Sync: %1. Open the sync page.").arg(Connection.shortText)

    background: Rectangle {
        radius: height / 2
        color: indicator.down ? Theme.pressed : Theme.surfaceTint
        border.width: Connection.tone === Connection.Problem ? 2 : 0
        border.color: Theme.error
    }
    contentItem: RowLayout {
        spacing: Theme.gap
        Rectangle {
            width: 14
            height: 14
            radius: 7
            color: indicator.dotColour
            // Pulses while sending, each round from solid; otherwise solid, wherever the pulse
            // stopped.
            property real pulse
            opacity: Connection.tone === Connection.Busy ? pulse : 1
            SequentialAnimation on pulse {
                running: Connection.tone === Connection.Busy
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 0.3; duration: 600 }
                NumberAnimation { to: 1; duration: 600 }
            }
        }
        Text {
            objectName: "syncIndicatorText"
            text: Connection.shortText
            color: Theme.text
            font.pixelSize: Theme.smallSize + 1
            font.bold: Connection.tone === Connection.Problem
        }
    }
}
