import QtQuick
import Stride

// A white, non-interactive card for information.
Rectangle {
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.divider
}
