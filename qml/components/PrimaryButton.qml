import QtQuick
import QtQuick.Controls
import Stride

// The one main action on a page: a large filled button. Drawn here rather than by the Material
// style so it looks the same on every renderer (the self-test's software renderer included).
AbstractButton {
    id: button
    // A destructive action (ConfirmDialog's Delete) swaps these for the error colours.
    property color colour: Theme.primary
    property color pressedColour: Theme.primaryDark
    implicitHeight: Theme.touchLarge
    implicitWidth: Math.max(Theme.touchLarge * 2, implicitContentWidth + 2 * Theme.pagePadding)
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.divider : button.down ? button.pressedColour : button.colour
        border.width: button.visualFocus ? 3 : 0
        border.color: Theme.text
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
