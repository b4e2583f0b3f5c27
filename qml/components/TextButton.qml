import QtQuick
import QtQuick.Controls
import Stride

// A quieter action: text in the brand colour with an outline, at least 56px tall.
AbstractButton {
    id: button
    property bool outlined: true
    property color colour: Theme.primary // Theme.error for a destructive action
    // Its words are the school's data or Stride's own tokens (a merge field), not a sentence to
    // translate: the translation self-test leaves them alone.
    property bool showsData: false
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2, implicitContentWidth + 2 * Theme.spacing + 8)
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.pressed : "transparent"
        border.width: button.visualFocus ? 3 : (button.outlined ? 1 : 0)
        border.color: button.visualFocus ? Theme.primary : Theme.divider
    }
    contentItem: Text {
        readonly property bool showsData: button.showsData
        text: button.text
        font: button.font
        color: button.colour
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
