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
        case "ok": return Theme.successText
        case "busy": return Theme.primary
        case "waiting": return "#B07A12"
        case "problem": return Theme.error
        }
        return Theme.textMuted
    }

    implicitHeight: Theme.touch
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    Accessible.name: qsTr("Sync: %1. Open the sync page.").arg(Connection.shortText)

    background: Rectangle {
        radius: height / 2
        color: indicator.down ? Theme.pressed : Theme.surfaceTint
        border.width: Connection.tone === "problem" ? 2 : 0
        border.color: Theme.error
    }
    contentItem: Item {
        RowLayout {
            id: row
            anchors.centerIn: parent
            spacing: Theme.gap
            Rectangle {
                width: 14
                height: 14
                radius: 7
                color: indicator.dotColour
                // Pulses while sending; otherwise always solid, wherever the pulse stopped.
                property real pulse: 1
                opacity: Connection.tone === "busy" ? pulse : 1
                SequentialAnimation on pulse {
                    running: Connection.tone === "busy"
                    loops: Animation.Infinite
                    NumberAnimation { to: 0.3; duration: 600 }
                    NumberAnimation { to: 1; duration: 600 }
                }
            }
            Text {
                objectName: "syncIndicatorText"
                text: Connection.shortText
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
                font.bold: Connection.tone === "problem"
            }
        }
    }
}
