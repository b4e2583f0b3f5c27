import QtQuick
import QtQuick.Controls
import Stride

// A white card that can be tapped: the pressed state and keyboard focus are both visible.
AbstractButton {
    id: card
    property color accent: "transparent"
    padding: Theme.spacing + 4
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.pressed : Theme.surface
        border.width: card.visualFocus ? 3 : 1
        border.color: card.visualFocus ? Theme.primary : Theme.divider

        Rectangle {
            visible: card.accent.a > 0
            width: 6
            radius: 3
            color: card.accent
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 10 }
        }
    }
}
